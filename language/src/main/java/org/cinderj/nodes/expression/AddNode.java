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

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary(transferToInterpreterOnException = false)
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

    /** Concatenation of plain tuples and of plain lists. */
    @Specialization(guards = {"isPlainTuple(a)", "isPlainTuple(b)"})
    protected Object addTuples(Object a, Object b) {
        return concatTuples((org.cinderj.runtime.tuple.PTuple) a, (org.cinderj.runtime.tuple.PTuple) b);
    }

    @Specialization(guards = {"isPlainList(a)", "isPlainList(b)"})
    protected Object addLists(Object a, Object b) {
        return concatLists((org.cinderj.runtime.list.PList) a, (org.cinderj.runtime.list.PList) b);
    }

    protected static boolean isPlainTuple(Object o) {
        return org.cinderj.nodes.expression.IdentityNodes.isPlainTuple(o);
    }

    protected static boolean isPlainList(Object o) {
        return org.cinderj.nodes.expression.IdentityNodes.isPlainList(o);
    }

    private static Object concatTuples(org.cinderj.runtime.tuple.PTuple x, org.cinderj.runtime.tuple.PTuple y) {
        Object[] xs = x.getItems();
        Object[] ys = y.getItems();
        Object[] r = new Object[xs.length + ys.length];
        System.arraycopy(xs, 0, r, 0, xs.length);
        System.arraycopy(ys, 0, r, xs.length, ys.length);
        return new org.cinderj.runtime.tuple.PTuple(r);
    }

    private static Object concatLists(org.cinderj.runtime.list.PList x, org.cinderj.runtime.list.PList y) {
        int n = x.size();
        int m = y.size();
        Object[] r = new Object[Math.max(4, n + m)];
        System.arraycopy(x.getStore(), 0, r, 0, n);
        System.arraycopy(y.getStore(), 0, r, n, m);
        return new org.cinderj.runtime.list.PList(org.cinderj.runtime.type.BuiltinTypes.LIST, r, n + m);
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
