package org.cinderj.runtime.iterator;

import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code list_reverseiterator} ({@code reversed(list)}). */
public final class PListReverseIterator extends PIterator {
    private PList list;
    private int index;

    public PListReverseIterator(PList list) {
        super(BuiltinTypes.LIST_REVERSEITERATOR);
        this.list = list;
        this.index = list.size() - 1;
    }

    @Override
    public Object next() {
        PList l = list;
        if (l != null && index >= 0 && index < l.size()) {
            return l.get(index--);
        }
        list = null;
        return null;
    }

    @Override
    public Object[] reduce(Object iter) {
        return list == null ? new Object[]{iter, new PTuple(new Object[]{new PList()})}
                        : new Object[]{BuiltinTypes.REVERSED, new PTuple(new Object[]{list}), (long) index};
    }

    @Override
    public void setState(long state) {
        if (list != null) {
            index = (int) clamp(state, -1, list.size() - 1);
        }
    }

    @Override
    public long lengthHint() {
        return list == null || index >= list.size() ? 0 : index + 1;
    }
}
