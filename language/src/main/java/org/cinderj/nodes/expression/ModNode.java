package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a MOD b} for the MOD operator, with the dunder protocol as the generic case. */
public abstract class ModNode extends BinaryNode {
    @Specialization(guards = "b != 0")
    protected long modLong(long a, long b) {
        return Math.floorMod(a, b);
    }

    @Specialization(guards = "isNonZero(b)")
    protected double modDouble(double a, double b) {
        return FloatMath.mod(a, b);
    }

    @Specialization(guards = "isNonZero(b)")
    protected double modLongDouble(long a, double b) {
        return FloatMath.mod(a, b);
    }

    /** Python ints beyond the long range (and mixed with longs): exact arithmetic. */
    @Specialization(guards = "isBigIntPair(a, b)")
    protected Object doBigInt(Object a, Object b) {
        return bigInt(a, b);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static Object bigInt(Object a, Object b) {
        return org.cinderj.runtime.number.IntOps.mod(a, b);
    }

    protected static boolean isBigIntPair(Object a, Object b) {
        return (a instanceof java.math.BigInteger || b instanceof java.math.BigInteger) && (a instanceof java.math.BigInteger || a instanceof Long)
                        && (b instanceof java.math.BigInteger || b instanceof Long);
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.MOD);
    }

    protected static boolean isNonZero(double d) {
        return d != 0.0;
    }

    protected static boolean isMinByMinusOne(long a, long b) {
        return a == Long.MIN_VALUE && b == -1;
    }

    protected static boolean isRealPow(double a, double b) {
        return (a >= 0.0 || b == Math.rint(b)) && !(a == 0.0 && b < 0.0);
    }

    @Override
    protected String dunderName() {
        return Operator.MOD.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right, Operator.MOD);
    }
}
