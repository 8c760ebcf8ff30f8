package org.cinderj.runtime.iterator;

import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code list_iterator}: sees appends made during iteration, as CPython's does. */
public final class PListIterator extends PIterator {
    private PList list;
    private int index;

    public PListIterator(PList list) {
        super(BuiltinTypes.LIST_ITERATOR);
        this.list = list;
    }

    @Override
    public Object next() {
        PList l = list;
        if (l != null && index < l.size()) {
            return l.get(index++);
        }
        list = null;
        return null;
    }

    @Override
    public long lengthHint() {
        return list == null ? 0 : Math.max(0, list.size() - index);
    }

    @Override
    public Object[] reduce(Object iter) {
        return list == null ? new Object[]{iter, new PTuple(new Object[]{new PList()})} : new Object[]{iter, new PTuple(new Object[]{list}), (long) index};
    }

    @Override
    public void setState(long state) {
        if (list != null) {
            index = (int) clamp(state, 0, list.size());
        }
    }

    public PList getList() {
        return list;
    }

    public int getIndex() {
        return index;
    }

    public void setIndex(int i) {
        index = i;
    }
}
