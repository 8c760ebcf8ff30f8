package org.cinderj.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.expression.IsTrueNode;
import org.cinderj.nodes.expression.IsTrueNodeGen;

/** {@code while test: body else: orelse}, as a Truffle {@link LoopNode} (OSR-capable). */
public final class WhileNode extends StmtNode {
    @Child private LoopNode loop;
    @Child private StmtNode orelse;

    public WhileNode(ExprNode test, StmtNode body, StmtNode orelse) {
        this.loop = Truffle.getRuntime().createLoopNode(new WhileRepeatingNode(test, body));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = loop.execute(frame);
        if (result != BROKE && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    static final Object BROKE = new Object();

    static final class WhileRepeatingNode extends Node implements RepeatingNode {
        @Child private IsTrueNode test;
        @Child private StmtNode body;

        WhileRepeatingNode(ExprNode test, StmtNode body) {
            this.test = IsTrueNodeGen.create(test);
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (!test.executeBool(frame)) {
                return RepeatingNode.BREAK_LOOP_STATUS;
            }
            try {
                body.executeVoid(frame);
            } catch (ControlFlow.BreakException e) {
                return BROKE;
            } catch (ControlFlow.ContinueException e) {
                // next iteration
            }
            return RepeatingNode.CONTINUE_LOOP_STATUS;
        }
    }
}
