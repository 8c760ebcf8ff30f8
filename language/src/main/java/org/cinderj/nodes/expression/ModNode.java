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
}
