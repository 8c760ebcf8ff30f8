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

    /** Line of the innermost statement of the current frame, until the frame adds its traceback entry. */
    private int pendingLine = -1;
    /** Set by a bare {@code raise}: the re-raising frame is already in the traceback. */
    private boolean skipNextFrame;

    public void recordLine(int line) {
        if (pendingLine < 0) {
            pendingLine = line;
        }
    }

    /** The recorded line, clearing it for the next (outer) frame. */
    public int takePendingLine() {
        int l = pendingLine;
        pendingLine = -1;
        return l;
    }

    public boolean takeSkipNextFrame() {
        boolean s = skipNextFrame;
        skipNextFrame = false;
        return s;
    }

    public void setSkipNextFrame(boolean value) {
        this.skipNextFrame = value;
    }

    public PBaseException getPythonException() {
        return pythonException;
    }

    @Override
    public String getMessage() {
        return pythonException.getPythonClass().getName();
    }
}
