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

    @Override
    protected String dunderName() {
        return Operator.RSHIFT.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right, Operator.RSHIFT);
    }

    @Override
    protected Object bigIntOp(Object a, Object b) {
        return org.cinderj.runtime.number.IntOps.rshift(a, b);
    }
}
