package org.cinderj.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * Raising builtin exceptions from Java: {@code throw PythonErrors.typeError("...")}. Each method
 * returns the throwable so that the call site can {@code throw} it and the compiler sees the
 * control flow end. Messages are CPython's texts; format them with {@code %s}/{@code %d} as in
 * {@link String#format}.
 */
public final class PythonErrors {
    private PythonErrors() {
    }

    /** Creates (not raises) an exception instance of a builtin class with the given args. */
    @TruffleBoundary
    public static PBaseException create(PythonClass cls, Object... args) {
        PBaseException exc = new PBaseException(cls, args);
        ExceptionInitializer.initialize(exc);
        return exc;
    }

    @TruffleBoundary
    public static PException raise(PythonClass cls, String message) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return new PException(create(cls, message), null);
    }

    @TruffleBoundary
    public static PException raise(PythonClass cls, String format, Object... args) {
        return raise(cls, String.format(format, args));
    }

    /** Raises an exception instance built by {@link #create}. */
    @TruffleBoundary
    public static PException raiseObject(PBaseException exc) {
        return new PException(exc, null);
    }

    public static PException typeError(String format, Object... args) {
        return raise(BuiltinTypes.TYPE_ERROR, format, args);
    }

    public static PException valueError(String format, Object... args) {
        return raise(BuiltinTypes.VALUE_ERROR, format, args);
    }

    public static PException attributeError(String format, Object... args) {
        return raise(BuiltinTypes.ATTRIBUTE_ERROR, format, args);
    }

    public static PException indexError(String format, Object... args) {
        return raise(BuiltinTypes.INDEX_ERROR, format, args);
    }

    public static PException nameError(String format, Object... args) {
        return raise(BuiltinTypes.NAME_ERROR, format, args);
    }

    public static PException zeroDivisionError(String format, Object... args) {
        return raise(BuiltinTypes.ZERO_DIVISION_ERROR, format, args);
    }

    public static PException overflowError(String format, Object... args) {
        return raise(BuiltinTypes.OVERFLOW_ERROR, format, args);
    }

    public static PException runtimeError(String format, Object... args) {
        return raise(BuiltinTypes.RUNTIME_ERROR, format, args);
    }

    public static PException notImplementedError(String format, Object... args) {
        return raise(BuiltinTypes.NOT_IMPLEMENTED_ERROR, format, args);
    }

    public static PException systemError(String format, Object... args) {
        return raise(BuiltinTypes.SYSTEM_ERROR, format, args);
    }

    public static PException importError(String format, Object... args) {
        return raise(BuiltinTypes.IMPORT_ERROR, format, args);
    }

    public static PException recursionError() {
        return raise(BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    /** {@code KeyError(key)}: the key itself is the single argument. */
    @TruffleBoundary
    public static PException keyError(Object key) {
        return new PException(create(BuiltinTypes.KEY_ERROR, key), null);
    }

    /** {@code StopIteration(value)}, or a bare {@code StopIteration} when value is null. */
    @TruffleBoundary
    public static PException stopIteration(Object value) {
        return new PException(value == null ? create(BuiltinTypes.STOP_ITERATION) : create(BuiltinTypes.STOP_ITERATION, value), null);
    }

    public static boolean isInstance(PException e, PythonClass cls) {
        return e.getPythonException().getPythonClass().isSubclassOf(cls);
    }
}
