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

    public static void install() {
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
        BuiltinDef.method(t, "send", "(self, value, /)", a -> GeneratorSupport.send((PGenerator) a[0], a[1]));
        BuiltinDef.method(t, "throw", "(self, typ, val=?, tb=?, /)", a -> GeneratorSupport.throwInto((PGenerator) a[0], makeThrown(a[1], a[2], a[3])));
        BuiltinDef.method(t, "close", "(self)", a -> GeneratorSupport.close((PGenerator) a[0]));
        BuiltinDef.method(t, "__repr__", "(self)", a -> {
            PGenerator gen = (PGenerator) a[0];
            return "<" + t.getName() + " object " + gen.getQualname() + " at 0x" + Long.toHexString(idOf(gen)) + ">";
        });
        BuiltinDef.getSet(t, "__name__", self -> ((PGenerator) self).getName(), (self, v) -> ((PGenerator) self).setName(checkStr(v, "__name__")));
        BuiltinDef.getSet(t, "__qualname__", self -> ((PGenerator) self).getQualname(),
                        (self, v) -> ((PGenerator) self).setQualname(checkStr(v, "__qualname__")));
        BuiltinDef.getter(t, prefix + "running", self -> ((PGenerator) self).isRunning());
        BuiltinDef.getter(t, prefix + "code", self -> ((PGenerator) self).getCode());
        BuiltinDef.getter(t, prefix + "frame", self -> {
            PGenerator gen = (PGenerator) self;
            if (gen.isFinished()) {
                return PNone.NONE;
            }
            Object fn = gen.getFrame().getArguments()[0];
            var globals = fn instanceof org.cinderj.runtime.function.PFunction f ? f.getGlobals() : null;
            return new org.cinderj.runtime.exception.PFrame(gen.getCode(), globals, gen.getCode().getFirstLineNo());
        });
        if (prefix.equals("gi_")) {
            BuiltinDef.getter(t, "gi_suspended", self -> ((PGenerator) self).isStarted() && !((PGenerator) self).isFinished());
        }
    }

    private static long idOf(Object o) {
        return System.identityHashCode(o);
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
                exc = (PBaseException) inst;
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
