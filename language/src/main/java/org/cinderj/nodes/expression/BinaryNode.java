package org.cinderj.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import org.cinderj.ast.Operator;
import org.cinderj.nodes.ExprNode;
import org.cinderj.runtime.PyOps;

/**
 * Base of the binary operator nodes. Subclasses specialise on unboxed ints, floats and strings
 * and end in {@link #generic}, the full dunder protocol.
 */
@NodeChild("left")
@NodeChild("right")
public abstract class BinaryNode extends ExprNode {
    public abstract Object executeWith(Object left, Object right);

    @TruffleBoundary
    protected static Object generic(Object left, Object right, Operator op) {
        return PyOps.binaryOp(left, right, op);
    }
}
