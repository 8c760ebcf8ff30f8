package org.cinderj.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.cinderj.nodes.ExprNode;

/** {@code a < b <= c}: each operand evaluated once, stopping at the first false comparison. */
public final class CompareChainNode extends ExprNode {
    @Children private final ExprNode[] operands;
    @Children private final BinaryNode[] comparisons;
    @Children private final IsTrueNode[] isTrue;

    public CompareChainNode(ExprNode[] operands, BinaryNode[] comparisons) {
        this.operands = operands;
        this.comparisons = comparisons;
        this.isTrue = new IsTrueNode[comparisons.length];
        for (int i = 0; i < comparisons.length; i++) {
            isTrue[i] = IsTrueNodeGen.create(null);
        }
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object left = operands[0].execute(frame);
        Object result = Boolean.TRUE;
        for (int i = 0; i < comparisons.length; i++) {
            Object right = operands[i + 1].execute(frame);
            result = comparisons[i].executeWith(left, right);
            if (i < comparisons.length - 1 && !isTrue[i].executeWith(result)) {
                return result;
            }
            left = right;
        }
        return result;
    }
}
