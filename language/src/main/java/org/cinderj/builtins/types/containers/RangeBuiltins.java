package org.cinderj.builtins.types.containers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.builtins.types.core.Support;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.iterator.PLongRangeIterator;
import org.cinderj.runtime.iterator.PRangeIterator;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.range.PBigRange;
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
                return makeAny(0L, PyOps.index(args[0]), 1L);
            }
            Object step = args.length == 3 ? PyOps.index(args[2]) : (Object) 1L;
            if (step instanceof Long l && l == 0) {
                throw PythonErrors.valueError("range() arg 3 must not be zero");
            }
            return makeAny(PyOps.index(args[0]), PyOps.index(args[1]), step);
        });
        BuiltinDef.method(R, "__repr__", "(self, /)", a -> {
            if (a[0] instanceof PBigRange b) {
                return b.getStep().equals(BigInteger.ONE) ? "range(" + b.getStart() + ", " + b.getStop() + ")"
                                : "range(" + b.getStart() + ", " + b.getStop() + ", " + b.getStep() + ")";
            }
            PRange r = (PRange) a[0];
            return r.getStep() == 1 ? "range(" + r.getStart() + ", " + r.getStop() + ")" : "range(" + r.getStart() + ", " + r.getStop() + ", " + r.getStep() + ")";
        });
        BuiltinDef.inlinableMethod(R, "__len__", "(self, /)", a -> a[0] instanceof PBigRange b ? bigLength(b) : ((PRange) a[0]).getLength());
        BuiltinDef.inlinableMethod(R, "__bool__", "(self, /)", a -> a[0] instanceof PBigRange b ? b.getLength().signum() != 0 : ((PRange) a[0]).getLength() != 0);
        BuiltinDef.method(R, "__iter__", "(self, /)", a -> {
            if (a[0] instanceof PBigRange b) {
                return new PLongRangeIterator(b.getStart(), b.getStep(), b.getLength());
            }
            PRange r = (PRange) a[0];
            return new PRangeIterator(r.getStart(), r.getStep(), r.getLength());
        });
        BuiltinDef.method(R, "__reversed__", "(self, /)", a -> {
            if (a[0] instanceof PBigRange b) {
                BigInteger last = b.getLength().signum() == 0 ? b.getStart() : b.getStart().add(b.getLength().subtract(BigInteger.ONE).multiply(b.getStep()));
                return new PLongRangeIterator(last, b.getStep().negate(), b.getLength());
            }
            PRange r = (PRange) a[0];
            long n = r.getLength();
            return new PRangeIterator(n == 0 ? r.getStart() : r.item(n - 1), -r.getStep(), n);
        });
        BuiltinDef.method(R, "__getitem__", "(self, key, /)", a -> a[0] instanceof PBigRange ? bigGetItem(a[0], a[1]) : getItem((PRange) a[0], a[1]));
        BuiltinDef.method(R, "__contains__", "(self, key, /)", a -> a[0] instanceof PBigRange ? bigIndex(a[0], a[1]) != null : contains((PRange) a[0], a[1]));
        BuiltinDef.method(R, "index", "(self, value, /)", a -> {
            if (a[0] instanceof PBigRange) {
                BigInteger i = bigIndex(a[0], a[1]);
                if (i == null) {
                    throw PythonErrors.valueError("%s is not in range", PyOps.repr(a[1]));
                }
                return IntOps.normalize(i);
            }
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
            if (a[0] instanceof PBigRange) {
                return bigCount(a[0], a[1]);
            }
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
        BuiltinDef.method(R, "__eq__", "(self, other, /)", a -> isRange(a[1]) ? bigEquals(a[0], a[1]) : SequenceSupport.NI);
        BuiltinDef.method(R, "__ne__", "(self, other, /)", a -> isRange(a[1]) ? !bigEquals(a[0], a[1]) : SequenceSupport.NI);
        BuiltinDef.method(R, "__hash__", "(self, /)", a -> {
            if (a[0] instanceof PBigRange b) {
                BigInteger n = b.getLength();
                Object[] t = n.signum() == 0 ? new Object[]{0L, PNone.NONE, PNone.NONE}
                                : n.equals(BigInteger.ONE) ? new Object[]{1L, IntOps.normalize(b.getStart()), PNone.NONE}
                                                : new Object[]{IntOps.normalize(n), IntOps.normalize(b.getStart()), IntOps.normalize(b.getStep())};
                return ProtocolImpl.hashTuple(t);
            }
            PRange r = (PRange) a[0];
            long n = r.getLength();
            Object[] t = n == 0 ? new Object[]{0L, PNone.NONE, PNone.NONE}
                            : n == 1 ? new Object[]{1L, r.getStart(), PNone.NONE} : new Object[]{n, r.getStart(), r.getStep()};
            return ProtocolImpl.hashTuple(t);
        });
        BuiltinDef.method(R, "__reduce__", "(self, /)", a -> {
            BigInteger[] r = view(a[0]);
            return new PTuple(new Object[]{R, new PTuple(new Object[]{IntOps.normalize(r[0]), IntOps.normalize(r[1]), IntOps.normalize(r[2])})});
        });
        BuiltinDef.getter(R, "start", self -> self instanceof PBigRange b ? IntOps.normalize(b.getStart()) : (Object) ((PRange) self).getStart());
        BuiltinDef.getter(R, "stop", self -> self instanceof PBigRange b ? IntOps.normalize(b.getStop()) : (Object) ((PRange) self).getStop());
        BuiltinDef.getter(R, "step", self -> self instanceof PBigRange b ? IntOps.normalize(b.getStep()) : (Object) ((PRange) self).getStep());
    }


    @TruffleBoundary
    static PythonObject make(long start, long stop, long step) {
        return PBigRange.fromLongs(start, stop, step);
    }

    /** A range from int bounds: a {@link PRange} when everything fits a long, else a {@link PBigRange}. */
    @TruffleBoundary
    static PythonObject makeAny(Object start, Object stop, Object step) {
        if (start instanceof Long a && stop instanceof Long b && step instanceof Long c) {
            return make(a, b, c);
        }
        BigInteger st = IntOps.big(step);
        if (st.signum() == 0) {
            throw PythonErrors.valueError("range() arg 3 must not be zero");
        }
        return normalizeRange(IntOps.big(start), IntOps.big(stop), st);
    }

    private static boolean fits(BigInteger b) {
        return b.bitLength() < 64;
    }

    static PythonObject normalizeRange(BigInteger start, BigInteger stop, BigInteger step) {
        if (fits(start) && fits(stop) && fits(step)) {
            return make(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PBigRange(start, stop, step);
    }

    static boolean isRange(Object o) {
        return o instanceof PRange || o instanceof PBigRange;
    }

    /** start, stop, step, length of either kind of range. */
    static BigInteger[] view(Object r) {
        if (r instanceof PBigRange b) {
            return new BigInteger[]{b.getStart(), b.getStop(), b.getStep(), b.getLength()};
        }
        PRange p = (PRange) r;
        return new BigInteger[]{BigInteger.valueOf(p.getStart()), BigInteger.valueOf(p.getStop()), BigInteger.valueOf(p.getStep()),
                        BigInteger.valueOf(p.getLength())};
    }

    static long bigLength(PBigRange b) {
        if (!fits(b.getLength())) {
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return b.getLength().longValue();
    }

    @TruffleBoundary
    static boolean bigEquals(Object x, Object y) {
        if (x == y) {
            return true;
        }
        BigInteger[] a = view(x);
        BigInteger[] b = view(y);
        if (!a[3].equals(b[3])) {
            return false;
        }
        if (a[3].signum() == 0) {
            return true;
        }
        if (!a[0].equals(b[0])) {
            return false;
        }
        return a[3].equals(BigInteger.ONE) || a[2].equals(b[2]);
    }

    /** The position of {@code key} in the range, or null when absent. */
    @TruffleBoundary
    static BigInteger bigIndex(Object r, Object key) {
        BigInteger[] v = view(r);
        if (key instanceof Long || key instanceof Boolean || key instanceof BigInteger) {
            BigInteger k = IntOps.big(key instanceof Boolean bo ? (Object) (bo ? 1L : 0L) : key);
            boolean inside = v[2].signum() > 0 ? k.compareTo(v[0]) >= 0 && k.compareTo(v[1]) < 0 : k.compareTo(v[0]) <= 0 && k.compareTo(v[1]) > 0;
            if (!inside) {
                return null;
            }
            BigInteger[] qr = k.subtract(v[0]).divideAndRemainder(v[2]);
            return qr[1].signum() == 0 ? qr[0] : null;
        }
        BigInteger i = BigInteger.ZERO;
        for (BigInteger x = v[0]; i.compareTo(v[3]) < 0; i = i.add(BigInteger.ONE), x = x.add(v[2])) {
            if (PyOps.equals(IntOps.normalize(x), key)) {
                return i;
            }
        }
        return null;
    }

    @TruffleBoundary
    static Object bigCount(Object r, Object key) {
        if (key instanceof Long || key instanceof Boolean || key instanceof BigInteger) {
            return bigIndex(r, key) != null ? 1L : 0L;
        }
        BigInteger[] v = view(r);
        long c = 0;
        BigInteger i = BigInteger.ZERO;
        for (BigInteger x = v[0]; i.compareTo(v[3]) < 0; i = i.add(BigInteger.ONE), x = x.add(v[2])) {
            if (PyOps.equals(IntOps.normalize(x), key)) {
                c++;
            }
        }
        return c;
    }

    @TruffleBoundary
    static Object bigGetItem(Object r, Object key) {
        BigInteger[] v = view(r);
        if (key instanceof PSlice s) {
            BigInteger step = s.getStep() == PNone.NONE ? BigInteger.ONE : IntOps.big(PyOps.index(s.getStep()));
            if (step.signum() == 0) {
                throw PythonErrors.valueError("slice step cannot be zero");
            }
            BigInteger length = v[3];
            BigInteger lower = step.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
            BigInteger upper = step.signum() < 0 ? length.subtract(BigInteger.ONE) : length;
            BigInteger start = sliceBound(s.getStart(), step.signum() < 0 ? upper : lower, length, lower, upper);
            BigInteger stop = sliceBound(s.getStop(), step.signum() < 0 ? lower : upper, length, lower, upper);
            return normalizeRange(v[0].add(start.multiply(v[2])), v[0].add(stop.multiply(v[2])), v[2].multiply(step));
        }
        if (!SequenceSupport.isIndex(key)) {
            throw PythonErrors.typeError("range indices must be integers or slices, not %s", BuiltinTypes.typeOf(key).getName());
        }
        BigInteger idx = IntOps.big(PyOps.index(key));
        if (idx.signum() < 0) {
            idx = idx.add(v[3]);
        }
        if (idx.signum() < 0 || idx.compareTo(v[3]) >= 0) {
            throw PythonErrors.indexError("range object index out of range");
        }
        return IntOps.normalize(v[0].add(idx.multiply(v[2])));
    }

    private static BigInteger sliceBound(Object o, BigInteger dflt, BigInteger length, BigInteger lower, BigInteger upper) {
        if (o == PNone.NONE) {
            return dflt;
        }
        BigInteger i = IntOps.big(PyOps.index(o));
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
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
