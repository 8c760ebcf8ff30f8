package org.cinderj.runtime.iterator;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.PythonClass;

/**
 * The builtin iterators implemented in Java. {@code PyOps.next} calls {@link #next()} directly
 * when the iterator's class is a builtin one (a Python subclass of e.g. {@code enumerate} may
 * override {@code __next__}, so it goes through the dunder).
 */
public abstract class PIterator extends PythonObject {
    protected PIterator(PythonClass cls) {
        super(cls);
    }

    /** The next item, or null when exhausted (no StopIteration is raised). */
    public abstract Object next();

    /** {@code __length_hint__}, or -1 when this iterator type has none. */
    public long lengthHint() {
        return -1;
    }

    /**
     * The {@code (callable, args[, state])} of {@code __reduce__} as CPython's iterator of this
     * type gives it, or null when this type cannot be pickled. {@code iter} is builtins.iter.
     */
    public Object[] reduce(Object iter) {
        return null;
    }

    /** {@code __setstate__(index)}, clamped to the sequence as CPython does. */
    public void setState(long state) {
        throw new UnsupportedOperationException(getClass().getSimpleName());
    }

    protected static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
