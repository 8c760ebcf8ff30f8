package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;
import static org.cinderj.builtins.modules.PyUtil.absent;

import java.util.ArrayList;
import java.util.List;
import org.cinderj.ast.Operator;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.BuiltinBody;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.PythonClass;

/** The {@code itertools} module. */
public final class ItertoolsModule {
    private ItertoolsModule() {
    }

    static final List<PythonClass> CLASSES = new ArrayList<>();

    static PythonClass cls(String name, String sig, BuiltinBody ctor) {
        PythonClass c = PyUtil.newClass("itertools", name);
        PIter.iteratorMethods(c);
        PyUtil.constructor(c, sig, ctor);
        CLASSES.add(c);
        return c;
    }

    /** A generic Java iterator object whose next step is a lambda. */
    static final class FnIter extends PIter {
        java.util.function.Supplier<Object> step;

        FnIter(PythonClass c) {
            super(c);
        }

        @Override
        Object nextOrNull() {
            return step.get();
        }
    }

    static Object next(Object it) {
        return PyOps.next(it);
    }

    static FnIter make(Object cls, java.util.function.Supplier<Object> step) {
        FnIter f = new FnIter((PythonClass) cls);
        f.step = step;
        return f;
    }

    static final PythonClass COUNT;
    static final PythonClass REPEAT;
    static final PythonClass CHAIN;
    static final PythonClass TEE;
    static final PythonClass GROUPER;

    static final class CountIter extends PIter {
        Object cur;
        Object step;

        CountIter(PythonClass c) {
            super(c);
        }

        @Override
        Object nextOrNull() {
            Object r = cur;
            if (cur instanceof Long l && step instanceof Long s && (((l ^ (l + s)) & (s ^ (l + s))) >= 0)) {
                cur = l + s;
            } else {
                cur = PyOps.binaryOp(cur, step, Operator.ADD);
            }
            return r;
        }
    }

    static final class RepeatIter extends PIter {
        Object obj;
        long times;

        RepeatIter(PythonClass c) {
            super(c);
        }

        @Override
        Object nextOrNull() {
            if (times == 0) {
                return null;
            }
            if (times > 0) {
                times--;
            }
            return obj;
        }
    }

    /** Shared buffer of tee iterators. */
    static final class TeeData {
        final Object it;
        final List<Object> values = new ArrayList<>();
        int base;
        boolean done;

        TeeData(Object it) {
            this.it = it;
        }
    }

    static final class TeeIter extends PIter {
        final TeeData data;
        int index;

        TeeIter(TeeData data, int index) {
            super(TEE);
            this.data = data;
            this.index = index;
        }

        @Override
        Object nextOrNull() {
            if (index - data.base < data.values.size()) {
                return data.values.get(index++ - data.base);
            }
            if (data.done) {
                return null;
            }
            Object v = next(data.it);
            if (v == null) {
                data.done = true;
                return null;
            }
            data.values.add(v);
            index++;
            return v;
        }
    }

    static final class GroupBy extends PIter {
        Object it;
        Object keyfunc;
        Object tgtkey;
        Object currkey;
        Object currvalue;
        Object currgrouper;
        boolean exhausted;

        GroupBy(PythonClass c) {
            super(c);
        }

        boolean step() {
            Object v = next(it);
            if (v == null) {
                exhausted = true;
                return false;
            }
            currvalue = v;
            currkey = keyfunc == NONE ? v : PyUtil.call(keyfunc, v);
            return true;
        }

        @Override
        Object nextOrNull() {
            currgrouper = null;
            if (currvalue == null) {
                if (exhausted || !step()) {
                    return null;
                }
            } else if (tgtkey != null) {
                while (PyOps.equals(tgtkey, currkey)) {
                    if (!step()) {
                        return null;
                    }
                }
            }
            tgtkey = currkey;
            Grouper g = new Grouper(this, tgtkey);
            currgrouper = g;
            return PyUtil.tuple(currkey, g);
        }
    }

    static final class Grouper extends PIter {
        final GroupBy parent;
        final Object key;

        Grouper(GroupBy parent, Object key) {
            super(GROUPER);
            this.parent = parent;
            this.key = key;
        }

        @Override
        Object nextOrNull() {
            if (parent.currgrouper != this) {
                return null;
            }
            if (parent.currvalue == null) {
                if (parent.exhausted || !parent.step()) {
                    return null;
                }
            }
            if (!PyOps.equals(key, parent.currkey)) {
                return null;
            }
            Object r = parent.currvalue;
            parent.currvalue = null;
            return r;
        }
    }

    static int rArg(Object r, int n) {
        if (absent(r)) {
            return n;
        }
        long v = PyUtil.toLong(r);
        if (v < 0) {
            throw PythonErrors.valueError("r must be non-negative");
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    static {
        COUNT = cls("count", "(cls, start=0, step=1)", a -> {
            for (Object o : new Object[]{a[1], a[2]}) {
                if (!PyUtil.isInt(o) && !(o instanceof Double) && PyOps.lookupSpecial(o, "__add__") == null) {
                    throw PythonErrors.typeError("a number is required");
                }
            }
            CountIter c = new CountIter((PythonClass) a[0]);
            c.cur = a[1];
            c.step = a[2];
            return c;
        });
        BuiltinDef.method(COUNT, "__repr__", "(self)", a -> {
            CountIter c = (CountIter) a[0];
            boolean unitStep = c.step instanceof Long l && l == 1;
            return "count(" + PyOps.repr(c.cur) + (unitStep ? "" : ", " + PyOps.repr(c.step)) + ")";
        });
        REPEAT = cls("repeat", "(cls, object, times=?)", a -> {
            RepeatIter r = new RepeatIter((PythonClass) a[0]);
            r.obj = a[1];
            r.times = PyUtil.isMissing(a[2]) ? -1 : Math.max(0, PyUtil.toLong(a[2]));
            return r;
        });
        BuiltinDef.method(REPEAT, "__repr__", "(self)", a -> {
            RepeatIter r = (RepeatIter) a[0];
            return "repeat(" + PyOps.repr(r.obj) + (r.times >= 0 ? ", " + r.times : "") + ")";
        });
        BuiltinDef.method(REPEAT, "__length_hint__", "(self)", a -> {
            RepeatIter r = (RepeatIter) a[0];
            if (r.times < 0) {
                throw PythonErrors.typeError("len() of unsized object");
            }
            return r.times;
        });
        cls("cycle", "(cls, iterable, /)", a -> {
            Object it = PyOps.getIter(a[1]);
            List<Object> saved = new ArrayList<>();
            int[] idx = {-1};
            return make(a[0], () -> {
                if (idx[0] < 0) {
                    Object v = next(it);
                    if (v != null) {
                        saved.add(v);
                        return v;
                    }
                    if (saved.isEmpty()) {
                        return null;
                    }
                    idx[0] = 0;
                }
                Object v = saved.get(idx[0]);
                idx[0] = (idx[0] + 1) % saved.size();
                return v;
            });
        });
        cls("accumulate", "(cls, iterable, func=None, *, initial=None)", a -> {
            Object it = PyOps.getIter(a[1]);
            Object func = a[2];
            Object[] total = {a[3] == NONE ? null : a[3]};
            boolean[] initialPending = {a[3] != NONE};
            return make(a[0], () -> {
                if (initialPending[0]) {
                    initialPending[0] = false;
                    return total[0];
                }
                Object v = next(it);
                if (v == null) {
                    return null;
                }
                if (total[0] == null) {
                    total[0] = v;
                } else {
                    total[0] = func == NONE ? PyOps.binaryOp(total[0], v, Operator.ADD) : PyUtil.call(func, total[0], v);
                }
                return total[0];
            });
        });
        CHAIN = cls("chain", "(cls, *iterables)", a -> chain(a[0], PyOps.getIter(a[1])));
        BuiltinDef.classMethod(CHAIN, "from_iterable", "(cls, iterable, /)", a -> chain(a[0], PyOps.getIter(a[1])));
        cls("compress", "(cls, data, selectors)", a -> {
            Object d = PyOps.getIter(a[1]);
            Object s = PyOps.getIter(a[2]);
            return make(a[0], () -> {
                while (true) {
                    Object v = next(d);
                    if (v == null) {
                        return null;
                    }
                    Object sel = next(s);
                    if (sel == null) {
                        return null;
                    }
                    if (PyUtil.truthy(sel)) {
                        return v;
                    }
                }
            });
        });
        cls("dropwhile", "(cls, predicate, iterable, /)", a -> {
            Object it = PyOps.getIter(a[2]);
            boolean[] dropping = {true};
            return make(a[0], () -> {
                while (true) {
                    Object v = next(it);
                    if (v == null) {
                        return null;
                    }
                    if (!dropping[0] || !PyUtil.truthy(PyUtil.call(a[1], v))) {
                        dropping[0] = false;
                        return v;
                    }
                }
            });
        });
        cls("takewhile", "(cls, predicate, iterable, /)", a -> {
            Object it = PyOps.getIter(a[2]);
            boolean[] stop = {false};
            return make(a[0], () -> {
                if (stop[0]) {
                    return null;
                }
                Object v = next(it);
                if (v == null) {
                    return null;
                }
                if (PyUtil.truthy(PyUtil.call(a[1], v))) {
                    return v;
                }
                stop[0] = true;
                return null;
            });
        });
        cls("filterfalse", "(cls, function, iterable, /)", a -> {
            Object it = PyOps.getIter(a[2]);
            return make(a[0], () -> {
                while (true) {
                    Object v = next(it);
                    if (v == null) {
                        return null;
                    }
                    boolean t = a[1] == NONE ? PyUtil.truthy(v) : PyUtil.truthy(PyUtil.call(a[1], v));
                    if (!t) {
                        return v;
                    }
                }
            });
        });
        PythonClass groupby = cls("groupby", "(cls, iterable, key=None)", a -> {
            GroupBy g = new GroupBy((PythonClass) a[0]);
            g.it = PyOps.getIter(a[1]);
            g.keyfunc = a[2];
            return g;
        });
        GROUPER = PyUtil.newFinalClass("itertools", "_grouper");
        PIter.iteratorMethods(GROUPER);
        cls("islice", "(cls, iterable, *args)", a -> {
            Object[] args = ((PTuple) a[2]).getItems();
            if (args.length == 0 || args.length > 3) {
                throw PythonErrors.typeError(args.length == 0 ? "islice expected at least 2 arguments, got 1"
                                : "islice expected at most 4 arguments, got " + (args.length + 1));
            }
            long start = 0;
            long stop;
            long step = 1;
            String msgStop = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            String msgStart = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            if (args.length == 1) {
                stop = args[0] == NONE ? -1 : checkIdx(args[0], msgStop);
            } else {
                start = args[0] == NONE ? 0 : checkIdx(args[0], msgStart);
                stop = args[1] == NONE ? -1 : checkIdx(args[1], msgStart);
                if (args.length == 3) {
                    step = args[2] == NONE ? 1 : checkIdx(args[2], "Step for islice() must be a positive integer or None.");
                    if (step == 0) {
                        throw PythonErrors.valueError("Step for islice() must be a positive integer or None.");
                    }
                }
            }
            Object it = PyOps.getIter(a[1]);
            long[] st = {0, start, stop, step};
            return make(a[0], () -> {
                // st[0] = items consumed, st[1] = next index to yield
                if (st[2] >= 0 && st[1] >= st[2]) {
                    while (st[0] < st[2]) { // consume up to stop as CPython does
                        if (next(it) == null) {
                            break;
                        }
                        st[0]++;
                    }
                    st[1] = Long.MAX_VALUE;
                    st[2] = 0;
                    return null;
                }
                while (st[0] < st[1]) {
                    if (next(it) == null) {
                        st[2] = 0;
                        st[1] = Long.MAX_VALUE;
                        return null;
                    }
                    st[0]++;
                }
                Object v = next(it);
                if (v == null) {
                    st[2] = 0;
                    st[1] = Long.MAX_VALUE;
                    return null;
                }
                st[0]++;
                st[1] += st[3];
                return v;
            });
        });
        cls("pairwise", "(cls, iterable, /)", a -> {
            Object it = PyOps.getIter(a[1]);
            Object[] prev = {null};
            return make(a[0], () -> {
                if (prev[0] == null) {
                    prev[0] = next(it);
                    if (prev[0] == null) {
                        return null;
                    }
                }
                Object v = next(it);
                if (v == null) {
                    return null;
                }
                PTuple r = PyUtil.tuple(prev[0], v);
                prev[0] = v;
                return r;
            });
        });
        cls("starmap", "(cls, function, iterable, /)", a -> {
            Object it = PyOps.getIter(a[2]);
            return make(a[0], () -> {
                Object v = next(it);
                return v == null ? null : PyUtil.callKw(a[1], PyUtil.toArray(v), null, null);
            });
        });
        cls("zip_longest", "(cls, *iterables, fillvalue=None)", a -> {
            Object[] its = PyUtil.toArray(a[1]);
            for (int i = 0; i < its.length; i++) {
                its[i] = PyOps.getIter(its[i]);
            }
            int[] active = {its.length};
            return make(a[0], () -> {
                if (its.length == 0 || active[0] == 0) {
                    return null;
                }
                Object[] r = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    Object v = its[i] == null ? null : next(its[i]);
                    if (v == null) {
                        if (its[i] != null) {
                            its[i] = null;
                            active[0]--;
                            if (active[0] == 0) {
                                return null;
                            }
                        }
                        v = a[2];
                    }
                    r[i] = v;
                }
                return new PTuple(r);
            });
        });
        cls("product", "(cls, *iterables, repeat=1)", a -> {
            Object[] iterables = PyUtil.toArray(a[1]);
            long rep = PyUtil.toLong(a[2]);
            if (rep < 0) {
                throw PythonErrors.valueError("repeat argument cannot be negative");
            }
            List<Object[]> pools = new ArrayList<>();
            List<Object[]> base = new ArrayList<>();
            for (Object it : iterables) {
                base.add(PyUtil.toArray(it));
            }
            for (long r = 0; r < rep; r++) {
                pools.addAll(base);
            }
            int n = pools.size();
            int[] idx = new int[n];
            boolean[] state = {true, false}; // first, done
            for (Object[] p : pools) {
                if (p.length == 0) {
                    state[1] = true;
                }
            }
            return make(a[0], () -> {
                if (state[1]) {
                    return null;
                }
                if (state[0]) {
                    state[0] = false;
                } else {
                    int i = n - 1;
                    while (i >= 0) {
                        idx[i]++;
                        if (idx[i] < pools.get(i).length) {
                            break;
                        }
                        idx[i] = 0;
                        i--;
                    }
                    if (i < 0) {
                        state[1] = true;
                        return null;
                    }
                }
                Object[] r = new Object[n];
                for (int i = 0; i < n; i++) {
                    r[i] = pools.get(i)[idx[i]];
                }
                return new PTuple(r);
            });
        });
        cls("permutations", "(cls, iterable, r=None)", a -> {
            Object[] pool = PyUtil.toArray(a[1]);
            int n = pool.length;
            int r = rArg(a[2], n);
            int[] indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            int[] cycles = new int[Math.max(r, 0)];
            for (int i = 0; i < r; i++) {
                cycles[i] = n - i;
            }
            boolean[] st = {true, r > n};
            return make(a[0], () -> {
                if (st[1]) {
                    return null;
                }
                if (st[0]) {
                    st[0] = false;
                } else {
                    int i = r - 1;
                    for (; i >= 0; i--) {
                        cycles[i]--;
                        if (cycles[i] == 0) {
                            int first = indices[i];
                            System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                            indices[n - 1] = first;
                            cycles[i] = n - i;
                        } else {
                            int j = cycles[i];
                            int t = indices[i];
                            indices[i] = indices[n - j];
                            indices[n - j] = t;
                            break;
                        }
                    }
                    if (i < 0) {
                        st[1] = true;
                        return null;
                    }
                }
                Object[] res = new Object[r];
                for (int k = 0; k < r; k++) {
                    res[k] = pool[indices[k]];
                }
                return new PTuple(res);
            });
        });
        cls("combinations", "(cls, iterable, r)", a -> {
            Object[] pool = PyUtil.toArray(a[1]);
            int n = pool.length;
            int r = rArg(a[2], n);
            int[] indices = new int[r];
            for (int i = 0; i < r; i++) {
                indices[i] = i;
            }
            boolean[] st = {true, r > n};
            return make(a[0], () -> {
                if (st[1]) {
                    return null;
                }
                if (st[0]) {
                    st[0] = false;
                } else {
                    int i = r - 1;
                    while (i >= 0 && indices[i] == i + n - r) {
                        i--;
                    }
                    if (i < 0) {
                        st[1] = true;
                        return null;
                    }
                    indices[i]++;
                    for (int j = i + 1; j < r; j++) {
                        indices[j] = indices[j - 1] + 1;
                    }
                }
                Object[] res = new Object[r];
                for (int k = 0; k < r; k++) {
                    res[k] = pool[indices[k]];
                }
                return new PTuple(res);
            });
        });
        cls("combinations_with_replacement", "(cls, iterable, r)", a -> {
            Object[] pool = PyUtil.toArray(a[1]);
            int n = pool.length;
            int r = rArg(a[2], n);
            int[] indices = new int[r];
            boolean[] st = {true, n == 0 && r > 0};
            return make(a[0], () -> {
                if (st[1]) {
                    return null;
                }
                if (st[0]) {
                    st[0] = false;
                } else {
                    int i = r - 1;
                    while (i >= 0 && indices[i] == n - 1) {
                        i--;
                    }
                    if (i < 0) {
                        st[1] = true;
                        return null;
                    }
                    int v = indices[i] + 1;
                    for (int j = i; j < r; j++) {
                        indices[j] = v;
                    }
                }
                Object[] res = new Object[r];
                for (int k = 0; k < r; k++) {
                    res[k] = pool[indices[k]];
                }
                return new PTuple(res);
            });
        });
        TEE = PyUtil.newFinalClass("itertools", "_tee");
        PIter.iteratorMethods(TEE);
        BuiltinDef.method(TEE, "__copy__", "(self)", a -> {
            TeeIter t = (TeeIter) a[0];
            return new TeeIter(t.data, t.index);
        });
        CLASSES.add(TEE);
        CLASSES.add(GROUPER);
        groupby.getName();
    }

    static long checkIdx(Object o, String msg) {
        if (!PyUtil.isInt(o) && PyOps.lookupSpecial(o, "__index__") == null) {
            throw PythonErrors.valueError(msg);
        }
        Object i = PyUtil.index(o);
        long v = i instanceof Long l ? l : Long.MAX_VALUE;
        if (v < 0) {
            throw PythonErrors.valueError(msg);
        }
        return v;
    }

    static FnIter chain(Object cls, Object sources) {
        Object[] cur = {null};
        return make(cls, () -> {
            while (true) {
                if (cur[0] == null) {
                    Object src = next(sources);
                    if (src == null) {
                        return null;
                    }
                    cur[0] = PyOps.getIter(src);
                }
                Object v = next(cur[0]);
                if (v != null) {
                    return v;
                }
                cur[0] = null;
            }
        });
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("itertools");
        for (PythonClass c : CLASSES) {
            m.setAttr(c.getName(), c);
        }
        BuiltinDef.function(m, "tee", "(iterable, n=2, /)", a -> {
            long n = PyUtil.toLong(a[1]);
            if (n < 0) {
                throw PythonErrors.valueError("n must be >= 0");
            }
            Object[] r = new Object[(int) n];
            if (n == 0) {
                return PTuple.EMPTY;
            }
            Object src = a[0];
            if (src instanceof TeeIter t) {
                r[0] = new TeeIter(t.data, t.index);
            } else {
                r[0] = new TeeIter(new TeeData(PyOps.getIter(src)), 0);
            }
            for (int i = 1; i < n; i++) {
                TeeIter first = (TeeIter) r[0];
                r[i] = new TeeIter(first.data, first.index);
            }
            return new PTuple(r);
        });
        return m;
    }
}
