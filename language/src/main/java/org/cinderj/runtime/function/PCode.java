package org.cinderj.runtime.function;

import com.oracle.truffle.api.RootCallTarget;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * A code object: the compiled body of a module, class body, function, lambda or comprehension. It
 * owns the Truffle call target; functions made from it share that target (and so its profile and
 * compiled code).
 */
public final class PCode extends PythonObject {
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ASYNC_GENERATOR = 0x200;
    public static final int CO_VARARGS = 0x04;
    public static final int CO_VARKEYWORDS = 0x08;
    public static final int CO_NESTED = 0x10;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_OPTIMIZED = 0x01;
    public static final int CO_NEWLOCALS = 0x02;

    private final RootCallTarget callTarget;
    private final Signature signature;
    private final String name;
    private final String qualname;
    private final String filename;
    private final int firstLineNo;
    private final int flags;
    private final String[] varnames;
    private final String[] cellvars;
    private final String[] freevars;

    public PCode(RootCallTarget callTarget, Signature signature, String name, String qualname, String filename,
                    int firstLineNo, int flags, String[] varnames, String[] cellvars, String[] freevars) {
        super(BuiltinTypes.CODE);
        this.callTarget = callTarget;
        this.signature = signature;
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineNo = firstLineNo;
        this.flags = flags;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
    }

    /** The source the code was compiled from, for traceback lines; may be null. */
    private com.oracle.truffle.api.source.Source source;

    public com.oracle.truffle.api.source.Source getSource() {
        return source;
    }

    public void setSource(com.oracle.truffle.api.source.Source source) {
        this.source = source;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public Signature getSignature() {
        return signature;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public String getFilename() {
        return filename;
    }

    /** Launcher glue (an internal source, e.g. the {@code runpy} call of {@code -m}): no traceback entry. */
    private boolean hiddenFromTraceback;

    public boolean isHiddenFromTraceback() {
        return hiddenFromTraceback;
    }

    public void setHiddenFromTraceback(boolean hidden) {
        this.hiddenFromTraceback = hidden;
    }

    public int getFirstLineNo() {
        return firstLineNo;
    }

    public int getFlags() {
        return flags;
    }

    public boolean isGenerator() {
        return (flags & CO_GENERATOR) != 0;
    }

    public boolean isCoroutine() {
        return (flags & CO_COROUTINE) != 0;
    }

    public boolean isAsyncGenerator() {
        return (flags & CO_ASYNC_GENERATOR) != 0;
    }

    public String[] getVarnames() {
        return varnames;
    }

    public String[] getCellvars() {
        return cellvars;
    }

    public String[] getFreevars() {
        return freevars;
    }
}
