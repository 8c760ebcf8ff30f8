package org.cinderj.runtime.iterator;

import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.type.PythonClass;

/** {@code map(func, *iterables)}. */
public final class PMap extends PIterator {
    private final Object function;
    private final Object[] iterators;

    public PMap(PythonClass cls, Object function, Object[] iterators) {
        super(cls);
        this.function = function;
        this.iterators = iterators;
    }

    @Override
    public Object next() {
        Object[] args = new Object[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            Object v = PyOps.next(iterators[i]);
            if (v == null) {
                return null;
            }
            args[i] = v;
        }
        return CallSupport.call(function, args);
    }
}
