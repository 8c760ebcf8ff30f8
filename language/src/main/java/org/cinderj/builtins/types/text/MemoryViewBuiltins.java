package org.cinderj.builtins.types.text;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.builtins.types.core.Support;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.bytes.PByteArray;
import org.cinderj.runtime.bytes.PBytes;
import org.cinderj.runtime.bytes.PMemoryView;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PNotImplemented;
import org.cinderj.runtime.slice.PSlice;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code memoryview}: one-dimensional views of bytes and bytearray in the native struct formats. */
public final class MemoryViewBuiltins {
    private MemoryViewBuiltins() {
    }

    public static void install() {
        PythonClass M = BuiltinTypes.MEMORYVIEW;
        BuiltinDef.staticMethod(M, "__new__", "(type, object)", a -> create(a[1]));
        BuiltinDef.method(M, "__repr__", "(self, /)", a -> {
            PMemoryView mv = (PMemoryView) a[0];
            return (mv.isReleased() ? "<released memory at " : "<memory at ") + ProtocolImpl.addressOf(mv) + ">";
        });
        BuiltinDef.method(M, "__len__", "(self, /)", a -> (long) live(a[0]).length);
        BuiltinDef.method(M, "__getitem__", "(self, key, /)", a -> getItem(live(a[0]), a[1]));
        BuiltinDef.method(M, "__setitem__", "(self, key, value, /)", a -> {
            setItem(live(a[0]), a[1], a[2]);
            return PNone.NONE;
        });
        BuiltinDef.method(M, "__iter__", "(self, /)", a -> PyOps.getIter(tolist(live(a[0]))));
        BuiltinDef.method(M, "tobytes", "(self, order=None)", a -> BytesOps.newBytes(live(a[0]).toBytes()));
        BuiltinDef.method(M, "tolist", "(self, /)", a -> tolist(live(a[0])));
        BuiltinDef.method(M, "hex", "(self, sep=?, bytes_per_sep=1)", a -> {
            byte[] b = live(a[0]).toBytes();
            String sep = a[1] == Missing.VALUE ? null : PyOps.str(a[1]);
            return BytesOps.hex(b, b.length, sep, org.cinderj.builtins.modules.PyUtil.toLong(a[2]));
        });
        BuiltinDef.method(M, "cast", "(self, format, shape=?)", a -> cast(live(a[0]), a[1], a[2]));
        BuiltinDef.method(M, "toreadonly", "(self, /)", a -> {
            PMemoryView mv = live(a[0]);
            return new PMemoryView(mv.obj, mv.offset, mv.length, mv.stride, mv.itemsize, mv.format, true);
        });
        BuiltinDef.method(M, "release", "(self, /)", a -> {
            ((PMemoryView) a[0]).release();
            return PNone.NONE;
        });
        BuiltinDef.method(M, "__enter__", "(self, /)", a -> live(a[0]));
        BuiltinDef.method(M, "__exit__", "(self, /, *args)", a -> {
            ((PMemoryView) a[0]).release();
            return PNone.NONE;
        });
        BuiltinDef.method(M, "__eq__", "(self, other, /)", a -> equal((PMemoryView) a[0], a[1]));
        BuiltinDef.method(M, "__ne__", "(self, other, /)", a -> {
            Object r = equal((PMemoryView) a[0], a[1]);
            return r instanceof Boolean b ? !b : r;
        });
        BuiltinDef.method(M, "__hash__", "(self, /)", a -> {
            PMemoryView mv = live(a[0]);
            if (!mv.readonly) {
                throw PythonErrors.valueError("cannot hash writable memoryview object");
            }
            if (!mv.format.equals("B") && !mv.format.equals("b") && !mv.format.equals("c")) {
                throw PythonErrors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            return PyOps.hash(new PBytes(mv.toBytes()));
        });
        BuiltinDef.getter(M, "obj", self -> live(self).obj);
        BuiltinDef.getter(M, "nbytes", self -> (long) live(self).length * live(self).itemsize);
        BuiltinDef.getter(M, "readonly", self -> live(self).readonly);
        BuiltinDef.getter(M, "itemsize", self -> (long) live(self).itemsize);
        BuiltinDef.getter(M, "format", self -> live(self).format);
        BuiltinDef.getter(M, "ndim", self -> 1L);
        BuiltinDef.getter(M, "shape", self -> new PTuple(new Object[]{(long) live(self).length}));
        BuiltinDef.getter(M, "strides", self -> new PTuple(new Object[]{(long) live(self).stride}));
        BuiltinDef.getter(M, "suboffsets", self -> PTuple.EMPTY);
        BuiltinDef.getter(M, "released", self -> ((PMemoryView) self).isReleased());
        BuiltinDef.getter(M, "c_contiguous", self -> contiguous(live(self)));
        BuiltinDef.getter(M, "f_contiguous", self -> contiguous(live(self)));
        BuiltinDef.getter(M, "contiguous", self -> contiguous(live(self)));
    }

    private static boolean contiguous(PMemoryView mv) {
        return mv.stride == mv.itemsize || mv.length <= 1;
    }

    private static PMemoryView live(Object o) {
        PMemoryView mv = (PMemoryView) o;
        if (mv.isReleased()) {
            throw PythonErrors.valueError("operation forbidden on released memoryview object");
        }
        return mv;
    }

    @TruffleBoundary
    static PMemoryView create(Object o) {
        if (o instanceof PMemoryView mv) {
            live(mv);
            return new PMemoryView(mv.obj, mv.offset, mv.length, mv.stride, mv.itemsize, mv.format, mv.readonly);
        } else if (o instanceof PBytes b) {
            return new PMemoryView(b, 0, b.length(), 1, 1, "B", true);
        } else if (o instanceof PByteArray b) {
            return new PMemoryView(b, 0, b.length(), 1, 1, "B", false);
        }
        throw PythonErrors.typeError("memoryview: a bytes-like object is required, not '%s'", Support.typeName(o));
    }

    /** The item size of a native struct format, or -1 when memoryview does not support it. */
    private static int itemSize(String format) {
        String f = format.startsWith("@") ? format.substring(1) : format;
        if (f.length() != 1) {
            return -1;
        }
        return switch (f.charAt(0)) {
            case 'B', 'b', 'c', '?' -> 1;
            case 'H', 'h', 'e' -> 2;
            case 'I', 'i', 'f' -> 4;
            case 'L', 'l', 'Q', 'q', 'N', 'n', 'd', 'P' -> 8;
            default -> -1;
        };
    }

    @TruffleBoundary
    static PMemoryView cast(PMemoryView mv, Object format, Object shape) {
        if (!(format instanceof String f)) {
            throw PythonErrors.typeError("memoryview: format argument must be a string");
        }
        int size = itemSize(f);
        if (size < 0) {
            throw PythonErrors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        if (!contiguous(mv)) {
            throw PythonErrors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        String nf = f.startsWith("@") ? f.substring(1) : f;
        boolean srcByte = mv.format.equals("B") || mv.format.equals("b") || mv.format.equals("c");
        boolean dstByte = nf.equals("B") || nf.equals("b") || nf.equals("c");
        if (!srcByte && !dstByte) {
            throw PythonErrors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int nbytes = mv.length * mv.itemsize;
        if (nbytes % size != 0) {
            throw PythonErrors.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (shape != Missing.VALUE && shape != PNone.NONE) {
            Object[] dims = ProtocolImpl.toArray(shape);
            if (dims.length != 1 || org.cinderj.builtins.modules.PyUtil.toLong(dims[0]) * size != nbytes) {
                throw PythonErrors.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        return new PMemoryView(mv.obj, mv.offset, nbytes / size, size, size, nf, mv.readonly);
    }

    /** The item at byte position {@code pos} of the exporter, unpacked by the view's format. */
    private static Object unpack(PMemoryView mv, byte[] s, int pos) {
        long v = 0;
        for (int k = mv.itemsize - 1; k >= 0; k--) {
            v = (v << 8) | (s[pos + k] & 0xff);
        }
        return switch (mv.format) {
            case "B" -> v;
            case "b" -> (long) (byte) v;
            case "c" -> new PBytes(new byte[]{(byte) v});
            case "?" -> v != 0;
            case "H" -> v;
            case "h" -> (long) (short) v;
            case "I" -> v;
            case "i" -> (long) (int) v;
            case "L", "Q", "N", "P" -> v >= 0 ? (Object) v : IntOps.normalize(java.math.BigInteger.valueOf(v).add(java.math.BigInteger.ONE.shiftLeft(64)));
            case "l", "q", "n" -> v;
            case "f" -> (double) Float.intBitsToFloat((int) v);
            case "d" -> Double.longBitsToDouble(v);
            default -> throw PythonErrors.notImplementedError("memoryview: format %s not supported", mv.format);
        };
    }

    private static void pack(PMemoryView mv, byte[] s, int pos, Object value) {
        long v;
        switch (mv.format) {
            case "c" -> {
                byte[] b = BytesOps.bytesIfBytesLike(value);
                if (b == null || b.length != 1) {
                    throw PythonErrors.valueError("memoryview: invalid value for format '%s'", mv.format);
                }
                v = b[0];
            }
            case "f" -> v = Float.floatToIntBits((float) org.cinderj.builtins.modules.PyUtil.toDouble(value));
            case "d" -> v = Double.doubleToLongBits(org.cinderj.builtins.modules.PyUtil.toDouble(value));
            case "?" -> v = PyOps.isTrue(value) ? 1 : 0;
            default -> {
                if (!IntOps.isInt(value)) {
                    throw PythonErrors.typeError("memoryview: invalid type for format '%s'", mv.format);
                }
                Object n = IntOps.asInt(value);
                boolean signed = Character.isLowerCase(mv.format.charAt(0));
                int bits = mv.itemsize * 8;
                java.math.BigInteger big = IntOps.big(n);
                java.math.BigInteger min = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).negate() : java.math.BigInteger.ZERO;
                java.math.BigInteger max = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).subtract(java.math.BigInteger.ONE)
                                : java.math.BigInteger.ONE.shiftLeft(bits).subtract(java.math.BigInteger.ONE);
                if (big.compareTo(min) < 0 || big.compareTo(max) > 0) {
                    throw PythonErrors.valueError("memoryview: invalid value for format '%s'", mv.format);
                }
                v = big.longValue();
            }
        }
        for (int k = 0; k < mv.itemsize; k++) {
            s[pos + k] = (byte) (v >>> (8 * k));
        }
    }

    private static int index(PMemoryView mv, Object key) {
        Object i = PyOps.index(key);
        long idx = i instanceof Long l ? l : Long.MAX_VALUE;
        if (idx < 0) {
            idx += mv.length;
        }
        if (idx < 0 || idx >= mv.length) {
            throw PythonErrors.indexError("index out of bounds on dimension 1");
        }
        return (int) idx;
    }

    @TruffleBoundary
    static Object getItem(PMemoryView mv, Object key) {
        if (key instanceof PSlice s) {
            long[] ix = s.computeIndices(mv.length);
            int start = (int) ix[0];
            int step = (int) ix[2];
            int n = (int) ix[3];
            return new PMemoryView(mv.obj, mv.offset + start * mv.stride, n, mv.stride * step, mv.itemsize, mv.format, mv.readonly);
        }
        if (key == org.cinderj.runtime.object.PEllipsis.ELLIPSIS) {
            return mv;
        }
        if (!IntOps.isInt(key) && PyOps.lookupSpecial(key, "__index__") == null) {
            throw PythonErrors.typeError("memoryview: invalid slice key");
        }
        int i = index(mv, key);
        return unpack(mv, mv.store(), mv.offset + i * mv.stride);
    }

    @TruffleBoundary
    static void setItem(PMemoryView mv, Object key, Object value) {
        if (mv.readonly) {
            throw PythonErrors.typeError("cannot modify read-only memory");
        }
        byte[] s = mv.store();
        if (key instanceof PSlice sl) {
            PMemoryView dst = (PMemoryView) getItem(mv, sl);
            byte[] src = BytesOps.bytesIfBytesLike(value);
            if (src == null) {
                throw PythonErrors.typeError("a bytes-like object is required, not '%s'", Support.typeName(value));
            }
            if (src.length != dst.length * dst.itemsize) {
                throw PythonErrors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int i = 0; i < dst.length; i++) {
                System.arraycopy(src, i * dst.itemsize, s, dst.offset + i * dst.stride, dst.itemsize);
            }
            return;
        }
        if (!IntOps.isInt(key) && PyOps.lookupSpecial(key, "__index__") == null) {
            throw PythonErrors.typeError("memoryview: invalid slice key");
        }
        int i = index(mv, key);
        pack(mv, s, mv.offset + i * mv.stride, value);
    }

    @TruffleBoundary
    static PList tolist(PMemoryView mv) {
        byte[] s = mv.store();
        Object[] items = new Object[mv.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = unpack(mv, s, mv.offset + i * mv.stride);
        }
        return new PList(items);
    }

    @TruffleBoundary
    static Object equal(PMemoryView mv, Object other) {
        if (mv == other) {
            return true;
        }
        if (mv.isReleased() || (other instanceof PMemoryView o && o.isReleased())) {
            return false;
        }
        if (other instanceof PMemoryView o) {
            return PyOps.equals(tolist(mv), tolist(o));
        }
        byte[] b = BytesOps.bytesIfBytesLike(other);
        if (b == null) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        PMemoryView o = create(new PBytes(b));
        return PyOps.equals(tolist(mv), tolist(o));
    }
}
