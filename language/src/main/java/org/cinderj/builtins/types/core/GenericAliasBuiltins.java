package org.cinderj.builtins.types.core;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.object.PEllipsis;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PNotImplemented;
import org.cinderj.runtime.set.PFrozenSet;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PGenericAlias;
import org.cinderj.runtime.type.PUnionType;
import org.cinderj.runtime.type.PythonClass;

/**
 * {@code types.GenericAlias} ({@code list[int]}), {@code types.UnionType} ({@code int | str}) and
 * the {@code type.__or__}/{@code __ror__} that builds unions.
 */
public final class GenericAliasBuiltins {
    private GenericAliasBuiltins() {
    }

    /** Attributes a GenericAlias answers itself; every other name is looked up on the origin. */
    private static final Set<String> OWN_ATTRIBUTES = Set.of("__origin__", "__args__", "__parameters__", "__mro_entries__",
                    "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");

    public static void install() {
        installGenericAlias();
        installUnion();
        PythonClass T = BuiltinTypes.TYPE;
        BuiltinDef.method(T, "__or__", "(self, value, /)", a -> unionOr(a[0], a[1]));
        BuiltinDef.method(T, "__ror__", "(self, value, /)", a -> unionOr(a[1], a[0]));
    }

    /** The body of a builtin {@code __class_getitem__}: {@code cls[item]} as a GenericAlias. */
    public static Object classGetItem(Object cls, Object item) {
        return create(cls, item);
    }

    @TruffleBoundary
    public static PGenericAlias create(Object origin, Object args) {
        PTuple t = args instanceof PTuple pt && pt.getPythonClass() == BuiltinTypes.TUPLE ? pt : new PTuple(new Object[]{args});
        return new PGenericAlias(BuiltinTypes.GENERIC_ALIAS, origin, t);
    }

    // ---------------------------------------------------------------- GenericAlias

    private static void installGenericAlias() {
        PythonClass G = BuiltinTypes.GENERIC_ALIAS;
        BuiltinDef.staticMethod(G, "__new__", "(cls, origin, args, /)", a -> {
            PTuple t = a[2] instanceof PTuple pt ? pt : new PTuple(new Object[]{a[2]});
            return new PGenericAlias((PythonClass) a[0], a[1], t);
        });
        BuiltinDef.getter(G, "__origin__", self -> ((PGenericAlias) self).getOrigin());
        BuiltinDef.getter(G, "__args__", self -> ((PGenericAlias) self).getArgs());
        BuiltinDef.getter(G, "__parameters__", self -> parametersOf((PGenericAlias) self));
        BuiltinDef.method(G, "__getattribute__", "(self, name, /)", a -> {
            if (!(a[1] instanceof String name)) {
                throw PythonErrors.typeError("attribute name must be string, not '%s'", Support.typeName(a[1]));
            }
            if (OWN_ATTRIBUTES.contains(name)) {
                Object r = ProtocolImpl.genericGetAttr(a[0], BuiltinTypes.typeOf(a[0]), name);
                if (r == null) {
                    throw PythonErrors.attributeError("'%s' object has no attribute '%s'", Support.typeName(a[0]), name);
                }
                return r;
            }
            return PyOps.getAttribute(((PGenericAlias) a[0]).getOrigin(), name);
        });
        BuiltinDef.method(G, "__repr__", "(self, /)", a -> gaRepr((PGenericAlias) a[0]));
        BuiltinDef.method(G, "__call__", "(self, /, *args, **kwargs)", a -> {
            PGenericAlias ga = (PGenericAlias) a[0];
            Object obj = Support.callWithKw(ga.getOrigin(), ((PTuple) a[1]).getItems(), (PDict) a[2]);
            try {
                PyOps.setAttribute(obj, "__orig_class__", ga);
            } catch (PException e) {
                if (!PythonErrors.isInstance(e, BuiltinTypes.ATTRIBUTE_ERROR) && !PythonErrors.isInstance(e, BuiltinTypes.TYPE_ERROR)) {
                    throw e;
                }
            }
            return obj;
        });
        BuiltinDef.method(G, "__mro_entries__", "(self, bases, /)", a -> new PTuple(new Object[]{((PGenericAlias) a[0]).getOrigin()}));
        BuiltinDef.method(G, "__instancecheck__", "(self, obj, /)", a -> {
            throw PythonErrors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        BuiltinDef.method(G, "__subclasscheck__", "(self, obj, /)", a -> {
            throw PythonErrors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        BuiltinDef.method(G, "__reduce__", "(self, /)", a -> {
            PGenericAlias ga = (PGenericAlias) a[0];
            return new PTuple(new Object[]{BuiltinTypes.typeOf(ga), new PTuple(new Object[]{ga.getOrigin(), ga.getArgs()})});
        });
        BuiltinDef.method(G, "__eq__", "(self, other, /)", a -> {
            if (!(a[0] instanceof PGenericAlias x) || !(a[1] instanceof PGenericAlias y)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return PyOps.equals(x.getOrigin(), y.getOrigin()) && PyOps.equals(x.getArgs(), y.getArgs());
        });
        BuiltinDef.method(G, "__ne__", "(self, other, /)", a -> {
            if (!(a[0] instanceof PGenericAlias x) || !(a[1] instanceof PGenericAlias y)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return !(PyOps.equals(x.getOrigin(), y.getOrigin()) && PyOps.equals(x.getArgs(), y.getArgs()));
        });
        BuiltinDef.method(G, "__hash__", "(self, /)", a -> {
            PGenericAlias ga = (PGenericAlias) a[0];
            long h = PyOps.hash(ga.getOrigin()) ^ PyOps.hash(ga.getArgs());
            return h == -1 ? -2L : h;
        });
        BuiltinDef.method(G, "__getitem__", "(self, key, /)", a -> {
            PGenericAlias ga = (PGenericAlias) a[0];
            Object[] newArgs = substitute(ga.getArgs(), parametersOf(ga), a[1], ga);
            return new PGenericAlias(BuiltinTypes.GENERIC_ALIAS, ga.getOrigin(), new PTuple(newArgs));
        });
        BuiltinDef.method(G, "__dir__", "(self, /)", a -> {
            PList l = new PList();
            Object it = PyOps.getIter(PyOps.callSpecial(((PGenericAlias) a[0]).getOrigin(), "__dir__"));
            Object x;
            while ((x = PyOps.next(it)) != null) {
                l.append(x);
            }
            for (String s : new String[]{"__origin__", "__args__", "__parameters__", "__mro_entries__", "__reduce_ex__", "__reduce__",
                            "__copy__", "__deepcopy__"}) {
                if (!PyOps.contains(l, s)) {
                    l.append(s);
                }
            }
            return l;
        });
        BuiltinDef.method(G, "__or__", "(self, value, /)", a -> unionOr(a[0], a[1]));
        BuiltinDef.method(G, "__ror__", "(self, value, /)", a -> unionOr(a[1], a[0]));
    }

    @TruffleBoundary
    static String gaRepr(PGenericAlias ga) {
        if (!ProtocolImpl.reprEnter(ga)) {
            return "...";
        }
        try {
            StringBuilder sb = new StringBuilder(reprItem(ga.getOrigin())).append('[');
            Object[] args = ga.getArgs().getItems();
            if (args.length == 0) {
                sb.append("()");
            }
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(reprItem(args[i]));
            }
            return sb.append(']').toString();
        } finally {
            ProtocolImpl.reprLeave(ga);
        }
    }

    /** How an argument appears in a GenericAlias/Union repr: {@code int}, {@code mod.Name}, {@code ...} or its repr. */
    @TruffleBoundary
    static String reprItem(Object p) {
        if (p == PEllipsis.ELLIPSIS) {
            return "...";
        }
        try {
            if (PyOps.lookupAttribute(p, "__origin__") != null && PyOps.lookupAttribute(p, "__args__") != null) {
                return PyOps.repr(p);
            }
            Object qualname = PyOps.lookupAttribute(p, "__qualname__");
            if (qualname == null) {
                return PyOps.repr(p);
            }
            Object module = PyOps.lookupAttribute(p, "__module__");
            if (module == null || module == PNone.NONE) {
                return PyOps.repr(p);
            }
            if ("builtins".equals(module)) {
                return PyOps.str(qualname);
            }
            return PyOps.str(module) + "." + PyOps.str(qualname);
        } catch (PException e) {
            return PyOps.repr(p);
        }
    }

    /** TypeVar and ParamSpec of the typing module. */
    private static boolean isTypeVar(Object o) {
        PythonClass t = BuiltinTypes.typeOf(o);
        String n = t.getName();
        if (!n.equals("TypeVar") && !n.equals("ParamSpec")) {
            return false;
        }
        return "typing".equals(TypeBuiltins.moduleName(t));
    }

    @TruffleBoundary
    static PTuple collectParameters(PTuple args) {
        List<Object> params = new ArrayList<>();
        for (Object t : args.getItems()) {
            if (isTypeVar(t)) {
                addUnique(params, t);
            } else {
                Object sub = PyOps.lookupAttribute(t, "__parameters__");
                if (sub instanceof PTuple st) {
                    for (Object p : st.getItems()) {
                        addUnique(params, p);
                    }
                }
            }
        }
        return new PTuple(params.toArray());
    }

    private static void addUnique(List<Object> l, Object o) {
        for (Object x : l) {
            if (x == o) {
                return;
            }
        }
        l.add(o);
    }

    static PTuple parametersOf(PGenericAlias ga) {
        PTuple p = ga.getParameters();
        if (p == null) {
            p = collectParameters(ga.getArgs());
            ga.setParameters(p);
        }
        return p;
    }

    static PTuple parametersOf(PUnionType u) {
        PTuple p = u.getParameters();
        if (p == null) {
            p = collectParameters(u.getArgs());
            u.setParameters(p);
        }
        return p;
    }

    /** Replaces the type variables of {@code args} by the items of {@code key}. */
    @TruffleBoundary
    private static Object[] substitute(PTuple args, PTuple params, Object key, Object self) {
        int nparams = params.size();
        if (nparams == 0) {
            throw PythonErrors.typeError("There are no type variables left in %s", PyOps.repr(self));
        }
        Object[] items = key instanceof PTuple kt ? kt.getItems() : new Object[]{key};
        if (items.length != nparams) {
            throw PythonErrors.typeError("Too %s arguments for %s", items.length > nparams ? "many" : "few", PyOps.repr(self));
        }
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            Object arg = args.get(i);
            if (isTypeVar(arg)) {
                out[i] = items[indexOf(params, arg)];
                continue;
            }
            Object sub = PyOps.lookupAttribute(arg, "__parameters__");
            if (sub instanceof PTuple st && st.size() > 0) {
                Object[] subItems = new Object[st.size()];
                for (int j = 0; j < subItems.length; j++) {
                    int k = indexOf(params, st.get(j));
                    subItems[j] = k >= 0 ? items[k] : st.get(j);
                }
                arg = PyOps.getItem(arg, subItems.length == 1 ? subItems[0] : new PTuple(subItems));
            }
            out[i] = arg;
        }
        return out;
    }

    private static int indexOf(PTuple t, Object o) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i) == o) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- UnionType

    private static boolean isUnionable(Object o) {
        return o == PNone.NONE || o instanceof PythonClass || o instanceof PGenericAlias || o instanceof PUnionType;
    }

    /** {@code a | b} for types: a UnionType (or the single member), NotImplemented if either side is no type. */
    @TruffleBoundary
    public static Object unionOr(Object a, Object b) {
        if (!isUnionable(a) || !isUnionable(b)) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        return makeUnion(new Object[]{a, b});
    }

    @TruffleBoundary
    static Object makeUnion(Object[] members) {
        List<Object> flat = new ArrayList<>();
        for (Object m : members) {
            if (m instanceof PUnionType u) {
                for (Object x : u.getArgs().getItems()) {
                    flat.add(x);
                }
            } else {
                flat.add(m == PNone.NONE ? BuiltinTypes.NONE_TYPE : m);
            }
        }
        List<Object> unique = new ArrayList<>();
        outer: for (Object m : flat) {
            for (Object u : unique) {
                boolean same = (m instanceof PGenericAlias && u instanceof PGenericAlias) ? PyOps.equals(m, u) : m == u;
                if (same) {
                    continue outer;
                }
            }
            unique.add(m);
        }
        if (unique.size() == 1) {
            return unique.get(0);
        }
        return new PUnionType(new PTuple(unique.toArray()));
    }

    private static void installUnion() {
        PythonClass U = BuiltinTypes.UNION_TYPE;
        BuiltinDef.getter(U, "__args__", self -> ((PUnionType) self).getArgs());
        BuiltinDef.getter(U, "__parameters__", self -> parametersOf((PUnionType) self));
        BuiltinDef.method(U, "__repr__", "(self, /)", a -> {
            StringBuilder sb = new StringBuilder();
            for (Object x : ((PUnionType) a[0]).getArgs().getItems()) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(x == BuiltinTypes.NONE_TYPE ? "None" : reprItem(x));
            }
            return sb.toString();
        });
        BuiltinDef.method(U, "__or__", "(self, value, /)", a -> unionOr(a[0], a[1]));
        BuiltinDef.method(U, "__ror__", "(self, value, /)", a -> unionOr(a[1], a[0]));
        BuiltinDef.method(U, "__getitem__", "(self, key, /)", a -> {
            PUnionType u = (PUnionType) a[0];
            Object[] newArgs = substitute(u.getArgs(), parametersOf(u), a[1], u);
            Object r = newArgs[0];
            for (int i = 1; i < newArgs.length; i++) {
                r = PyOps.binaryOp(r, newArgs[i], org.cinderj.ast.Operator.BITOR);
            }
            return r;
        });
        BuiltinDef.method(U, "__instancecheck__", "(self, instance, /)", a -> {
            Object[] args = ((PUnionType) a[0]).getArgs().getItems();
            for (Object x : args) {
                if (x instanceof PGenericAlias) {
                    throw PythonErrors.typeError("isinstance() argument 2 cannot contain a parameterized generic");
                }
            }
            for (Object x : args) {
                if (PyOps.isInstance(a[1], x)) {
                    return true;
                }
            }
            return false;
        });
        BuiltinDef.method(U, "__subclasscheck__", "(self, instance, /)", a -> {
            if (!(a[1] instanceof PythonClass)) {
                throw PythonErrors.typeError("issubclass() arg 1 must be a class");
            }
            Object[] args = ((PUnionType) a[0]).getArgs().getItems();
            for (Object x : args) {
                if (x instanceof PGenericAlias) {
                    throw PythonErrors.typeError("issubclass() argument 2 cannot contain a parameterized generic");
                }
            }
            for (Object x : args) {
                if (PyOps.isSubclass(a[1], x)) {
                    return true;
                }
            }
            return false;
        });
        BuiltinDef.method(U, "__eq__", "(self, other, /)", a -> {
            if (!(a[1] instanceof PUnionType o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return PyOps.equals(asSet((PUnionType) a[0]), asSet(o));
        });
        BuiltinDef.method(U, "__ne__", "(self, other, /)", a -> {
            if (!(a[1] instanceof PUnionType o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return !PyOps.equals(asSet((PUnionType) a[0]), asSet(o));
        });
        BuiltinDef.method(U, "__hash__", "(self, /)", a -> PyOps.hash(asSet((PUnionType) a[0])));
    }

    private static PFrozenSet asSet(PUnionType u) {
        PFrozenSet s = new PFrozenSet();
        for (Object x : u.getArgs().getItems()) {
            s.add(x);
        }
        return s;
    }

}
