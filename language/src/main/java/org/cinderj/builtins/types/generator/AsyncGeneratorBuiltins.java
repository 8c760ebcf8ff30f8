package org.cinderj.builtins.types.generator;

import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.generator.AsyncGenValue;
import org.cinderj.runtime.generator.GeneratorSupport;
import org.cinderj.runtime.generator.PGenerator;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * The async generator protocol (PEP 525): {@code __anext__}, {@code asend}, {@code athrow} and
 * {@code aclose} return awaitables that resume the generator. A tagged yield completes the
 * awaitable with its value (StopIteration); anything else the body passes up comes from an
 * {@code await} inside it and goes on to the event loop.
 */
public final class AsyncGeneratorBuiltins {
    private AsyncGeneratorBuiltins() {
    }

    static final PythonClass ASEND = new PythonClass(BuiltinTypes.TYPE, "async_generator_asend", new PythonClass[]{BuiltinTypes.OBJECT}, true);
    static final PythonClass ATHROW = new PythonClass(BuiltinTypes.TYPE, "async_generator_athrow", new PythonClass[]{BuiltinTypes.OBJECT}, true);

    /** One pending {@code asend}/{@code athrow}/{@code aclose} operation. */
    static final class AsyncGenAwaitable extends PythonObject {
        final PGenerator gen;
        Object firstValue;
        PException firstThrown;
        final boolean closing;
        boolean started;
        boolean done;

        AsyncGenAwaitable(PythonClass cls, PGenerator gen, Object value, PException thrown, boolean closing) {
            super(cls);
            this.gen = gen;
            this.firstValue = value;
            this.firstThrown = thrown;
            this.closing = closing;
        }
    }

    public static void install() {
        PythonClass g = BuiltinTypes.ASYNC_GENERATOR;
        BuiltinDef.method(g, "__aiter__", "(self)", a -> a[0]);
        BuiltinDef.method(g, "__anext__", "(self)", a -> new AsyncGenAwaitable(ASEND, (PGenerator) a[0], PNone.NONE, null, false));
        BuiltinDef.method(g, "asend", "(self, value, /)", a -> new AsyncGenAwaitable(ASEND, (PGenerator) a[0], a[1], null, false));
        BuiltinDef.method(g, "athrow", "(self, typ, val=?, tb=?, /)",
                        a -> new AsyncGenAwaitable(ATHROW, (PGenerator) a[0], PNone.NONE, GeneratorBuiltins.makeThrown(a[1], a[2], a[3]), false));
        BuiltinDef.method(g, "aclose", "(self)", a -> new AsyncGenAwaitable(ATHROW, (PGenerator) a[0], PNone.NONE,
                        PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.GENERATOR_EXIT)), true));
        BuiltinDef.method(g, "__repr__", "(self)", a -> "<async_generator object " + ((PGenerator) a[0]).getQualname() + " at 0x"
                        + Integer.toHexString(System.identityHashCode(a[0])) + ">");
        BuiltinDef.getter(g, "__name__", self -> ((PGenerator) self).getName());
        BuiltinDef.getter(g, "__qualname__", self -> ((PGenerator) self).getQualname());
        BuiltinDef.getter(g, "ag_running", self -> ((PGenerator) self).isRunning());
        BuiltinDef.getter(g, "ag_code", self -> ((PGenerator) self).getCode());
        BuiltinDef.getter(g, "ag_frame", self -> PNone.NONE);
        BuiltinDef.getter(g, "ag_await", self -> {
            Object y = ((PGenerator) self).getYieldFrom();
            return y == null ? PNone.NONE : y;
        });
        for (PythonClass c : new PythonClass[]{ASEND, ATHROW}) {
            BuiltinDef.method(c, "__await__", "(self)", a -> a[0]);
            BuiltinDef.method(c, "__iter__", "(self)", a -> a[0]);
            BuiltinDef.method(c, "__next__", "(self)", a -> step((AsyncGenAwaitable) a[0], PNone.NONE, null));
            BuiltinDef.method(c, "send", "(self, value, /)", a -> step((AsyncGenAwaitable) a[0], a[1], null));
            BuiltinDef.method(c, "throw", "(self, typ, val=?, tb=?, /)",
                            a -> step((AsyncGenAwaitable) a[0], PNone.NONE, GeneratorBuiltins.makeThrown(a[1], a[2], a[3])));
            BuiltinDef.method(c, "close", "(self)", a -> {
                ((AsyncGenAwaitable) a[0]).done = true;
                return PNone.NONE;
            });
        }
    }

    static Object step(AsyncGenAwaitable aw, Object value, PException thrown) {
        if (aw.done) {
            throw PythonErrors.runtimeError("cannot reuse already awaited __anext__()/asend()");
        }
        if (!aw.started) {
            aw.started = true;
            if (thrown == null) {
                thrown = aw.firstThrown;
                value = thrown == null ? aw.firstValue : PNone.NONE;
            }
        }
        PGenerator gen = aw.gen;
        if (gen.isFinished()) {
            aw.done = true;
            if (aw.closing) {
                throw PythonErrors.stopIteration(null);
            }
            if (thrown != null && !aw.closing) {
                throw thrown;
            }
            throw PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.STOP_ASYNC_ITERATION));
        }
        Object r;
        try {
            r = GeneratorSupport.resume(gen, value, thrown);
        } catch (PException e) {
            aw.done = true;
            if (aw.closing && (PythonErrors.isInstance(e, BuiltinTypes.GENERATOR_EXIT) || PythonErrors.isInstance(e, BuiltinTypes.STOP_ASYNC_ITERATION))) {
                throw PythonErrors.stopIteration(null);
            }
            throw e;
        }
        if (r instanceof AsyncGenValue v) {
            aw.done = true;
            if (aw.closing) {
                throw PythonErrors.runtimeError("async generator ignored GeneratorExit");
            }
            throw PythonErrors.stopIteration(v.value);
        }
        if (r instanceof GeneratorSupport.Done) {
            aw.done = true;
            if (aw.closing) {
                throw PythonErrors.stopIteration(null);
            }
            throw PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.STOP_ASYNC_ITERATION));
        }
        return r;
    }
}
