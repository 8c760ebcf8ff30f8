package org.cinderj.runtime.iterator;

import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.PythonClass;

/** {@code filter(function or None, iterable)}. */
public final class PFilter extends PIterator {
    private final Object function;
    private final Object iterator;

    public PFilter(PythonClass cls, Object function, Object iterator) {
        super(cls);
        this.function = function;
        this.iterator = iterator;
    }

    @Override
    public Object next() {
        while (true) {
            Object v = PyOps.next(iterator);
            if (v == null) {
                return null;
            }
            boolean ok = function == PNone.NONE ? PyOps.isTrue(v) : PyOps.isTrue(CallSupport.call(function, v));
            if (ok) {
                return v;
            }
        }
    }
}
