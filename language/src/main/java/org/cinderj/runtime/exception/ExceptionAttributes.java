package org.cinderj.runtime.exception;

import com.oracle.truffle.api.object.DynamicObjectLibrary;
import java.util.concurrent.ConcurrentHashMap;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;

/**
 * The C-level attributes of builtin exceptions ({@code StopIteration.value}, {@code OSError.errno},
 * {@code AttributeError.name}, ...). They live in the exception's shape under non-str keys, so they
 * stay out of {@code __dict__} (as CPython's struct members do); the exception types expose them
 * through getset descriptors that read None while unset.
 */
public final class ExceptionAttributes {
    private ExceptionAttributes() {
    }

    /** Shape key of an exception member attribute. */
    private record Member(String name) {
    }

    private static final ConcurrentHashMap<String, Member> MEMBERS = new ConcurrentHashMap<>();

    public static Object key(String name) {
        return MEMBERS.computeIfAbsent(name, Member::new);
    }

    /** The member's value, or None when unset. */
    public static Object get(PythonObject exc, String name) {
        return DynamicObjectLibrary.getUncached().getOrDefault(exc, key(name), PNone.NONE);
    }

    /** The member's value, or null when unset. */
    public static Object getOrNull(PythonObject exc, String name) {
        return DynamicObjectLibrary.getUncached().getOrDefault(exc, key(name), null);
    }

    public static void set(PythonObject exc, String name, Object value) {
        DynamicObjectLibrary.getUncached().put(exc, key(name), value);
    }

    public static boolean remove(PythonObject exc, String name) {
        return DynamicObjectLibrary.getUncached().removeKey(exc, key(name));
    }
}
