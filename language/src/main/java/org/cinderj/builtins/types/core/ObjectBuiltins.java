package org.cinderj.builtins.types.core;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.function.PClassMethod;
import org.cinderj.runtime.function.PProperty;
import org.cinderj.runtime.function.PStaticMethod;
import org.cinderj.runtime.function.PSuper;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PNotImplemented;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.set.PFrozenSet;
import org.cinderj.runtime.set.PSet;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code object}: the root of every class, and the default implementations of the slots. */
public final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    static final PythonClass O = BuiltinTypes.OBJECT;

    public static void install() {
        O.define("__doc__", "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
                        + "instance that has no instance attributes and cannot be given any.\n");
        BuiltinDef.staticMethod(O, "__new__", "(cls, /, *args, **kwargs)", a -> objectNew(a[0], (PTuple) a[1], (PDict) a[2]));
        ProtocolImpl.objectNew = O.getOwn("__new__");
        ProtocolImpl.objectInit = BuiltinDef.method(O, "__init__", "(self, /, *args, **kwargs)", a -> {
            objectInit(a[0], (PTuple) a[1], (PDict) a[2]);
            return PNone.NONE;
        });
        BuiltinDef.method(O, "__repr__", "(self, /)", a -> defaultRepr(a[0]));
        BuiltinDef.method(O, "__str__", "(self, /)", a -> PyOps.repr(a[0]));
        ProtocolImpl.objectHash = BuiltinDef.method(O, "__hash__", "(self, /)", a -> ProtocolImpl.objectId(a[0]) >> 4);
        BuiltinDef.inlinableMethod(O, "__eq__", "(self, other, /)", a -> a[0] == a[1] ? Boolean.TRUE : PNotImplemented.NOT_IMPLEMENTED);
        BuiltinDef.method(O, "__ne__", "(self, other, /)", a -> {
            Object eq = BuiltinTypes.typeOf(a[0]).lookup("__eq__");
            Object r = eq == null ? PNotImplemented.NOT_IMPLEMENTED : CallSupport.call(eq, a[0], a[1]);
            if (r == PNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            return !PyOps.isTrue(r);
        });
        for (String cmp : new String[]{"__lt__", "__le__", "__gt__", "__ge__"}) {
            BuiltinDef.inlinableMethod(O, cmp, "(self, other, /)", a -> PNotImplemented.NOT_IMPLEMENTED);
        }
        ProtocolImpl.objectGetattribute = BuiltinDef.method(O, "__getattribute__", "(self, name, /)", a -> {
            String name = Support.attrName(a[1]);
            Object r = ProtocolImpl.objectGetAttr(a[0], BuiltinTypes.typeOf(a[0]), name);
            if (r == null) {
                throw ProtocolImpl.noAttribute(a[0], name);
            }
            return r;
        });
        ProtocolImpl.objectSetattr = BuiltinDef.method(O, "__setattr__", "(self, name, value, /)", a -> {
            hackCheck(a[0], "__setattr__");
            objectSetAttr(a[0], Support.attrName(a[1]), a[2]);
            return PNone.NONE;
        });
        ProtocolImpl.objectDelattr = BuiltinDef.method(O, "__delattr__", "(self, name, /)", a -> {
            hackCheck(a[0], "__delattr__");
            objectSetAttr(a[0], Support.attrName(a[1]), null);
            return PNone.NONE;
        });
        BuiltinDef.method(O, "__dir__", "(self, /)", a -> new PList(objectDir(a[0]).toArray()));
        BuiltinDef.method(O, "__format__", "(self, format_spec, /)", a -> {
            if (!(a[1] instanceof String spec)) {
                throw PythonErrors.typeError("__format__() argument must be str, not %s", Support.typeName(a[1]));
            }
            if (!spec.isEmpty()) {
                throw PythonErrors.typeError("unsupported format string passed to %s.__format__", Support.typeName(a[0]));
            }
            return PyOps.str(a[0]);
        });
        BuiltinDef.method(O, "__reduce_ex__", "(self, protocol, /)", a -> {
            Object reduce = BuiltinTypes.typeOf(a[0]).lookup("__reduce__");
            if (reduce != null && reduce != O.getOwn("__reduce__")) {
                return PyOps.callSpecial(a[0], "__reduce__");
            }
            return reduce(a[0], PyOps.index(a[1]));
        });
        BuiltinDef.method(O, "__reduce__", "(self, /)", a -> reduce(a[0], 0L));
        BuiltinDef.classMethod(O, "__init_subclass__", "(cls, /, **kwargs)", a -> {
            if (((PDict) a[1]).size() != 0) {
                throw PythonErrors.typeError("%s.__init_subclass__() takes no keyword arguments", ((PythonClass) a[0]).getName());
            }
            return PNone.NONE;
        });
        BuiltinDef.classMethod(O, "__subclasshook__", "(cls, /, *args)", a -> PNotImplemented.NOT_IMPLEMENTED);
        BuiltinDef.method(O, "__sizeof__", "(self, /)", a -> {
            long n = 16;
            if (a[0] instanceof PythonObject po && !(a[0] instanceof PythonClass)) {
                n += 8L * DynamicObjectLibrary.getUncached().getKeyArray(po).length;
            }
            return n;
        });
        BuiltinDef.getSet(O, "__class__", self -> BuiltinTypes.typeOf(self), ObjectBuiltins::setClass);
    }

    // ---------------------------------------------------------------- __new__ / __init__

    @TruffleBoundary
    static Object objectNew(Object clsObj, PTuple args, PDict kwargs) {
        if (!(clsObj instanceof PythonClass cls)) {
            throw PythonErrors.typeError("object.__new__(X): X is not a type object (%s)", Support.typeName(clsObj));
        }
        if (args.size() > 0 || kwargs.size() > 0) {
            if (cls.lookup("__new__") != ProtocolImpl.objectNew) {
                throw PythonErrors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == ProtocolImpl.objectInit) {
                throw PythonErrors.typeError("%s() takes no arguments", cls.getName());
            }
        }
        PythonClass layout = cls.getLayoutBase();
        if (layout != BuiltinTypes.OBJECT && !isObjectLayoutCompatible(layout)) {
            if (cls.isBuiltin()) {
                throw PythonErrors.typeError("cannot create '%s' instances", cls.getName());
            }
            throw PythonErrors.typeError("object.__new__(%s) is not safe, use %s.__new__()", cls.getName(), layout.getName());
        }
        checkAbstract(cls);
        return allocate(cls);
    }

    /** Builtin layouts that object.__new__ may allocate directly (their own __new__ adds nothing essential). */
    private static boolean isObjectLayoutCompatible(PythonClass layout) {
        return layout == BuiltinTypes.SIMPLE_NAMESPACE;
    }

    @TruffleBoundary
    static void checkAbstract(PythonClass cls) {
        if (cls.hasFlag(PythonClass.FLAG_ABSTRACT)) {
            Object am = cls.lookup("__abstractmethods__");
            List<String> names = new ArrayList<>();
            if (am != null) {
                for (Object n : ProtocolImpl.toArray(am)) {
                    names.add(PyOps.str(n));
                }
            }
            java.util.Collections.sort(names);
            throw PythonErrors.typeError("Can't instantiate abstract class %s with abstract method%s %s", cls.getName(), names.size() == 1 ? "" : "s",
                            String.join(", ", names));
        }
    }

    /**
     * CPython's hackcheck: {@code object.__setattr__(SomeClass, ...)} would bypass
     * {@code type.__setattr__} (and its checks on builtin types), so it is refused.
     */
    private static void hackCheck(Object self, String what) {
        if (self instanceof PythonClass) {
            throw PythonErrors.typeError("can't apply this %s to type object", what);
        }
    }

    /** A new empty instance of {@code cls}, of the Java class its layout base requires. */
    @TruffleBoundary
    public static PythonObject allocate(PythonClass cls) {
        PythonClass layout = cls.getLayoutBase();
        if (layout == BuiltinTypes.OBJECT || layout == BuiltinTypes.SIMPLE_NAMESPACE) {
            return new PythonObject(cls);
        } else if (layout == BuiltinTypes.LIST) {
            return new PList(cls);
        } else if (layout == BuiltinTypes.DICT) {
            return new PDict(cls);
        } else if (layout == BuiltinTypes.SET) {
            return new PSet(cls);
        } else if (layout == BuiltinTypes.FROZENSET) {
            return new PFrozenSet(cls);
        } else if (layout == BuiltinTypes.TUPLE) {
            return new PTuple(cls, new Object[0]);
        } else if (layout.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
            return new PBaseException(cls, new Object[0]);
        } else if (layout == BuiltinTypes.MODULE) {
            return new PythonModule(cls, "?");
        } else if (layout == BuiltinTypes.PROPERTY) {
            return new PProperty(cls);
        } else if (layout == BuiltinTypes.STATICMETHOD) {
            return new PStaticMethod(cls, PNone.NONE);
        } else if (layout == BuiltinTypes.CLASSMETHOD) {
            return new PClassMethod(cls, PNone.NONE);
        } else if (layout == BuiltinTypes.SUPER) {
            return new PSuper(cls);
        }
        throw PythonErrors.typeError("cannot create '%s' instances", cls.getName());
    }

    @TruffleBoundary
    static void objectInit(Object self, PTuple args, PDict kwargs) {
        if (args.size() > 0 || kwargs.size() > 0) {
            PythonClass type = BuiltinTypes.typeOf(self);
            if (type.lookup("__init__") != ProtocolImpl.objectInit) {
                throw PythonErrors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.lookup("__new__") == ProtocolImpl.objectNew) {
                throw PythonErrors.typeError("%s.__init__() takes exactly one argument (the instance to initialize)", type.getName());
            }
        }
    }

    // ---------------------------------------------------------------- repr

    /** {@code <mod.Qualname object at 0x...>} */
    @TruffleBoundary
    public static String defaultRepr(Object self) {
        PythonClass type = BuiltinTypes.typeOf(self);
        String mod = TypeBuiltins.moduleName(type);
        if (mod != null && !mod.equals("builtins")) {
            return "<" + mod + "." + type.getQualname() + " object at " + ProtocolImpl.addressOf(self) + ">";
        }
        return "<" + type.getName() + " object at " + ProtocolImpl.addressOf(self) + ">";
    }

    // ---------------------------------------------------------------- attributes

    @TruffleBoundary
    static void objectSetAttr(Object self, String name, Object value) {
        ProtocolImpl.genericSetAttr(self, BuiltinTypes.typeOf(self), name, value);
    }

    /** The names {@code dir(obj)} reports for an ordinary object: its attributes plus its class's. */
    @TruffleBoundary
    public static Set<Object> objectDir(Object self) {
        Set<Object> names = new LinkedHashSet<>();
        Object dict = PyOps.lookupAttribute(self, "__dict__");
        if (dict instanceof PDict d) {
            for (Object k : d.keysArray()) {
                names.add(k);
            }
        }
        Object cls = PyOps.lookupAttribute(self, "__class__");
        if (cls instanceof PythonClass c) {
            names.addAll(TypeBuiltins.classDir(c));
        }
        return names;
    }

    // ---------------------------------------------------------------- __class__ assignment

    @TruffleBoundary
    static void setClass(Object self, Object value) {
        if (value == null) {
            throw PythonErrors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PythonClass newCls)) {
            throw PythonErrors.typeError("__class__ must be set to a class, not '%s' object", Support.typeName(value));
        }
        PythonClass old = BuiltinTypes.typeOf(self);
        boolean oldModule = old.isSubclassOf(BuiltinTypes.MODULE) && newCls.isSubclassOf(BuiltinTypes.MODULE);
        if (!oldModule && (old.isBuiltin() || newCls.isBuiltin() || !(self instanceof PythonObject))) {
            throw PythonErrors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (old.getLayoutBase() != newCls.getLayoutBase() || old.instancesHaveDict() != newCls.instancesHaveDict()
                        || !java.util.Arrays.equals(slotsOf(old), slotsOf(newCls))) {
            throw PythonErrors.typeError("__class__ assignment: '%s' object layout differs from '%s'", newCls.getName(), old.getName());
        }
        ((PythonObject) self).setPythonClass(newCls);
    }

    private static String[] slotsOf(PythonClass c) {
        List<String> all = new ArrayList<>();
        for (PythonClass k : c.getMro()) {
            if (k.getSlots() != null) {
                all.addAll(List.of(k.getSlots()));
            }
        }
        return all.toArray(new String[0]);
    }

    // ---------------------------------------------------------------- pickling support

    @TruffleBoundary
    static Object reduce(Object self, Object protocol) {
        PythonClass type = BuiltinTypes.typeOf(self);
        Object copyreg = null;
        PythonContext ctx = PythonContext.getIfEntered();
        if (ctx != null) {
            Object m = ctx.getSysModules().get("copyreg");
            if (m instanceof PythonModule) {
                copyreg = m;
            }
        }
        long proto = protocol instanceof Long l ? l : 0;
        if (copyreg == null) {
            throw PythonErrors.typeError("cannot pickle '%s' object", type.getName());
        }
        if (proto < 2) {
            Object f = PyOps.getAttribute(copyreg, "_reduce_ex");
            return CallSupport.call(f, self, protocol);
        }
        // CPython's reduce_newobj: the arguments __new__ needs, the state, list and dict items
        Object[] args = new Object[0];
        PDict kwargs = null;
        Object getnewargsEx = PyOps.lookupAttribute(self, "__getnewargs_ex__");
        if (getnewargsEx != null) {
            Object r = CallSupport.call(getnewargsEx);
            if (!(r instanceof PTuple t)) {
                throw PythonErrors.typeError("__getnewargs_ex__ should return a tuple of length 2, not '%s'", Support.typeName(r));
            }
            if (t.size() != 2) {
                throw PythonErrors.valueError("__getnewargs_ex__ should return a tuple of length 2, not %d", t.size());
            }
            if (!(t.get(0) instanceof PTuple a)) {
                throw PythonErrors.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", Support.typeName(t.get(0)));
            }
            if (!(t.get(1) instanceof PDict k)) {
                throw PythonErrors.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", Support.typeName(t.get(1)));
            }
            args = a.getItems();
            kwargs = k;
        } else {
            Object getnewargs = PyOps.lookupAttribute(self, "__getnewargs__");
            if (getnewargs != null) {
                Object r = CallSupport.call(getnewargs);
                if (!(r instanceof PTuple t)) {
                    throw PythonErrors.typeError("__getnewargs__ should return a tuple, not '%s'", Support.typeName(r));
                }
                args = t.getItems();
            }
        }
        Object state = state(self, type, copyreg);
        Object listItems = self instanceof PList ? PyOps.getIter(self) : PNone.NONE;
        Object dictItems = self instanceof PDict ? PyOps.getIter(CallSupport.call(PyOps.getAttribute(self, "items"))) : PNone.NONE;
        Object newobj;
        PTuple newargs;
        if (kwargs == null || kwargs.size() == 0) {
            newobj = PyOps.getAttribute(copyreg, "__newobj__");
            Object[] all = new Object[args.length + 1];
            all[0] = type;
            System.arraycopy(args, 0, all, 1, args.length);
            newargs = new PTuple(all);
        } else {
            newobj = PyOps.getAttribute(copyreg, "__newobj_ex__");
            newargs = new PTuple(new Object[]{type, new PTuple(args), kwargs});
        }
        return new PTuple(new Object[]{newobj, newargs, state, listItems, dictItems});
    }

    /**
     * The pickled state of {@code self}: {@code __getstate__()} when defined, else its
     * {@code __dict__} (None when empty), paired with a dict of its set {@code __slots__}
     * (from copyreg._slotnames) when it has any.
     */
    private static Object state(Object self, PythonClass type, Object copyreg) {
        Object getstate = PyOps.lookupAttribute(self, "__getstate__");
        if (getstate != null) {
            return CallSupport.call(getstate);
        }
        Object state = PNone.NONE;
        Object d = PyOps.lookupAttribute(self, "__dict__");
        if (d instanceof PDict pd && pd.size() > 0) {
            state = pd.copy(BuiltinTypes.DICT);
        }
        Object names = CallSupport.call(PyOps.getAttribute(copyreg, "_slotnames"), type);
        PDict slots = new PDict();
        for (Object n : ProtocolImpl.toArray(names)) {
            Object v = PyOps.lookupAttribute(self, PyOps.str(n));
            if (v != null) {
                slots.put(n, v);
            }
        }
        return slots.size() > 0 ? new PTuple(new Object[]{state, slots}) : state;
    }
}
