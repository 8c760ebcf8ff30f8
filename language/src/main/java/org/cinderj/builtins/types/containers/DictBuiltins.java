package org.cinderj.builtins.types.containers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.ast.CmpOperator;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.builtins.types.core.ObjectBuiltins;
import org.cinderj.builtins.types.core.Support;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.HashTable;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.dict.PDictView;
import org.cinderj.runtime.dict.PMappingProxy;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.iterator.PArrayIterator;
import org.cinderj.runtime.iterator.PHashIterator;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.set.PBaseSet;
import org.cinderj.runtime.set.PSet;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code dict}, its views ({@code dict_keys}, {@code dict_values}, {@code dict_items}) and {@code mappingproxy}. */
public final class DictBuiltins {
    private DictBuiltins() {
    }

    static final PythonClass D = BuiltinTypes.DICT;
    static final Object NI = SequenceSupport.NI;

    public static void install() {
        D.define("__hash__", PNone.NONE);
        D.define("__doc__", "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n"
                        + "    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n"
                        + "        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
                        + "    in the keyword argument list.  For example:  dict(one=1, two=2)");
        BuiltinDef.staticMethod(D, "__new__", "(cls, /, *args, **kwargs)", a -> ObjectBuiltins.allocate(Support.asClass(a[0], "dict.__new__(X): X")));
        BuiltinDef.method(D, "__init__", "(self, /, *args, **kwargs)", a -> {
            Object[] args = ((PTuple) a[1]).getItems();
            if (args.length > 1) {
                throw PythonErrors.typeError("dict expected at most 1 argument, got %d", args.length);
            }
            update((PDict) a[0], args.length == 1 ? args[0] : null, (PDict) a[2]);
            return PNone.NONE;
        });
        BuiltinDef.method(D, "__repr__", "(self, /)", a -> repr((PDict) a[0]));
        BuiltinDef.inlinableMethod(D, "__len__", "(self, /)", a -> (long) ((PDict) a[0]).size());
        BuiltinDef.method(D, "__getitem__", "(self, key, /)", a -> getItem((PDict) a[0], a[1]));
        BuiltinDef.method(D, "__setitem__", "(self, key, value, /)", a -> {
            ((PDict) a[0]).put(a[1], a[2]);
            return PNone.NONE;
        });
        BuiltinDef.method(D, "__delitem__", "(self, key, /)", a -> {
            if (((PDict) a[0]).remove(a[1]) == null) {
                throw PythonErrors.keyError(a[1]);
            }
            return PNone.NONE;
        });
        BuiltinDef.method(D, "__contains__", "(self, key, /)", a -> ((PDict) a[0]).containsKey(a[1]));
        BuiltinDef.method(D, "__iter__", "(self, /)", a -> keyIterator((PDict) a[0]));
        BuiltinDef.method(D, "__reversed__", "(self, /)", a -> reversedIterator((PDict) a[0], PHashIterator.KEYS, BuiltinTypes.DICT_KEYITERATOR));
        for (CmpOperator op : new CmpOperator[]{CmpOperator.EQ, CmpOperator.NOT_EQ}) {
            BuiltinDef.method(D, op.dunder, "(self, value, /)", a -> {
                if (!(a[1] instanceof PDict other)) {
                    return NI;
                }
                boolean eq = dictEquals((PDict) a[0], other);
                return op == CmpOperator.EQ ? eq : !eq;
            });
        }
        BuiltinDef.method(D, "get", "(self, key, default=None, /)", a -> {
            Object v = ((PDict) a[0]).get(a[1]);
            return v == null ? a[2] : v;
        });
        BuiltinDef.method(D, "setdefault", "(self, key, default=None, /)", a -> {
            Object v = ((PDict) a[0]).putIfAbsent(a[1], a[2]);
            return v == null ? a[2] : v;
        });
        BuiltinDef.method(D, "pop", "(self, key, default=?, /)", a -> {
            Object v = ((PDict) a[0]).remove(a[1]);
            if (v == null) {
                if (a[2] == Missing.VALUE) {
                    throw PythonErrors.keyError(a[1]);
                }
                return a[2];
            }
            return v;
        });
        BuiltinDef.method(D, "popitem", "(self, /)", a -> {
            PDict.Entry e = ((PDict) a[0]).popLast();
            if (e == null) {
                throw PythonErrors.keyError("popitem(): dictionary is empty");
            }
            return new PTuple(new Object[]{e.key, e.value});
        });
        BuiltinDef.method(D, "keys", "(self, /)", a -> new PDictView(BuiltinTypes.DICT_KEYS, (PDict) a[0]));
        BuiltinDef.method(D, "values", "(self, /)", a -> new PDictView(BuiltinTypes.DICT_VALUES, (PDict) a[0]));
        BuiltinDef.method(D, "items", "(self, /)", a -> new PDictView(BuiltinTypes.DICT_ITEMS, (PDict) a[0]));
        BuiltinDef.method(D, "update", "(self, other=?, /, **kwargs)", a -> {
            update((PDict) a[0], a[1] == Missing.VALUE ? null : a[1], (PDict) a[2]);
            return PNone.NONE;
        });
        BuiltinDef.method(D, "clear", "(self, /)", a -> {
            ((PDict) a[0]).clear();
            return PNone.NONE;
        });
        BuiltinDef.method(D, "copy", "(self, /)", a -> ((PDict) a[0]).copy(D));
        BuiltinDef.classMethod(D, "fromkeys", "(cls, iterable, value=None, /)", a -> {
            Object d = CallSupport.call(a[0]);
            if (d instanceof PDict pd && pd.getPythonClass() == D) {
                Object it = PyOps.getIter(a[1]);
                Object k;
                while ((k = PyOps.next(it)) != null) {
                    pd.put(k, a[2]);
                }
            } else {
                Object it = PyOps.getIter(a[1]);
                Object k;
                while ((k = PyOps.next(it)) != null) {
                    PyOps.setItem(d, k, a[2]);
                }
            }
            return d;
        });
        BuiltinDef.method(D, "__or__", "(self, value, /)", a -> {
            if (!(a[0] instanceof PDict self) || !(a[1] instanceof PDict other)) {
                return NI;
            }
            PDict r = self.copy(D);
            update(r, other, null);
            return r;
        });
        BuiltinDef.method(D, "__ror__", "(self, value, /)", a -> {
            if (!(a[0] instanceof PDict self) || !(a[1] instanceof PDict other)) {
                return NI;
            }
            PDict r = other.copy(D);
            update(r, self, null);
            return r;
        });
        BuiltinDef.method(D, "__ior__", "(self, value, /)", a -> {
            update((PDict) a[0], a[1], null);
            return a[0];
        });
        BuiltinDef.classMethod(D, "__class_getitem__", "(cls, item, /)", a -> org.cinderj.builtins.types.core.GenericAliasBuiltins.classGetItem(a[0], a[1]));
        BuiltinDef.method(D, "__sizeof__", "(self, /)", a -> 64L + 24L * ((PDict) a[0]).size());

        installViews();
        installMappingProxy();
    }

    // ---------------------------------------------------------------- dict helpers

    static PHashIterator keyIterator(PDict d) {
        return new PHashIterator(BuiltinTypes.DICT_KEYITERATOR, d.getTable(), PHashIterator.KEYS, false);
    }

    @TruffleBoundary
    static Object reversedIterator(PDict d, int kind, PythonClass cls) {
        PDict.Entry[] entries = d.entriesArray();
        Object[] items = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            PDict.Entry e = entries[entries.length - 1 - i];
            items[i] = kind == PHashIterator.KEYS ? e.key : kind == PHashIterator.VALUES ? e.value : new PTuple(new Object[]{e.key, e.value});
        }
        return new PArrayIterator(cls, items);
    }

    /** {@code d[key]} including {@code __missing__} for subclasses. */
    @TruffleBoundary
    public static Object getItem(PDict d, Object key) {
        Object v = d.get(key);
        if (v != null) {
            return v;
        }
        if (d.getPythonClass() != D) {
            Object missing = d.getPythonClass().lookup("__missing__");
            if (missing != null) {
                return CallSupport.call(missing, d, key);
            }
        }
        throw PythonErrors.keyError(key);
    }

    @TruffleBoundary
    public static boolean dictEquals(PDict a, PDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (PDict.Entry e : a.entriesArray()) {
            PDict.Entry o = b.getTable().getEntry(e.key, e.getHash());
            if (o == null) {
                return false;
            }
            if (!(o.value == e.value || PyOps.equals(e.value, o.value))) {
                return false;
            }
        }
        return true;
    }

    /** {@code dict.update(other, **kwargs)}: mapping (has keys()) or iterable of pairs. */
    @TruffleBoundary
    public static void update(PDict self, Object other, PDict kwargs) {
        if (other != null) {
            if (other instanceof PDict od && (od.getPythonClass() == D || BuiltinTypes.typeOf(od).lookup("keys") == D.getOwn("keys"))
                            && BuiltinTypes.typeOf(od).lookup("__iter__") == D.getOwn("__iter__")) {
                // as CPython, a source dict changed by a key's __eq__ or __hash__ stops the merge
                int size = od.size();
                for (PDict.Entry e : od.entriesArray()) {
                    self.put(e.key, e.getHash(), e.value);
                    if (od.size() != size) {
                        throw PythonErrors.runtimeError("dict mutated during update");
                    }
                }
            } else if (PyOps.lookupAttribute(other, "keys") != null) {
                Object keys = CallSupport.call(PyOps.getAttribute(other, "keys"));
                Object it = PyOps.getIter(keys);
                Object k;
                while ((k = PyOps.next(it)) != null) {
                    self.put(k, PyOps.getItem(other, k));
                }
            } else {
                mergeFromSeq2(self, other);
            }
        }
        if (kwargs != null && kwargs.size() > 0) {
            for (PDict.Entry e : kwargs.entriesArray()) {
                self.put(e.key, e.getHash(), e.value);
            }
        }
    }

    @TruffleBoundary
    static void mergeFromSeq2(PDict self, Object seq) {
        Object it = PyOps.getIter(seq);
        Object item;
        long i = 0;
        while ((item = PyOps.next(it)) != null) {
            Object[] pair;
            if (item instanceof PTuple t) {
                pair = t.getItems();
            } else if (item instanceof PList l) {
                pair = l.toArray();
            } else {
                try {
                    PyOps.getIter(item);
                } catch (PException e) {
                    if (PythonErrors.isInstance(e, BuiltinTypes.TYPE_ERROR)) {
                        throw PythonErrors.typeError("cannot convert dictionary update sequence element #%d to a sequence", i);
                    }
                    throw e;
                }
                pair = ProtocolImpl.toArray(item);
            }
            if (pair.length != 2) {
                throw PythonErrors.valueError("dictionary update sequence element #%d has length %d; 2 is required", i, pair.length);
            }
            self.put(pair[0], pair[1]);
            i++;
        }
    }

    @TruffleBoundary
    public static String repr(PDict d) {
        if (d.size() == 0) {
            return "{}";
        }
        if (!ProtocolImpl.reprEnter(d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (PDict.Entry e : d.entriesArray()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(PyOps.repr(e.key)).append(": ").append(PyOps.repr(e.value));
            }
            return sb.append('}').toString();
        } finally {
            ProtocolImpl.reprLeave(d);
        }
    }

    // ---------------------------------------------------------------- views

    private static void installViews() {
        PythonClass[] views = {BuiltinTypes.DICT_KEYS, BuiltinTypes.DICT_VALUES, BuiltinTypes.DICT_ITEMS};
        int[] kinds = {PHashIterator.KEYS, PHashIterator.VALUES, PHashIterator.ITEMS};
        PythonClass[] iters = {BuiltinTypes.DICT_KEYITERATOR, BuiltinTypes.DICT_VALUEITERATOR, BuiltinTypes.DICT_ITEMITERATOR};
        for (int v = 0; v < 3; v++) {
            PythonClass cls = views[v];
            int kind = kinds[v];
            PythonClass iterCls = iters[v];
            BuiltinDef.inlinableMethod(cls, "__len__", "(self, /)", a -> (long) ((PDictView) a[0]).getDict().size());
            BuiltinDef.method(cls, "__iter__", "(self, /)", a -> new PHashIterator(iterCls, ((PDictView) a[0]).getDict().getTable(), kind, false));
            BuiltinDef.method(cls, "__reversed__", "(self, /)", a -> reversedIterator(((PDictView) a[0]).getDict(), kind, iterCls));
            BuiltinDef.method(cls, "__repr__", "(self, /)", a -> viewRepr((PDictView) a[0]));
            BuiltinDef.getter(cls, "mapping", self -> new PMappingProxy(((PDictView) self).getDict()));
            if (kind == PHashIterator.VALUES) {
                continue;
            }
            cls.define("__hash__", PNone.NONE);
            BuiltinDef.method(cls, "__contains__", "(self, key, /)", a -> viewContains((PDictView) a[0], a[1]));
            BuiltinDef.method(cls, "isdisjoint", "(self, other, /)", a -> {
                Object it = PyOps.getIter(a[1]);
                Object x;
                while ((x = PyOps.next(it)) != null) {
                    if (viewContains((PDictView) a[0], x)) {
                        return false;
                    }
                }
                return true;
            });
            String[][] ops = {{"__and__", "__rand__", "&"}, {"__or__", "__ror__", "|"}, {"__xor__", "__rxor__", "^"}, {"__sub__", "__rsub__", "-"}};
            for (String[] op : ops) {
                BuiltinDef.method(cls, op[0], "(self, other, /)", a -> viewSetOp(a[0], a[1], op[2]));
                BuiltinDef.method(cls, op[1], "(self, other, /)", a -> viewSetOp(a[1], a[0], op[2]));
            }
            for (CmpOperator op : new CmpOperator[]{CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.LT, CmpOperator.LT_E, CmpOperator.GT, CmpOperator.GT_E}) {
                BuiltinDef.method(cls, op.dunder, "(self, other, /)", a -> {
                    if (!isSetLike(a[1])) {
                        return NI;
                    }
                    return compareViews(a[0], a[1], op);
                });
            }
        }
    }

    /**
     * CPython's dict view comparison: sizes, then membership of each item of one side in the
     * other ({@code in}, so item values are compared, never hashed).
     */
    @TruffleBoundary
    static boolean compareViews(Object self, Object other, CmpOperator op) {
        long a = PyOps.length(self);
        long b = PyOps.length(other);
        return switch (op) {
            case EQ -> a == b && allContainedIn(self, other);
            case NOT_EQ -> !(a == b && allContainedIn(self, other));
            case LT -> a < b && allContainedIn(self, other);
            case LT_E -> a <= b && allContainedIn(self, other);
            case GT -> a > b && allContainedIn(other, self);
            default -> a >= b && allContainedIn(other, self);
        };
    }

    private static boolean allContainedIn(Object items, Object container) {
        Object it = PyOps.getIter(items);
        Object x;
        while ((x = PyOps.next(it)) != null) {
            if (!PyOps.contains(container, x)) {
                return false;
            }
        }
        return true;
    }

    static boolean isSetLike(Object o) {
        return o instanceof PBaseSet || (o instanceof PDictView v && v.getPythonClass() != BuiltinTypes.DICT_VALUES);
    }

    @TruffleBoundary
    static boolean viewContains(PDictView v, Object key) {
        PDict d = v.getDict();
        if (v.getPythonClass() == BuiltinTypes.DICT_KEYS) {
            return d.containsKey(key);
        }
        if (!(key instanceof PTuple t) || t.size() != 2) {
            return false;
        }
        Object val = d.get(t.get(0));
        return val != null && (val == t.get(1) || PyOps.equals(val, t.get(1)));
    }

    @TruffleBoundary
    static PSet toSet(Object o) {
        PSet s = new PSet();
        SetBuiltins.addAll(s, o);
        return s;
    }

    @TruffleBoundary
    static Object viewSetOp(Object left, Object right, String op) {
        PSet a = toSet(left);
        switch (op) {
            case "&": {
                PSet r = new PSet();
                Object it = PyOps.getIter(right);
                Object x;
                while ((x = PyOps.next(it)) != null) {
                    if (a.contains(x)) {
                        r.add(x);
                    }
                }
                return r;
            }
            case "|":
                SetBuiltins.addAll(a, right);
                return a;
            case "^": {
                PSet b = toSet(right);
                PSet r = new PSet();
                for (Object x : a.toArray()) {
                    if (!b.contains(x)) {
                        r.add(x);
                    }
                }
                for (Object x : b.toArray()) {
                    if (!a.contains(x)) {
                        r.add(x);
                    }
                }
                return r;
            }
            default: {
                Object it = PyOps.getIter(right);
                Object x;
                while ((x = PyOps.next(it)) != null) {
                    a.discard(x);
                }
                return a;
            }
        }
    }

    @TruffleBoundary
    static String viewRepr(PDictView v) {
        PythonClass cls = v.getPythonClass();
        if (!ProtocolImpl.reprEnter(v)) {
            return "...";
        }
        try {
            StringBuilder sb = new StringBuilder(cls.getName()).append("([");
            boolean first = true;
            for (PDict.Entry e : v.getDict().entriesArray()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                if (cls == BuiltinTypes.DICT_KEYS) {
                    sb.append(PyOps.repr(e.key));
                } else if (cls == BuiltinTypes.DICT_VALUES) {
                    sb.append(PyOps.repr(e.value));
                } else {
                    sb.append('(').append(PyOps.repr(e.key)).append(", ").append(PyOps.repr(e.value)).append(')');
                }
            }
            return sb.append("])").toString();
        } finally {
            ProtocolImpl.reprLeave(v);
        }
    }

    // ---------------------------------------------------------------- mappingproxy

    private static void installMappingProxy() {
        PythonClass M = BuiltinTypes.MAPPINGPROXY;
        BuiltinDef.staticMethod(M, "__new__", "(cls, mapping)", a -> {
            Object m = a[1];
            if (!(m instanceof PDict) && (BuiltinTypes.typeOf(m).lookup("__getitem__") == null || m instanceof PList || m instanceof PTuple)) {
                throw PythonErrors.typeError("mappingproxy() argument must be a mapping, not %s", Support.typeName(m));
            }
            return new PMappingProxy(m);
        });
        BuiltinDef.method(M, "__getitem__", "(self, key, /)", a -> PyOps.getItem(((PMappingProxy) a[0]).target(), a[1]));
        BuiltinDef.method(M, "__contains__", "(self, key, /)", a -> PyOps.contains(((PMappingProxy) a[0]).target(), a[1]));
        BuiltinDef.method(M, "__len__", "(self, /)", a -> PyOps.length(((PMappingProxy) a[0]).target()));
        BuiltinDef.method(M, "__iter__", "(self, /)", a -> PyOps.getIter(((PMappingProxy) a[0]).target()));
        BuiltinDef.method(M, "__reversed__", "(self, /)", a -> PyOps.callSpecial(((PMappingProxy) a[0]).target(), "__reversed__"));
        BuiltinDef.method(M, "get", "(self, key, default=None, /)",
                        a -> CallSupport.call(PyOps.getAttribute(((PMappingProxy) a[0]).target(), "get"), a[1], a[2]));
        for (String name : new String[]{"keys", "values", "items", "copy"}) {
            BuiltinDef.method(M, name, "(self, /)", a -> CallSupport.call(PyOps.getAttribute(((PMappingProxy) a[0]).target(), name)));
        }
        BuiltinDef.method(M, "__repr__", "(self, /)", a -> "mappingproxy(" + PyOps.repr(((PMappingProxy) a[0]).target()) + ")");
        BuiltinDef.method(M, "__str__", "(self, /)", a -> PyOps.str(((PMappingProxy) a[0]).target()));
        BuiltinDef.method(M, "__eq__", "(self, other, /)", a -> PyOps.richCompare(((PMappingProxy) a[0]).target(), a[1], CmpOperator.EQ));
        BuiltinDef.method(M, "__ne__", "(self, other, /)", a -> PyOps.richCompare(((PMappingProxy) a[0]).target(), a[1], CmpOperator.NOT_EQ));
        BuiltinDef.method(M, "__or__", "(self, other, /)", a -> {
            Object l = a[0] instanceof PMappingProxy p ? p.target() : a[0];
            Object r = a[1] instanceof PMappingProxy p ? p.target() : a[1];
            return PyOps.binaryOp(l, r, org.cinderj.ast.Operator.BITOR);
        });
        BuiltinDef.method(M, "__ior__", "(self, other, /)", a -> {
            throw PythonErrors.typeError("'|=' is not supported by mappingproxy; use '|' instead");
        });
    }

    /** Used by {@code HashTable}-aware callers that already hold a hash. */
    static long hashOf(Object key) {
        return HashTable.hashOf(key);
    }
}
