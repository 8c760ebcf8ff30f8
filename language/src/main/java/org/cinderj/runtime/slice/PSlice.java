package org.cinderj.runtime.slice;

import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code slice(start, stop, step)}; absent parts are None. Index computation is in {@code SliceBuiltins}. */
public final class PSlice extends PythonObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PSlice(Object start, Object stop, Object step) {
        super(BuiltinTypes.SLICE);
        this.start = start == null ? PNone.NONE : start;
        this.stop = stop == null ? PNone.NONE : stop;
        this.step = step == null ? PNone.NONE : step;
    }

    public Object getStart() {
        return start;
    }

    public Object getStop() {
        return stop;
    }

    public Object getStep() {
        return step;
    }

    /** The result of {@code slice.indices(length)}: start, stop, step and the item count. */
    public record Indices(int start, int stop, int step, int length) {
    }

    private static long bound(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (!(o instanceof java.math.BigInteger || o instanceof Boolean) && org.cinderj.runtime.type.BuiltinTypes.typeOf(o).lookup("__index__") == null) {
            throw org.cinderj.runtime.exception.PythonErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return org.cinderj.runtime.ProtocolImpl.asIndexClamped(o);
    }

    /**
     * CPython's {@code PySlice_Unpack} + {@code PySlice_AdjustIndices} for a sequence of
     * {@code length} items: {start, stop, step, slicelength}.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public long[] computeIndices(long length) {
        long st;
        if (step == PNone.NONE) {
            st = 1;
        } else {
            st = bound(step);
            if (st == 0) {
                throw org.cinderj.runtime.exception.PythonErrors.valueError("slice step cannot be zero");
            }
            if (st < -Long.MAX_VALUE) {
                st = -Long.MAX_VALUE;
            }
        }
        long lo = start == PNone.NONE ? (st < 0 ? Long.MAX_VALUE : 0) : bound(start);
        long hi = stop == PNone.NONE ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : bound(stop);
        lo = adjust(lo, length, st);
        hi = adjust(hi, length, st);
        long n;
        if (st < 0) {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        return new long[]{lo, hi, st, n};
    }

    private static long adjust(long i, long length, long step) {
        if (i < 0) {
            i += length;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    }

    /** {@link #computeIndices} for Java-array-sized sequences. */
    public Indices indices(int length) {
        long[] r = computeIndices(length);
        return new Indices((int) r[0], (int) r[1], (int) r[2], (int) r[3]);
    }

    @Override
    public String toString() {
        return "slice(" + start + ", " + stop + ", " + step + ")";
    }
}
