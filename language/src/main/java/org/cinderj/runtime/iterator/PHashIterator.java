package org.cinderj.runtime.iterator;

import org.cinderj.runtime.dict.HashTable;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.PythonClass;

/**
 * Iterator over a dict or set table: {@code dict_keyiterator}, {@code dict_valueiterator},
 * {@code dict_itemiterator}, {@code set_iterator}. Raises RuntimeError when the container changes
 * size under it, as CPython does.
 */
public final class PHashIterator extends PIterator {
    public static final int KEYS = 0;
    public static final int VALUES = 1;
    public static final int ITEMS = 2;

    private HashTable table;
    private final int kind;
    private final boolean isSet;
    private final int initialSize;
    private int pos;
    private int yielded;

    public PHashIterator(PythonClass cls, HashTable table, int kind, boolean isSet) {
        super(cls);
        this.table = table;
        this.kind = kind;
        this.isSet = isSet;
        this.initialSize = table.size();
    }

    /** Reversed iteration is not supported by this class (see {@code dict.__reversed__}). */
    @Override
    public Object next() {
        HashTable t = table;
        if (t == null) {
            return null;
        }
        if (t.size() != initialSize) {
            table = null;
            throw PythonErrors.runtimeError(isSet ? "Set changed size during iteration" : "dictionary changed size during iteration");
        }
        int used = t.usedSlots();
        while (pos < used) {
            PDict.Entry e = t.entryAt(pos++);
            if (e != null) {
                if (yielded == initialSize && !isSet) {
                    // more keys than the dict had, at the same size: keys were deleted and added
                    table = null;
                    throw PythonErrors.runtimeError("dictionary keys changed during iteration");
                }
                yielded++;
                switch (kind) {
                    case KEYS:
                        return e.key;
                    case VALUES:
                        return e.value;
                    default:
                        return new PTuple(new Object[]{e.key, e.value});
                }
            }
        }
        table = null;
        return null;
    }

    /** CPython pickles the items not yet produced, as {@code iter(list)}; this iterator is not advanced. */
    @Override
    public Object[] reduce(Object iter) {
        PList rest = new PList();
        HashTable t = table;
        if (t != null) {
            int used = t.usedSlots();
            for (int p = pos; p < used; p++) {
                PDict.Entry e = t.entryAt(p);
                if (e != null) {
                    rest.append(kind == KEYS ? e.key : kind == VALUES ? e.value : new PTuple(new Object[]{e.key, e.value}));
                }
            }
        }
        return new Object[]{iter, new PTuple(new Object[]{rest})};
    }

    @Override
    public long lengthHint() {
        return table == null ? 0 : Math.max(0, initialSize - yielded);
    }
}
