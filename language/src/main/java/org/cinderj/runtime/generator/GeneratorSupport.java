package org.cinderj.runtime.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.BuiltinTypes;

/** The generator protocol: {@code send}, {@code throw}, {@code close}, {@code __next__}. */
public final class GeneratorSupport {
    private GeneratorSupport() {
    }

    /** What the resume call target returns when the body finished ({@code return value}). */
    public static final class Done {
        public final Object value;

        public Done(Object value) {
            this.value = value;
        }
    }

    private static String kind(PGenerator g) {
        if (g.getPythonClass() == BuiltinTypes.COROUTINE) {
            return "coroutine";
        }
        if (g.getPythonClass() == BuiltinTypes.ASYNC_GENERATOR) {
            return "async generator";
        }
        return "generator";
    }

    /**
     * Resumes the generator. Returns the yielded value, or a {@link Done} when the body returned;
     * raises what the body raises.
     */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object resume(PGenerator g, Object sent, PException thrown) {
        if (g.isRunning()) {
            throw PythonErrors.valueError("%s already executing", kind(g));
        }
        if (g.isFinished()) {
            if (thrown != null) {
                throw thrown;
            }
            if (g.getPythonClass() == BuiltinTypes.COROUTINE) {
                throw PythonErrors.runtimeError("cannot reuse already awaited coroutine");
            }
            return new Done(PNone.NONE);
        }
        if (!g.isStarted()) {
            if (thrown != null) {
                g.setFinished(true);
                throw thrown;
            }
            if (sent != PNone.NONE) {
                throw PythonErrors.typeError("can't send non-None value to a just-started %s", kind(g));
            }
        }
        g.setStarted(true);
        g.setRunning(true);
        g.setSent(sent);
        g.setThrown(thrown);
        if (thrown != null) {
            g.setCallerHandled(org.cinderj.runtime.PythonContext.get(null).getCaughtException());
        }
        try {
            Object r = g.getResumeTarget().call(g);
            if (r instanceof Done) {
                g.setFinished(true);
            }
            return r;
        } catch (PException e) {
            g.setFinished(true);
            if (PythonErrors.isInstance(e, BuiltinTypes.STOP_ITERATION)) {
                PException re = PythonErrors.runtimeError("%s raised StopIteration", kind(g));
                re.getPythonException().setCause(e.getPythonException());
                re.getPythonException().setContext(e.getPythonException());
                re.getPythonException().setSuppressContext(true);
                throw re;
            }
            throw e;
        } finally {
            g.setRunning(false);
        }
    }

    /** A value produced by {@code yield} in an async generator (as opposed to what its awaits pass up). */
    public static final class AsyncGenValue {
        public final Object value;

        public AsyncGenValue(Object value) {
            this.value = value;
        }
    }

    /** {@code next(g)}: raises StopIteration(value) at the end. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object next(PGenerator g) {
        return unwrap(resume(g, PNone.NONE, null));
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object send(PGenerator g, Object value) {
        return unwrap(resume(g, value, null));
    }

    /** Used by for-loops: null at the end instead of StopIteration. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object nextOrNull(PGenerator g) {
        Object r = resume(g, PNone.NONE, null);
        return r instanceof Done ? null : r;
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object throwInto(PGenerator g, PException e) {
        return unwrap(resume(g, PNone.NONE, e));
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object close(PGenerator g) {
        if (g.isFinished() || !g.isStarted()) {
            g.setFinished(true);
            return PNone.NONE;
        }
        PException exit = PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.GENERATOR_EXIT));
        try {
            Object r = resume(g, PNone.NONE, exit);
            if (!(r instanceof Done)) {
                throw PythonErrors.runtimeError("%s ignored GeneratorExit", kind(g));
            }
        } catch (PException e) {
            if (PythonErrors.isInstance(e, BuiltinTypes.GENERATOR_EXIT) || PythonErrors.isInstance(e, BuiltinTypes.STOP_ITERATION)) {
                return PNone.NONE;
            }
            throw e;
        }
        return PNone.NONE;
    }

    private static Object unwrap(Object r) {
        if (r instanceof Done d) {
            throw d.value == PNone.NONE ? PythonErrors.stopIteration(null) : PythonErrors.stopIteration(d.value);
        }
        return r;
    }

    /**
     * One step of {@code yield from}/{@code await} delegation: sends {@code value} (or throws
     * {@code thrown}) into the sub-iterator. Returns the value it yields, or a {@link Done} with
     * its return value when it stops.
     */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object delegate(Object sub, Object value, PException thrown) {
        if (sub instanceof PGenerator g) {
            return resume(g, value, thrown);
        }
        try {
            if (thrown != null) {
                if (PythonErrors.isInstance(thrown, BuiltinTypes.GENERATOR_EXIT)) {
                    Object close = PyOps.lookupAttribute(sub, "close");
                    if (close != null) {
                        CallSupport.call(close);
                    }
                    throw thrown;
                }
                Object t = PyOps.lookupAttribute(sub, "throw");
                if (t == null) {
                    throw thrown;
                }
                return CallSupport.call(t, thrown.getPythonException());
            }
            if (value == PNone.NONE) {
                // Call __next__ itself: the StopIteration's value is the delegation's result.
                Object next = PyOps.lookupSpecial(sub, "__next__");
                if (next == null) {
                    throw PythonErrors.typeError("'%s' object is not an iterator", BuiltinTypes.typeOf(sub).getName());
                }
                return CallSupport.call(next, sub);
            }
            return CallSupport.call(PyOps.getAttribute(sub, "send"), value);
        } catch (PException e) {
            if (PythonErrors.isInstance(e, BuiltinTypes.STOP_ITERATION)) {
                Object[] args = e.getPythonException().getArgs();
                return new Done(args.length > 0 ? args[0] : PNone.NONE);
            }
            throw e;
        }
    }
}
