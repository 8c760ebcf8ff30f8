package org.cinderj.runtime.iterator;

import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** Iterator over a fixed array: {@code tuple_iterator}. */
public final class PArrayIterator extends PIterator {
    private Object[] items;
    private int index;

    public PArrayIterator(Object[] items) {
        this(BuiltinTypes.TUPLE_ITERATOR, items);
    }

    public PArrayIterator(PythonClass cls, Object[] items) {
        super(cls);
        this.items = items;
    }

    @Override
    public Object next() {
        Object[] a = items;
        if (a != null && index < a.length) {
            return a[index++];
        }
        items = null;
        return null;
    }

    @Override
    public long lengthHint() {
        return items == null ? 0 : items.length - index;
    }

    /** Only as tuple_iterator, over a tuple's items. */
    @Override
    public Object[] reduce(Object iter) {
        if (getPythonClass() != BuiltinTypes.TUPLE_ITERATOR) {
            return null;
        }
        return items == null ? new Object[]{iter, new PTuple(new Object[]{PTuple.EMPTY})} : new Object[]{iter, new PTuple(new Object[]{new PTuple(items)}), (long) index};
    }

    @Override
    public void setState(long state) {
        if (items != null) {
            index = (int) clamp(state, 0, items.length);
        }
    }

    public int getIndex() {
        return index;
    }

    public void setIndex(int i) {
        index = i;
    }

    public Object[] getItems() {
        return items;
    }
}
