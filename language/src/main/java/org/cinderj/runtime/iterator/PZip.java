package org.cinderj.runtime.iterator;

import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.PythonClass;

/** {@code zip(*iterables, strict=False)}. */
public final class PZip extends PIterator {
    private Object[] iterators;
    private final boolean strict;

    public PZip(PythonClass cls, Object[] iterators, boolean strict) {
        super(cls);
        this.iterators = iterators;
        this.strict = strict;
    }

    @Override
    public Object next() {
        Object[] its = iterators;
        if (its == null || its.length == 0) {
            return null;
        }
        Object[] items = new Object[its.length];
        for (int i = 0; i < its.length; i++) {
            Object v = PyOps.next(its[i]);
            if (v == null) {
                iterators = null;
                if (strict) {
                    if (i > 0) {
                        throw PythonErrors.valueError("zip() argument %d is shorter than argument%s%d", i + 1, i == 1 ? " " : "s 1-", i);
                    }
                    for (int j = 1; j < its.length; j++) {
                        if (PyOps.next(its[j]) != null) {
                            throw PythonErrors.valueError("zip() argument %d is longer than argument%s%d", j + 1, j == 1 ? " " : "s 1-", j);
                        }
                    }
                }
                return null;
            }
            items[i] = v;
        }
        return new PTuple(items);
    }
}
