package org.cinderj.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.ArgBinder;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.function.PBuiltinFunction;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.function.PFunction;
import org.cinderj.runtime.function.PMethod;
import org.cinderj.runtime.function.Signature;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * Calls a callable with evaluated arguments. Python functions are called through a
 * {@link DirectCallNode} per code object (so Truffle can inline and split them); builtins are
 * cached by identity; instantiating a plain class allocates and calls its {@code __init__}
 * directly. Everything else takes the generic path.
 */
public abstract class DispatchCallNode extends Node {
    static final String[] NO_NAMES = new String[0];

    public abstract Object execute(Object callee, Object[] args, String[] kwNames, Object[] kwValues);

    public static DispatchCallNode create() {
        return DispatchCallNodeGen.create();
    }

    @Specialization(guards = {"f.getCode() == cachedCode", "kwNames.length == 0", "args.length == cachedArgc", "simple"}, limit = "3")
    protected Object doFunctionSimple(PFunction f, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("f.getCode()") PCode cachedCode,
                    @Cached("args.length") int cachedArgc,
                    @Cached("cachedCode.getSignature().isSimplePositional(cachedArgc)") boolean simple,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
        Object[] a = new Object[cachedArgc + 1];
        a[0] = f;
        System.arraycopy(args, 0, a, 1, cachedArgc);
        return call.call(a);
    }

    @Specialization(guards = "f.getCode() == cachedCode", limit = "3")
    protected Object doFunctionBind(PFunction f, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("f.getCode()") PCode cachedCode,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
        Object[] a = bindFunction(f, cachedCode.getSignature(), args, kwNames, kwValues);
        a[0] = f;
        return call.call(a);
    }

    @Specialization(replaces = {"doFunctionSimple", "doFunctionBind"})
    protected Object doFunction(PFunction f, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached IndirectCallNode call) {
        PCode code = f.getCode();
        Object[] a;
        if (kwNames.length == 0 && code.getSignature().isSimplePositional(args.length)) {
            a = new Object[args.length + 1];
            System.arraycopy(args, 0, a, 1, args.length);
        } else {
            a = bindFunction(f, code.getSignature(), args, kwNames, kwValues);
        }
        a[0] = f;
        return call.call(code.getCallTarget(), a);
    }

    @Specialization(guards = "b == cached", limit = "4")
    protected Object doBuiltinCached(PBuiltinFunction b, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("b") PBuiltinFunction cached,
                    @Cached("createIntrinsic(cached, args.length)") IntrinsicNodes.IntrinsicNode intrinsic) {
        if (intrinsic != null && kwNames.length == 0) {
            Object r = intrinsic.execute(args);
            if (r != null) {
                return r;
            }
        }
        Object[] bound = bindBuiltin(cached, args, kwNames, kwValues);
        if (cached.isInlinable()) {
            return cached.getBody().call(bound);
        }
        return cached.invokeBoundary(bound);
    }

    @Specialization(replaces = "doBuiltinCached")
    protected Object doBuiltin(PBuiltinFunction b, Object[] args, String[] kwNames, Object[] kwValues) {
        return b.invokeBoundary(bindBuiltin(b, args, kwNames, kwValues));
    }

    @Specialization
    protected Object doMethod(PMethod m, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached DispatchCallNode inner) {
        Object[] withSelf = new Object[args.length + 1];
        withSelf[0] = m.getSelf();
        System.arraycopy(args, 0, withSelf, 1, args.length);
        return inner.execute(m.getFunction(), withSelf, kwNames, kwValues);
    }

    /** {@code range(...)} and other builtin classes with a direct constructor path. */
    @Specialization(guards = {"cls == RANGE", "kwNames.length == 0", "isLongs(args)"})
    protected Object doRange(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues) {
        long start = 0;
        long stop;
        long step = 1;
        if (args.length == 1) {
            stop = (long) args[0];
        } else if (args.length == 2) {
            start = (long) args[0];
            stop = (long) args[1];
        } else {
            start = (long) args[0];
            stop = (long) args[1];
            step = (long) args[2];
            if (step == 0) {
                throw PythonErrors.valueError("range() arg 3 must not be zero");
            }
        }
        return org.cinderj.runtime.range.PBigRange.fromLongs(start, stop, step);
    }

    protected static final PythonClass RANGE = BuiltinTypes.RANGE;
    protected static final PythonClass COMPLEX = BuiltinTypes.COMPLEX;

    /** {@code complex(x, y)} with float or int parts. */
    @Specialization(guards = {"cls == COMPLEX", "kwNames.length == 0", "isTwoRealNumbers(args)"})
    protected Object doComplex(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues) {
        return new org.cinderj.runtime.number.PComplex(toDouble(args[0]), toDouble(args[1]));
    }

    protected static boolean isTwoRealNumbers(Object[] args) {
        return args.length == 2 && isRealNumber(args[0]) && isRealNumber(args[1]);
    }

    protected static boolean isRealNumber(Object o) {
        return o instanceof Double || o instanceof Long;
    }

    private static double toDouble(Object o) {
        return o instanceof Double d ? d : (double) (long) (Long) o;
    }

    protected static boolean isLongs(Object[] args) {
        if (args.length < 1 || args.length > 3) {
            return false;
        }
        for (Object a : args) {
            if (!(a instanceof Long)) {
                return false;
            }
        }
        return true;
    }

    @Specialization(guards = {"cls == cachedClass", "init != null", "cls != RANGE", "cls != COMPLEX"}, assumptions = "cachedClass.getStableAssumption()", limit = "3")
    protected Object doPlainClass(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("cls") PythonClass cachedClass,
                    @Cached("plainInit(cachedClass)") PFunction init,
                    @Cached DispatchCallNode inner) {
        PythonObject self = new PythonObject(cachedClass);
        Object[] withSelf = new Object[args.length + 1];
        withSelf[0] = self;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        Object r = inner.execute(init, withSelf, kwNames, kwValues);
        if (r != PNone.NONE) {
            throw initReturned(r);
        }
        return self;
    }

    @Specialization(replaces = "doPlainClass")
    protected Object doGeneric(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return callGeneric(callee, args, kwNames, kwValues);
    }

    protected static IntrinsicNodes.IntrinsicNode createIntrinsic(PBuiltinFunction b, int argc) {
        return IntrinsicNodes.create(b, argc);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static Object callGeneric(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return CallSupport.call(callee, args, kwNames, kwValues);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static Object[] bindFunction(org.cinderj.runtime.function.PFunction f, Signature sig, Object[] args, String[] kwNames, Object[] kwValues) {
        return ArgBinder.bindFunction(f, sig, args, kwNames, kwValues, 1);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static Object[] bind(Signature sig, Object[] defaults, Object[] args, String[] kwNames, Object[] kwValues, int offset) {
        return ArgBinder.bind(sig, defaults, args, kwNames, kwValues, offset);
    }

    static Object[] bindBuiltin(PBuiltinFunction b, Object[] args, String[] kwNames, Object[] kwValues) {
        Signature sig = b.getSignature();
        if (kwNames.length == 0 && sig.isSimplePositional(args.length)) {
            return args;
        }
        return bind(sig, b.getDefaults(), args, kwNames, kwValues, 0);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static RuntimeException initReturned(Object r) {
        return PythonErrors.typeError("__init__() should return None, not '%s'", BuiltinTypes.typeOf(r).getName());
    }

    /**
     * The {@code __init__} to call directly when instantiating {@code cls} needs nothing more than
     * allocating a plain object: metaclass {@code type}, {@code object.__new__}, a Python
     * {@code __init__}. Null otherwise.
     */
    @TruffleBoundary(transferToInterpreterOnException = false)
    protected static PFunction plainInit(PythonClass cls) {
        if (cls.getPythonClass() != BuiltinTypes.TYPE || cls.getLayoutBase() != BuiltinTypes.OBJECT) {
            return null;
        }
        if (cls.lookup("__new__") != BuiltinTypes.OBJECT.getOwn("__new__")) {
            return null;
        }
        if (cls.lookup("__abstractmethods__") != null) {
            return null;
        }
        Object init = cls.lookup("__init__");
        return init instanceof PFunction f ? f : null;
    }
}
