package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a LSHIFT b} for the LSHIFT operator, with the dunder protocol as the generic case. */
public abstract class LShiftNode extends BinaryNode {
    @Specialization(guards = {"b >= 0", "b < 63", "fits(a, b)"})
    protected long shiftLong(long a, long b) {
        return a << b;
    }

    protected static boolean fits(long a, long b) {
        return (a << b) >> b == a;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.LSHIFT);
    }

    @Override
    protected String dunderName() {
        return Operator.LSHIFT.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right, Operator.LSHIFT);
    }

    @Override
    protected Object bigIntOp(Object a, Object b) {
        return org.cinderj.runtime.number.IntOps.lshift(a, b);
    }
}
