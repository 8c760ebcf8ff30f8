package org.cinderj.builtins.modules;

import org.cinderj.runtime.exception.PBaseException;

/**
 * Hook through which the Java-implemented modules reach the interpreter's frames. The interpreter
 * installs its implementation with {@link #install} (once, at language/translator start-up).
 *
 * <p>Used by {@code globals()}, {@code locals()}, {@code vars()}, {@code dir()}, {@code exec}/
 * {@code eval} without explicit namespaces, {@code sys._getframe} and the default
 * {@code sys.excepthook} (traceback printing).
 */
public interface FrameAccess {
    /** Holder of the installed implementation (interfaces cannot have mutable static fields). */
    final class Holder {
        private Holder() {
        }

        static volatile FrameAccess impl;
    }

    static void install(FrameAccess implementation) {
        Holder.impl = implementation;
    }

    /** The installed implementation, or null before the interpreter installed one. */
    static FrameAccess get() {
        return Holder.impl;
    }

    /** The globals dict ({@code PDict}) of the Python frame that called the current builtin. */
    Object currentGlobals();

    /**
     * The locals mapping of the calling Python frame: a fresh snapshot dict for function frames
     * (CPython's {@code locals()}), the namespace itself for module and class bodies.
     */
    Object currentLocals();

    /**
     * {@code sys._getframe(depth)}: the frame object {@code depth} levels up from the caller of
     * {@code _getframe}. Return null when unsupported (the builtin then raises ValueError).
     */
    default Object getFrame(int depth) {
        return null;
    }

    /**
     * Formats {@code exc} with its traceback exactly as CPython's default excepthook prints it
     * ("Traceback (most recent call last):\n ..."), including chained causes/contexts. Return
     * null to let the module print only the last line ("Type: message").
     */
    default String formatException(PBaseException exc) {
        return null;
    }
}
