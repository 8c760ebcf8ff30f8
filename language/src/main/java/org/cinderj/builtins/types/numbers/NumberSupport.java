package org.cinderj.builtins.types.numbers;

import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** Argument checks shared by the number and text builtins. */
public final class NumberSupport {
    private NumberSupport() {
    }

    /** CPython's error for a method descriptor called on an object of the wrong type. */
    public static RuntimeException descriptorError(String method, PythonClass expected, Object self) {
        return PythonErrors.typeError("descriptor '%s' requires a '%s' object but received a '%s'", method, expected.getName(),
                        BuiltinTypes.typeOf(self).getName());
    }

    /** {@code operator.index(o)} as Long/BigInteger with CPython's TypeError for non-integers. */
    public static Object index(Object o) {
        Object i = IntOps.asInt(o);
        if (i != null) {
            return i;
        }
        if (PyOps.lookupSpecial(o, "__index__") == null) {
            throw PythonErrors.typeError("'%s' object cannot be interpreted as an integer", BuiltinTypes.typeOf(o).getName());
        }
        return IntOps.asInt(PyOps.index(o));
    }

    /** An index-like argument as a Java long, OverflowError "Python int too large to convert to C ssize_t". */
    public static long indexAsLong(Object o) {
        return IntOps.toLong(index(o), "Python int too large to convert to C ssize_t");
    }

    /** An index-like argument as a Java int (sizes, counts). */
    public static int indexAsInt(Object o) {
        long v = indexAsLong(o);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return (int) v;
    }

    public static boolean isMissing(Object o) {
        return o == Missing.VALUE || o == null;
    }

    public static boolean isNoneOrMissing(Object o) {
        return o == Missing.VALUE || o == null || o == PNone.NONE;
    }

    /** Checks the cls argument of a {@code __new__}: a subtype of {@code base}. */
    public static PythonClass checkNewCls(Object cls, PythonClass base) {
        if (!(cls instanceof PythonClass c)) {
            throw PythonErrors.typeError("%s.__new__(X): X is not a type object (%s)", base.getName(), BuiltinTypes.typeOf(cls).getName());
        }
        if (!c.isSubclassOf(base)) {
            throw PythonErrors.typeError("%s.__new__(%s): %s is not a subtype of %s", base.getName(), c.getName(), c.getName(), base.getName());
        }
        return c;
    }
}
