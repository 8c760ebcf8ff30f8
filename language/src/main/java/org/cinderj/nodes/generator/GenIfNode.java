package org.cinderj.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.expression.IsTrueNode;
import org.cinderj.nodes.expression.IsTrueNodeGen;
import org.cinderj.runtime.exception.PException;

/** {@code if} inside a generator: remembers the branch taken (1 then, 2 else) across a yield. */
public final class GenIfNode extends StmtNode {
    @Child private IsTrueNode condition;
    @Child private StmtNode thenPart;
    @Child private StmtNode elsePart;
    private final int stateSlot;

    public GenIfNode(ExprNode condition, StmtNode thenPart, StmtNode elsePart, int stateSlot) {
        this.condition = IsTrueNodeGen.create(condition);
        this.thenPart = thenPart;
        this.elsePart = elsePart;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int s = GenState.get(frame, stateSlot);
        if (s == 0) {
            s = condition.executeBool(frame) ? 1 : 2;
            GenState.set(frame, stateSlot, s);
        }
        try {
            if (s == 1) {
                thenPart.executeVoid(frame);
            } else if (elsePart != null) {
                elsePart.executeVoid(frame);
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
