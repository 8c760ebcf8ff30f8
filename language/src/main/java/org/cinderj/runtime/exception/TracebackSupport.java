package org.cinderj.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.function.PFunction;

/** Adds traceback entries as a Python exception unwinds through frames. */
public final class TracebackSupport {
    private TracebackSupport() {
    }

    /** Prepends this frame's entry ({@code tb_lineno} from the innermost statement that raised). */
    public static void addFrame(PException e, PCode code, Frame frame) {
        int line = e.takePendingLine();
        if (e.takeSkipNextFrame()) {
            return;
        }
        Object[] args = frame.getArguments();
        PDict globals = args.length > 0 && args[0] instanceof PFunction f ? f.getGlobals() : null;
        prepend(e, code, globals, line);
    }

    @TruffleBoundary
    private static void prepend(PException e, PCode code, PDict globals, int line) {
        if (code == null || code.isHiddenFromTraceback()) {
            return;
        }
        PBaseException exc = e.getPythonException();
        PFrame f = new PFrame(code, globals, line);
        exc.setTraceback(new PTraceback(f, line < 0 ? code.getFirstLineNo() : line, exc.getTraceback()));
    }
}
