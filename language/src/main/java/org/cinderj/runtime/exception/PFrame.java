package org.cinderj.runtime.exception;

import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * A frame object as Python code sees it ({@code f_code}, {@code f_globals}, {@code f_lineno},
 * {@code f_back}). Created only when needed (tracebacks, {@code sys._getframe}); running code does
 * not keep one.
 */
public final class PFrame extends PythonObject {
    private final PCode code;
    private final PDict globals;
    private int lineno;
    private Object back;
    private Object locals;

    public PFrame(PCode code, PDict globals, int lineno) {
        super(BuiltinTypes.FRAME);
        this.code = code;
        this.globals = globals;
        this.lineno = lineno;
    }

    /** The frame's {@code f_lasti} when it belongs to a generator, else null (-1). */
    private java.util.function.IntSupplier lasti;

    /** CPython's f_lasti is -1 until a frame runs; cinderj has no bytecode offsets, only that. */
    public long getLasti() {
        return lasti == null ? -1 : lasti.getAsInt();
    }

    public void setLasti(java.util.function.IntSupplier lasti) {
        this.lasti = lasti;
    }

    public PCode getCode() {
        return code;
    }

    public PDict getGlobals() {
        return globals;
    }

    public int getLineno() {
        return lineno;
    }

    public void setLineno(int lineno) {
        this.lineno = lineno;
    }

    /** The calling frame or None. */
    public Object getBack() {
        return back;
    }

    public void setBack(Object back) {
        this.back = back;
    }

    /** A dict snapshot of the locals, or null when not captured. */
    public Object getLocals() {
        return locals;
    }

    public void setLocals(Object locals) {
        this.locals = locals;
    }
}
