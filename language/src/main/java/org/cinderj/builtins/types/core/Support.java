package org.cinderj.builtins.types.core;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** Small helpers shared by the builtin type implementations. */
public final class Support {
    private Support() {
    }

    public static String typeName(Object o) {
        return BuiltinTypes.typeOf(o).getName();
    }

    public static Object[] tupleItems(Object o) {
        return ((PTuple) o).getItems();
    }

    public static PDict kwargs(Object o) {
        return (PDict) o;
    }

    public static boolean isMissing(Object o) {
        return o == Missing.VALUE;
    }

    public static boolean isNoneOrMissing(Object o) {
        return o == Missing.VALUE || o == PNone.NONE;
    }

    /** Keyword names of a {@code **kwargs} dict (str keys, as calls guarantee). */
    @TruffleBoundary
    public static String[] kwNames(PDict kw) {
        Object[] keys = kw.keysArray();
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = (String) keys[i];
        }
        return names;
    }

    /** {@code callable(*args, **kw)}. */
    @TruffleBoundary
    public static Object callWithKw(Object callable, Object[] args, PDict kw) {
        if (kw == null || kw.size() == 0) {
            return CallSupport.call(callable, args);
        }
        return CallSupport.call(callable, args, kwNames(kw), kw.valuesArray());
    }

    /** Prepends an element to an argument array. */
    public static Object[] prepend(Object first, Object[] rest) {
        Object[] r = new Object[rest.length + 1];
        r[0] = first;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }

    public static PythonClass asClass(Object o, String what) {
        if (o instanceof PythonClass c) {
            return c;
        }
        throw PythonErrors.typeError("%s must be a type, not %s", what, typeName(o));
    }

    /** An int argument as a Java long (IndexError "cannot fit" when too large), via __index__. */
    public static long asLong(Object o) {
        return org.cinderj.runtime.ProtocolImpl.asIndex(o);
    }

    /** An index-sized int, raising OverflowError like CPython's "Python int too large to convert to C ssize_t". */
    @TruffleBoundary
    public static long asSsize(Object o) {
        Object i = PyOps.index(o);
        if (i instanceof Long l) {
            return l;
        }
        throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
    }

    /**
     * Defines {@code owner.__new__} as a staticmethod whose argument errors name the type
     * ({@code "enumerate() missing ..."}) rather than {@code __new__}.
     */
    public static void defineNew(PythonClass owner, String textSignature, org.cinderj.runtime.function.BuiltinBody uncheckedBody) {
        org.cinderj.runtime.function.BuiltinBody body = org.cinderj.builtins.BuiltinDef.checkedNew(owner, uncheckedBody);
        String display = owner.getName().substring(owner.getName().lastIndexOf('.') + 1);
        org.cinderj.runtime.function.PBuiltinFunction proto = org.cinderj.builtins.BuiltinDef.function("builtins", "__new__", textSignature, body);
        org.cinderj.runtime.function.PBuiltinFunction f = new org.cinderj.runtime.function.PBuiltinFunction("__new__", proto.getSignature().withName(display),
                        proto.getDefaults(), body, null, null, false, null);
        owner.define("__new__", new org.cinderj.runtime.function.PStaticMethod(f));
    }

    public static String attrName(Object name) {
        if (name instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("attribute name must be string, not '%s'", typeName(name));
    }
}
