package org.cinderj.builtins.types.generator;

import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.generator.GeneratorSupport;
import org.cinderj.runtime.generator.PGenerator;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** Methods of generator, coroutine and the coroutine's {@code __await__} iterator. */
public final class GeneratorBuiltins {
    private GeneratorBuiltins() {
    }

    /** What {@code coroutine.__await__()} returns: an iterator driving the coroutine. */
    public static final class CoroutineWrapper extends PythonObject {
        final PGenerator coroutine;

        CoroutineWrapper(PGenerator coroutine) {
            super(BuiltinTypes.COROUTINE_WRAPPER);
            this.coroutine = coroutine;
        }
    }

    /** What {@code __anext__}/{@code asend}/{@code athrow}/{@code aclose} of an async generator return. */
    public static final class AsyncGenAwaitable extends PythonObject {
        static final int ASEND = 0;
        static final int ATHROW = 1;
        static final int ACLOSE = 2;
        static final int INIT = 0;
        static final int ITER = 1;
        static final int CLOSED = 2;

        final PGenerator gen;
        final int mode;
        final Object sendValue;
        final Object[] throwArgs;
        int state = INIT;

        AsyncGenAwaitable(PGenerator gen, int mode, Object sendValue, Object[] throwArgs) {
            super(mode == ASEND ? BuiltinTypes.ASYNC_GENERATOR_ASEND : BuiltinTypes.ASYNC_GENERATOR_ATHROW);
            this.gen = gen;
            this.mode = mode;
            this.sendValue = sendValue;
            this.throwArgs = throwArgs;
        }
    }

    public static void install() {
        installAsyncGenerator();
        installCommon(BuiltinTypes.GENERATOR, "gi_");
        installCommon(BuiltinTypes.COROUTINE, "cr_");
        PythonClass g = BuiltinTypes.GENERATOR;
        BuiltinDef.method(g, "__iter__", "(self)", a -> a[0]);
        BuiltinDef.method(g, "__next__", "(self)", a -> GeneratorSupport.next((PGenerator) a[0]));
        BuiltinDef.getter(g, "gi_yieldfrom", self -> orNone(((PGenerator) self).getYieldFrom()));
        PythonClass c = BuiltinTypes.COROUTINE;
        BuiltinDef.method(c, "__await__", "(self)", a -> new CoroutineWrapper((PGenerator) a[0]));
        BuiltinDef.getter(c, "cr_await", self -> orNone(((PGenerator) self).getYieldFrom()));
        PythonClass w = BuiltinTypes.COROUTINE_WRAPPER;
        BuiltinDef.method(w, "__iter__", "(self)", a -> a[0]);
        BuiltinDef.method(w, "__next__", "(self)", a -> GeneratorSupport.next(((CoroutineWrapper) a[0]).coroutine));
        BuiltinDef.method(w, "send", "(self, value, /)", a -> GeneratorSupport.send(((CoroutineWrapper) a[0]).coroutine, a[1]));
        BuiltinDef.method(w, "throw", "(self, typ, val=?, tb=?, /)",
                        a -> GeneratorSupport.throwInto(((CoroutineWrapper) a[0]).coroutine, makeThrown(a[1], a[2], a[3])));
        BuiltinDef.method(w, "close", "(self)", a -> GeneratorSupport.close(((CoroutineWrapper) a[0]).coroutine));
    }

    private static void installCommon(PythonClass t, String prefix) {
        if (t != BuiltinTypes.ASYNC_GENERATOR) {
            BuiltinDef.method(t, "send", "(self, value, /)", a -> GeneratorSupport.send((PGenerator) a[0], a[1]));
            BuiltinDef.method(t, "throw", "(self, typ, val=?, tb=?, /)", a -> GeneratorSupport.throwInto((PGenerator) a[0], makeThrown(a[1], a[2], a[3])));
            BuiltinDef.method(t, "close", "(self)", a -> GeneratorSupport.close((PGenerator) a[0]));
        }
        BuiltinDef.method(t, "__repr__", "(self)", a -> {
            PGenerator gen = (PGenerator) a[0];
            return "<" + t.getName() + " object " + gen.getQualname() + " at 0x" + Long.toHexString(idOf(gen)) + ">";
        });
        BuiltinDef.getSet(t, "__name__", self -> ((PGenerator) self).getName(), (self, v) -> ((PGenerator) self).setName(checkStr(v, "__name__")));
        BuiltinDef.getSet(t, "__qualname__", self -> ((PGenerator) self).getQualname(),
                        (self, v) -> ((PGenerator) self).setQualname(checkStr(v, "__qualname__")));
        BuiltinDef.getter(t, prefix + "running", self -> ((PGenerator) self).isRunning());
        BuiltinDef.getter(t, prefix + "code", self -> ((PGenerator) self).getCode());
        BuiltinDef.getter(t, prefix + "frame", self -> frameOf((PGenerator) self));
        if (prefix.equals("gi_")) {
            BuiltinDef.getter(t, "gi_suspended", self -> ((PGenerator) self).isStarted() && !((PGenerator) self).isFinished());
        }
    }

    // ---------------------------------------------------------------- async generators

    private static void installAsyncGenerator() {
        PythonClass ag = BuiltinTypes.ASYNC_GENERATOR;
        installCommon(ag, "ag_");
        BuiltinDef.getter(ag, "ag_await", self -> orNone(((PGenerator) self).getYieldFrom()));
        BuiltinDef.method(ag, "__aiter__", "(self, /)", a -> a[0]);
        BuiltinDef.method(ag, "__anext__", "(self, /)", a -> new AsyncGenAwaitable((PGenerator) a[0], AsyncGenAwaitable.ASEND, PNone.NONE, null));
        BuiltinDef.method(ag, "asend", "(self, value, /)", a -> new AsyncGenAwaitable((PGenerator) a[0], AsyncGenAwaitable.ASEND, a[1], null));
        BuiltinDef.method(ag, "athrow", "(self, typ, val=?, tb=?, /)",
                        a -> new AsyncGenAwaitable((PGenerator) a[0], AsyncGenAwaitable.ATHROW, PNone.NONE, new Object[]{a[1], a[2], a[3]}));
        BuiltinDef.method(ag, "aclose", "(self, /)", a -> new AsyncGenAwaitable((PGenerator) a[0], AsyncGenAwaitable.ACLOSE, PNone.NONE, null));
        for (PythonClass t : new PythonClass[]{BuiltinTypes.ASYNC_GENERATOR_ASEND, BuiltinTypes.ASYNC_GENERATOR_ATHROW}) {
            BuiltinDef.method(t, "__await__", "(self, /)", a -> a[0]);
            BuiltinDef.method(t, "__iter__", "(self, /)", a -> a[0]);
            BuiltinDef.method(t, "__next__", "(self, /)", a -> awaitableSend((AsyncGenAwaitable) a[0], PNone.NONE, null));
            BuiltinDef.method(t, "send", "(self, value, /)", a -> awaitableSend((AsyncGenAwaitable) a[0], a[1], null));
            BuiltinDef.method(t, "throw", "(self, typ, val=?, tb=?, /)", a -> awaitableSend((AsyncGenAwaitable) a[0], PNone.NONE, makeThrown(a[1], a[2], a[3])));
            BuiltinDef.method(t, "close", "(self, /)", a -> {
                ((AsyncGenAwaitable) a[0]).state = AsyncGenAwaitable.CLOSED;
                return PNone.NONE;
            });
        }
    }

    /** One step of an asend/athrow/aclose awaitable: what the generator's awaits pass up, or StopIteration/StopAsyncIteration. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    static Object awaitableSend(AsyncGenAwaitable aw, Object value, PException thrown) {
        if (aw.state == AsyncGenAwaitable.CLOSED) {
            throw PythonErrors.runtimeError(aw.mode == AsyncGenAwaitable.ASEND ? "cannot reuse already awaited __anext__()/asend()"
                            : "cannot reuse already awaited aclose()/athrow()");
        }
        PGenerator g = aw.gen;
        if (aw.state == AsyncGenAwaitable.INIT) {
            aw.state = AsyncGenAwaitable.ITER;
            if (aw.mode == AsyncGenAwaitable.ASEND) {
                if (value == PNone.NONE && thrown == null) {
                    value = aw.sendValue;
                }
            } else {
                if (value != PNone.NONE) {
                    throw PythonErrors.runtimeError("can't send non-None value to a just-started coroutine");
                }
                if (g.isFinished() || (aw.mode == AsyncGenAwaitable.ACLOSE && !g.isStarted())) {
                    g.setFinished(true);
                    aw.state = AsyncGenAwaitable.CLOSED;
                    throw aw.mode == AsyncGenAwaitable.ACLOSE ? PythonErrors.stopIteration(null)
                                    : PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.STOP_ASYNC_ITERATION));
                }
                if (thrown == null) {
                    thrown = aw.mode == AsyncGenAwaitable.ACLOSE ? PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.GENERATOR_EXIT))
                                    : makeThrown(aw.throwArgs[0], aw.throwArgs[1], aw.throwArgs[2]);
                }
            }
        }
        Object r;
        try {
            r = GeneratorSupport.resume(g, value, thrown);
        } catch (PException e) {
            aw.state = AsyncGenAwaitable.CLOSED;
            if (aw.mode == AsyncGenAwaitable.ACLOSE && (PythonErrors.isInstance(e, BuiltinTypes.GENERATOR_EXIT)
                            || PythonErrors.isInstance(e, BuiltinTypes.STOP_ASYNC_ITERATION))) {
                throw PythonErrors.stopIteration(null);
            }
            if (PythonErrors.isInstance(e, BuiltinTypes.STOP_ASYNC_ITERATION)) {
                PException re = PythonErrors.runtimeError("async generator raised StopAsyncIteration");
                re.getPythonException().setCause(e.getPythonException());
                re.getPythonException().setContext(e.getPythonException());
                re.getPythonException().setSuppressContext(true);
                throw re;
            }
            throw e;
        }
        if (r instanceof GeneratorSupport.Done) {
            aw.state = AsyncGenAwaitable.CLOSED;
            if (aw.mode == AsyncGenAwaitable.ACLOSE) {
                throw PythonErrors.stopIteration(null);
            }
            throw PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.STOP_ASYNC_ITERATION));
        }
        if (r instanceof GeneratorSupport.AsyncGenValue v) {
            aw.state = AsyncGenAwaitable.CLOSED;
            if (aw.mode == AsyncGenAwaitable.ACLOSE) {
                throw PythonErrors.runtimeError("async generator ignored GeneratorExit");
            }
            throw PythonErrors.stopIteration(v.value);
        }
        return r;
    }

    private static long idOf(Object o) {
        return System.identityHashCode(o);
    }

    /** {@code gi_frame}: a frame object while the generator can still run, None once it finished. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static Object frameOf(PGenerator g) {
        if (g.isFinished()) {
            return PNone.NONE;
        }
        Object f = g.getFrameObject();
        if (f == null) {
            Object[] args = g.getFrame() == null ? new Object[0] : g.getFrame().getArguments();
            org.cinderj.runtime.dict.PDict globals = args.length > 0 && args[0] instanceof org.cinderj.runtime.function.PFunction fn ? fn.getGlobals() : null;
            org.cinderj.runtime.exception.PFrame pf = new org.cinderj.runtime.exception.PFrame(g.getCode(), globals, g.getCode().getFirstLineNo());
            pf.setBack(PNone.NONE);
            // inspect.getgeneratorstate tells "created" from "suspended" by f_lasti == -1
            pf.setLasti(() -> g.isStarted() ? 0 : -1);
            f = pf;
            g.setFrameObject(f);
        }
        return f;
    }

    private static Object orNone(Object o) {
        return o == null ? PNone.NONE : o;
    }

    private static String checkStr(Object v, String what) {
        if (!(v instanceof String s)) {
            throw PythonErrors.typeError("%s must be set to a string object", what);
        }
        return s;
    }

    /** The exception {@code throw(typ, val, tb)} raises inside the generator. */
    static PException makeThrown(Object typ, Object val, Object tb) {
        PBaseException exc;
        if (typ instanceof PythonClass cls) {
            if (!cls.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
                throw PythonErrors.typeError("exceptions must be classes or instances deriving from BaseException, not type");
            }
            if (val instanceof PBaseException v && v.getPythonClass().isSubclassOf(cls)) {
                exc = v;
            } else {
                Object inst = val == Missing.VALUE || val == PNone.NONE ? CallSupport.call(cls) : CallSupport.call(cls, val);
                if (!(inst instanceof PBaseException e)) {
                    // as CPython, this TypeError is what gets thrown into the generator
                    return PythonErrors.typeError("calling %s should have returned an instance of BaseException, not %s", org.cinderj.runtime.PyOps.repr(cls),
                                    BuiltinTypes.typeOf(inst).getName());
                }
                exc = e;
            }
        } else if (typ instanceof PBaseException e) {
            if (val != Missing.VALUE && val != PNone.NONE) {
                throw PythonErrors.typeError("instance exception may not have a separate value");
            }
            exc = e;
        } else {
            throw PythonErrors.typeError("exceptions must be classes or instances deriving from BaseException, not %s", BuiltinTypes.typeOf(typ).getName());
        }
        if (tb != Missing.VALUE && tb != PNone.NONE) {
            exc.setTraceback(tb);
        }
        return PythonErrors.raiseObject(exc);
    }
}
