package org.cinderj.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.PythonClass;

/** Warnings issued from Java code, through the {@code warnings} module so that its filters apply. */
public final class Warnings {
    private Warnings() {
    }

    /**
     * {@code warnings.warn_explicit(message, category, filename, lineno)}, as CPython's
     * {@code PyErr_WarnExplicitObject}: imports {@code warnings} if no one has yet. A filter that
     * turns the warning into an error makes this throw it.
     */
    @TruffleBoundary
    public static void warnExplicit(PythonClass category, String message, String filename, int lineno) {
        PythonContext ctx = PythonContext.get(null);
        Object warnings = ctx.getSysModules().get("warnings");
        if (warnings == null || warnings == PNone.NONE) {
            warnings = CallSupport.call(ctx.getBuiltins().getAttr("__import__"), "warnings");
        }
        CallSupport.call(PyOps.getAttribute(warnings, "warn_explicit"), message, category, filename, (long) lineno);
    }
}
