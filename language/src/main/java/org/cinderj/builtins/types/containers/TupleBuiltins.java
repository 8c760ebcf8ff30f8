package org.cinderj.builtins.types.containers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.ast.CmpOperator;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.builtins.types.core.Support;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.iterator.PArrayIterator;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.slice.PSlice;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code tuple}. */
public final class TupleBuiltins {
    private TupleBuiltins() {
    }

    static final PythonClass T = BuiltinTypes.TUPLE;
    static final Object NI = SequenceSupport.NI;

    public static void install() {
        T.define("__doc__", "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
                        + "If iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.");
        Support.defineNew(T, "(cls, iterable=?, /)", a -> {
            PythonClass cls = Support.asClass(a[0], "tuple.__new__(X): X");
            if (!cls.isSubclassOf(T)) {
                throw PythonErrors.typeError("tuple.__new__(%s): %s is not a subtype of tuple", cls.getName(), cls.getName());
            }
            if (a[1] == Missing.VALUE) {
                return cls == T ? PTuple.EMPTY : new PTuple(cls, new Object[0]);
            }
            if (cls == T && a[1] instanceof PTuple t && t.getPythonClass() == T) {
                return t;
            }
            Object[] items = ProtocolImpl.toArray(a[1]);
            if (a[1] instanceof PTuple) {
                items = items.clone();
            }
            return cls == T ? new PTuple(items) : new PTuple(cls, items);
        });
        BuiltinDef.method(T, "__repr__", "(self, /)", a -> repr((PTuple) a[0]));
        BuiltinDef.inlinableMethod(T, "__len__", "(self, /)", a -> (long) ((PTuple) a[0]).size());
        BuiltinDef.method(T, "__getitem__", "(self, key, /)", a -> getItem((PTuple) a[0], a[1]));
        BuiltinDef.method(T, "__contains__", "(self, key, /)", a -> {
            for (Object x : ((PTuple) a[0]).getItems()) {
                if (x == a[1] || PyOps.equals(x, a[1])) {
                    return true;
                }
            }
            return false;
        });
        BuiltinDef.method(T, "__iter__", "(self, /)", a -> new PArrayIterator(((PTuple) a[0]).getItems()));
        BuiltinDef.method(T, "__hash__", "(self, /)", a -> ProtocolImpl.hashTuple(((PTuple) a[0]).getItems()));
        BuiltinDef.method(T, "__add__", "(self, value, /)", a -> {
            if (!(a[1] instanceof PTuple other)) {
                return NI;
            }
            Object[] x = ((PTuple) a[0]).getItems();
            Object[] y = other.getItems();
            Object[] r = new Object[x.length + y.length];
            System.arraycopy(x, 0, r, 0, x.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PTuple(r);
        });
        BuiltinDef.method(T, "__mul__", "(self, value, /)", a -> mul((PTuple) a[0], a[1]));
        BuiltinDef.method(T, "__rmul__", "(self, value, /)", a -> mul((PTuple) a[0], a[1]));
        for (CmpOperator op : new CmpOperator[]{CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.LT, CmpOperator.LT_E, CmpOperator.GT, CmpOperator.GT_E}) {
            BuiltinDef.method(T, op.dunder, "(self, value, /)", a -> {
                if (!(a[1] instanceof PTuple other)) {
                    return NI;
                }
                Object[] x = ((PTuple) a[0]).getItems();
                Object[] y = other.getItems();
                return SequenceSupport.compare(x, x.length, y, y.length, op);
            });
        }
        BuiltinDef.method(T, "index", "(self, value, start=?, stop=?, /)", a -> {
            Object[] items = ((PTuple) a[0]).getItems();
            long start = SequenceSupport.clampArg(a[2], 0, items.length);
            long stop = SequenceSupport.clampArg(a[3], Long.MAX_VALUE, items.length);
            for (long i = start; i < stop && i < items.length; i++) {
                Object x = items[(int) i];
                if (x == a[1] || PyOps.equals(x, a[1])) {
                    return i;
                }
            }
            throw PythonErrors.valueError("tuple.index(x): x not in tuple");
        });
        BuiltinDef.method(T, "count", "(self, value, /)", a -> {
            long c = 0;
            for (Object x : ((PTuple) a[0]).getItems()) {
                if (x == a[1] || PyOps.equals(x, a[1])) {
                    c++;
                }
            }
            return c;
        });
        BuiltinDef.method(T, "__getnewargs__", "(self, /)", a -> new PTuple(new Object[]{new PTuple(((PTuple) a[0]).getItems())}));
        BuiltinDef.classMethod(T, "__class_getitem__", "(cls, item, /)", a -> org.cinderj.builtins.types.core.GenericAliasBuiltins.classGetItem(a[0], a[1]));
    }

    @TruffleBoundary
    public static String repr(PTuple t) {
        Object[] items = t.getItems();
        if (items.length == 0) {
            return "()";
        }
        if (!ProtocolImpl.reprEnter(t)) {
            return "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder("(");
            SequenceSupport.appendReprs(sb, items, items.length);
            if (items.length == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        } finally {
            ProtocolImpl.reprLeave(t);
        }
    }

    static Object mul(PTuple self, Object n) {
        Long count = SequenceSupport.repeatCount(n);
        if (count == null) {
            return NI;
        }
        if (count == 1 && self.getPythonClass() == T) {
            return self;
        }
        Object[] items = self.getItems();
        return new PTuple(SequenceSupport.repeat(items, items.length, count));
    }

    @TruffleBoundary
    public static Object getItem(PTuple t, Object key) {
        Object[] items = t.getItems();
        if (key instanceof PSlice s) {
            long[] ix = s.computeIndices(items.length);
            int start = (int) ix[0];
            int step = (int) ix[2];
            int n = (int) ix[3];
            if (step == 1 && n == items.length && t.getPythonClass() == T) {
                return t;
            }
            Object[] r = new Object[n];
            for (int i = 0, j = start; i < n; i++, j += step) {
                r[i] = items[j];
            }
            return new PTuple(r);
        }
        int i = SequenceSupport.normalize(SequenceSupport.itemIndex(key, "tuple"), items.length);
        if (i < 0) {
            throw PythonErrors.indexError("tuple index out of range");
        }
        return items[i];
    }
}
