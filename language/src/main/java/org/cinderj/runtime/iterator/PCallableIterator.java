package org.cinderj.runtime.iterator;

import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code callable_iterator}: {@code iter(callable, sentinel)}. */
public final class PCallableIterator extends PIterator {
    private Object callable;
    private final Object sentinel;

    public PCallableIterator(Object callable, Object sentinel) {
        super(BuiltinTypes.CALLABLE_ITERATOR);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public Object next() {
        Object c = callable;
        if (c == null) {
            return null;
        }
        Object v;
        try {
            v = CallSupport.call(c);
        } catch (PException e) {
            if (PythonErrors.isInstance(e, BuiltinTypes.STOP_ITERATION)) {
                callable = null;
                return null;
            }
            throw e;
        }
        if (PyOps.equals(v, sentinel)) {
            callable = null;
            return null;
        }
        return v;
    }
}
