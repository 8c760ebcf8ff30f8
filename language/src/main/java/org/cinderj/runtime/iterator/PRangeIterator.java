package org.cinderj.runtime.iterator;

import org.cinderj.runtime.type.BuiltinTypes;

/** {@code range_iterator}. */
public final class PRangeIterator extends PIterator {
    private long next;
    private final long step;
    private long remaining;

    public PRangeIterator(long start, long step, long length) {
        super(BuiltinTypes.RANGE_ITERATOR);
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    @Override
    public Object next() {
        if (remaining <= 0) {
            return null;
        }
        remaining--;
        long v = next;
        next = v + step;
        return v;
    }

    /** Unboxed variant for loops over ranges: check {@link #hasNext} first. */
    public long nextLong() {
        remaining--;
        long v = next;
        next = v + step;
        return v;
    }

    public boolean hasNext() {
        return remaining > 0;
    }

    @Override
    public long lengthHint() {
        return Math.max(0, remaining);
    }
}
