package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a DIV b} for the DIV operator, with the dunder protocol as the generic case. */
@com.oracle.truffle.api.dsl.ImportStatic(ArithGuards.class)
public abstract class TrueDivNode extends BinaryNode {
    private static final long EXACT = 1L << 53;

    @Specialization(guards = {"b != 0", "fitsDouble(a)", "fitsDouble(b)"})
    protected double divLong(long a, long b) {
        return (double) a / (double) b;
    }

    @Specialization(guards = "isNonZero(b)")
    protected double divDouble(double a, double b) {
        return a / b;
    }

    @Specialization(guards = "isNonZero(b)")
    protected double divLongDouble(long a, double b) {
        return a / b;
    }

    @Specialization(guards = {"b != 0", "fitsDouble(b)"})
    protected double divDoubleLong(double a, long b) {
        return a / b;
    }

    protected static boolean fitsDouble(long v) {
        return v > -EXACT && v < EXACT;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.DIV);
    }


    @Override
    protected String dunderName() {
        return Operator.DIV.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right, Operator.DIV);
    }
}
