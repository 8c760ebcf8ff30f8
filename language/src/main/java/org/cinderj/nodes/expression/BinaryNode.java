package org.cinderj.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import org.cinderj.ast.Operator;
import org.cinderj.nodes.ExprNode;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.function.PFunction;
import org.cinderj.runtime.object.PNotImplemented;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * Base of the binary operator nodes. Subclasses specialise on unboxed ints, floats and strings
 * and end in the full dunder protocol. Here: an instance of a user class whose operator method is
 * a Python function, with a right operand of the same class or a builtin value (so the left
 * operand's method is what CPython calls first) gets a direct, inlinable call of that method.
 */
@NodeChild("left")
@NodeChild("right")
public abstract class BinaryNode extends ExprNode {
    public abstract Object executeWith(Object left, Object right);

    /** The method tried first on the left operand ({@code __add__}, {@code __lt__}, ...). */
    protected String dunderName() {
        return null;
    }

    /** The full protocol, for anything the fast paths do not cover. */
    protected Object slowPath(Object left, Object right) {
        throw new IllegalStateException("no slow path for " + getClass().getSimpleName());
    }

    @Specialization(guards = {"isUserObject(a)", "a.getPythonClass() == cachedClass", "isPlainRight(b, cachedClass)", "method != null"},
                    assumptions = "cachedClass.getStableAssumption()", limit = "3")
    protected Object doUserDunder(PythonObject a, Object b,
                    @Cached("a.getPythonClass()") PythonClass cachedClass,
                    @Cached("lookupDunder(cachedClass)") PFunction method,
                    @Cached("create(method.getCode().getCallTarget())") DirectCallNode call) {
        Object r = call.call(method, a, b);
        if (r == PNotImplemented.NOT_IMPLEMENTED) {
            return slowPath(a, b);
        }
        return r;
    }

    /** Python ints beyond the long range (and mixed with longs): exact arithmetic. */
    @Specialization(guards = "isBigIntPair(a, b)")
    protected Object doBigInt(Object a, Object b) {
        Object r = bigIntBoundary(a, b);
        return r != null ? r : slowPath(a, b);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private Object bigIntBoundary(Object a, Object b) {
        return bigIntOp(a, b);
    }

    /** The int-by-int operation for Long/BigInteger operands, or null to use the full protocol. */
    protected Object bigIntOp(Object a, Object b) {
        return null;
    }

    protected static boolean isBigIntPair(Object a, Object b) {
        return (a instanceof java.math.BigInteger || b instanceof java.math.BigInteger) && (a instanceof java.math.BigInteger || a instanceof Long)
                        && (b instanceof java.math.BigInteger || b instanceof Long);
    }

    protected static boolean isUserObject(Object o) {
        return o instanceof PythonObject p && !p.getPythonClass().isBuiltin();
    }

    /** Same class, or a builtin value whose type cannot be a subclass overriding the reflected method. */
    protected static boolean isPlainRight(Object b, PythonClass leftClass) {
        if (b instanceof PythonObject p) {
            return p.getPythonClass() == leftClass || p.getPythonClass().isBuiltin();
        }
        return true;
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    protected final PFunction lookupDunder(PythonClass cls) {
        String name = dunderName();
        if (name == null) {
            return null;
        }
        Object m = cls.lookup(name);
        if (m instanceof PFunction f && f.getCode().getSignature().isSimplePositional(2) && !f.getCode().isGenerator() && !f.getCode().isCoroutine()) {
            return f;
        }
        return null;
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    protected static Object generic(Object left, Object right, Operator op) {
        return PyOps.binaryOp(left, right, op);
    }

    static PythonClass typeOf(Object o) {
        return BuiltinTypes.typeOf(o);
    }
}
