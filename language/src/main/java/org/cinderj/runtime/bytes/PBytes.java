package org.cinderj.runtime.bytes;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code bytes} (and instances of its subclasses): an immutable byte array. Never mutate {@link #getBytes()}. */
public final class PBytes extends PythonObject {
    public static final PBytes EMPTY = new PBytes(new byte[0]);

    private final byte[] bytes;

    public PBytes(byte[] bytes) {
        super(BuiltinTypes.BYTES);
        this.bytes = bytes;
    }

    public PBytes(PythonClass cls, byte[] bytes) {
        super(cls);
        this.bytes = bytes;
    }

    public byte[] getBytes() {
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return BytesOps.repr(bytes, bytes.length, "b");
    }
}
