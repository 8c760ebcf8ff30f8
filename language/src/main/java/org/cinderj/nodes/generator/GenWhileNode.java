package org.cinderj.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.control.ControlFlow;
import org.cinderj.nodes.expression.IsTrueNode;
import org.cinderj.nodes.expression.IsTrueNodeGen;
import org.cinderj.runtime.exception.PException;

/** {@code while} inside a generator. State: 0 testing, 1 in the body, 2 in the else part. */
public final class GenWhileNode extends StmtNode {
    @Child private IsTrueNode test;
    @Child private StmtNode body;
    @Child private StmtNode orelse;
    private final int stateSlot;

    public GenWhileNode(ExprNode test, StmtNode body, StmtNode orelse, int stateSlot) {
        this.test = IsTrueNodeGen.create(test);
        this.body = body;
        this.orelse = orelse;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            int s = GenState.get(frame, stateSlot);
            while (true) {
                if (s == 1) {
                    try {
                        body.executeVoid(frame);
                    } catch (ControlFlow.BreakException b) {
                        break;
                    } catch (ControlFlow.ContinueException c) {
                        // test again
                    }
                    s = 0;
                    GenState.set(frame, stateSlot, 0);
                } else if (s == 2) {
                    orelse.executeVoid(frame);
                    break;
                } else if (test.executeBool(frame)) {
                    s = 1;
                    GenState.set(frame, stateSlot, 1);
                } else if (orelse != null) {
                    s = 2;
                    GenState.set(frame, stateSlot, 2);
                } else {
                    break;
                }
            }
        } catch (YieldException y) {
            throw y;
        } catch (PException | ControlFlowException e) {
            GenState.set(frame, stateSlot, 0);
            throw e;
        }
        GenState.set(frame, stateSlot, 0);
    }
}
