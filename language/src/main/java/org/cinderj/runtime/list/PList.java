package org.cinderj.runtime.list;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Arrays;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * {@code list}: a growable array. The storage array may be longer than {@link #size()}; slots
 * past the size are null.
 */
public final class PList extends PythonObject {
    private Object[] store;
    private int size;

    public PList() {
        this(BuiltinTypes.LIST, new Object[4], 0);
    }

    public PList(Object[] items) {
        this(BuiltinTypes.LIST, items, items.length);
    }

    public PList(PythonClass cls) {
        this(cls, new Object[4], 0);
    }

    public PList(PythonClass cls, Object[] store, int size) {
        super(cls);
        this.store = store;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return store[i];
    }

    public void set(int i, Object value) {
        store[i] = value;
    }

    /** The backing array; only the first {@link #size()} entries are items. */
    public Object[] getStore() {
        return store;
    }

    public void setStore(Object[] store, int size) {
        this.store = store;
        this.size = size;
    }

    public void append(Object value) {
        if (size == store.length) {
            grow(size + 1);
        }
        store[size++] = value;
    }

    @TruffleBoundary
    public void ensureCapacity(int capacity) {
        if (capacity > store.length) {
            grow(capacity);
        }
    }

    @TruffleBoundary
    private void grow(int minCapacity) {
        int newCapacity = Math.max(minCapacity, store.length + (store.length >> 1) + 4);
        store = Arrays.copyOf(store, newCapacity);
    }

    /** A fresh array of exactly the items. */
    public Object[] toArray() {
        return Arrays.copyOf(store, size);
    }

    public void clear() {
        store = new Object[4];
        size = 0;
    }
}
