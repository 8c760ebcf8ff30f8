package org.cinderj.builtins.types.core;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code module} ({@code types.ModuleType}). */
public final class ModuleBuiltins {
    private ModuleBuiltins() {
    }

    public static void install() {
        PythonClass M = BuiltinTypes.MODULE;
        BuiltinDef.staticMethod(M, "__new__", "(cls, /, *args, **kwargs)", a -> {
            PythonModule m = (PythonModule) ObjectBuiltins.allocate(Support.asClass(a[0], "module.__new__(X): X"));
            m.getDict().remove("__name__");
            return m;
        });
        BuiltinDef.method(M, "__init__", "(self, name, doc=None)", a -> {
            if (!(a[1] instanceof String)) {
                throw PythonErrors.typeError("module.__init__() argument 'name' must be str, not %s", Support.typeName(a[1]));
            }
            PDict d = ((PythonModule) a[0]).getDict();
            d.put("__name__", a[1]);
            d.put("__doc__", a[2]);
            d.put("__package__", PNone.NONE);
            d.put("__loader__", PNone.NONE);
            d.put("__spec__", PNone.NONE);
            return PNone.NONE;
        });
        BuiltinDef.method(M, "__repr__", "(self, /)", a -> moduleRepr((PythonModule) a[0]));
        ProtocolImpl.moduleGetattribute = BuiltinDef.method(M, "__getattribute__", "(self, name, /)", a -> {
            String name = Support.attrName(a[1]);
            Object r = ProtocolImpl.moduleGetAttr((PythonModule) a[0], name);
            if (r == null) {
                throw ProtocolImpl.noAttribute(a[0], name);
            }
            return r;
        });
        ProtocolImpl.moduleSetattr = BuiltinDef.method(M, "__setattr__", "(self, name, value, /)", a -> {
            ProtocolImpl.genericSetAttr(a[0], BuiltinTypes.typeOf(a[0]), Support.attrName(a[1]), a[2]);
            return PNone.NONE;
        });
        ProtocolImpl.moduleDelattr = BuiltinDef.method(M, "__delattr__", "(self, name, /)", a -> {
            ProtocolImpl.genericSetAttr(a[0], BuiltinTypes.typeOf(a[0]), Support.attrName(a[1]), null);
            return PNone.NONE;
        });
        BuiltinDef.getter(M, "__dict__", self -> ((PythonModule) self).getDict());
        BuiltinDef.method(M, "__dir__", "(self, /)", a -> {
            PDict d = ((PythonModule) a[0]).getDict();
            Object dirFn = d.get("__dir__");
            if (dirFn != null) {
                return CallSupport.call(dirFn);
            }
            return new PList(d.keysArray());
        });
        BuiltinDef.getSet(M, "__annotations__", self -> {
            PDict d = ((PythonModule) self).getDict();
            Object ann = d.get("__annotations__");
            if (ann == null) {
                ann = new PDict();
                d.put("__annotations__", ann);
            }
            return ann;
        }, (self, v) -> {
            PDict d = ((PythonModule) self).getDict();
            if (v == null) {
                if (d.remove("__annotations__") == null) {
                    throw PythonErrors.attributeError("__annotations__");
                }
            } else {
                d.put("__annotations__", v);
            }
        });
    }

    /** importlib's {@code _module_repr}: spec first, then {@code __file__}, then the loader. */
    @TruffleBoundary
    public static String moduleRepr(PythonModule m) {
        PDict d = m.getDict();
        Object loader = d.get("__loader__");
        Object spec = d.get("__spec__");
        try {
            if (spec != null && spec != PNone.NONE) {
                Object name = PyOps.lookupAttribute(spec, "name");
                Object origin = PyOps.lookupAttribute(spec, "origin");
                Object specLoader = PyOps.lookupAttribute(spec, "loader");
                if (name != null) {
                    if (origin == null || origin == PNone.NONE) {
                        if (specLoader == null || specLoader == PNone.NONE) {
                            return "<module " + PyOps.repr(name) + ">";
                        }
                        return "<module " + PyOps.repr(name) + " (" + PyOps.repr(specLoader) + ")>";
                    }
                    Object hasLocation = PyOps.lookupAttribute(spec, "has_location");
                    if (hasLocation != null && PyOps.isTrue(hasLocation)) {
                        return "<module " + PyOps.repr(name) + " from " + PyOps.repr(origin) + ">";
                    }
                    return "<module " + PyOps.repr(spec == null ? name : name) + " (" + PyOps.str(origin) + ")>";
                }
            }
        } catch (PException e) {
            // fall through to the simple forms, as importlib does for broken specs
        }
        Object name = d.get("__name__");
        String n = name == null ? "'?'" : PyOps.repr(name);
        Object file = d.get("__file__");
        if (file != null) {
            return "<module " + n + " from " + PyOps.repr(file) + ">";
        }
        if (loader == null || loader == PNone.NONE) {
            return "<module " + n + ">";
        }
        return "<module " + n + " (" + PyOps.repr(loader) + ")>";
    }
}
