package org.cinderj.runtime.bytes;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * A one-dimensional {@code memoryview} over a bytes or bytearray object: items of
 * {@code itemsize} bytes (native struct format) starting at {@code offset}, {@code stride} bytes
 * apart. A view of a bytearray sees later writes to it.
 */
public final class PMemoryView extends PythonObject {
    public final Object obj;
    public final int offset;
    public final int length;
    public final int stride;
    public final int itemsize;
    public final String format;
    public final boolean readonly;
    private boolean released;

    public PMemoryView(Object obj, int offset, int length, int stride, int itemsize, String format, boolean readonly) {
        super(BuiltinTypes.MEMORYVIEW);
        this.obj = obj;
        this.offset = offset;
        this.length = length;
        this.stride = stride;
        this.itemsize = itemsize;
        this.format = format;
        this.readonly = readonly;
    }

    public boolean isReleased() {
        return released;
    }

    public void release() {
        released = true;
    }

    /** The exporter's current storage. */
    public byte[] store() {
        return obj instanceof PBytes b ? b.getBytes() : ((PByteArray) obj).getStore();
    }

    /** A copy of the viewed bytes, in order. */
    public byte[] toBytes() {
        byte[] src = store();
        byte[] out = new byte[length * itemsize];
        for (int i = 0; i < length; i++) {
            System.arraycopy(src, offset + i * stride, out, i * itemsize, itemsize);
        }
        return out;
    }
}
