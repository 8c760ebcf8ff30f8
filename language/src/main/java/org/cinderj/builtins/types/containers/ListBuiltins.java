package org.cinderj.builtins.types.containers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.ast.CmpOperator;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.builtins.types.core.ObjectBuiltins;
import org.cinderj.builtins.types.core.Support;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.iterator.PListIterator;
import org.cinderj.runtime.iterator.PListReverseIterator;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.slice.PSlice;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code list}. */
public final class ListBuiltins {
    private ListBuiltins() {
    }

    static final PythonClass L = BuiltinTypes.LIST;
    static final Object NI = SequenceSupport.NI;

    public static void install() {
        L.define("__doc__", "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
                        + "The argument must be an iterable if specified.");
        L.define("__hash__", PNone.NONE);
        BuiltinDef.staticMethod(L, "__new__", "(cls, /, *args, **kwargs)", a -> ObjectBuiltins.allocate(Support.asClass(a[0], "list.__new__(X): X")));
        BuiltinDef.method(L, "__init__", "(self, /, *args, **kwargs)", a -> {
            PList self = (PList) a[0];
            Object[] args = ((PTuple) a[1]).getItems();
            if (((PDict) a[2]).size() != 0 && self.getPythonClass() == L) {
                throw PythonErrors.typeError("list() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw PythonErrors.typeError("list expected at most 1 argument, got %d", args.length);
            }
            self.clear();
            if (args.length == 1) {
                extend(self, args[0]);
            }
            return PNone.NONE;
        });
        BuiltinDef.method(L, "__repr__", "(self, /)", a -> repr((PList) a[0]));
        BuiltinDef.inlinableMethod(L, "__len__", "(self, /)", a -> (long) ((PList) a[0]).size());
        BuiltinDef.method(L, "__getitem__", "(self, index, /)", a -> getItem((PList) a[0], a[1]));
        BuiltinDef.method(L, "__setitem__", "(self, index, value, /)", a -> {
            setItem((PList) a[0], a[1], a[2]);
            return PNone.NONE;
        });
        BuiltinDef.method(L, "__delitem__", "(self, index, /)", a -> {
            delItem((PList) a[0], a[1]);
            return PNone.NONE;
        });
        BuiltinDef.method(L, "__contains__", "(self, key, /)", a -> {
            PList l = (PList) a[0];
            for (int i = 0; i < l.size(); i++) {
                Object x = l.get(i);
                if (x == a[1] || PyOps.equals(x, a[1])) {
                    return true;
                }
            }
            return false;
        });
        BuiltinDef.method(L, "__iter__", "(self, /)", a -> new PListIterator((PList) a[0]));
        BuiltinDef.method(L, "__reversed__", "(self, /)", a -> new PListReverseIterator((PList) a[0]));
        BuiltinDef.method(L, "__add__", "(self, value, /)", a -> {
            PList self = (PList) a[0];
            if (!(a[1] instanceof PList other)) {
                return NI; // PyOps.binaryOp raises "can only concatenate list (not ...) to list"
            }
            Object[] r = new Object[self.size() + other.size()];
            System.arraycopy(self.getStore(), 0, r, 0, self.size());
            System.arraycopy(other.getStore(), 0, r, self.size(), other.size());
            return new PList(r);
        });
        BuiltinDef.method(L, "__iadd__", "(self, value, /)", a -> {
            extend((PList) a[0], a[1]);
            return a[0];
        });
        BuiltinDef.method(L, "__mul__", "(self, value, /)", a -> mul((PList) a[0], a[1]));
        BuiltinDef.method(L, "__rmul__", "(self, value, /)", a -> mul((PList) a[0], a[1]));
        BuiltinDef.method(L, "__imul__", "(self, value, /)", a -> {
            PList self = (PList) a[0];
            Long n = SequenceSupport.repeatCount(a[1]);
            if (n == null) {
                throw PythonErrors.typeError("can't multiply sequence by non-int of type '%s'", Support.typeName(a[1]));
            }
            Object[] r = SequenceSupport.repeat(self.getStore(), self.size(), n);
            self.setStore(r.length == 0 ? new Object[4] : r, r.length);
            return self;
        });
        for (CmpOperator op : new CmpOperator[]{CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.LT, CmpOperator.LT_E, CmpOperator.GT, CmpOperator.GT_E}) {
            BuiltinDef.method(L, op.dunder, "(self, value, /)", a -> {
                if (!(a[1] instanceof PList other)) {
                    return NI;
                }
                PList self = (PList) a[0];
                return SequenceSupport.compare(self, other, op);
            });
        }
        BuiltinDef.inlinableMethod(L, "append", "(self, object, /)", a -> {
            ((PList) a[0]).append(a[1]);
            return PNone.NONE;
        });
        BuiltinDef.method(L, "extend", "(self, iterable, /)", a -> {
            extend((PList) a[0], a[1]);
            return PNone.NONE;
        });
        BuiltinDef.method(L, "insert", "(self, index, object, /)", a -> {
            PList l = (PList) a[0];
            long i = Support.asSsize(a[1]);
            int n = l.size();
            if (i < 0) {
                i += n;
                if (i < 0) {
                    i = 0;
                }
            } else if (i > n) {
                i = n;
            }
            insert(l, (int) i, a[2]);
            return PNone.NONE;
        });
        BuiltinDef.method(L, "pop", "(self, index=-1, /)", a -> {
            PList l = (PList) a[0];
            if (l.size() == 0) {
                throw PythonErrors.indexError("pop from empty list");
            }
            int i = SequenceSupport.normalize(Support.asSsize(a[1]), l.size());
            if (i < 0) {
                throw PythonErrors.indexError("pop index out of range");
            }
            Object v = l.get(i);
            removeAt(l, i);
            return v;
        });
        BuiltinDef.method(L, "remove", "(self, value, /)", a -> {
            PList l = (PList) a[0];
            for (int i = 0; i < l.size(); i++) {
                Object x = l.get(i);
                if (x == a[1] || PyOps.equals(x, a[1])) {
                    removeAt(l, i);
                    return PNone.NONE;
                }
            }
            throw PythonErrors.valueError("list.remove(x): x not in list");
        });
        BuiltinDef.method(L, "index", "(self, value, start=?, stop=?, /)", a -> {
            PList l = (PList) a[0];
            long start = SequenceSupport.clampArg(a[2], 0, l.size());
            long stop = SequenceSupport.clampArg(a[3], Long.MAX_VALUE, l.size());
            for (long i = start; i < stop && i < l.size(); i++) {
                Object x = l.get((int) i);
                if (x == a[1] || PyOps.equals(x, a[1])) {
                    return i;
                }
            }
            throw PythonErrors.valueError("%s is not in list", PyOps.repr(a[1]));
        });
        BuiltinDef.method(L, "count", "(self, value, /)", a -> {
            PList l = (PList) a[0];
            long c = 0;
            for (int i = 0; i < l.size(); i++) {
                Object x = l.get(i);
                if (x == a[1] || PyOps.equals(x, a[1])) {
                    c++;
                }
            }
            return c;
        });
        BuiltinDef.method(L, "clear", "(self, /)", a -> {
            ((PList) a[0]).clear();
            return PNone.NONE;
        });
        BuiltinDef.method(L, "copy", "(self, /)", a -> new PList(((PList) a[0]).toArray()));
        BuiltinDef.method(L, "reverse", "(self, /)", a -> {
            PList l = (PList) a[0];
            Object[] s = l.getStore();
            for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
                Object t = s[i];
                s[i] = s[j];
                s[j] = t;
            }
            return PNone.NONE;
        });
        BuiltinDef.method(L, "sort", "(self, /, *, key=None, reverse=False)", a -> {
            sort((PList) a[0], a[1], PyOps.isTrue(a[2]));
            return PNone.NONE;
        });
        BuiltinDef.classMethod(L, "__class_getitem__", "(cls, item, /)", a -> org.cinderj.builtins.types.core.GenericAliasBuiltins.classGetItem(a[0], a[1]));
        BuiltinDef.method(L, "__sizeof__", "(self, /)", a -> 40L + 8L * ((PList) a[0]).getStore().length);
    }

    // ---------------------------------------------------------------- helpers usable by the interpreter

    /** {@code list(iterable)} as a new exact list. */
    @TruffleBoundary
    public static PList fromIterable(Object iterable) {
        PList l = new PList();
        extend(l, iterable);
        return l;
    }

    @TruffleBoundary
    public static void extend(PList self, Object iterable) {
        // exact lists and tuples only, as CPython: a subclass may iterate differently
        if (iterable instanceof PList other && (other.getPythonClass() == BuiltinTypes.LIST || other == self)) {
            int n = other.size();
            self.ensureCapacity(self.size() + n);
            Object[] src = other.getStore();
            for (int i = 0; i < n; i++) {
                self.append(src[i]);
            }
            return;
        } else if (iterable instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE) {
            Object[] items = t.getItems();
            self.ensureCapacity(self.size() + items.length);
            for (Object x : items) {
                self.append(x);
            }
            return;
        }
        Object it = PyOps.getIter(iterable);
        Object x;
        while ((x = PyOps.next(it)) != null) {
            self.append(x);
        }
    }

    @TruffleBoundary
    public static void insert(PList l, int i, Object value) {
        int n = l.size();
        l.ensureCapacity(n + 1);
        Object[] s = l.getStore();
        System.arraycopy(s, i, s, i + 1, n - i);
        s[i] = value;
        l.setStore(s, n + 1);
    }

    @TruffleBoundary
    public static void removeAt(PList l, int i) {
        int n = l.size();
        Object[] s = l.getStore();
        System.arraycopy(s, i + 1, s, i, n - i - 1);
        s[n - 1] = null;
        l.setStore(s, n - 1);
    }

    @TruffleBoundary
    public static String repr(PList l) {
        if (l.size() == 0) {
            return "[]";
        }
        if (!ProtocolImpl.reprEnter(l)) {
            return "[...]";
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(PyOps.repr(l.get(i)));
            }
            return sb.append(']').toString();
        } finally {
            ProtocolImpl.reprLeave(l);
        }
    }

    static Object mul(PList self, Object n) {
        Long count = SequenceSupport.repeatCount(n);
        if (count == null) {
            return NI;
        }
        return new PList(SequenceSupport.repeat(self.getStore(), self.size(), count));
    }

    @TruffleBoundary
    public static Object getItem(PList l, Object key) {
        if (key instanceof PSlice s) {
            long[] ix = s.computeIndices(l.size());
            int start = (int) ix[0];
            int step = (int) ix[2];
            int n = (int) ix[3];
            Object[] r = new Object[n];
            Object[] src = l.getStore();
            if (step == 1) {
                System.arraycopy(src, start, r, 0, n);
            } else {
                for (int i = 0, j = start; i < n; i++, j += step) {
                    r[i] = src[j];
                }
            }
            return new PList(r);
        }
        int i = SequenceSupport.normalize(SequenceSupport.itemIndex(key, "list"), l.size());
        if (i < 0) {
            throw PythonErrors.indexError("list index out of range");
        }
        return l.get(i);
    }

    @TruffleBoundary
    public static void setItem(PList l, Object key, Object value) {
        if (key instanceof PSlice s) {
            setSlice(l, s, value);
            return;
        }
        int i = SequenceSupport.normalize(SequenceSupport.itemIndex(key, "list"), l.size());
        if (i < 0) {
            throw PythonErrors.indexError("list assignment index out of range");
        }
        l.set(i, value);
    }

    @TruffleBoundary
    static void setSlice(PList l, PSlice s, Object value) {
        Object[] items;
        if (value == l) {
            items = l.toArray();
        } else if (value instanceof PList || value instanceof PTuple || BuiltinTypes.typeOf(value).lookup("__iter__") != null
                        || BuiltinTypes.typeOf(value).lookup("__getitem__") != null) {
            items = ProtocolImpl.toArray(value);
        } else {
            throw PythonErrors.typeError("can only assign an iterable");
        }
        long[] ix = s.computeIndices(l.size());
        int start = (int) ix[0];
        int stop = (int) ix[1];
        int step = (int) ix[2];
        int n = (int) ix[3];
        if (step == 1) {
            if (stop < start) {
                stop = start;
            }
            int size = l.size();
            int newSize = size - (stop - start) + items.length;
            Object[] r = new Object[Math.max(4, newSize)];
            Object[] src = l.getStore();
            System.arraycopy(src, 0, r, 0, start);
            System.arraycopy(items, 0, r, start, items.length);
            System.arraycopy(src, stop, r, start + items.length, size - stop);
            l.setStore(r, newSize);
            return;
        }
        if (items.length != n) {
            throw PythonErrors.valueError("attempt to assign sequence of size %d to extended slice of size %d", items.length, n);
        }
        Object[] src = l.getStore();
        for (int i = 0, j = start; i < n; i++, j += step) {
            src[j] = items[i];
        }
    }

    @TruffleBoundary
    public static void delItem(PList l, Object key) {
        if (key instanceof PSlice s) {
            long[] ix = s.computeIndices(l.size());
            int start = (int) ix[0];
            int step = (int) ix[2];
            int n = (int) ix[3];
            if (n == 0) {
                return;
            }
            if (step < 0) {
                start = start + step * (n - 1);
                step = -step;
            }
            Object[] src = l.getStore();
            int size = l.size();
            Object[] r = new Object[Math.max(4, size - n)];
            int o = 0;
            int next = start;
            int removed = 0;
            for (int i = 0; i < size; i++) {
                if (removed < n && i == next) {
                    removed++;
                    next += step;
                    continue;
                }
                r[o++] = src[i];
            }
            l.setStore(r, o);
            return;
        }
        int i = SequenceSupport.normalize(SequenceSupport.itemIndex(key, "list"), l.size());
        if (i < 0) {
            throw PythonErrors.indexError("list assignment index out of range");
        }
        removeAt(l, i);
    }

    /** {@code list.sort(key=, reverse=)}: stable; raises ValueError if the list is modified meanwhile. */
    @TruffleBoundary
    public static void sort(PList l, Object key, boolean reverse) {
        int n = l.size();
        Object[] values = l.toArray();
        // CPython empties the list while sorting so that mutation can be detected
        l.setStore(new Object[4], 0);
        boolean reversed = false;
        try {
            Object[] keys = null;
            if (key != PNone.NONE && key != Missing.VALUE) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = CallSupport.call(key, values[i]);
                }
            }
            // reverse=True sorts the reversed list and reverses the result: equal keys keep their
            // order, and the comparisons are those CPython makes
            if (reverse) {
                reverseArray(values, n);
                if (keys != null) {
                    reverseArray(keys, n);
                }
                reversed = true;
            }
            Sorting.sort(values, keys, n);
        } finally {
            // also when a comparison raised: the list is then left as CPython leaves it
            if (reversed) {
                reverseArray(values, n);
            }
            boolean modified = l.size() != 0;
            l.setStore(values, n);
            if (modified) {
                throw PythonErrors.valueError("list modified during sort");
            }
        }
    }

    private static void reverseArray(Object[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
