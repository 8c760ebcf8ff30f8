package org.cinderj.runtime.slice;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code slice(start, stop, step)}: the three fields are arbitrary objects (usually int or None). */
public final class PSlice extends PythonObject {
    private final Object start;
    private final Object stop;
    private final Object step;

    public PSlice(Object start, Object stop, Object step) {
        super(BuiltinTypes.SLICE);
        this.start = start;
        this.stop = stop;
        this.step = step;
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

    /** The result of {@link #indices}: normalised start, stop, step and the number of items. */
    public record Indices(int start, int stop, int step, int length) {
    }

    /**
     * CPython's {@code PySlice_GetIndicesEx}: clamps start/stop to a sequence of {@code length}
     * items; indices go through {@code __index__} and huge values saturate.
     */
    @TruffleBoundary
    public Indices indices(int length) {
        long stepV;
        if (step == PNone.NONE) {
            stepV = 1;
        } else {
            stepV = clampIndex(step);
            if (stepV == 0) {
                throw PythonErrors.valueError("slice step cannot be zero");
            }
        }
        long lower = stepV < 0 ? -1 : 0;
        long upper = stepV < 0 ? length - 1 : length;
        long startV;
        if (start == PNone.NONE) {
            startV = stepV < 0 ? upper : lower;
        } else {
            startV = clampIndex(start);
            if (startV < 0) {
                startV = Math.max(startV + length, lower);
            } else {
                startV = Math.min(startV, upper);
            }
        }
        long stopV;
        if (stop == PNone.NONE) {
            stopV = stepV < 0 ? lower : upper;
        } else {
            stopV = clampIndex(stop);
            if (stopV < 0) {
                stopV = Math.max(stopV + length, lower);
            } else {
                stopV = Math.min(stopV, upper);
            }
        }
        long count;
        if (stepV < 0) {
            count = stopV < startV ? (startV - stopV - 1) / (-stepV) + 1 : 0;
        } else {
            count = startV < stopV ? (stopV - startV - 1) / stepV + 1 : 0;
        }
        int stepI = (int) Math.max(Math.min(stepV, Integer.MAX_VALUE), -Integer.MAX_VALUE);
        return new Indices((int) startV, (int) stopV, stepI, (int) count);
    }

    /** An index of a slice as a long, saturated to the long range (CPython's _PyEval_SliceIndex). */
    private static long clampIndex(Object o) {
        Object i;
        if (o instanceof Long || o instanceof java.math.BigInteger) {
            i = o;
        } else if (o instanceof Boolean b) {
            i = b ? 1L : 0L;
        } else {
            if (PyOps.lookupSpecial(o, "__index__") == null) {
                throw PythonErrors.typeError("slice indices must be integers or None or have an __index__ method");
            }
            i = PyOps.index(o);
        }
        if (i instanceof Long l) {
            return l;
        }
        return ((java.math.BigInteger) i).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    @Override
    public String toString() {
        return "slice(" + start + ", " + stop + ", " + step + ")";
    }
}
