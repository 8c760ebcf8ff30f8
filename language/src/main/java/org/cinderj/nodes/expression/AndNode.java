package org.cinderj.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;

/** {@code a and b}: the first falsy operand, or the last one. */
public final class AndNode extends ExprNode {
    @Child private ExprNode left;
    @Child private ExprNode right;
    @Child private IsTrueNode isTrue = IsTrueNodeGen.create(null);

    public AndNode(ExprNode left, ExprNode right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object l = left.execute(frame);
        if (!isTrue.executeWith(l)) {
            return l;
        }
        return right.execute(frame);
    }
}
