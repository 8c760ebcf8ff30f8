package org.cinderj.runtime.iterator;

import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code reversed(seq)} over the sequence protocol ({@code __len__} and {@code __getitem__}). */
public final class PReversed extends PIterator {
    private Object seq;
    private long index;

    public PReversed(PythonClass cls, Object seq, long length) {
        super(cls);
        this.seq = seq;
        this.index = length - 1;
    }

    @Override
    public Object next() {
        if (seq == null || index < 0) {
            seq = null;
            return null;
        }
        try {
            return PyOps.getItem(seq, index--);
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
        return seq == null ? new Object[]{getPythonClass(), new PTuple(new Object[]{PTuple.EMPTY})}
                        : new Object[]{getPythonClass(), new PTuple(new Object[]{seq}), index};
    }

    @Override
    public void setState(long state) {
        if (seq != null) {
            index = clamp(state, -1, PyOps.length(seq) - 1);
        }
    }

    @Override
    public long lengthHint() {
        return seq == null ? 0 : index + 1;
    }
}
