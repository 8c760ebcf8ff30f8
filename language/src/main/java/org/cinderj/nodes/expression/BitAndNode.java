package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a BITAND b} for the BITAND operator, with the dunder protocol as the generic case. */
public abstract class BitAndNode extends BinaryNode {
    @Specialization
    protected long andLong(long a, long b) {
        return a & b;
    }

    @Specialization
    protected boolean andBool(boolean a, boolean b) {
        return a & b;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.BITAND);
    }

    @Override
    protected String dunderName() {
        return Operator.BITAND.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right, Operator.BITAND);
    }

    @Override
    protected Object bigIntOp(Object a, Object b) {
        return org.cinderj.runtime.number.IntOps.and(a, b);
    }
}
