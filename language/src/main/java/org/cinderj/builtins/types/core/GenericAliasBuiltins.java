package org.cinderj.builtins.types.core;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PNotImplemented;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * PEP 585 and PEP 604 at run time: {@code list[int]} is a {@code types.GenericAlias}, {@code int | str}
 * a {@code types.UnionType}. They are what {@code types}, {@code typing} and much of the stdlib
 * build on at import time.
 */
public final class GenericAliasBuiltins {
    private GenericAliasBuiltins() {
    }

    /** {@code origin[args]}. */
    public static final class PGenericAlias extends PythonObject {
        final Object origin;
        final PTuple args;

        PGenericAlias(PythonClass cls, Object origin, PTuple args) {
            super(cls);
            this.origin = origin;
            this.args = args;
        }
    }

    /** {@code a | b | ...}, flattened and without duplicates. */
    public static final class PUnion extends PythonObject {
        final PTuple args;

        PUnion(PTuple args) {
            super(BuiltinTypes.UNION_TYPE);
            this.args = args;
        }
    }

    public static void install() {
        PythonClass g = BuiltinTypes.GENERIC_ALIAS;
        g.define("__module__", "types");
        g.setName("GenericAlias");
        g.setQualname("GenericAlias");
        BuiltinDef.staticMethod(g, "__new__", "(cls, origin, args, /)", a -> new PGenericAlias((PythonClass) a[0], a[1], asTuple(a[2])));
        BuiltinDef.getter(g, "__origin__", self -> ((PGenericAlias) self).origin);
        BuiltinDef.getter(g, "__args__", self -> ((PGenericAlias) self).args);
        BuiltinDef.getter(g, "__parameters__", self -> parameters(((PGenericAlias) self).args));
        BuiltinDef.method(g, "__call__", "(self, *args, **kwargs)", a -> {
            PGenericAlias ga = (PGenericAlias) a[0];
            Object r = CallSupport.call(ga.origin, ((PTuple) a[1]).getItems(), keys(a[2]), values(a[2]));
            try {
                PyOps.setAttribute(r, "__orig_class__", ga);
            } catch (PException e) {
                // CPython ignores objects that refuse the attribute
            }
            return r;
        });
        BuiltinDef.method(g, "__mro_entries__", "(self, bases, /)", a -> new PTuple(new Object[]{((PGenericAlias) a[0]).origin}));
        BuiltinDef.method(g, "__getattr__", "(self, name, /)", a -> {
            String name = (String) a[1];
            if (name.startsWith("__") && name.endsWith("__")) {
                throw PythonErrors.attributeError("'types.GenericAlias' object has no attribute '%s'", name);
            }
            return PyOps.getAttribute(((PGenericAlias) a[0]).origin, name);
        });
        BuiltinDef.method(g, "__repr__", "(self)", a -> {
            PGenericAlias ga = (PGenericAlias) a[0];
            StringBuilder sb = new StringBuilder(typeRepr(ga.origin)).append('[');
            Object[] items = ga.args.getItems();
            if (items.length == 0) {
                sb.append("()");
            }
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(typeRepr(items[i]));
            }
            return sb.append(']').toString();
        });
        BuiltinDef.method(g, "__eq__", "(self, other, /)", a -> {
            if (!(a[1] instanceof PGenericAlias o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            PGenericAlias s = (PGenericAlias) a[0];
            return PyOps.equals(s.origin, o.origin) && PyOps.equals(s.args, o.args);
        });
        BuiltinDef.method(g, "__hash__", "(self)", a -> PyOps.hash(((PGenericAlias) a[0]).origin) ^ PyOps.hash(((PGenericAlias) a[0]).args));
        BuiltinDef.method(g, "__getitem__", "(self, item, /)", a -> {
            PGenericAlias ga = (PGenericAlias) a[0];
            return new PGenericAlias(BuiltinTypes.GENERIC_ALIAS, ga.origin, substitute(ga.args, asTuple(a[1])));
        });
        BuiltinDef.method(g, "__instancecheck__", "(self, obj, /)", a -> {
            throw PythonErrors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        BuiltinDef.method(g, "__subclasscheck__", "(self, cls, /)", a -> {
            throw PythonErrors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        BuiltinDef.method(g, "__or__", "(self, other, /)", a -> union(a[0], a[1]));
        BuiltinDef.method(g, "__ror__", "(self, other, /)", a -> union(a[1], a[0]));
        BuiltinDef.method(g, "__reduce__", "(self)", a -> new PTuple(new Object[]{BuiltinTypes.GENERIC_ALIAS,
                        new PTuple(new Object[]{((PGenericAlias) a[0]).origin, ((PGenericAlias) a[0]).args})}));

        PythonClass u = BuiltinTypes.UNION_TYPE;
        u.define("__module__", "types");
        u.setName("UnionType");
        u.setQualname("UnionType");
        BuiltinDef.getter(u, "__args__", self -> ((PUnion) self).args);
        BuiltinDef.getter(u, "__parameters__", self -> parameters(((PUnion) self).args));
        BuiltinDef.method(u, "__repr__", "(self)", a -> {
            StringBuilder sb = new StringBuilder();
            for (Object o : ((PUnion) a[0]).args.getItems()) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(o == BuiltinTypes.NONE_TYPE ? "None" : typeRepr(o));
            }
            return sb.toString();
        });
        BuiltinDef.method(u, "__or__", "(self, other, /)", a -> union(a[0], a[1]));
        BuiltinDef.method(u, "__ror__", "(self, other, /)", a -> union(a[1], a[0]));
        BuiltinDef.method(u, "__eq__", "(self, other, /)", a -> {
            if (!(a[1] instanceof PUnion o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return sameMembers(((PUnion) a[0]).args, o.args);
        });
        BuiltinDef.method(u, "__hash__", "(self)", a -> {
            long h = 0;
            for (Object o : ((PUnion) a[0]).args.getItems()) {
                h ^= PyOps.hash(o);
            }
            return h;
        });
        BuiltinDef.method(u, "__instancecheck__", "(self, obj, /)", a -> {
            for (Object o : ((PUnion) a[0]).args.getItems()) {
                if (o instanceof PGenericAlias) {
                    throw PythonErrors.typeError("isinstance() argument 2 cannot contain a parameterized generic");
                }
                if (PyOps.isInstance(a[1], o)) {
                    return true;
                }
            }
            return false;
        });
        BuiltinDef.method(u, "__subclasscheck__", "(self, cls, /)", a -> {
            for (Object o : ((PUnion) a[0]).args.getItems()) {
                if (PyOps.isSubclass(a[1], o)) {
                    return true;
                }
            }
            return false;
        });

        BuiltinDef.method(BuiltinTypes.TYPE, "__or__", "(self, other, /)", a -> union(a[0], a[1]));
        BuiltinDef.method(BuiltinTypes.TYPE, "__ror__", "(self, other, /)", a -> union(a[1], a[0]));
        for (PythonClass c : new PythonClass[]{BuiltinTypes.LIST, BuiltinTypes.DICT, BuiltinTypes.TUPLE, BuiltinTypes.SET, BuiltinTypes.FROZENSET,
                        BuiltinTypes.TYPE, BuiltinTypes.ENUMERATE, BuiltinTypes.DICT_KEYS, BuiltinTypes.DICT_VALUES, BuiltinTypes.DICT_ITEMS}) {
            BuiltinDef.classMethod(c, "__class_getitem__", "(cls, item, /)", a -> new PGenericAlias(BuiltinTypes.GENERIC_ALIAS, a[0], asTuple(a[1])));
        }
    }

    private static PTuple asTuple(Object o) {
        return o instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE ? t : new PTuple(new Object[]{o});
    }

    private static String[] keys(Object kw) {
        if (!(kw instanceof org.cinderj.runtime.dict.PDict d)) {
            return new String[0];
        }
        Object[] k = d.keysArray();
        String[] out = new String[k.length];
        for (int i = 0; i < k.length; i++) {
            out[i] = (String) k[i];
        }
        return out;
    }

    private static Object[] values(Object kw) {
        return kw instanceof org.cinderj.runtime.dict.PDict d ? d.valuesArray() : new Object[0];
    }

    private static boolean isTypeVar(Object o) {
        String n = BuiltinTypes.typeOf(o).getName();
        return n.equals("TypeVar") || n.equals("ParamSpec");
    }

    @TruffleBoundary
    static PTuple parameters(PTuple args) {
        List<Object> out = new ArrayList<>();
        for (Object o : args.getItems()) {
            if (isTypeVar(o)) {
                if (!out.contains(o)) {
                    out.add(o);
                }
            } else {
                Object p = PyOps.lookupAttribute(o, "__parameters__");
                if (p instanceof PTuple pt && !(o instanceof PythonClass)) {
                    for (Object x : pt.getItems()) {
                        if (!out.contains(x)) {
                            out.add(x);
                        }
                    }
                }
            }
        }
        return new PTuple(out.toArray());
    }

    @TruffleBoundary
    static PTuple substitute(PTuple args, PTuple with) {
        PTuple params = parameters(args);
        if (params.size() != with.size()) {
            throw PythonErrors.typeError("Too %s arguments for %s", with.size() > params.size() ? "many" : "few", "generic alias");
        }
        Object[] out = args.getItems().clone();
        for (int i = 0; i < out.length; i++) {
            for (int k = 0; k < params.size(); k++) {
                if (out[i] == params.get(k)) {
                    out[i] = with.get(k);
                }
            }
        }
        return new PTuple(out);
    }

    @TruffleBoundary
    static String typeRepr(Object o) {
        if (o instanceof PythonClass c) {
            Object mod = c.isBuiltin() ? "builtins" : c.lookup("__module__");
            if ("builtins".equals(mod)) {
                return c.getQualname();
            }
            return (mod instanceof String m ? m + "." : "") + c.getQualname();
        }
        if (o == org.cinderj.runtime.object.PEllipsis.ELLIPSIS) {
            return "...";
        }
        return PyOps.repr(o);
    }

    private static boolean isUnionable(Object o) {
        return o == PNone.NONE || o instanceof PythonClass || o instanceof PGenericAlias || o instanceof PUnion || isTypeVar(o);
    }

    @TruffleBoundary
    static Object union(Object a, Object b) {
        if (!isUnionable(a) || !isUnionable(b)) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        List<Object> members = new ArrayList<>();
        addMembers(members, a);
        addMembers(members, b);
        if (members.size() == 1) {
            return members.get(0);
        }
        return new PUnion(new PTuple(members.toArray()));
    }

    private static void addMembers(List<Object> out, Object o) {
        if (o instanceof PUnion u) {
            for (Object x : u.args.getItems()) {
                addMembers(out, x);
            }
            return;
        }
        Object m = o == PNone.NONE ? BuiltinTypes.NONE_TYPE : o;
        for (Object x : out) {
            if (x == m || (m instanceof PGenericAlias && PyOps.equals(x, m))) {
                return;
            }
        }
        out.add(m);
    }

    private static boolean sameMembers(PTuple a, PTuple b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Object x : a.getItems()) {
            boolean found = false;
            for (Object y : b.getItems()) {
                if (x == y || PyOps.equals(x, y)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
