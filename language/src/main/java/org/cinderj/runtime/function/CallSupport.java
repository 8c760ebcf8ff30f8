package org.cinderj.runtime.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * Calling any Python callable from Java (builtins calling back into Python: {@code sorted(key=)},
 * {@code map}, dunder dispatch). This is the uncached path; call nodes in the AST have their own
 * cached, inlinable versions of the same cases.
 */
public final class CallSupport {
    private CallSupport() {
    }

    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    /** {@code callable(*args)}. */
    public static Object call(Object callable, Object... args) {
        return call(callable, args, NO_NAMES, NO_VALUES);
    }

    /** Same as {@link #call(Object, Object...)}; reads better for unbound dunder calls. */
    public static Object callUnbound(Object callable, Object[] args) {
        return call(callable, args, NO_NAMES, NO_VALUES);
    }

    /** {@code callable(*args, **dict(zip(kwNames, kwValues)))}. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object call(Object callable, Object[] args, String[] kwNames, Object[] kwValues) {
        if (kwNames == null) {
            kwNames = NO_NAMES;
            kwValues = NO_VALUES;
        }
        if (callable instanceof PFunction f) {
            PCode code = f.getCode();
            Signature sig = code.getSignature();
            Object[] bound;
            if (kwNames.length == 0 && sig.isSimplePositional(args.length)) {
                bound = new Object[args.length + 1];
                System.arraycopy(args, 0, bound, 1, args.length);
            } else {
                bound = ArgBinder.bindFunction(f, sig, args, kwNames, kwValues, 1);
            }
            bound[0] = f;
            return code.getCallTarget().call(bound);
        } else if (callable instanceof PBuiltinFunction b) {
            // all parameters given positionally (map(len, ...), key=str.upper): the arguments are the layout
            Object[] bound = kwNames.length == 0 && b.getSignature().isSimplePositional(args.length) ? args.clone()
                            : ArgBinder.bind(b.getSignature(), b.getDefaults(), args, kwNames, kwValues, 0);
            return b.invokeBoundary(bound);
        } else if (callable instanceof PMethod m) {
            Object[] withSelf = new Object[args.length + 1];
            withSelf[0] = m.getSelf();
            System.arraycopy(args, 0, withSelf, 1, args.length);
            return call(m.getFunction(), withSelf, kwNames, kwValues);
        } else if (callable instanceof PythonClass c && c.getPythonClass() == BuiltinTypes.TYPE) {
            return PyOps.callClass(c, args, kwNames, kwValues);
        }
        Object dunder = BuiltinTypes.typeOf(callable).lookup("__call__");
        if (dunder == null) {
            throw PythonErrors.typeError("'%s' object is not callable", BuiltinTypes.typeOf(callable).getName());
        }
        // A __call__ that is itself an instance with a __call__ recurses here without entering a
        // Python frame: count the level as CPython counts calls of Python objects.
        org.cinderj.runtime.PythonContext ctx = org.cinderj.runtime.PythonContext.enterNativeLevel(" while calling a Python object");
        try {
            return callSpecialMethod(dunder, callable, args, kwNames, kwValues);
        } finally {
            org.cinderj.runtime.PythonContext.exitNativeLevel(ctx);
        }
    }

    /** {@link #callSpecialMethod} with positional arguments only. */
    public static Object callMethod(Object method, Object receiver, Object... args) {
        return callSpecialMethod(method, receiver, args, NO_NAMES, NO_VALUES);
    }

    /**
     * Calls {@code method}, a special method found on the type of {@code receiver}, as CPython's
     * type slots do: functions and the methods of builtin types get the receiver as first
     * argument; any other object is bound through its {@code __get__} if it has one
     * (staticmethod, classmethod, custom descriptors) and called as it is otherwise (a plain
     * builtin function such as {@code len}).
     */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object callSpecialMethod(Object method, Object receiver, Object[] args, String[] kwNames, Object[] kwValues) {
        if (method instanceof PFunction || method instanceof PBuiltinFunction b && b.isMethod()) {
            Object[] withSelf = new Object[args.length + 1];
            withSelf[0] = receiver;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            return call(method, withSelf, kwNames, kwValues);
        }
        Object bound = org.cinderj.runtime.ProtocolImpl.descrGet(method, receiver, BuiltinTypes.typeOf(receiver));
        return call(bound, args, kwNames, kwValues);
    }
}
