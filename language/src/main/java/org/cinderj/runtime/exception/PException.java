package org.cinderj.runtime.exception;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/**
 * The Java throwable that unwinds the interpreter for a raised Python exception. It carries the
 * Python exception object; the Python-visible traceback is assembled from Truffle's stack trace of
 * this throwable (see {@code org.cinderj.runtime.exception.TracebackBuilder}).
 */
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final transient PBaseException pythonException;

    public PException(PBaseException pythonException, Node location) {
        super(location);
        this.pythonException = pythonException;
        pythonException.setCarrier(this);
    }

    public PBaseException getPythonException() {
        return pythonException;
    }

    @Override
    public String getMessage() {
        return pythonException.getPythonClass().getName();
    }
}
