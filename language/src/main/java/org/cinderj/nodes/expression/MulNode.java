package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a MULT b} for the MULT operator, with the dunder protocol as the generic case. */
public abstract class MulNode extends BinaryNode {
    @Specialization(rewriteOn = ArithmeticException.class)
    protected long mulLong(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    @Specialization(replaces = "mulLong")
    protected Object mulLongOvf(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return IntMath.mul(a, b);
    }

    @Specialization
    protected double mulDouble(double a, double b) {
        return a * b;
    }

    @Specialization
    protected double mulLongDouble(long a, double b) {
        return a * b;
    }

    @Specialization
    protected double mulDoubleLong(double a, long b) {
        return a * b;
    }

    @Specialization(guards = {"isComplex(a)", "isComplex(b)"})
    protected Object mulComplex(Object a, Object b) {
        org.cinderj.runtime.number.PComplex x = (org.cinderj.runtime.number.PComplex) a;
        org.cinderj.runtime.number.PComplex y = (org.cinderj.runtime.number.PComplex) b;
        return new org.cinderj.runtime.number.PComplex(x.getReal() * y.getReal() - x.getImag() * y.getImag(), x.getReal() * y.getImag() + x.getImag() * y.getReal());
    }

    protected static boolean isComplex(Object o) {
        return o instanceof org.cinderj.runtime.number.PComplex c && c.getPythonClass() == org.cinderj.runtime.type.BuiltinTypes.COMPLEX;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.MULT);
    }

    @Override
    protected String dunderName() {
        return Operator.MULT.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right, Operator.MULT);
    }

    @Override
    protected Object bigIntOp(Object a, Object b) {
        return org.cinderj.runtime.number.IntOps.mul(a, b);
    }
}
