package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;

import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.PythonClass;

/**
 * {@code _weakref}. LIMITATION: references are strong (the referent never dies, callbacks are never
 * called, {@code proxy(obj)} returns obj itself). Weak-keyed/valued containers therefore keep
 * their entries; semantics are otherwise those of live weak references.
 */
public final class WeakrefModule {
    private WeakrefModule() {
    }

    static final PythonClass REF = PyUtil.newClass("_weakref", "ReferenceType");
    static final PythonClass PROXY = PyUtil.newFinalClass("_weakref", "ProxyType");
    static final PythonClass CALLABLE_PROXY = PyUtil.newFinalClass("_weakref", "CallableProxyType");

    static final class PRef extends PythonObject {
        Object referent;
        Object callback = NONE;

        PRef(PythonClass c) {
            super(c);
        }
    }

    static {
        REF.setQualname("ReferenceType");
        PyUtil.constructor(REF, "(cls, ob, callback=None, /, *args, **kwargs)", a -> {
            if (ob(a[1])) {
                throw PythonErrors.typeError("cannot create weak reference to '%s' object", PyUtil.typeName(a[1]));
            }
            PRef r = new PRef((PythonClass) a[0]);
            r.referent = a[1];
            r.callback = a[2];
            return r;
        });
        BuiltinDef.method(REF, "__init__", "(self, *args, **kwargs)", a -> NONE);
        BuiltinDef.method(REF, "__call__", "(self)", a -> ((PRef) a[0]).referent);
        BuiltinDef.method(REF, "__hash__", "(self)", a -> PyOps.hash(((PRef) a[0]).referent));
        BuiltinDef.method(REF, "__eq__", "(self, other)", a -> {
            if (!(a[1] instanceof PRef o)) {
                return org.cinderj.runtime.object.PNotImplemented.NOT_IMPLEMENTED;
            }
            return PyOps.equals(((PRef) a[0]).referent, o.referent);
        });
        BuiltinDef.method(REF, "__ne__", "(self, other)", a -> {
            if (!(a[1] instanceof PRef o)) {
                return org.cinderj.runtime.object.PNotImplemented.NOT_IMPLEMENTED;
            }
            return !PyOps.equals(((PRef) a[0]).referent, o.referent);
        });
        BuiltinDef.getter(REF, "__callback__", self -> ((PRef) self).callback);
        BuiltinDef.method(REF, "__repr__", "(self)", a -> {
            Object o = ((PRef) a[0]).referent;
            return String.format("<weakref at 0x%x; to '%s' at 0x%x>", ObjectIds.id(a[0]), PyUtil.typeName(o), ObjectIds.id(o));
        });
        BuiltinDef.classMethod(REF, "__class_getitem__", "(cls, item, /)", a -> org.cinderj.builtins.types.core.GenericAliasBuiltins.classGetItem(a[0], a[1]));
    }

    /** Objects CPython refuses to reference weakly. */
    static boolean ob(Object o) {
        return o instanceof Long || o instanceof String || o instanceof Boolean || o instanceof Double || o instanceof java.math.BigInteger
                        || o == NONE || o instanceof org.cinderj.runtime.tuple.PTuple pt && pt.getPythonClass() == org.cinderj.runtime.type.BuiltinTypes.TUPLE
                        || o instanceof org.cinderj.runtime.list.PList pl && pl.getPythonClass() == org.cinderj.runtime.type.BuiltinTypes.LIST
                        || o instanceof PDict pd && pd.getPythonClass() == org.cinderj.runtime.type.BuiltinTypes.DICT;
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("_weakref");
        m.setAttr("ref", REF);
        m.setAttr("ReferenceType", REF);
        m.setAttr("ProxyType", PROXY);
        m.setAttr("CallableProxyType", CALLABLE_PROXY);
        BuiltinDef.function(m, "getweakrefcount", "(object, /)", a -> 0L);
        BuiltinDef.function(m, "getweakrefs", "(object, /)", a -> new org.cinderj.runtime.list.PList());
        BuiltinDef.function(m, "proxy", "(object, callback=None, /)", a -> a[0]);
        BuiltinDef.function(m, "_remove_dead_weakref", "(dct, key, /)", a -> {
            if (a[0] instanceof PDict d) {
                d.remove(a[1]);
            }
            return NONE;
        });
        return m;
    }
}
