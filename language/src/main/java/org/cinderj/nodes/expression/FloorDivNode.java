package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a FLOORDIV b} for the FLOORDIV operator, with the dunder protocol as the generic case. */
@com.oracle.truffle.api.dsl.ImportStatic(ArithGuards.class)
public abstract class FloorDivNode extends BinaryNode {
    @Specialization(guards = {"b != 0", "!isMinByMinusOne(a, b)"})
    protected long floorDivLong(long a, long b) {
        return Math.floorDiv(a, b);
    }

    @Specialization(guards = "isNonZero(b)")
    protected double floorDivDouble(double a, double b) {
        return FloatMath.floorDiv(a, b);
    }

    protected static final long MIN = Long.MIN_VALUE;

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.FLOORDIV);
    }


    @Override
    protected String dunderName() {
        return Operator.FLOORDIV.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right, Operator.FLOORDIV);
    }

    @Override
    protected Object bigIntOp(Object a, Object b) {
        return org.cinderj.runtime.number.IntOps.floorDiv(a, b);
    }
}
