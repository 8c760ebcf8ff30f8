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
}
