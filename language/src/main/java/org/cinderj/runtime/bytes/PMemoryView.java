package org.cinderj.runtime.bytes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.number.FloatOps;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * {@code memoryview}: a strided view of the bytes of a {@link PBytes} or {@link PByteArray}
 * exporter. Elements are native (little-endian x86-64) struct items of {@link #getFormat()}.
 * A bytearray's store is fetched on every access, since the bytearray may reallocate it.
 */
public final class PMemoryView extends PythonObject {
    /** The object owning the bytes: a PBytes or a PByteArray. */
    private final Object exporter;
    private final int offset;
    private final String format;
    private final char code;
    private final int itemsize;
    private final int[] shape;
    private final int[] strides;
    private final boolean readonly;
    /** One past the highest byte this view touches (relative to the exporter's start). */
    private final int extent;
    private boolean released;

    private PMemoryView(Object exporter, int offset, String format, int itemsize, int[] shape, int[] strides, boolean readonly) {
        super(BuiltinTypes.MEMORYVIEW);
        this.exporter = exporter;
        this.offset = offset;
        this.format = format;
        this.code = format.charAt(format.length() - 1);
        this.itemsize = itemsize;
        this.shape = shape;
        this.strides = strides;
        this.readonly = readonly;
        int hi = offset + itemsize;
        boolean empty = false;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 0) {
                empty = true;
            } else if (strides[d] > 0) {
                hi += strides[d] * (shape[d] - 1);
            }
        }
        this.extent = empty ? 0 : hi;
    }

    /** A view of the whole of a bytes-like object, or null when {@code o} exports no buffer. */
    public static PMemoryView of(Object o) {
        if (o instanceof PMemoryView mv) {
            mv.checkReleased();
            return new PMemoryView(mv.exporter, mv.offset, mv.format, mv.itemsize, mv.shape, mv.strides, mv.readonly);
        } else if (o instanceof PBytes b) {
            return new PMemoryView(b, 0, "B", 1, new int[]{b.length()}, new int[]{1}, true);
        } else if (o instanceof PByteArray ba) {
            return new PMemoryView(ba, 0, "B", 1, new int[]{ba.length()}, new int[]{1}, false);
        }
        return null;
    }

    /** A view of the same buffer with another layout. */
    public PMemoryView derive(int newOffset, String newFormat, int newItemsize, int[] newShape, int[] newStrides, boolean newReadonly) {
        return new PMemoryView(exporter, newOffset, newFormat, newItemsize, newShape, newStrides, newReadonly);
    }

    public void checkReleased() {
        if (released) {
            throw PythonErrors.valueError("operation forbidden on released memoryview object");
        }
    }

    public boolean isReleased() {
        return released;
    }

    public void release() {
        released = true;
    }

    /** The exporter ({@code obj}). */
    public Object getObj() {
        return exporter;
    }

    public int getOffset() {
        return offset;
    }

    public String getFormat() {
        return format;
    }

    /** The struct code of the format, without its '@' prefix. */
    public char getCode() {
        return code;
    }

    public int getItemsize() {
        return itemsize;
    }

    public int getNdim() {
        return shape.length;
    }

    public int[] getDims() {
        return shape;
    }

    public int[] getStrides() {
        return strides;
    }

    public boolean isReadonly() {
        return readonly;
    }

    public int itemCount() {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    public int nbytes() {
        return itemCount() * itemsize;
    }

    /** The exporter's current array (checked against this view's extent). */
    public byte[] array() {
        if (exporter instanceof PBytes b) {
            return b.getBytes();
        }
        PByteArray ba = (PByteArray) exporter;
        if (ba.length() < extent) {
            throw PythonErrors.raise(BuiltinTypes.BUFFER_ERROR, "memoryview: underlying bytearray was resized");
        }
        return ba.getStore();
    }

    public boolean isCContiguous() {
        if (itemCount() == 0) {
            return true;
        }
        int sd = itemsize;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] > 1 && strides[d] != sd) {
                return false;
            }
            sd *= shape[d];
        }
        return true;
    }

    public boolean isFContiguous() {
        if (itemCount() == 0) {
            return true;
        }
        int sd = itemsize;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] > 1 && strides[d] != sd) {
                return false;
            }
            sd *= shape[d];
        }
        return true;
    }

    /** The content in C (row-major) order, or in Fortran order when {@code fortran}. */
    @TruffleBoundary
    public byte[] toBytes(boolean fortran) {
        checkReleased();
        byte[] a = array();
        int n = nbytes();
        byte[] out = new byte[n];
        if (!fortran && isCContiguous()) {
            if (n > 0) {
                System.arraycopy(a, offset, out, 0, n);
            }
            return out;
        }
        int count = itemCount();
        int nd = shape.length;
        int[] idx = new int[nd];
        for (int k = 0; k < count; k++) {
            int pos = offset;
            for (int d = 0; d < nd; d++) {
                pos += idx[d] * strides[d];
            }
            System.arraycopy(a, pos, out, k * itemsize, itemsize);
            // advance the multi-index: the last dimension fastest (C) or the first (Fortran)
            if (fortran) {
                for (int d = 0; d < nd; d++) {
                    if (++idx[d] < shape[d]) {
                        break;
                    }
                    idx[d] = 0;
                }
            } else {
                for (int d = nd - 1; d >= 0; d--) {
                    if (++idx[d] < shape[d]) {
                        break;
                    }
                    idx[d] = 0;
                }
            }
        }
        return out;
    }

    /** The byte position of the item at {@code index} of a 1-D view (index already in range). */
    public int position(int index) {
        return offset + index * strides[0];
    }

    /** The size of one item of a native format code ('@' prefix allowed), or -1 if unsupported by memoryview. */
    public static int nativeItemsize(String fmt) {
        String f = fmt.startsWith("@") ? fmt.substring(1) : fmt;
        if (f.length() != 1) {
            return -1;
        }
        return switch (f.charAt(0)) {
            case 'c', 'b', 'B', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P' -> 8;
            default -> -1;
        };
    }

    public static boolean isByteFormat(char c) {
        return c == 'B' || c == 'b' || c == 'c';
    }

    private static long readLE(byte[] a, int pos, int size) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = (v << 8) | (a[pos + i] & 0xffL);
        }
        return v;
    }

    private static void writeLE(byte[] a, int pos, int size, long v) {
        for (int i = 0; i < size; i++) {
            a[pos + i] = (byte) v;
            v >>>= 8;
        }
    }

    /** The Python value of the item at byte position {@code pos}. */
    public Object unpack(byte[] a, int pos) {
        switch (code) {
            case 'B':
                return (long) (a[pos] & 0xff);
            case 'b':
                return (long) a[pos];
            case 'c':
                return BytesOps.newBytes(new byte[]{a[pos]});
            case '?':
                return a[pos] != 0;
            case 'h':
                return (long) (short) readLE(a, pos, 2);
            case 'H':
                return readLE(a, pos, 2);
            case 'i':
                return (long) (int) readLE(a, pos, 4);
            case 'I':
                return readLE(a, pos, 4);
            case 'l', 'q', 'n':
                return readLE(a, pos, 8);
            case 'L', 'Q', 'N', 'P': {
                long v = readLE(a, pos, 8);
                return v >= 0 ? (Object) v : unsignedBig(v);
            }
            case 'f':
                return (double) Float.intBitsToFloat((int) readLE(a, pos, 4));
            case 'd':
                return Double.longBitsToDouble(readLE(a, pos, 8));
            case 'e':
                return (double) Float.float16ToFloat((short) readLE(a, pos, 2));
            default:
                throw PythonErrors.notImplementedError("memoryview: format %s not supported", format);
        }
    }

    @TruffleBoundary
    private static Object unsignedBig(long v) {
        return BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64));
    }

    private PythonErrorsHolder errors() {
        return new PythonErrorsHolder(format);
    }

    private record PythonErrorsHolder(String format) {
        RuntimeException type() {
            return PythonErrors.typeError("memoryview: invalid type for format '%s'", format);
        }

        RuntimeException value() {
            return PythonErrors.valueError("memoryview: invalid value for format '%s'", format);
        }
    }

    /** Stores {@code value} as the item at byte position {@code pos} (checking type and range). */
    @TruffleBoundary
    public void pack(byte[] a, int pos, Object value) {
        switch (code) {
            case 'c': {
                if (!(value instanceof PBytes b)) {
                    throw errors().type();
                }
                if (b.length() != 1) {
                    throw errors().value();
                }
                a[pos] = b.getBytes()[0];
                return;
            }
            case '?':
                a[pos] = (byte) (PyOps.isTrue(value) ? 1 : 0);
                return;
            case 'f', 'd', 'e': {
                double d = toDouble(value);
                if (code == 'f') {
                    writeLE(a, pos, 4, Float.floatToRawIntBits((float) d));
                } else if (code == 'd') {
                    writeLE(a, pos, 8, Double.doubleToRawLongBits(d));
                } else {
                    writeLE(a, pos, 2, Float.floatToFloat16((float) d));
                }
                return;
            }
            default:
                break;
        }
        Object i = IntOps.asInt(value);
        if (i == null) {
            if (value instanceof Double || PyOps.lookupSpecial(value, "__index__") == null) {
                throw errors().type();
            }
            i = PyOps.index(value);
        }
        boolean unsigned = Character.isUpperCase(code) || code == 'P';
        int size = itemsize;
        long v;
        if (i instanceof Long l) {
            v = l;
            if (unsigned) {
                if (v < 0 || (size < 8 && v >= (1L << (size * 8)))) {
                    throw errors().value();
                }
            } else if (size < 8) {
                long lim = 1L << (size * 8 - 1);
                if (v < -lim || v >= lim) {
                    throw errors().value();
                }
            }
        } else {
            BigInteger b = (BigInteger) i;
            if (!unsigned || b.signum() < 0 || b.bitLength() > 64 || size < 8) {
                throw errors().value();
            }
            v = b.longValue();
        }
        writeLE(a, pos, size, v);
    }

    private double toDouble(Object value) {
        Double d = FloatOps.asDouble(value);
        if (d != null) {
            return d;
        }
        if (PyOps.lookupSpecial(value, "__float__") != null) {
            Object r = PyOps.callSpecial(value, "__float__");
            Double rd = FloatOps.asDouble(r);
            if (rd != null && !(r instanceof Long) && !(r instanceof Boolean)) {
                return rd;
            }
            throw PythonErrors.typeError("%s.__float__ returned non-float (type %s)", BuiltinTypes.typeOf(value).getName(),
                            BuiltinTypes.typeOf(r).getName());
        }
        if (PyOps.lookupSpecial(value, "__index__") != null) {
            return IntOps.toDouble(PyOps.index(value));
        }
        throw errors().type();
    }

    @Override
    public String toString() {
        return (released ? "<released memory at 0x" : "<memory at 0x") + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
