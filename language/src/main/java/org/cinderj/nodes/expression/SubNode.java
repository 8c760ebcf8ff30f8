package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a SUB b} for the SUB operator, with the dunder protocol as the generic case. */
public abstract class SubNode extends BinaryNode {
    @Specialization(rewriteOn = ArithmeticException.class)
    protected long subLong(long a, long b) {
        return Math.subtractExact(a, b);
    }

    @Specialization(replaces = "subLong")
    protected Object subLongOvf(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return IntMath.sub(a, b);
        }
        return r;
    }

    @Specialization
    protected double subDouble(double a, double b) {
        return a - b;
    }

    @Specialization
    protected double subLongDouble(long a, double b) {
        return a - b;
    }

    @Specialization
    protected double subDoubleLong(double a, long b) {
        return a - b;
    }

    @Specialization(guards = {"isComplex(a)", "isComplex(b)"})
    protected Object subComplex(Object a, Object b) {
        org.cinderj.runtime.number.PComplex x = (org.cinderj.runtime.number.PComplex) a;
        org.cinderj.runtime.number.PComplex y = (org.cinderj.runtime.number.PComplex) b;
        return new org.cinderj.runtime.number.PComplex(x.getReal() - y.getReal(), x.getImag() - y.getImag());
    }

    protected static boolean isComplex(Object o) {
        return o instanceof org.cinderj.runtime.number.PComplex c && c.getPythonClass() == org.cinderj.runtime.type.BuiltinTypes.COMPLEX;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.SUB);
    }

    @Override
    protected String dunderName() {
        return Operator.SUB.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right, Operator.SUB);
    }

    @Override
    protected Object bigIntOp(Object a, Object b) {
        return org.cinderj.runtime.number.IntOps.sub(a, b);
    }
}
