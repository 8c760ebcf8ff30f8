package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a BITOR b} for the BITOR operator, with the dunder protocol as the generic case. */
public abstract class BitOrNode extends BinaryNode {
    @Specialization
    protected long orLong(long a, long b) {
        return a | b;
    }

    @Specialization
    protected boolean orBool(boolean a, boolean b) {
        return a | b;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.BITOR);
    }

    @Override
    protected String dunderName() {
        return Operator.BITOR.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right, Operator.BITOR);
    }

    @Override
    protected Object bigIntOp(Object a, Object b) {
        return org.cinderj.runtime.number.IntOps.or(a, b);
    }
}
