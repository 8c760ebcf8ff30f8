package org.cinderj.builtins.types.containers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.builtins.types.core.Support;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.iterator.PRangeIterator;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.range.PRange;
import org.cinderj.runtime.slice.PSlice;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code range} (long bounds only: ranges beyond 64 bits raise OverflowError). */
public final class RangeBuiltins {
    private RangeBuiltins() {
    }

    static final PythonClass R = BuiltinTypes.RANGE;

    public static void install() {
        Support.defineNew(R, "(cls, /, *args)", a -> {
            Object[] args = ((PTuple) a[1]).getItems();
            if (args.length == 0) {
                throw PythonErrors.typeError("range expected at least 1 argument, got 0");
            }
            if (args.length > 3) {
                throw PythonErrors.typeError("range expected at most 3 arguments, got %d", args.length);
            }
            if (args.length == 1) {
                return make(0, bound(args[0]), 1);
            }
            long step = args.length == 3 ? bound(args[2]) : 1;
            if (step == 0) {
                throw PythonErrors.valueError("range() arg 3 must not be zero");
            }
            return make(bound(args[0]), bound(args[1]), step);
        });
        BuiltinDef.method(R, "__repr__", "(self, /)", a -> {
            PRange r = (PRange) a[0];
            return r.getStep() == 1 ? "range(" + r.getStart() + ", " + r.getStop() + ")" : "range(" + r.getStart() + ", " + r.getStop() + ", " + r.getStep() + ")";
        });
        BuiltinDef.inlinableMethod(R, "__len__", "(self, /)", a -> ((PRange) a[0]).getLength());
        BuiltinDef.inlinableMethod(R, "__bool__", "(self, /)", a -> ((PRange) a[0]).getLength() != 0);
        BuiltinDef.method(R, "__iter__", "(self, /)", a -> {
            PRange r = (PRange) a[0];
            return new PRangeIterator(r.getStart(), r.getStep(), r.getLength());
        });
        BuiltinDef.method(R, "__reversed__", "(self, /)", a -> {
            PRange r = (PRange) a[0];
            long n = r.getLength();
            return new PRangeIterator(n == 0 ? r.getStart() : r.item(n - 1), -r.getStep(), n);
        });
        BuiltinDef.method(R, "__getitem__", "(self, key, /)", a -> getItem((PRange) a[0], a[1]));
        BuiltinDef.method(R, "__contains__", "(self, key, /)", a -> contains((PRange) a[0], a[1]));
        BuiltinDef.method(R, "index", "(self, value, /)", a -> {
            PRange r = (PRange) a[0];
            if (a[1] instanceof Long v && intIndex(r, v) >= 0) {
                return intIndex(r, v);
            }
            if (!(a[1] instanceof Long) && !(a[1] instanceof Boolean)) {
                long i = 0;
                for (; i < r.getLength(); i++) {
                    if (PyOps.equals(r.item(i), a[1])) {
                        return i;
                    }
                }
            } else if (a[1] instanceof Boolean b && intIndex(r, b ? 1 : 0) >= 0) {
                return intIndex(r, b ? 1 : 0);
            }
            throw PythonErrors.valueError("%s is not in range", PyOps.repr(a[1]));
        });
        BuiltinDef.method(R, "count", "(self, value, /)", a -> {
            PRange r = (PRange) a[0];
            if (a[1] instanceof Long || a[1] instanceof Boolean) {
                return contains(r, a[1]) ? 1L : 0L;
            }
            long c = 0;
            for (long i = 0; i < r.getLength(); i++) {
                if (PyOps.equals(r.item(i), a[1])) {
                    c++;
                }
            }
            return c;
        });
        BuiltinDef.method(R, "__eq__", "(self, other, /)", a -> a[1] instanceof PRange o ? rangeEquals((PRange) a[0], o) : SequenceSupport.NI);
        BuiltinDef.method(R, "__ne__", "(self, other, /)", a -> a[1] instanceof PRange o ? !rangeEquals((PRange) a[0], o) : SequenceSupport.NI);
        BuiltinDef.method(R, "__hash__", "(self, /)", a -> {
            PRange r = (PRange) a[0];
            long n = r.getLength();
            Object[] t = n == 0 ? new Object[]{0L, PNone.NONE, PNone.NONE}
                            : n == 1 ? new Object[]{1L, r.getStart(), PNone.NONE} : new Object[]{n, r.getStart(), r.getStep()};
            return ProtocolImpl.hashTuple(t);
        });
        BuiltinDef.method(R, "__reduce__", "(self, /)", a -> {
            PRange r = (PRange) a[0];
            return new PTuple(new Object[]{R, new PTuple(new Object[]{r.getStart(), r.getStop(), r.getStep()})});
        });
        BuiltinDef.getter(R, "start", self -> ((PRange) self).getStart());
        BuiltinDef.getter(R, "stop", self -> ((PRange) self).getStop());
        BuiltinDef.getter(R, "step", self -> ((PRange) self).getStep());
    }

    private static long bound(Object o) {
        Object i = PyOps.index(o);
        if (i instanceof Long l) {
            return l;
        }
        throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
    }

    @TruffleBoundary
    static PRange make(long start, long stop, long step) {
        try {
            return new PRange(start, stop, step);
        } catch (ArithmeticException e) {
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
    }

    static long intIndex(PRange r, long v) {
        long step = r.getStep();
        long d = v - r.getStart();
        if (step > 0 ? (v < r.getStart() || v >= r.getStop()) : (v > r.getStart() || v <= r.getStop())) {
            return -1;
        }
        if (d % step != 0) {
            return -1;
        }
        return d / step;
    }

    @TruffleBoundary
    static boolean contains(PRange r, Object key) {
        if (key instanceof Long v) {
            return intIndex(r, v) >= 0;
        }
        if (key instanceof Boolean b) {
            return intIndex(r, b ? 1 : 0) >= 0;
        }
        if (key instanceof BigInteger) {
            return false;
        }
        for (long i = 0; i < r.getLength(); i++) {
            if (PyOps.equals(r.item(i), key)) {
                return true;
            }
        }
        return false;
    }

    static boolean rangeEquals(PRange a, PRange b) {
        if (a == b) {
            return true;
        }
        if (a.getLength() != b.getLength()) {
            return false;
        }
        if (a.getLength() == 0) {
            return true;
        }
        if (a.getStart() != b.getStart()) {
            return false;
        }
        return a.getLength() == 1 || a.getStep() == b.getStep();
    }

    @TruffleBoundary
    static Object getItem(PRange r, Object key) {
        if (key instanceof PSlice s) {
            long[] ix = s.computeIndices(r.getLength());
            long step = r.getStep() * ix[2];
            long start = r.getStart() + ix[0] * r.getStep();
            long stop = r.getStart() + ix[1] * r.getStep();
            return make(start, stop, step);
        }
        if (!SequenceSupport.isIndex(key)) {
            throw PythonErrors.typeError("range indices must be integers or slices, not %s", BuiltinTypes.typeOf(key).getName());
        }
        Object i = PyOps.index(key);
        if (!(i instanceof Long)) {
            throw PythonErrors.indexError("range object index out of range");
        }
        long idx = (Long) i;
        if (idx < 0) {
            idx += r.getLength();
        }
        if (idx < 0 || idx >= r.getLength()) {
            throw PythonErrors.indexError("range object index out of range");
        }
        return r.item(idx);
    }
}
