package org.cinderj.runtime.exception;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * One entry of a traceback ({@code tb_frame}, {@code tb_lineno}, {@code tb_next}). Entries are
 * prepended as the exception leaves each frame, so the head is the outermost frame.
 */
public final class PTraceback extends PythonObject {
    private final PFrame frame;
    private final int lineno;
    private Object next;
    /** CPython's bytecode offset; cinderj has none, so -1 unless given to TracebackType(). */
    private final long lasti;

    public PTraceback(PFrame frame, int lineno, Object next) {
        this(frame, lineno, next, -1);
    }

    public PTraceback(PFrame frame, int lineno, Object next, long lasti) {
        super(BuiltinTypes.TRACEBACK);
        this.frame = frame;
        this.lineno = lineno;
        this.next = next;
        this.lasti = lasti;
    }

    public long getLasti() {
        return lasti;
    }

    public PFrame getFrame() {
        return frame;
    }

    public int getLineno() {
        return lineno;
    }

    /** The next (inner) entry, or None. */
    public Object getNext() {
        return next;
    }

    public void setNext(Object next) {
        this.next = next;
    }
}
