package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a RSHIFT b} for the RSHIFT operator, with the dunder protocol as the generic case. */
public abstract class RShiftNode extends BinaryNode {
    @Specialization(guards = "b >= 0")
    protected long shiftLong(long a, long b) {
        return a >> Math.min(b, 63);
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.RSHIFT);
    }
}
