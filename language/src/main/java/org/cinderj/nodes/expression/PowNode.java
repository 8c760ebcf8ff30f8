package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a POW b} for the POW operator, with the dunder protocol as the generic case. */
public abstract class PowNode extends BinaryNode {
    @Specialization(guards = "b >= 0", rewriteOn = ArithmeticException.class)
    protected long powLong(long a, long b) {
        long result = 1;
        long base = a;
        long e = b;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = Math.multiplyExact(result, base);
            }
            e >>= 1;
            if (e > 0) {
                base = Math.multiplyExact(base, base);
            }
        }
        return result;
    }

    @Specialization(guards = {"isRealPow(a, b)"})
    protected double powDouble(double a, double b) {
        return Math.pow(a, b);
    }

    @Specialization(guards = {"b >= 0"})
    protected double powDoubleLong(double a, long b) {
        return Math.pow(a, b);
    }

    protected static boolean isIntegral(double d) {
        return d == Math.rint(d);
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.POW);
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
        return Operator.POW.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right, Operator.POW);
    }
}
