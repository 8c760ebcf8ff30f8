package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a BITXOR b} for the BITXOR operator, with the dunder protocol as the generic case. */
public abstract class BitXorNode extends BinaryNode {
    @Specialization
    protected long xorLong(long a, long b) {
        return a ^ b;
    }

    @Specialization
    protected boolean xorBool(boolean a, boolean b) {
        return a ^ b;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.BITXOR);
    }

    @Override
    protected String dunderName() {
        return Operator.BITXOR.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right, Operator.BITXOR);
    }

    @Override
    protected Object bigIntOp(Object a, Object b) {
        return org.cinderj.runtime.number.IntOps.xor(a, b);
    }
}
