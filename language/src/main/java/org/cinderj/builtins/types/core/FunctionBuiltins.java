package org.cinderj.builtins.types.core;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PFrame;
import org.cinderj.runtime.exception.PTraceback;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.PBuiltinFunction;
import org.cinderj.runtime.function.PCell;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.function.PFunction;
import org.cinderj.runtime.function.PGetSetDescriptor;
import org.cinderj.runtime.function.PMethod;
import org.cinderj.runtime.function.PSlotDescriptor;
import org.cinderj.runtime.function.Signature;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * {@code function}, bound {@code method}, {@code builtin_function_or_method},
 * {@code method_descriptor}, the getset/member descriptor types, {@code code} and {@code cell}.
 */
public final class FunctionBuiltins {
    private FunctionBuiltins() {
    }

    public static void install() {
        installFunction();
        installMethod();
        installBuiltinFunction();
        installDescriptorTypes();
        installCode();
        installCell();
        installFrame();
        installTraceback();
    }

    // ---------------------------------------------------------------- function

    private static void installFunction() {
        PythonClass F = BuiltinTypes.FUNCTION;
        F.define("__dict__", TypeBuiltins.instanceDictDescriptor(F));
        BuiltinDef.method(F, "__repr__", "(self, /)", a -> "<function " + ((PFunction) a[0]).getQualname() + " at " + ProtocolImpl.addressOf(a[0]) + ">");
        BuiltinDef.method(F, "__call__", "(self, /, *args, **kwargs)", a -> Support.callWithKw(a[0], ((PTuple) a[1]).getItems(), (PDict) a[2]));
        BuiltinDef.method(F, "__get__", "(self, instance, owner=None, /)", a -> a[1] == PNone.NONE ? a[0] : new PMethod(a[1], a[0]));
        BuiltinDef.getSet(F, "__name__", self -> ((PFunction) self).getName(), (self, v) -> {
            if (!(v instanceof String s)) {
                throw PythonErrors.typeError("__name__ must be set to a string object");
            }
            ((PFunction) self).setName(s);
        });
        BuiltinDef.getSet(F, "__qualname__", self -> ((PFunction) self).getQualname(), (self, v) -> {
            if (!(v instanceof String s)) {
                throw PythonErrors.typeError("__qualname__ must be set to a string object");
            }
            ((PFunction) self).setQualname(s);
        });
        BuiltinDef.getSet(F, "__module__", self -> {
            Object m = ((PFunction) self).getModule();
            return m == null ? PNone.NONE : m;
        }, (self, v) -> ((PFunction) self).setModule(v == null ? PNone.NONE : v));
        BuiltinDef.getSet(F, "__doc__", self -> ((PFunction) self).getDoc(), (self, v) -> ((PFunction) self).setDoc(v == null ? PNone.NONE : v));
        BuiltinDef.getSet(F, "__defaults__", self -> {
            Object[] d = ((PFunction) self).getDefaults();
            return d == null || d.length == 0 ? PNone.NONE : new PTuple(d.clone());
        }, (self, v) -> {
            if (v == null || v == PNone.NONE) {
                ((PFunction) self).setDefaults(new Object[0]);
            } else if (v instanceof PTuple t) {
                ((PFunction) self).setDefaults(t.getItems().clone());
            } else {
                throw PythonErrors.typeError("__defaults__ must be set to a tuple object");
            }
        });
        BuiltinDef.getSet(F, "__kwdefaults__", FunctionBuiltins::getKwDefaults, FunctionBuiltins::setKwDefaults);
        BuiltinDef.getSet(F, "__code__", self -> ((PFunction) self).getCode(), (self, v) -> {
            if (!(v instanceof PCode c)) {
                throw PythonErrors.typeError("__code__ must be set to a code object");
            }
            PFunction f = (PFunction) self;
            int nclosure = f.getClosure() == null ? 0 : f.getClosure().length;
            if (c.getFreevars().length != nclosure) {
                throw PythonErrors.valueError("%s() requires a code object with %d free vars, not %d", f.getName(), nclosure, c.getFreevars().length);
            }
            f.setCode(c);
        });
        BuiltinDef.member(F, "__globals__", self -> {
            Object g = ((PFunction) self).getGlobals();
            return g instanceof PythonModule m ? m.getDict() : g;
        });
        BuiltinDef.getter(F, "__builtins__", self -> {
            Object g = ((PFunction) self).getGlobals();
            PDict d = g instanceof PythonModule m ? m.getDict() : (PDict) g;
            Object b = d.get("__builtins__");
            return b instanceof PythonModule m ? m.getDict() : b == null ? new PDict() : b;
        });
        BuiltinDef.member(F, "__closure__", self -> {
            PCell[] c = ((PFunction) self).getClosure();
            return c == null || c.length == 0 ? PNone.NONE : new PTuple(c.clone());
        });
        BuiltinDef.getSet(F, "__annotations__", self -> {
            PFunction f = (PFunction) self;
            Object ann = f.getAnnotations();
            if (ann == null || ann == PNone.NONE) {
                ann = new PDict();
                f.setAnnotations(ann);
            }
            return ann;
        }, (self, v) -> {
            if (v != null && v != PNone.NONE && !(v instanceof PDict)) {
                throw PythonErrors.typeError("__annotations__ must be set to a dict object");
            }
            ((PFunction) self).setAnnotations(v == PNone.NONE ? null : v);
        });
    }

    @TruffleBoundary
    static Object getKwDefaults(Object self) {
        PFunction f = (PFunction) self;
        Object[] kw = f.getKwDefaults();
        if (kw == null) {
            return PNone.NONE;
        }
        Signature sig = f.getCode().getSignature();
        String[] names = sig.getParameterNames();
        PDict d = new PDict();
        int start = sig.kwOnlyStart();
        for (int i = 0; i < kw.length && i < sig.getKwOnlyCount(); i++) {
            if (kw[i] != null) {
                d.put(names[start + i], kw[i]);
            }
        }
        return d.size() == 0 ? PNone.NONE : d;
    }

    @TruffleBoundary
    static void setKwDefaults(Object self, Object v) {
        PFunction f = (PFunction) self;
        if (v == null || v == PNone.NONE) {
            f.setKwDefaults(null);
            return;
        }
        if (!(v instanceof PDict d)) {
            throw PythonErrors.typeError("__kwdefaults__ must be set to a dict object");
        }
        Signature sig = f.getCode().getSignature();
        String[] names = sig.getParameterNames();
        Object[] kw = new Object[sig.getKwOnlyCount()];
        int start = sig.kwOnlyStart();
        for (int i = 0; i < kw.length; i++) {
            kw[i] = d.get(names[start + i]);
        }
        f.setKwDefaults(kw);
    }

    // ---------------------------------------------------------------- bound method

    private static void installMethod() {
        PythonClass M = BuiltinTypes.METHOD;
        BuiltinDef.staticMethod(M, "__new__", "(cls, function, instance, /)", a -> {
            if (BuiltinTypes.typeOf(a[1]).lookup("__call__") == null) {
                throw PythonErrors.typeError("first argument must be callable");
            }
            if (a[2] == PNone.NONE) {
                throw PythonErrors.typeError("instance must not be None");
            }
            return new PMethod(a[2], a[1]);
        });
        BuiltinDef.method(M, "__repr__", "(self, /)", a -> methodRepr((PMethod) a[0]));
        BuiltinDef.method(M, "__call__", "(self, /, *args, **kwargs)", a -> Support.callWithKw(a[0], ((PTuple) a[1]).getItems(), (PDict) a[2]));
        BuiltinDef.method(M, "__get__", "(self, instance, owner=None, /)", a -> a[0]);
        BuiltinDef.member(M, "__self__", self -> ((PMethod) self).getSelf());
        BuiltinDef.member(M, "__func__", self -> ((PMethod) self).getFunction());
        BuiltinDef.getter(M, "__doc__", self -> {
            Object d = PyOps.lookupAttribute(((PMethod) self).getFunction(), "__doc__");
            return d == null ? PNone.NONE : d;
        });
        BuiltinDef.method(M, "__eq__", "(self, other, /)", a -> methodEq(a[0], a[1]));
        BuiltinDef.method(M, "__ne__", "(self, other, /)", a -> {
            Object r = methodEq(a[0], a[1]);
            return r instanceof Boolean b ? !b : r;
        });
        BuiltinDef.method(M, "__hash__", "(self, /)", a -> {
            PMethod m = (PMethod) a[0];
            return (ProtocolImpl.objectId(m.getSelf()) >> 4) ^ PyOps.hash(m.getFunction());
        });
        BuiltinDef.method(M, "__reduce__", "(self, /)", a -> {
            PMethod m = (PMethod) a[0];
            Object getattr = org.cinderj.runtime.PythonContext.get(null).getBuiltins().getAttr("getattr");
            return new PTuple(new Object[]{getattr, new PTuple(new Object[]{m.getSelf(), PyOps.getAttribute(m.getFunction(), "__name__")})});
        });
    }

    static Object methodEq(Object a, Object b) {
        if (!(a instanceof PMethod x) || !(b instanceof PMethod y)) {
            return SequenceNI.NI;
        }
        return x.getSelf() == y.getSelf() && PyOps.equals(x.getFunction(), y.getFunction());
    }

    /** {@code <bound method C.f of <C object>>} or {@code <built-in method append of list object at 0x...>}. */
    @TruffleBoundary
    public static String methodRepr(PMethod m) {
        Object fn = m.getFunction();
        if (fn instanceof PBuiltinFunction b) {
            return builtinBoundRepr(b, m.getSelf());
        }
        Object name = PyOps.lookupAttribute(fn, "__qualname__");
        if (!(name instanceof String)) {
            name = PyOps.lookupAttribute(fn, "__name__");
        }
        return "<bound method " + (name instanceof String s ? s : "?") + " of " + PyOps.repr(m.getSelf()) + ">";
    }

    static String builtinBoundRepr(PBuiltinFunction b, Object self) {
        String selfDesc = self instanceof PythonClass c ? "type object" : Support.typeName(self) + " object";
        return "<built-in method " + b.getName() + " of " + selfDesc + " at " + ProtocolImpl.addressOf(self) + ">";
    }

    // ---------------------------------------------------------------- builtin functions

    private static void installBuiltinFunction() {
        for (PythonClass c : new PythonClass[]{BuiltinTypes.BUILTIN_FUNCTION, BuiltinTypes.METHOD_DESCRIPTOR}) {
            BuiltinDef.method(c, "__repr__", "(self, /)", a -> {
                if (a[0] instanceof PMethod m) {
                    return methodRepr(m);
                }
                PBuiltinFunction b = (PBuiltinFunction) a[0];
                if (b.getOwner() != null) {
                    return "<method '" + b.getName() + "' of '" + TypeBuiltins.shortName(b.getOwner()) + "' objects>";
                }
                return "<built-in function " + b.getName() + ">";
            });
            BuiltinDef.method(c, "__call__", "(self, /, *args, **kwargs)", a -> Support.callWithKw(a[0], ((PTuple) a[1]).getItems(), (PDict) a[2]));
            // pickle saves builtins as globals: a module function by name, a method as getattr(owner, name)
            BuiltinDef.method(c, "__reduce__", "(self, /)", a -> {
                Object getattr = org.cinderj.runtime.PythonContext.get(null).getBuiltins().getAttr("getattr");
                if (a[0] instanceof PMethod m) {
                    String name = org.cinderj.builtins.modules.PyUtil.str(PyOps.getAttribute(m.getFunction(), "__name__"), "__name__");
                    return m.getSelf() instanceof PythonModule ? name : new PTuple(new Object[]{getattr, new PTuple(new Object[]{m.getSelf(), name})});
                }
                PBuiltinFunction b = (PBuiltinFunction) a[0];
                return b.getOwner() == null ? b.getName() : new PTuple(new Object[]{getattr, new PTuple(new Object[]{b.getOwner(), b.getName()})});
            });
            BuiltinDef.getter(c, "__name__", self -> self instanceof PMethod m ? PyOps.getAttribute(m.getFunction(), "__name__") : ((PBuiltinFunction) self).getName());
            BuiltinDef.getter(c, "__qualname__", self -> {
                if (self instanceof PMethod m) {
                    Object s = m.getSelf();
                    PythonClass owner = s instanceof PythonClass k ? k : BuiltinTypes.typeOf(s);
                    return TypeBuiltins.shortName(owner) + "." + PyOps.getAttribute(m.getFunction(), "__name__");
                }
                PBuiltinFunction b = (PBuiltinFunction) self;
                if (b.getQualname() != null) {
                    return b.getQualname();
                }
                return b.getOwner() != null ? TypeBuiltins.shortName(b.getOwner()) + "." + b.getName() : b.getName();
            });
            BuiltinDef.getter(c, "__module__", self -> {
                if (self instanceof PBuiltinFunction b && b.getModule() != null) {
                    return b.getModule();
                }
                return PNone.NONE;
            });
            BuiltinDef.getter(c, "__doc__", self -> {
                PBuiltinFunction b = self instanceof PMethod m ? (m.getFunction() instanceof PBuiltinFunction x ? x : null) : (PBuiltinFunction) self;
                return b == null || b.getDoc() == null ? PNone.NONE : b.getDoc();
            });
            BuiltinDef.getter(c, "__text_signature__", self -> PNone.NONE);
        }
        PythonClass bf = BuiltinTypes.BUILTIN_FUNCTION;
        BuiltinDef.getter(bf, "__self__", self -> {
            if (self instanceof PMethod m) {
                return m.getSelf();
            }
            PBuiltinFunction b = (PBuiltinFunction) self;
            if (b.getModule() != null) {
                org.cinderj.runtime.PythonContext ctx = org.cinderj.runtime.PythonContext.getIfEntered();
                if (ctx != null) {
                    Object mod = ctx.getSysModules().get(b.getModule());
                    if (mod != null) {
                        return mod;
                    }
                }
            }
            return PNone.NONE;
        });
        BuiltinDef.method(bf, "__eq__", "(self, other, /)", a -> {
            if (a[0] instanceof PMethod) {
                return methodEq(a[0], a[1]);
            }
            return a[0] == a[1] ? Boolean.TRUE : SequenceNI.NI;
        });
        BuiltinDef.method(bf, "__hash__", "(self, /)", a -> {
            if (a[0] instanceof PMethod m) {
                return (ProtocolImpl.objectId(m.getSelf()) >> 4) ^ PyOps.hash(m.getFunction());
            }
            return ProtocolImpl.objectId(a[0]) >> 4;
        });
        PythonClass md = BuiltinTypes.METHOD_DESCRIPTOR;
        BuiltinDef.method(md, "__get__", "(self, instance, owner=None, /)", a -> a[1] == PNone.NONE ? a[0] : new PMethod(a[1], a[0]));
        BuiltinDef.getter(md, "__objclass__", self -> ((PBuiltinFunction) self).getOwner());
    }

    // ---------------------------------------------------------------- getset / member descriptors

    private static void installDescriptorTypes() {
        PythonClass g = BuiltinTypes.GETSET_DESCRIPTOR;
        BuiltinDef.method(g, "__repr__", "(self, /)", a -> {
            PGetSetDescriptor d = (PGetSetDescriptor) a[0];
            return "<attribute '" + d.getName() + "' of '" + (d.getOwner() == null ? "?" : TypeBuiltins.shortName(d.getOwner())) + "' objects>";
        });
        BuiltinDef.method(g, "__get__", "(self, instance, owner=None, /)",
                        a -> a[1] == PNone.NONE ? a[0] : ProtocolImpl.descrGet(a[0], a[1], BuiltinTypes.typeOf(a[1])));
        BuiltinDef.method(g, "__set__", "(self, instance, value, /)", a -> {
            ProtocolImpl.descrSet(a[0], a[1], a[2]);
            return PNone.NONE;
        });
        BuiltinDef.method(g, "__delete__", "(self, instance, /)", a -> {
            ProtocolImpl.descrSet(a[0], a[1], null);
            return PNone.NONE;
        });
        BuiltinDef.getter(g, "__name__", self -> ((PGetSetDescriptor) self).getName());
        BuiltinDef.getter(g, "__qualname__", self -> {
            PGetSetDescriptor d = (PGetSetDescriptor) self;
            return (d.getOwner() == null ? "?" : TypeBuiltins.shortName(d.getOwner())) + "." + d.getName();
        });
        BuiltinDef.getter(g, "__objclass__", self -> ((PGetSetDescriptor) self).getOwner());
        BuiltinDef.getter(g, "__doc__", self -> PNone.NONE);

        PythonClass m = BuiltinTypes.MEMBER_DESCRIPTOR;
        BuiltinDef.method(m, "__repr__", "(self, /)", a -> a[0].toString());
        BuiltinDef.method(m, "__get__", "(self, instance, owner=None, /)", a -> a[1] == PNone.NONE ? a[0] : ((PSlotDescriptor) a[0]).get(a[1]));
        BuiltinDef.method(m, "__set__", "(self, instance, value, /)", a -> {
            ((PSlotDescriptor) a[0]).set(a[1], a[2]);
            return PNone.NONE;
        });
        BuiltinDef.method(m, "__delete__", "(self, instance, /)", a -> {
            ((PSlotDescriptor) a[0]).set(a[1], null);
            return PNone.NONE;
        });
        BuiltinDef.getter(m, "__name__", self -> ((PSlotDescriptor) self).getName());
        BuiltinDef.getter(m, "__qualname__", self -> ((PSlotDescriptor) self).getOwner().getName() + "." + ((PSlotDescriptor) self).getName());
        BuiltinDef.getter(m, "__objclass__", self -> ((PSlotDescriptor) self).getOwner());
        BuiltinDef.getter(m, "__doc__", self -> PNone.NONE);
    }

    // ---------------------------------------------------------------- code and cell

    private static PTuple strings(String[] a) {
        return a == null ? PTuple.EMPTY : new PTuple(a.clone());
    }

    private static void installCode() {
        PythonClass C = BuiltinTypes.CODE;
        BuiltinDef.method(C, "__repr__", "(self, /)", a -> {
            PCode c = (PCode) a[0];
            return "<code object " + c.getName() + " at " + ProtocolImpl.addressOf(c) + ", file \"" + c.getFilename() + "\", line " + c.getFirstLineNo() + ">";
        });
        BuiltinDef.getter(C, "co_name", self -> ((PCode) self).getName());
        BuiltinDef.getter(C, "co_qualname", self -> ((PCode) self).getQualname());
        BuiltinDef.getter(C, "co_filename", self -> ((PCode) self).getFilename());
        BuiltinDef.getter(C, "co_firstlineno", self -> (long) ((PCode) self).getFirstLineNo());
        BuiltinDef.getter(C, "co_flags", self -> {
            PCode c = (PCode) self;
            long f = c.getFlags();
            Signature s = c.getSignature();
            if (s != null) {
                if (s.hasVarArgs()) {
                    f |= PCode.CO_VARARGS;
                }
                if (s.hasVarKeywords()) {
                    f |= PCode.CO_VARKEYWORDS;
                }
            }
            return f;
        });
        BuiltinDef.getter(C, "co_varnames", self -> strings(((PCode) self).getVarnames()));
        BuiltinDef.getter(C, "co_cellvars", self -> strings(((PCode) self).getCellvars()));
        BuiltinDef.getter(C, "co_freevars", self -> strings(((PCode) self).getFreevars()));
        BuiltinDef.getter(C, "co_argcount", self -> {
            Signature s = ((PCode) self).getSignature();
            return s == null ? 0L : (long) s.getPositionalCount();
        });
        BuiltinDef.getter(C, "co_posonlyargcount", self -> {
            Signature s = ((PCode) self).getSignature();
            return s == null ? 0L : (long) s.getPosOnlyCount();
        });
        BuiltinDef.getter(C, "co_kwonlyargcount", self -> {
            Signature s = ((PCode) self).getSignature();
            return s == null ? 0L : (long) s.getKwOnlyCount();
        });
        BuiltinDef.getter(C, "co_nlocals", self -> {
            String[] v = ((PCode) self).getVarnames();
            return v == null ? 0L : (long) v.length;
        });
        BuiltinDef.getter(C, "co_consts", self -> PTuple.EMPTY);
        BuiltinDef.getter(C, "co_names", self -> PTuple.EMPTY);
        BuiltinDef.getter(C, "co_stacksize", self -> 0L);
    }

    private static void installFrame() {
        PythonClass C = BuiltinTypes.FRAME;
        BuiltinDef.method(C, "__repr__", "(self, /)", a -> {
            PFrame f = (PFrame) a[0];
            return "<frame at " + ProtocolImpl.addressOf(f) + ", file '" + f.getCode().getFilename() + "', line " + f.getLineno() + ", code " + f.getCode().getName() + ">";
        });
        BuiltinDef.getter(C, "f_code", self -> ((PFrame) self).getCode());
        BuiltinDef.getter(C, "f_globals", self -> {
            PDict g = ((PFrame) self).getGlobals();
            return g == null ? new PDict() : g;
        });
        BuiltinDef.getter(C, "f_builtins", self -> {
            PDict g = ((PFrame) self).getGlobals();
            Object b = g == null ? null : g.get("__builtins__");
            if (b instanceof PythonModule m) {
                return m.getDict();
            }
            return b instanceof PDict ? b : new PDict();
        });
        BuiltinDef.getter(C, "f_locals", self -> {
            PFrame f = (PFrame) self;
            Object l = f.getLocals();
            if (l == null) {
                l = (f.getCode().getFlags() & PCode.CO_OPTIMIZED) == 0 && f.getGlobals() != null ? f.getGlobals() : new PDict();
                f.setLocals(l);
            }
            return l;
        });
        BuiltinDef.getter(C, "f_lineno", self -> (long) ((PFrame) self).getLineno());
        BuiltinDef.getter(C, "f_lasti", self -> ((PFrame) self).getLasti());
        BuiltinDef.getter(C, "f_back", self -> {
            Object b = ((PFrame) self).getBack();
            return b == null ? PNone.NONE : b;
        });
        BuiltinDef.getSet(C, "f_trace", self -> PNone.NONE, (self, v) -> {
        });
        BuiltinDef.getSet(C, "f_trace_lines", self -> true, (self, v) -> {
        });
        BuiltinDef.getSet(C, "f_trace_opcodes", self -> false, (self, v) -> {
        });
        BuiltinDef.method(C, "clear", "(self, /)", a -> PNone.NONE);
    }

    private static void installTraceback() {
        PythonClass C = BuiltinTypes.TRACEBACK;
        BuiltinDef.staticMethod(C, "__new__", "(cls, tb_next, tb_frame, tb_lasti, tb_lineno)", a -> {
            if (a[1] != PNone.NONE && !(a[1] instanceof PTraceback)) {
                throw PythonErrors.typeError("expected traceback object or None, got '%s'", Support.typeName(a[1]));
            }
            if (!(a[2] instanceof PFrame f)) {
                throw PythonErrors.typeError("TracebackType() argument 'tb_frame' must be frame, not %s", Support.typeName(a[2]));
            }
            return new PTraceback(f, (int) org.cinderj.builtins.modules.PyUtil.toInt(a[4]), a[1], org.cinderj.builtins.modules.PyUtil.toInt(a[3]));
        });
        BuiltinDef.getter(C, "tb_frame", self -> ((PTraceback) self).getFrame());
        BuiltinDef.getter(C, "tb_lineno", self -> (long) ((PTraceback) self).getLineno());
        BuiltinDef.getter(C, "tb_lasti", self -> ((PTraceback) self).getLasti());
        BuiltinDef.getSet(C, "tb_next", self -> {
            Object n = ((PTraceback) self).getNext();
            return n == null ? PNone.NONE : n;
        }, (self, v) -> {
            if (v == null) {
                throw PythonErrors.typeError("can't delete tb_next attribute");
            }
            if (v != PNone.NONE && !(v instanceof PTraceback)) {
                throw PythonErrors.typeError("expected traceback object, got '%s'", Support.typeName(v));
            }
            for (Object t = v; t instanceof PTraceback c; t = c.getNext()) {
                if (t == self) {
                    throw PythonErrors.valueError("traceback loop detected");
                }
            }
            ((PTraceback) self).setNext(v);
        });
    }

    private static void installCell() {
        PythonClass C = BuiltinTypes.CELL;
        BuiltinDef.staticMethod(C, "__new__", "(cls, contents=?, /)", a -> a[1] == org.cinderj.runtime.function.Missing.VALUE ? new PCell() : new PCell(a[1]));
        BuiltinDef.method(C, "__repr__", "(self, /)", a -> {
            PCell c = (PCell) a[0];
            Object v = c.get();
            if (v == null) {
                return "<cell at " + ProtocolImpl.addressOf(c) + ": empty>";
            }
            return "<cell at " + ProtocolImpl.addressOf(c) + ": " + Support.typeName(v) + " object at " + ProtocolImpl.addressOf(v) + ">";
        });
        C.define("__hash__", PNone.NONE);
        // cells compare by their contents; an empty cell comes before any other (CPython's cell_richcompare)
        for (org.cinderj.ast.CmpOperator op : new org.cinderj.ast.CmpOperator[]{org.cinderj.ast.CmpOperator.EQ, org.cinderj.ast.CmpOperator.NOT_EQ,
            org.cinderj.ast.CmpOperator.LT, org.cinderj.ast.CmpOperator.LT_E, org.cinderj.ast.CmpOperator.GT, org.cinderj.ast.CmpOperator.GT_E}) {
            BuiltinDef.method(C, op.dunder, "(self, value, /)", a -> {
                if (!(a[1] instanceof PCell o)) {
                    return SequenceNI.NI;
                }
                Object x = ((PCell) a[0]).get();
                Object y = o.get();
                if (x != null && y != null) {
                    return PyOps.richCompare(x, y, op);
                }
                return PyOps.richCompare(y == null ? 1L : 0L, x == null ? 1L : 0L, op);
            });
        }
        BuiltinDef.getSet(C, "cell_contents", self -> {
            Object v = ((PCell) self).get();
            if (v == null) {
                throw PythonErrors.valueError("Cell is empty");
            }
            return v;
        }, (self, v) -> ((PCell) self).set(v));
    }

    /** NotImplemented, named for readability in this file. */
    static final class SequenceNI {
        static final Object NI = org.cinderj.runtime.object.PNotImplemented.NOT_IMPLEMENTED;
    }
}
