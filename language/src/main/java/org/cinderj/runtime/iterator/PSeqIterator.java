package org.cinderj.runtime.iterator;

import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code iterator}: iteration by the sequence protocol ({@code __getitem__} with 0, 1, 2, ...). */
public final class PSeqIterator extends PIterator {
    private Object seq;
    private long index;

    public PSeqIterator(Object seq) {
        super(BuiltinTypes.ITERATOR);
        this.seq = seq;
    }

    @Override
    public Object next() {
        Object s = seq;
        if (s == null) {
            return null;
        }
        try {
            return PyOps.getItem(s, index++);
        } catch (PException e) {
            if (PythonErrors.isInstance(e, BuiltinTypes.INDEX_ERROR) || PythonErrors.isInstance(e, BuiltinTypes.STOP_ITERATION)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }

    @Override
    public Object[] reduce(Object iter) {
        return seq == null ? new Object[]{iter, new PTuple(new Object[]{PTuple.EMPTY})} : new Object[]{iter, new PTuple(new Object[]{seq}), index};
    }

    @Override
    public void setState(long state) {
        if (seq != null) {
            index = Math.max(0, state);
        }
    }
}
