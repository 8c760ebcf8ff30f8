package org.cinderj.runtime.exception;

/**
 * Sets the attributes that {@code BaseException.__init__} and its subclasses derive from the
 * arguments ({@code StopIteration.value}, {@code SystemExit.code}, {@code OSError.errno}, ...) for
 * exceptions created from Java. The exception builtins register the implementation at startup.
 */
public final class ExceptionInitializer {
    private ExceptionInitializer() {
    }

    public interface Hook {
        void initialize(PBaseException exc);
    }

    private static volatile Hook hook;

    public static void setHook(Hook h) {
        hook = h;
    }

    static void initialize(PBaseException exc) {
        Hook h = hook;
        if (h != null) {
            h.initialize(exc);
        }
    }
}
