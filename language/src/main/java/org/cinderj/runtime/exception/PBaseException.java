package org.cinderj.runtime.exception;

import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.PythonClass;

/**
 * A Python exception object (an instance of {@code BaseException} or a subclass). The Java
 * throwable that carries it through the interpreter is {@link PException}.
 *
 * <p>{@code args} is a Java {@code Object[]} (exposed as a tuple). Subclass-specific attributes
 * ({@code SystemExit.code}, {@code StopIteration.value}, {@code OSError.errno}, {@code KeyError}
 * ...) are ordinary instance attributes set by their {@code __init__}.
 */
public class PBaseException extends PythonObject {
    private Object[] args;
    private Object cause = PNone.NONE;
    private Object context = PNone.NONE;
    private boolean suppressContext;
    /** A {@code PTraceback} or None; filled as the exception unwinds through Python frames. */
    private Object traceback = PNone.NONE;
    /** The Java throwable last used to raise this exception, or null. */
    private PException carrier;

    public PBaseException(PythonClass cls, Object[] args) {
        super(cls);
        this.args = args;
    }

    public Object[] getArgs() {
        return args;
    }

    public void setArgs(Object[] args) {
        this.args = args;
    }

    public Object getCause() {
        return cause;
    }

    public void setCause(Object cause) {
        this.cause = cause;
    }

    public Object getContext() {
        return context;
    }

    public void setContext(Object context) {
        this.context = context;
    }

    public boolean getSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }

    public Object getTraceback() {
        return traceback;
    }

    public void setTraceback(Object traceback) {
        this.traceback = traceback;
    }

    public PException getCarrier() {
        return carrier;
    }

    public void setCarrier(PException carrier) {
        this.carrier = carrier;
    }
}
