package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a POW b} for the POW operator, with the dunder protocol as the generic case. */
@com.oracle.truffle.api.dsl.ImportStatic(ArithGuards.class)
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
        return checkRange(a, b, Math.pow(a, b));
    }

    @Specialization(guards = {"b >= 0"})
    protected double powDoubleLong(double a, long b) {
        return checkRange(a, b, Math.pow(a, b));
    }

    /** CPython raises OverflowError (ERANGE) when finite operands give an infinite power. */
    private static double checkRange(double a, double b, double r) {
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreter();
            throw org.cinderj.runtime.number.FloatOps.rangeError();
        }
        return r;
    }

    protected static boolean isIntegral(double d) {
        return d == Math.rint(d);
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.POW);
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
