package org.cinderj.runtime.range;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * {@code range} with long bounds (ranges beyond the long range are rejected with OverflowError
 * by the constructor; CPython supports them, but they are rare).
 */
public final class PRange extends PythonObject {
    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    public PRange(long start, long stop, long step) {
        super(BuiltinTypes.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    public static long computeLength(long start, long stop, long step) {
        if (step > 0) {
            if (start >= stop) {
                return 0;
            }
            return Math.floorDiv(Math.subtractExact(stop, start) - 1, step) + 1;
        } else {
            if (start <= stop) {
                return 0;
            }
            return Math.floorDiv(Math.subtractExact(start, stop) - 1, -step) + 1;
        }
    }

    public long getStart() {
        return start;
    }

    public long getStop() {
        return stop;
    }

    public long getStep() {
        return step;
    }

    public long getLength() {
        return length;
    }

    /** The i-th element, 0 <= i < length. */
    public long item(long i) {
        return start + i * step;
    }
}
