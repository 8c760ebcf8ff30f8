package org.cinderj.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.UnaryOperator;
import org.cinderj.nodes.ExprNode;
import org.cinderj.runtime.PyOps;

/** Unary {@code -x}, {@code +x}, {@code ~x}. */
public final class UnaryNodes {
    private UnaryNodes() {
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static Object generic(Object o, UnaryOperator op) {
        return PyOps.unaryOp(o, op);
    }

    @NodeChild("operand")
    public abstract static class NegNode extends ExprNode {
        @Specialization(guards = "v != MIN")
        protected long negLong(long v) {
            return -v;
        }

        @Specialization
        protected double negDouble(double v) {
            return -v;
        }

        @Specialization
        protected Object doGeneric(Object v) {
            return generic(v, UnaryOperator.USUB);
        }

        protected static final long MIN = Long.MIN_VALUE;
    }

    @NodeChild("operand")
    public abstract static class PosNode extends ExprNode {
        @Specialization
        protected long posLong(long v) {
            return v;
        }

        @Specialization
        protected double posDouble(double v) {
            return v;
        }

        @Specialization
        protected Object doGeneric(Object v) {
            return generic(v, UnaryOperator.UADD);
        }
    }

    @NodeChild("operand")
    public abstract static class InvertNode extends ExprNode {
        @Specialization
        protected long invertLong(long v) {
            return ~v;
        }

        @Specialization
        protected Object doGeneric(Object v) {
            return generic(v, UnaryOperator.INVERT);
        }
    }
}
