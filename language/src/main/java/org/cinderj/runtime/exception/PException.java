package org.cinderj.runtime.exception;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/**
 * The Java throwable that unwinds the interpreter for a raised Python exception. It carries the
 * Python exception object, whose traceback grows as the exception leaves each Python frame (see
 * {@link TracebackSupport}). To embedders it is a guest exception: SyntaxError is a parse error
 * (incomplete input when the source merely ended too early, which the REPL uses to ask for more).
 */
@com.oracle.truffle.api.library.ExportLibrary(com.oracle.truffle.api.interop.InteropLibrary.class)
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final transient PBaseException pythonException;

    public PException(PBaseException pythonException, Node location) {
        // No Truffle stack trace: Python tracebacks are built frame by frame as the exception
        // unwinds (TracebackSupport), and collecting Truffle's would cost every raise dearly.
        super(null, null, 0, location);
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

    /** Set for syntax errors caused only by the input ending early (unclosed bracket, block expected). */
    private boolean incompleteSource;

    public void setIncompleteSource(boolean value) {
        this.incompleteSource = value;
    }

    @com.oracle.truffle.api.library.ExportMessage
    public com.oracle.truffle.api.interop.ExceptionType getExceptionType() {
        if (pythonException.getPythonClass().isSubclassOf(org.cinderj.runtime.type.BuiltinTypes.SYNTAX_ERROR)) {
            return com.oracle.truffle.api.interop.ExceptionType.PARSE_ERROR;
        }
        return com.oracle.truffle.api.interop.ExceptionType.RUNTIME_ERROR;
    }

    @com.oracle.truffle.api.library.ExportMessage
    public boolean isExceptionIncompleteSource() {
        return incompleteSource;
    }

    @com.oracle.truffle.api.library.ExportMessage
    public boolean hasExceptionMessage() {
        return true;
    }

    @com.oracle.truffle.api.library.ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public Object getExceptionMessage() {
        return TracebackPrinter.exceptionLine(pythonException);
    }

    public PBaseException getPythonException() {
        return pythonException;
    }

    @Override
    public String getMessage() {
        return pythonException.getPythonClass().getName();
    }
}
