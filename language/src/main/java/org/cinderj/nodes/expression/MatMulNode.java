package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a MATMULT b} for the MATMULT operator, with the dunder protocol as the generic case. */
public abstract class MatMulNode extends BinaryNode {

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.MATMULT);
    }

    @Override
    protected String dunderName() {
        return Operator.MATMULT.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right, Operator.MATMULT);
    }
}
