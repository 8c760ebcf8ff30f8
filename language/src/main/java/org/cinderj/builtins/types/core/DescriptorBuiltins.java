package org.cinderj.builtins.types.core;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.function.PClassMethod;
import org.cinderj.runtime.function.PProperty;
import org.cinderj.runtime.function.PStaticMethod;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code property}, {@code staticmethod} and {@code classmethod}. */
public final class DescriptorBuiltins {
    private DescriptorBuiltins() {
    }

    private static final DynamicObjectLibrary DOL = DynamicObjectLibrary.getUncached();

    public static void install() {
        installProperty();
        installStaticMethod();
        installClassMethod();
    }

    // ---------------------------------------------------------------- property

    /** Marks a property whose {@code __doc__} came from its getter (so copies take the new getter's doc). */
    private static final Object GETTER_DOC = new Object();

    private static void installProperty() {
        PythonClass P = BuiltinTypes.PROPERTY;
        BuiltinDef.staticMethod(P, "__new__", "(cls, /, *args, **kwargs)", a -> ObjectBuiltins.allocate(Support.asClass(a[0], "property.__new__(X): X")));
        BuiltinDef.method(P, "__init__", "(self, fget=None, fset=None, fdel=None, doc=None)", a -> {
            propertyInit((PProperty) a[0], a[1], a[2], a[3], a[4]);
            return PNone.NONE;
        });
        BuiltinDef.method(P, "__get__", "(self, instance, owner=None, /)", a -> {
            if (a[1] == PNone.NONE) {
                return a[0];
            }
            return ProtocolImpl.propertyGet((PProperty) a[0], a[1]);
        });
        BuiltinDef.method(P, "__set__", "(self, instance, value, /)", a -> {
            propertySet((PProperty) a[0], a[1], a[2]);
            return PNone.NONE;
        });
        BuiltinDef.method(P, "__delete__", "(self, instance, /)", a -> {
            propertySet((PProperty) a[0], a[1], null);
            return PNone.NONE;
        });
        BuiltinDef.method(P, "__set_name__", "(self, owner, name, /)", a -> {
            ((PProperty) a[0]).name = a[2];
            return PNone.NONE;
        });
        BuiltinDef.method(P, "getter", "(self, fget, /)", a -> copy((PProperty) a[0], a[1], null, null));
        BuiltinDef.method(P, "setter", "(self, fset, /)", a -> copy((PProperty) a[0], null, a[1], null));
        BuiltinDef.method(P, "deleter", "(self, fdel, /)", a -> copy((PProperty) a[0], null, null, a[1]));
        BuiltinDef.member(P, "fget", self -> ((PProperty) self).fget);
        BuiltinDef.member(P, "fset", self -> ((PProperty) self).fset);
        BuiltinDef.member(P, "fdel", self -> ((PProperty) self).fdel);
        BuiltinDef.getSet(P, "__doc__", self -> ((PProperty) self).doc, (self, v) -> ((PProperty) self).doc = v == null ? PNone.NONE : v);
        BuiltinDef.getter(P, "__isabstractmethod__", self -> {
            PProperty p = (PProperty) self;
            return isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel);
        });
    }

    @TruffleBoundary
    static boolean isAbstract(Object f) {
        if (f == PNone.NONE) {
            return false;
        }
        Object v = PyOps.lookupAttribute(f, "__isabstractmethod__");
        return v != null && PyOps.isTrue(v);
    }

    @TruffleBoundary
    static void propertyInit(PProperty p, Object fget, Object fset, Object fdel, Object doc) {
        p.fget = fget;
        p.fset = fset;
        p.fdel = fdel;
        p.doc = doc;
        boolean fromGetter = false;
        if (doc == PNone.NONE && fget != PNone.NONE) {
            Object d = PyOps.lookupAttribute(fget, "__doc__");
            if (d != null && d != PNone.NONE) {
                p.doc = d;
                fromGetter = true;
            }
        }
        if (p.getPythonClass() != BuiltinTypes.PROPERTY && p.doc != PNone.NONE) {
            // subclasses have a __dict__; CPython stores the doc there so it shadows the class docstring
            DOL.put(p, "__doc__", p.doc);
        }
        DOL.put(p, GETTER_DOC, fromGetter);
    }

    @TruffleBoundary
    static Object copy(PProperty p, Object fget, Object fset, Object fdel) {
        Object g = fget == null ? p.fget : fget;
        Object s = fset == null ? p.fset : fset;
        Object d = fdel == null ? p.fdel : fdel;
        boolean fromGetter = Boolean.TRUE.equals(DOL.getOrDefault(p, GETTER_DOC, false));
        Object doc = fromGetter && fget != null ? PNone.NONE : (fromGetter ? PNone.NONE : p.doc);
        Object r = CallSupport.call(p.getPythonClass(), g, s, d, doc);
        if (r instanceof PProperty np) {
            np.name = p.name;
        }
        return r;
    }

    @TruffleBoundary
    static void propertySet(PProperty p, Object instance, Object value) {
        ProtocolImpl.descrSet(p.getPythonClass() == BuiltinTypes.PROPERTY ? p : asBuiltinView(p), instance, value);
    }

    /** Property subclasses reach here through super().__set__; treat them like a plain property. */
    private static PProperty asBuiltinView(PProperty p) {
        PProperty v = new PProperty(BuiltinTypes.PROPERTY);
        v.fget = p.fget;
        v.fset = p.fset;
        v.fdel = p.fdel;
        v.doc = p.doc;
        v.name = p.name;
        return v;
    }

    // ---------------------------------------------------------------- staticmethod / classmethod

    /** 3.10: staticmethod and classmethod copy the wrapped function's attributes ({@code functools.wraps}-like). */
    @TruffleBoundary
    static void copyWrapperAttributes(PythonObject wrapper, Object callable) {
        for (String attr : new String[]{"__module__", "__name__", "__qualname__", "__doc__"}) {
            try {
                Object v = PyOps.lookupAttribute(callable, attr);
                if (v != null) {
                    DOL.put(wrapper, attr, v);
                }
            } catch (PException e) {
                // CPython ignores failures here
            }
        }
        DOL.put(wrapper, "__wrapped__", callable);
    }

    private static void installStaticMethod() {
        PythonClass S = BuiltinTypes.STATICMETHOD;
        S.define("__dict__", TypeBuiltins.instanceDictDescriptor(S));
        BuiltinDef.staticMethod(S, "__new__", "(cls, /, *args, **kwargs)", a -> ObjectBuiltins.allocate(Support.asClass(a[0], "staticmethod.__new__(X): X")));
        BuiltinDef.method(S, "__init__", "(self, function, /)", a -> {
            ((PStaticMethod) a[0]).setCallable(a[1]);
            copyWrapperAttributes((PythonObject) a[0], a[1]);
            return PNone.NONE;
        });
        BuiltinDef.method(S, "__get__", "(self, instance, owner=None, /)", a -> ((PStaticMethod) a[0]).getCallable());
        BuiltinDef.method(S, "__call__", "(self, /, *args, **kwargs)",
                        a -> Support.callWithKw(((PStaticMethod) a[0]).getCallable(), ((PTuple) a[1]).getItems(), (PDict) a[2]));
        BuiltinDef.member(S, "__func__", self -> ((PStaticMethod) self).getCallable());
        BuiltinDef.getter(S, "__isabstractmethod__", self -> isAbstract(((PStaticMethod) self).getCallable()));
        BuiltinDef.method(S, "__repr__", "(self, /)", a -> "<staticmethod(" + PyOps.repr(((PStaticMethod) a[0]).getCallable()) + ")>");
    }

    private static void installClassMethod() {
        PythonClass C = BuiltinTypes.CLASSMETHOD;
        C.define("__dict__", TypeBuiltins.instanceDictDescriptor(C));
        BuiltinDef.staticMethod(C, "__new__", "(cls, /, *args, **kwargs)", a -> ObjectBuiltins.allocate(Support.asClass(a[0], "classmethod.__new__(X): X")));
        BuiltinDef.method(C, "__init__", "(self, function, /)", a -> {
            ((PClassMethod) a[0]).setCallable(a[1]);
            copyWrapperAttributes((PythonObject) a[0], a[1]);
            return PNone.NONE;
        });
        BuiltinDef.method(C, "__get__", "(self, instance, owner=None, /)", a -> {
            PythonClass owner = a[2] == PNone.NONE ? BuiltinTypes.typeOf(a[1]) : (PythonClass) a[2];
            return ProtocolImpl.descrGet(new PClassMethod(((PClassMethod) a[0]).getCallable()), a[1] == PNone.NONE ? null : a[1], owner);
        });
        BuiltinDef.member(C, "__func__", self -> ((PClassMethod) self).getCallable());
        BuiltinDef.getter(C, "__isabstractmethod__", self -> isAbstract(((PClassMethod) self).getCallable()));
        BuiltinDef.method(C, "__repr__", "(self, /)", a -> "<classmethod(" + PyOps.repr(((PClassMethod) a[0]).getCallable()) + ")>");
    }

    /** Raises the CPython error for a failed property access (exposed for the interpreter's nodes). */
    public static PException noSetter(PProperty p) {
        return p.name instanceof String n ? PythonErrors.attributeError("can't set attribute '%s'", n) : PythonErrors.attributeError("can't set attribute");
    }
}
