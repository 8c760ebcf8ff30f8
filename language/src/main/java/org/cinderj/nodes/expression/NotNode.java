package org.cinderj.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;

/** {@code not x}. */
public final class NotNode extends ExprNode {
    @Child private IsTrueNode operand;

    public NotNode(ExprNode operand) {
        this.operand = IsTrueNodeGen.create(operand);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return !operand.executeBool(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return !operand.executeBool(frame);
    }
}
