package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a ADD b} for the ADD operator, with the dunder protocol as the generic case. */
public abstract class AddNode extends BinaryNode {
    @Specialization(rewriteOn = ArithmeticException.class)
    protected long addLong(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization(replaces = "addLong")
    protected Object addLongOvf(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return IntMath.add(a, b);
        }
        return r;
    }

    @Specialization
    protected double addDouble(double a, double b) {
        return a + b;
    }

    @Specialization
    protected double addLongDouble(long a, double b) {
        return a + b;
    }

    @Specialization
    protected double addDoubleLong(double a, long b) {
        return a + b;
    }

    @Specialization
    protected String addString(String a, String b) {
        return concat(a, b);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static String concat(String a, String b) {
        return a.concat(b);
    }

    @Specialization(guards = {"isComplex(a)", "isComplex(b)"})
    protected Object addComplex(Object a, Object b) {
        org.cinderj.runtime.number.PComplex x = (org.cinderj.runtime.number.PComplex) a;
        org.cinderj.runtime.number.PComplex y = (org.cinderj.runtime.number.PComplex) b;
        return new org.cinderj.runtime.number.PComplex(x.getReal() + y.getReal(), x.getImag() + y.getImag());
    }

    @Specialization(guards = "isComplex(a)")
    protected Object addComplexDouble(Object a, double b) {
        org.cinderj.runtime.number.PComplex x = (org.cinderj.runtime.number.PComplex) a;
        return new org.cinderj.runtime.number.PComplex(x.getReal() + b, x.getImag());
    }

    protected static boolean isComplex(Object o) {
        return o instanceof org.cinderj.runtime.number.PComplex c && c.getPythonClass() == org.cinderj.runtime.type.BuiltinTypes.COMPLEX;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.ADD);
    }

    @Override
    protected String dunderName() {
        return Operator.ADD.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right, Operator.ADD);
    }

    @Override
    protected Object bigIntOp(Object a, Object b) {
        return org.cinderj.runtime.number.IntOps.add(a, b);
    }
}
