package org.cinderj.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.BuiltinBody;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.function.PBuiltinFunction;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** Small conversions and helpers shared by the Java-implemented modules. */
public final class PyUtil {
    private PyUtil() {
    }

    public static final Object NONE = PNone.NONE;
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public static String typeName(Object o) {
        return BuiltinTypes.typeOf(o).getName();
    }

    public static boolean isMissing(Object o) {
        return o == Missing.VALUE;
    }

    public static boolean isNone(Object o) {
        return o == PNone.NONE;
    }

    /** Missing or None. */
    public static boolean absent(Object o) {
        return o == Missing.VALUE || o == PNone.NONE || o == null;
    }

    /** Normalises an integer result (BigInteger in the long range becomes Long). */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    /** An exact int (Long/BigInteger/Boolean) or {@code __index__}: Long or BigInteger. */
    @TruffleBoundary
    public static Object index(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        } else if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return PyOps.index(o);
    }

    public static BigInteger toBig(Object intValue) {
        Object i = index(intValue);
        return i instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) i;
    }

    /** {@code __index__} as a Java long; OverflowError when it does not fit. */
    @TruffleBoundary
    public static long toLong(Object o) {
        Object i = index(o);
        if (i instanceof Long l) {
            return l;
        }
        throw PythonErrors.overflowError("Python int too large to convert to C long");
    }

    /** {@code __index__} clamped to a Java int with CPython's ssize_t message. */
    @TruffleBoundary
    public static int toInt(Object o) {
        Object i = index(o);
        if (i instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
    }

    /** Clamps an index to Java int range (for sizes that can't exceed it anyway). */
    public static int clampInt(Object o) {
        Object i = index(o);
        if (i instanceof Long l) {
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, l));
        }
        return ((BigInteger) i).signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }

    /** float(o) for a "real number" argument ({@code __float__}, then {@code __index__}). */
    @TruffleBoundary
    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        } else if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (o instanceof BigInteger b) {
            return bigToDouble(b);
        }
        Object f = PyOps.lookupSpecial(o, "__float__");
        if (f != null) {
            Object r = org.cinderj.runtime.function.CallSupport.call(f, o);
            if (r instanceof Double d) {
                return d;
            }
            throw PythonErrors.typeError("%s.__float__ returned non-float (type %s)", typeName(o), typeName(r));
        }
        if (PyOps.lookupSpecial(o, "__index__") != null) {
            Object i = PyOps.index(o);
            return i instanceof Long l ? (double) l : bigToDouble((BigInteger) i);
        }
        throw PythonErrors.typeError("must be real number, not %s", typeName(o));
    }

    public static double bigToDouble(BigInteger b) {
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw PythonErrors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** The argument as a str, or TypeError "{what} must be str, not X". */
    public static String str(Object o, String what) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof org.cinderj.runtime.object.PythonObject po && po.getPythonClass().isSubclassOf(BuiltinTypes.STR)) {
            return PyOps.str(o);
        }
        throw PythonErrors.typeError("%s must be str, not %s", what, typeName(o));
    }

    /** All items of an iterable. */
    @TruffleBoundary
    public static List<Object> toList(Object iterable) {
        if (iterable instanceof PList l) {
            List<Object> r = new ArrayList<>(l.size());
            for (int i = 0; i < l.size(); i++) {
                r.add(l.get(i));
            }
            return r;
        } else if (iterable instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE) {
            return new ArrayList<>(List.of(t.getItems()));
        }
        Object it = PyOps.getIter(iterable);
        List<Object> r = new ArrayList<>();
        Object x;
        while ((x = PyOps.next(it)) != null) {
            r.add(x);
        }
        return r;
    }

    public static Object[] toArray(Object iterable) {
        return toList(iterable).toArray();
    }

    public static PTuple tuple(Object... items) {
        return new PTuple(items);
    }

    public static PList list(List<?> items) {
        return new PList(items.toArray());
    }

    public static boolean isInstance(PException e, PythonClass cls) {
        return PythonErrors.isInstance(e, cls);
    }

    /** A builtin (Java-implemented) class of a module. */
    public static PythonClass newClass(String module, String name, PythonClass... bases) {
        PythonClass c = new PythonClass(BuiltinTypes.TYPE, name, bases.length == 0 ? new PythonClass[]{BuiltinTypes.OBJECT} : bases, true);
        c.define("__module__", module);
        c.setQualname(name);
        return c;
    }

    /** A builtin class that Python code cannot subclass. */
    public static PythonClass newFinalClass(String module, String name, PythonClass... bases) {
        PythonClass c = newClass(module, name, bases);
        c.setFlags(c.getFlags() & ~PythonClass.FLAG_BASETYPE);
        return c;
    }

    public static PBuiltinFunction fn(PythonModule m, String name, String sig, BuiltinBody body) {
        return BuiltinDef.function(m, name, sig, body);
    }

    public static PBuiltinFunction method(PythonClass c, String name, String sig, BuiltinBody body) {
        return BuiltinDef.method(c, name, sig, body);
    }

    /** Defines {@code __new__} as CPython's builtin types expose it (a staticmethod taking the class). */
    public static void constructor(PythonClass c, String sig, BuiltinBody body) {
        BuiltinDef.staticMethod(c, "__new__", sig, body);
    }

    public static PythonClass checkClass(Object cls, PythonClass expectedBase) {
        if (cls instanceof PythonClass c && c.isSubclassOf(expectedBase)) {
            return c;
        }
        throw PythonErrors.typeError("%s.__new__(X): X is not a subtype of %s", expectedBase.getName(), expectedBase.getName());
    }

    public static PDict dict() {
        return new PDict();
    }

    public static boolean truthy(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        return PyOps.isTrue(o);
    }

    public static PException raise(PythonClass cls, String format, Object... args) {
        return PythonErrors.raise(cls, format, args);
    }

    /** A keyword-argument call helper. */
    public static Object callKw(Object callable, Object[] args, String[] kwNames, Object[] kwValues) {
        return org.cinderj.runtime.function.CallSupport.call(callable, args, kwNames, kwValues);
    }

    public static Object call(Object callable, Object... args) {
        return org.cinderj.runtime.function.CallSupport.call(callable, args);
    }

    /** Calls method {@code name} of {@code obj} (looked up as an attribute). */
    public static Object callMethod(Object obj, String name, Object... args) {
        return org.cinderj.runtime.function.CallSupport.call(PyOps.getAttribute(obj, name), args);
    }

    /** Sets an instance attribute directly in the object's shape (no descriptors, no PyOps). */
    @TruffleBoundary
    public static void setObjAttr(org.cinderj.runtime.object.PythonObject obj, String name, Object value) {
        com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().put(obj, name, value);
    }

    /** Reads an instance attribute directly from the object's shape; null when absent. */
    @TruffleBoundary
    public static Object getObjAttr(org.cinderj.runtime.object.PythonObject obj, String name) {
        return com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().getOrDefault(obj, name, null);
    }

    /** A {@code types.SimpleNamespace} with the given attributes. */
    public static org.cinderj.runtime.object.PythonObject namespace(Object... keyValues) {
        org.cinderj.runtime.object.PythonObject ns = new org.cinderj.runtime.object.PythonObject(BuiltinTypes.SIMPLE_NAMESPACE);
        for (int i = 0; i < keyValues.length; i += 2) {
            setObjAttr(ns, (String) keyValues[i], keyValues[i + 1]);
        }
        return ns;
    }

    public static String reprStr(String s) {
        return PyOps.repr(s);
    }
}
