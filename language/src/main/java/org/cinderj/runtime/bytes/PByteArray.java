package org.cinderj.runtime.bytes;

import java.util.Arrays;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code bytearray}: a growable byte array; bytes past {@link #length()} are unused capacity. */
public final class PByteArray extends PythonObject {
    private byte[] store;
    private int length;

    public PByteArray(byte[] data) {
        this(BuiltinTypes.BYTEARRAY, data);
    }

    public PByteArray(PythonClass cls, byte[] data) {
        super(cls);
        this.store = data;
        this.length = data.length;
    }

    /** The backing array; only the first {@link #length()} bytes are content. */
    public byte[] getStore() {
        return store;
    }

    public int length() {
        return length;
    }

    /** A fresh copy of the content. */
    public byte[] toBytes() {
        return Arrays.copyOf(store, length);
    }

    /** Replaces the whole content (the array is taken, not copied). */
    public void setContent(byte[] data) {
        this.store = data;
        this.length = data.length;
    }

    public void ensureCapacity(int capacity) {
        if (capacity > store.length) {
            store = Arrays.copyOf(store, Math.max(capacity, store.length + (store.length >> 1) + 8));
        }
    }

    public void append(byte b) {
        ensureCapacity(length + 1);
        store[length++] = b;
    }

    public void appendAll(byte[] b, int n) {
        ensureCapacity(length + n);
        System.arraycopy(b, 0, store, length, n);
        length += n;
    }

    /** Replaces bytes [start, end) by {@code data[0:n]}. */
    public void replace(int start, int end, byte[] data, int n) {
        int newLen = length - (end - start) + n;
        byte[] out = new byte[Math.max(newLen, 8)];
        System.arraycopy(store, 0, out, 0, start);
        System.arraycopy(data, 0, out, start, n);
        System.arraycopy(store, end, out, start + n, length - end);
        store = out;
        length = newLen;
    }

    public void setLength(int n) {
        ensureCapacity(n);
        if (n < length) {
            Arrays.fill(store, n, length, (byte) 0);
        }
        length = n;
    }

    @Override
    public String toString() {
        return "bytearray(" + BytesOps.repr(store, length, "b") + ")";
    }
}
