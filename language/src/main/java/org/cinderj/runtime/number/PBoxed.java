package org.cinderj.runtime.number;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.PythonClass;

/**
 * An instance of a user subclass of {@code int}, {@code float} or {@code str}
 * ({@code class MyInt(int)}). The builtin value is a plain Java value (Long/BigInteger, Double,
 * String) that cannot carry a class or instance attributes, so subclass instances box it here.
 * Every method of those types unwraps self/operands through {@link #unwrap}.
 *
 * <p>complex, bytes and bytearray need no box: their representations are PythonObjects already
 * and take the subclass as their class.
 */
public final class PBoxed extends PythonObject {
    private final Object value;

    public PBoxed(PythonClass cls, Object value) {
        super(cls);
        this.value = value;
    }

    /** The builtin value: Long/BigInteger for int subclasses, Double for float, String for str. */
    public Object getValue() {
        return value;
    }

    /** The builtin value of {@code o} when it is a box, else {@code o} itself. */
    public static Object unwrap(Object o) {
        return o instanceof PBoxed b ? b.value : o;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
