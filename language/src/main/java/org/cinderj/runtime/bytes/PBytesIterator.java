package org.cinderj.runtime.bytes;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.PythonClass;

/** {@code iter(bytes)} / {@code iter(bytearray)}: yields ints; a bytearray is read live, as CPython does. */
public final class PBytesIterator extends PythonObject {
    private Object source;
    private int position;

    public PBytesIterator(PythonClass cls, Object source) {
        super(cls);
        this.source = source;
    }

    /** The next byte as a Long, or null when exhausted. */
    public Object next() {
        if (source == null) {
            return null;
        }
        byte[] data;
        int len;
        if (source instanceof PBytes b) {
            data = b.getBytes();
            len = data.length;
        } else {
            PByteArray ba = (PByteArray) source;
            data = ba.getStore();
            len = ba.length();
        }
        if (position >= len) {
            source = null;
            return null;
        }
        return (long) (data[position++] & 0xff);
    }

    public int remaining() {
        if (source == null) {
            return 0;
        }
        int len = source instanceof PBytes b ? b.length() : ((PByteArray) source).length();
        return Math.max(0, len - position);
    }
}
