package org.cinderj.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.ast.Operator;

/** {@code a MOD b} for the MOD operator, with the dunder protocol as the generic case. */
@com.oracle.truffle.api.dsl.ImportStatic(ArithGuards.class)
public abstract class ModNode extends BinaryNode {
    @Specialization(guards = "b != 0")
    protected long modLong(long a, long b) {
        return Math.floorMod(a, b);
    }

    @Specialization(guards = "isNonZero(b)")
    protected double modDouble(double a, double b) {
        return FloatMath.mod(a, b);
    }

    @Specialization(guards = "isNonZero(b)")
    protected double modLongDouble(long a, double b) {
        return FloatMath.mod(a, b);
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, Operator.MOD);
    }


    @Override
    protected String dunderName() {
        return Operator.MOD.dunder;
    }

    @Override
    protected Object slowPath(Object left, Object right) {
        return generic(left, right, Operator.MOD);
    }

    @Override
    protected Object bigIntOp(Object a, Object b) {
        return org.cinderj.runtime.number.IntOps.mod(a, b);
    }
}
