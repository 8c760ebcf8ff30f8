package org.cinderj.nodes.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** Matching {@code except} clauses, raising, and exception chaining. */
public final class ExceptionSupport {
    private ExceptionSupport() {
    }

    /** Whether the exception matches an {@code except} clause's class or tuple of classes. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static boolean matches(PException e, Object clause) {
        PythonClass cls = e.getPythonException().getPythonClass();
        if (clause instanceof PythonClass c) {
            checkCatchable(c);
            return cls.isSubclassOf(c);
        }
        if (clause instanceof PTuple t) {
            for (Object o : t.getItems()) {
                if (matches(e, o)) {
                    return true;
                }
            }
            return false;
        }
        throw PythonErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    private static void checkCatchable(PythonClass c) {
        if (!c.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
            throw PythonErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /**
     * An exception raised while {@code handled} was being handled gets it as {@code __context__}
     * (unless that would make a cycle).
     */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static void chain(PException raised, PBaseException handled) {
        if (handled == null) {
            return;
        }
        PBaseException exc = raised.getPythonException();
        if (exc == handled || exc.getContext() != PNone.NONE) {
            return;
        }
        // Break a cycle: if handled already has exc somewhere in its context chain, cut it there.
        Object o = handled;
        while (o instanceof PBaseException b) {
            if (b.getContext() == exc) {
                b.setContext(PNone.NONE);
                break;
            }
            o = b.getContext();
        }
        exc.setContext(handled);
    }

    /** Turns the operand of {@code raise} into an exception instance. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static PBaseException instantiate(Object value) {
        if (value instanceof PythonClass c) {
            if (!c.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
                throw PythonErrors.typeError("exceptions must derive from BaseException");
            }
            Object inst = CallSupport.call(c);
            if (!(inst instanceof PBaseException b)) {
                throw PythonErrors.typeError("calling %s should have returned an instance of BaseException, not %s", PyOps.repr(c),
                                BuiltinTypes.typeOf(inst).getName());
            }
            return b;
        }
        if (value instanceof PBaseException b) {
            return b;
        }
        throw PythonErrors.typeError("exceptions must derive from BaseException");
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    public static void setCause(PBaseException exc, Object cause) {
        if (cause == PNone.NONE) {
            exc.setCause(PNone.NONE);
        } else if (cause instanceof PythonClass c) {
            if (!c.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
                throw PythonErrors.typeError("exception causes must derive from BaseException");
            }
            exc.setCause(instantiate(c));
        } else if (cause instanceof PBaseException b) {
            exc.setCause(b);
        } else {
            throw PythonErrors.typeError("exception causes must derive from BaseException");
        }
        exc.setSuppressContext(true);
    }
}
