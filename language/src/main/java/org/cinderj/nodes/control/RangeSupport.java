package org.cinderj.nodes.control;

/**
 * Lets loops walk a {@code range} by index. The range type registers how to read its bounds
 * ({@link #setAccessor}), so the interpreter does not depend on the range implementation.
 */
public final class RangeSupport {
    private RangeSupport() {
    }

    /** Bounds of a range object; {@code length} already computed. */
    public static final class RangeState {
        public final long start;
        public final long step;
        public final long length;

        public RangeState(long start, long step, long length) {
            this.start = start;
            this.step = step;
            this.length = length;
        }
    }

    public interface Accessor {
        /** The class of range objects with long bounds. */
        Class<?> rangeClass();

        /** Null when the bounds do not fit in longs. */
        RangeState stateOf(Object range);
    }

    private static volatile Accessor accessor;

    public static void setAccessor(Accessor a) {
        accessor = a;
    }

    public static boolean isRange(Object o) {
        Accessor a = accessor;
        return a != null && a.rangeClass() == o.getClass() && a.stateOf(o) != null;
    }

    static RangeState toState(Object o) {
        return accessor.stateOf(o);
    }
}
