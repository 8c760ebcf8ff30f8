package org.cinderj.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.ast.Operator;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.access.TargetNode;
import org.cinderj.runtime.PyOps;

/**
 * {@code target op= value} for a plain name: immutable builtin values (int, float, str) use the
 * binary operator's fast paths; other objects get the in-place protocol ({@code __iadd__}...).
 * Attribute and subscript targets are translated to evaluate their object and key once.
 */
public final class AugAssignNode extends StmtNode {
    @Child private ExprNode read;
    @Child private ExprNode value;
    @Child private BinaryNode binary;
    @Child private TargetNode write;
    private final Operator op;

    public AugAssignNode(ExprNode read, ExprNode value, BinaryNode binary, TargetNode write, Operator op) {
        this.read = read;
        this.value = value;
        this.binary = binary;
        this.write = write;
        this.op = op;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object current = read.execute(frame);
        Object rhs = value.execute(frame);
        write.executeWrite(frame, compute(current, rhs));
    }

    Object compute(Object current, Object rhs) {
        if (current instanceof Long || current instanceof Double || current instanceof String || current instanceof Boolean) {
            return binary.executeWith(current, rhs);
        }
        return inplace(current, rhs, op);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static Object inplace(Object a, Object b, Operator op) {
        return PyOps.inplaceOp(a, b, op);
    }

    /** The in-place operation of an attribute/subscript target whose operands are already evaluated. */
    public static final class InplaceOpNode extends ExprNode {
        @Child private ExprNode left;
        @Child private ExprNode right;
        @Child private BinaryNode binary;
        private final Operator op;

        public InplaceOpNode(ExprNode left, ExprNode right, BinaryNode binary, Operator op) {
            this.left = left;
            this.right = right;
            this.binary = binary;
            this.op = op;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object current = left.execute(frame);
            Object rhs = right.execute(frame);
            if (current instanceof Long || current instanceof Double || current instanceof String || current instanceof Boolean) {
                return binary.executeWith(current, rhs);
            }
            return inplace(current, rhs, op);
        }
    }
}
