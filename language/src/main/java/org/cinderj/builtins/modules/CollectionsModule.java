package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;
import static org.cinderj.builtins.modules.PyUtil.absent;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.cinderj.ast.CmpOperator;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PNotImplemented;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code _collections}: deque and defaultdict (OrderedDict, _tuplegetter, _count_elements fall back to Python). */
public final class CollectionsModule {
    private CollectionsModule() {
    }

    static final PythonClass DEQUE = PyUtil.newClass("collections", "deque");
    static final PythonClass DEQUE_ITER = PyUtil.newFinalClass("_collections", "_deque_iterator");
    static final PythonClass DEQUE_REV_ITER = PyUtil.newFinalClass("_collections", "_deque_reverse_iterator");
    static final PythonClass DEFAULTDICT;
    static final Map<PDict, Object> FACTORIES = Collections.synchronizedMap(new WeakHashMap<>());

    static {
        DEFAULTDICT = new PythonClass(BuiltinTypes.TYPE, "defaultdict", new PythonClass[]{BuiltinTypes.DICT}, false);
        DEFAULTDICT.define("__module__", "collections");
        defineDeque();
        defineDefaultDict();
    }

    /** A circular-buffer deque. */
    static final class PDeque extends PythonObject {
        Object[] buf = new Object[8];
        int head;
        int size;
        long maxlen = -1;
        int version;

        PDeque(PythonClass c) {
            super(c);
        }

        Object get(int i) {
            return buf[(head + i) & (buf.length - 1)];
        }

        void set(int i, Object v) {
            buf[(head + i) & (buf.length - 1)] = v;
        }

        void grow() {
            if (size == buf.length) {
                Object[] n = new Object[buf.length * 2];
                for (int i = 0; i < size; i++) {
                    n[i] = get(i);
                }
                buf = n;
                head = 0;
            }
        }

        void append(Object v) {
            version++;
            if (maxlen == 0) {
                return;
            }
            if (size == maxlen) {
                popLeft();
            }
            grow();
            set(size++, v);
        }

        void appendLeft(Object v) {
            version++;
            if (maxlen == 0) {
                return;
            }
            if (size == maxlen) {
                pop();
            }
            grow();
            head = (head - 1) & (buf.length - 1);
            buf[head] = v;
            size++;
        }

        Object pop() {
            if (size == 0) {
                throw PythonErrors.indexError("pop from an empty deque");
            }
            version++;
            Object v = get(size - 1);
            set(size - 1, null);
            size--;
            return v;
        }

        Object popLeft() {
            if (size == 0) {
                throw PythonErrors.indexError("pop from an empty deque");
            }
            version++;
            Object v = buf[head];
            buf[head] = null;
            head = (head + 1) & (buf.length - 1);
            size--;
            return v;
        }

        Object[] toArray() {
            Object[] r = new Object[size];
            for (int i = 0; i < size; i++) {
                r[i] = get(i);
            }
            return r;
        }

        void setAll(Object[] items) {
            version++;
            int cap = 8;
            while (cap < items.length) {
                cap *= 2;
            }
            buf = new Object[cap];
            System.arraycopy(items, 0, buf, 0, items.length);
            head = 0;
            size = items.length;
        }

        void rotate(long n) {
            if (size <= 1) {
                return;
            }
            int k = (int) Math.floorMod(n, (long) size);
            if (k == 0) {
                return;
            }
            Object[] a = toArray();
            Object[] r = new Object[size];
            for (int i = 0; i < size; i++) {
                r[(i + k) % size] = a[i];
            }
            setAll(r);
        }
    }

    static PDeque dq(Object o) {
        if (o instanceof PDeque d) {
            return d;
        }
        throw PythonErrors.typeError("descriptor requires a 'collections.deque' object but received a '%s'", PyUtil.typeName(o));
    }

    static int normIndex(PDeque d, Object idx) {
        long i = PyUtil.toLong(idx);
        if (i < 0) {
            i += d.size;
        }
        if (i < 0 || i >= d.size) {
            throw PythonErrors.indexError("deque index out of range");
        }
        return (int) i;
    }

    static final class DequeIter extends PIter {
        final PDeque d;
        final int version;
        final boolean reverse;
        int i;

        DequeIter(PDeque d, boolean reverse) {
            super(reverse ? DEQUE_REV_ITER : DEQUE_ITER);
            this.d = d;
            this.version = d.version;
            this.reverse = reverse;
        }

        @Override
        Object nextOrNull() {
            if (d.version != version) {
                throw PythonErrors.runtimeError("deque mutated during iteration");
            }
            if (i >= d.size) {
                return null;
            }
            Object v = reverse ? d.get(d.size - 1 - i) : d.get(i);
            i++;
            return v;
        }
    }

    private static void defineDeque() {
        PythonClass c = DEQUE;
        PIter.iteratorMethods(DEQUE_ITER);
        PIter.iteratorMethods(DEQUE_REV_ITER);
        PyUtil.constructor(c, "(cls, *args, **kwargs)", a -> new PDeque(PyUtil.checkClass(a[0], DEQUE)));
        BuiltinDef.method(c, "__init__", "(self, iterable=?, maxlen=None)", a -> {
            PDeque d = dq(a[0]);
            if (!absent(a[2])) {
                long ml = PyUtil.toLong(a[2]);
                if (ml < 0) {
                    throw PythonErrors.valueError("maxlen must be non-negative");
                }
                d.maxlen = ml;
            } else {
                d.maxlen = -1;
            }
            d.setAll(new Object[0]);
            if (!PyUtil.isMissing(a[1])) {
                for (Object x : PyUtil.toArray(a[1])) {
                    d.append(x);
                }
            }
            return NONE;
        });
        BuiltinDef.method(c, "append", "(self, x, /)", a -> {
            dq(a[0]).append(a[1]);
            return NONE;
        });
        BuiltinDef.method(c, "appendleft", "(self, x, /)", a -> {
            dq(a[0]).appendLeft(a[1]);
            return NONE;
        });
        BuiltinDef.method(c, "pop", "(self)", a -> dq(a[0]).pop());
        BuiltinDef.method(c, "popleft", "(self)", a -> dq(a[0]).popLeft());
        BuiltinDef.method(c, "extend", "(self, iterable, /)", a -> {
            PDeque d = dq(a[0]);
            for (Object x : PyUtil.toArray(a[1])) {
                d.append(x);
            }
            return NONE;
        });
        BuiltinDef.method(c, "extendleft", "(self, iterable, /)", a -> {
            PDeque d = dq(a[0]);
            for (Object x : PyUtil.toArray(a[1])) {
                d.appendLeft(x);
            }
            return NONE;
        });
        BuiltinDef.method(c, "clear", "(self)", a -> {
            dq(a[0]).setAll(new Object[0]);
            return NONE;
        });
        BuiltinDef.method(c, "copy", "(self)", a -> copy(dq(a[0])));
        BuiltinDef.method(c, "__copy__", "(self)", a -> copy(dq(a[0])));
        BuiltinDef.method(c, "count", "(self, value, /)", a -> {
            PDeque d = dq(a[0]);
            int v = d.version;
            long n = 0;
            for (Object x : d.toArray()) {
                if (PyOps.equals(x, a[1])) {
                    n++;
                }
                if (d.version != v) {
                    throw PythonErrors.runtimeError("deque mutated during iteration");
                }
            }
            return n;
        });
        BuiltinDef.method(c, "index", "(self, value, start=0, stop=?, /)", a -> {
            PDeque d = dq(a[0]);
            long start = PyUtil.toLong(a[2]);
            long stop = PyUtil.isMissing(a[3]) ? d.size : PyUtil.toLong(a[3]);
            if (start < 0) {
                start = Math.max(0, start + d.size);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + d.size);
            }
            for (long i = start; i < Math.min(stop, d.size); i++) {
                if (PyOps.equals(d.get((int) i), a[1])) {
                    return i;
                }
            }
            throw PythonErrors.valueError("%s is not in deque", PyOps.repr(a[1]));
        });
        BuiltinDef.method(c, "insert", "(self, index, value, /)", a -> {
            PDeque d = dq(a[0]);
            if (d.maxlen >= 0 && d.size >= d.maxlen) {
                throw PythonErrors.indexError("deque already at its maximum size");
            }
            long i = PyUtil.toLong(a[1]);
            if (i < 0) {
                i = Math.max(0, i + d.size);
            }
            i = Math.min(i, d.size);
            java.util.List<Object> l = new java.util.ArrayList<>(java.util.List.of(d.toArray()));
            l.add((int) i, a[2]);
            d.setAll(l.toArray());
            return NONE;
        });
        BuiltinDef.method(c, "remove", "(self, value, /)", a -> {
            PDeque d = dq(a[0]);
            for (int i = 0; i < d.size; i++) {
                if (PyOps.equals(d.get(i), a[1])) {
                    java.util.List<Object> l = new java.util.ArrayList<>(java.util.List.of(d.toArray()));
                    l.remove(i);
                    d.setAll(l.toArray());
                    return NONE;
                }
            }
            throw PythonErrors.valueError("deque.remove(x): x not in deque");
        });
        BuiltinDef.method(c, "reverse", "(self)", a -> {
            PDeque d = dq(a[0]);
            Object[] arr = d.toArray();
            java.util.Collections.reverse(java.util.Arrays.asList(arr));
            d.setAll(arr);
            return NONE;
        });
        BuiltinDef.method(c, "rotate", "(self, n=1, /)", a -> {
            dq(a[0]).rotate(PyUtil.toLong(a[1]));
            return NONE;
        });
        BuiltinDef.getter(c, "maxlen", self -> dq(self).maxlen < 0 ? NONE : (Object) dq(self).maxlen);
        BuiltinDef.method(c, "__len__", "(self)", a -> (long) dq(a[0]).size);
        BuiltinDef.method(c, "__bool__", "(self)", a -> dq(a[0]).size > 0);
        BuiltinDef.method(c, "__getitem__", "(self, index, /)", a -> {
            PDeque d = dq(a[0]);
            return d.get(normIndex(d, a[1]));
        });
        BuiltinDef.method(c, "__setitem__", "(self, index, value, /)", a -> {
            PDeque d = dq(a[0]);
            d.set(normIndex(d, a[1]), a[2]);
            return NONE;
        });
        BuiltinDef.method(c, "__delitem__", "(self, index, /)", a -> {
            PDeque d = dq(a[0]);
            int i = normIndex(d, a[1]);
            java.util.List<Object> l = new java.util.ArrayList<>(java.util.List.of(d.toArray()));
            l.remove(i);
            d.setAll(l.toArray());
            return NONE;
        });
        BuiltinDef.method(c, "__contains__", "(self, value, /)", a -> {
            PDeque d = dq(a[0]);
            int v = d.version;
            for (int i = 0; i < d.size; i++) {
                if (PyOps.equals(d.get(i), a[1])) {
                    return true;
                }
                if (d.version != v) {
                    throw PythonErrors.runtimeError("deque mutated during iteration");
                }
            }
            return false;
        });
        BuiltinDef.method(c, "__iter__", "(self)", a -> new DequeIter(dq(a[0]), false));
        BuiltinDef.method(c, "__reversed__", "(self)", a -> new DequeIter(dq(a[0]), true));
        BuiltinDef.method(c, "__repr__", "(self)", a -> {
            PDeque d = dq(a[0]);
            String items = PyOps.repr(new PList(d.toArray()));
            String name = d.getPythonClass().getName();
            return d.maxlen < 0 ? name + "(" + items + ")" : name + "(" + items + ", maxlen=" + d.maxlen + ")";
        });
        c.define("__hash__", NONE);
        BuiltinDef.method(c, "__add__", "(self, other, /)", a -> {
            if (!(a[1] instanceof PDeque o)) {
                throw PythonErrors.typeError("can only concatenate deque (not \"%s\") to deque", PyUtil.typeName(a[1]));
            }
            PDeque r = copy(dq(a[0]));
            for (Object x : o.toArray()) {
                r.append(x);
            }
            return r;
        });
        BuiltinDef.method(c, "__iadd__", "(self, other, /)", a -> {
            PDeque d = dq(a[0]);
            for (Object x : PyUtil.toArray(a[1])) {
                d.append(x);
            }
            return d;
        });
        BuiltinDef.method(c, "__mul__", "(self, n, /)", a -> {
            PDeque d = dq(a[0]);
            PDeque r = copy(d);
            r.setAll(new Object[0]);
            long n = PyUtil.toLong(a[1]);
            Object[] items = d.toArray();
            for (long k = 0; k < n; k++) {
                for (Object x : items) {
                    r.append(x);
                }
            }
            return r;
        });
        BuiltinDef.method(c, "__imul__", "(self, n, /)", a -> {
            PDeque d = dq(a[0]);
            Object[] items = d.toArray();
            d.setAll(new Object[0]);
            long n = PyUtil.toLong(a[1]);
            for (long k = 0; k < n; k++) {
                for (Object x : items) {
                    d.append(x);
                }
            }
            return d;
        });
        for (CmpOperator op : new CmpOperator[]{CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.LT, CmpOperator.LT_E, CmpOperator.GT, CmpOperator.GT_E}) {
            BuiltinDef.method(c, op.dunder, "(self, other, /)", a -> {
                if (!(a[1] instanceof PDeque o)) {
                    return PNotImplemented.NOT_IMPLEMENTED;
                }
                return PyOps.richCompare(new PList(dq(a[0]).toArray()), new PList(o.toArray()), op);
            });
        }
        BuiltinDef.method(c, "__reduce__", "(self)", a -> {
            PDeque d = dq(a[0]);
            return PyUtil.tuple(d.getPythonClass(), PyUtil.tuple(new PList(d.toArray()), d.maxlen < 0 ? NONE : (Object) d.maxlen));
        });
        BuiltinDef.classMethod(c, "__class_getitem__", "(cls, item, /)", a -> org.cinderj.builtins.types.core.GenericAliasBuiltins.classGetItem(a[0], a[1]));
    }

    static PDeque copy(PDeque d) {
        PDeque r = new PDeque(d.getPythonClass());
        r.maxlen = d.maxlen;
        r.setAll(d.toArray());
        return r;
    }

    private static void defineDefaultDict() {
        PythonClass c = DEFAULTDICT;
        BuiltinDef.method(c, "__init__", "(self, *args, **kwargs)", a -> {
            Object[] args = ((PTuple) a[1]).getItems();
            Object factory = NONE;
            if (args.length > 0) {
                factory = args[0];
                if (factory != NONE && !BuiltinsModule.callable(factory)) {
                    throw PythonErrors.typeError("first argument must be callable or None");
                }
                args = java.util.Arrays.copyOfRange(args, 1, args.length);
            }
            FACTORIES.put((PDict) a[0], factory);
            Object dictInit = BuiltinTypes.DICT.lookup("__init__");
            Object[] full = new Object[args.length + 1];
            full[0] = a[0];
            System.arraycopy(args, 0, full, 1, args.length);
            return BuiltinsModule.callWithDict(dictInit, full, (PDict) a[2]);
        });
        BuiltinDef.getSet(c, "default_factory", self -> {
            Object f = FACTORIES.get((PDict) self);
            return f == null ? NONE : f;
        }, (self, v) -> FACTORIES.put((PDict) self, v == null ? NONE : v));
        BuiltinDef.method(c, "__missing__", "(self, key, /)", a -> {
            Object f = FACTORIES.get((PDict) a[0]);
            if (f == null || f == NONE) {
                throw PythonErrors.keyError(a[1]);
            }
            Object v = PyUtil.call(f);
            PyOps.setItem(a[0], a[1], v);
            return v;
        });
        BuiltinDef.method(c, "__repr__", "(self)", a -> {
            Object f = FACTORIES.get((PDict) a[0]);
            Object dictRepr = BuiltinTypes.DICT.lookup("__repr__");
            return "defaultdict(" + (f == null ? "None" : PyOps.repr(f)) + ", " + PyUtil.call(dictRepr, a[0]) + ")";
        });
        BuiltinDef.method(c, "copy", "(self)", a -> copyDefaultDict(a[0]));
        BuiltinDef.method(c, "__copy__", "(self)", a -> copyDefaultDict(a[0]));
        BuiltinDef.method(c, "__reduce__", "(self)", a -> {
            Object f = FACTORIES.get((PDict) a[0]);
            return PyUtil.tuple(BuiltinTypes.typeOf(a[0]), f == null || f == NONE ? PTuple.EMPTY : PyUtil.tuple(f), NONE, NONE,
                            PyOps.getIter(PyUtil.callMethod(a[0], "items")));
        });
    }

    static Object copyDefaultDict(Object self) {
        Object f = FACTORIES.get((PDict) self);
        return PyUtil.call(BuiltinTypes.typeOf(self), f == null ? NONE : f, self);
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("_collections");
        m.setAttr("deque", DEQUE);
        m.setAttr("defaultdict", DEFAULTDICT);
        m.setAttr("_deque_iterator", DEQUE_ITER);
        m.setAttr("_deque_reverse_iterator", DEQUE_REV_ITER);
        return m;
    }
}
