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
}
