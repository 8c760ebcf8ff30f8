package org.cinderj.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.CmpOperator;
import org.cinderj.runtime.PyOps;

/** {@code a &lt; b}: primitive fast paths, then rich comparison. */
public abstract class LtNode extends BinaryNode {
    @Specialization
    protected boolean doLong(long a, long b) {
        return a < b;
    }

    @Specialization
    protected boolean doDouble(double a, double b) {
        return a < b;
    }

    @Specialization
    protected boolean doLongDouble(long a, double b) {
        return CompareSupport.compareLongDouble(a, b) < 0 && !Double.isNaN(b);
    }

    @Specialization
    protected boolean doDoubleLong(double a, long b) {
        return -CompareSupport.compareLongDouble(b, a) < 0 && !Double.isNaN(a);
    }

    @Specialization
    protected boolean doString(String a, String b) {
        return compareStrings(a, b) < 0;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static Object generic(Object a, Object b) {
        return PyOps.richCompare(a, b, CmpOperator.LT);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static int compareStrings(String a, String b) {
        return CompareSupport.compareStrings(a, b);
    }

    @Override
    protected String dunderName() {
        return CmpOperator.LT.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right);
    }

    @Override
    protected Object bigIntOp(Object a, Object b) {
        return org.cinderj.runtime.number.IntOps.compare(a, b) < 0;
    }
}
