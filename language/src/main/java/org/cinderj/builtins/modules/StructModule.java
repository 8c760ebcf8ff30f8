package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.bytes.PByteArray;
import org.cinderj.runtime.bytes.PBytes;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The {@code _struct} module: pack/unpack of C structs (native = Linux x86-64 sizes and alignment). */
public final class StructModule {
    private StructModule() {
    }

    public static final PythonClass ERROR = PyUtil.newClass("struct", "error", BuiltinTypes.EXCEPTION);
    static final PythonClass STRUCT = PyUtil.newClass("_struct", "Struct");
    static final PythonClass UNPACK_ITER = PyUtil.newFinalClass("_struct", "unpack_iterator");

    static {
        ERROR.define("__module__", "struct");
        defineStruct();
    }

    static PException error(String fmt, Object... args) {
        return PythonErrors.raise(ERROR, fmt, args);
    }

    /** One code of a compiled format: {@code count} items (or bytes for s/p/x) at {@code offset}. */
    record Code(char c, int count, int offset, int size) {
    }

    /** A compiled format. */
    public static final class Format {
        final String text;
        final boolean little;
        final boolean nativeMode;
        final boolean nativeLike;
        final Code[] codes;
        final int size;
        final int nItems;

        Format(String text, boolean little, boolean nativeMode, boolean nativeLike, Code[] codes, int size, int nItems) {
            this.text = text;
            this.little = little;
            this.nativeMode = nativeMode;
            this.nativeLike = nativeLike;
            this.codes = codes;
            this.size = size;
            this.nItems = nItems;
        }
    }

    static int stdSize(char c) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'l', 'L', 'f' -> 4;
            case 'q', 'Q', 'd' -> 8;
            default -> -1;
        };
    }

    static int nativeSize(char c) {
        return switch (c) {
            case 'l', 'L', 'n', 'N', 'P' -> 8;
            default -> stdSize(c);
        };
    }

    @TruffleBoundary
    public static Format compile(String fmt) {
        int i = 0;
        char order = '@';
        if (!fmt.isEmpty() && "@=<>!".indexOf(fmt.charAt(0)) >= 0) {
            order = fmt.charAt(0);
            i = 1;
        }
        boolean nativeMode = order == '@';
        boolean little = order == '<' || order == '@' || order == '=';
        boolean nativeLike = little;
        List<Code> codes = new ArrayList<>();
        long size = 0;
        int items = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = 0;
                while (i < fmt.length() && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    num = num * 10 + (fmt.charAt(i) - '0');
                    if (num > Integer.MAX_VALUE) {
                        throw error("total struct size too long");
                    }
                    i++;
                }
                if (i >= fmt.length()) {
                    throw error("repeat count given without format specifier");
                }
                c = fmt.charAt(i);
            }
            int sz = nativeMode ? nativeSize(c) : stdSize(c);
            if (sz < 0 || !nativeMode && (c == 'n' || c == 'N' || c == 'P')) {
                throw error("bad char in struct format");
            }
            if (nativeMode && sz > 1 && c != 's' && c != 'p') {
                size = (size + sz - 1) / sz * sz;
            }
            codes.add(new Code(c, (int) num, (int) size, sz));
            if (c == 's' || c == 'p') {
                size += num;
                items++;
            } else {
                size += num * sz;
                if (c != 'x') {
                    items += (int) num;
                }
            }
            if (size > Integer.MAX_VALUE) {
                throw error("total struct size too long");
            }
            i++;
        }
        return new Format(fmt, little, nativeMode, nativeLike, codes.toArray(new Code[0]), (int) size, items);
    }

    static String formatText(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof PBytes b) {
            return BytesOps.latin1(b.getBytes());
        }
        throw PythonErrors.typeError("Struct() argument 1 must be a str or bytes object, not %s", PyUtil.typeName(o));
    }

    // ------------------------------------------------------------ packing

    static long intArg(Object v) {
        if (!PyUtil.isInt(v)) {
            if (v instanceof Double || PyOps.lookupSpecial(v, "__index__") == null) {
                throw error("required argument is not an integer");
            }
        }
        Object i = PyUtil.index(v);
        if (i instanceof Long l) {
            return l;
        }
        throw error("argument out of range");
    }

    static BigInteger bigArg(Object v) {
        if (!PyUtil.isInt(v) && (v instanceof Double || PyOps.lookupSpecial(v, "__index__") == null)) {
            throw error("required argument is not an integer");
        }
        return PyUtil.toBig(v);
    }

    static double floatArg(Object v) {
        try {
            if (v instanceof Double d) {
                return d;
            }
            return PyUtil.toDouble(v);
        } catch (PException e) {
            throw error("required argument is not a float");
        }
    }

    private static long checkedInt(char c, Object v, Format f) {
        int size = f.nativeMode ? nativeSize(c) : stdSize(c);
        boolean unsigned = Character.isUpperCase(c) || c == 'P';
        if (size == 8) {
            BigInteger b = bigArg(v);
            if (unsigned && c != 'P') {
                if (b.signum() < 0 || b.bitLength() > 64) {
                    throw error("argument out of range");
                }
            } else if (c == 'P' ? b.bitLength() > 64 : b.bitLength() > 63) {
                throw error("argument out of range");
            }
            return b.longValue();
        }
        long x = intArg(v);
        switch (c) {
            case 'b' -> {
                if (x < -128 || x > 127) {
                    throw error("byte format requires -128 <= number <= 127");
                }
            }
            case 'B' -> {
                if (x < 0 || x > 255) {
                    throw error("ubyte format requires 0 <= number <= 255");
                }
            }
            case 'h' -> {
                if (x < -32768 || x > 32767) {
                    throw f.nativeLike ? error("short format requires (-0x7fff - 1) <= number <= 0x7fff")
                                    : error("'h' format requires -32768 <= number <= 32767");
                }
            }
            case 'H' -> {
                if (x < 0 || x > 65535) {
                    throw f.nativeLike ? error("ushort format requires 0 <= number <= (0x7fff * 2 + 1)")
                                    : error("'H' format requires 0 <= number <= 65535");
                }
            }
            default -> {
                if (unsigned) {
                    if (x < 0) {
                        throw error("argument out of range");
                    }
                    if (x > 0xffffffffL) {
                        throw error("'%c' format requires 0 <= number <= 4294967295", c);
                    }
                } else if (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
                    throw error("'%c' format requires -2147483648 <= number <= 2147483647", c);
                }
            }
        }
        return x;
    }

    static void putInt(byte[] out, int off, long v, int size, boolean little) {
        for (int k = 0; k < size; k++) {
            byte b = (byte) (v >>> (8 * k));
            out[little ? off + k : off + size - 1 - k] = b;
        }
    }

    static long getInt(byte[] in, int off, int size, boolean little) {
        long v = 0;
        for (int k = 0; k < size; k++) {
            long b = in[little ? off + size - 1 - k : off + k] & 0xff;
            v = (v << 8) | b;
        }
        return v;
    }

    /** IEEE 754 half precision (round half to even), or throws OverflowError. */
    static int toHalf(double d) {
        long bits = Double.doubleToRawLongBits(d);
        int sign = (int) ((bits >>> 48) & 0x8000);
        if (Double.isNaN(d)) {
            return sign | 0x7e00;
        }
        double a = Math.abs(d);
        if (Double.isInfinite(a)) {
            return sign | 0x7c00;
        }
        if (a == 0) {
            return sign;
        }
        int exp = Math.getExponent(a);
        if (exp < -14) {
            // subnormal: units of 2^-24
            double units = a * 0x1p24;
            long r = (long) Math.rint(units);
            return sign | (int) r;
        }
        double mant = a / Math.scalb(1.0, exp) - 1.0; // [0,1)
        double scaled = mant * 1024;
        long m = (long) Math.rint(scaled);
        int e = exp;
        if (m == 1024) {
            m = 0;
            e++;
        }
        if (e > 15) {
            throw PythonErrors.overflowError("float too large to pack with e format");
        }
        return sign | ((e + 15) << 10) | (int) m;
    }

    static double fromHalf(int h) {
        int sign = (h & 0x8000) != 0 ? -1 : 1;
        int e = (h >> 10) & 0x1f;
        int m = h & 0x3ff;
        if (e == 0) {
            return sign * m * 0x1p-24;
        }
        if (e == 31) {
            return m == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        return sign * (1 + m / 1024.0) * Math.scalb(1.0, e - 15);
    }

    @TruffleBoundary
    static void packInto(Format f, byte[] out, int base, Object[] args, int argStart) {
        int nargs = args.length - argStart;
        if (nargs != f.nItems) {
            throw error("pack expected %d items for packing (got %d)", f.nItems, nargs);
        }
        int ai = argStart;
        for (Code code : f.codes) {
            int off = base + code.offset;
            char c = code.c;
            if (c == 'x') {
                continue;
            }
            if (c == 's' || c == 'p') {
                Object v = args[ai++];
                byte[] b = BytesOps.bytesIfBytesLike(v);
                if (b == null) {
                    throw error("argument for '%c' must be a bytes object", c);
                }
                if (c == 's') {
                    System.arraycopy(b, 0, out, off, Math.min(b.length, code.count));
                } else if (code.count > 0) {
                    int n = Math.min(b.length, code.count - 1);
                    System.arraycopy(b, 0, out, off + 1, n);
                    out[off] = (byte) Math.min(n, 255);
                }
                continue;
            }
            for (int k = 0; k < code.count; k++, off += code.size) {
                Object v = args[ai++];
                switch (c) {
                    case 'c' -> {
                        byte[] b = v instanceof PBytes || v instanceof PByteArray ? BytesOps.bytesIfBytesLike(v) : null;
                        if (b == null || b.length != 1) {
                            throw error("char format requires a bytes object of length 1");
                        }
                        out[off] = b[0];
                    }
                    case '?' -> out[off] = (byte) (PyUtil.truthy(v) ? 1 : 0);
                    case 'e' -> putInt(out, off, toHalf(floatArg(v)), 2, f.little);
                    case 'f' -> {
                        double d = floatArg(v);
                        float x = (float) d;
                        if (Float.isInfinite(x) && !Double.isInfinite(d)) {
                            throw PythonErrors.overflowError("float too large to pack with f format");
                        }
                        putInt(out, off, Float.floatToRawIntBits(x), 4, f.little);
                    }
                    case 'd' -> putInt(out, off, Double.doubleToRawLongBits(floatArg(v)), 8, f.little);
                    default -> putInt(out, off, checkedInt(c, v, f), code.size, f.little);
                }
            }
        }
    }

    @TruffleBoundary
    static PTuple unpack(Format f, byte[] in, int base) {
        Object[] r = new Object[f.nItems];
        int ri = 0;
        for (Code code : f.codes) {
            int off = base + code.offset;
            char c = code.c;
            if (c == 'x') {
                continue;
            }
            if (c == 's') {
                r[ri++] = BytesOps.newBytes(Arrays.copyOfRange(in, off, off + code.count));
                continue;
            }
            if (c == 'p') {
                if (code.count == 0) {
                    r[ri++] = PBytes.EMPTY;
                } else {
                    int n = Math.min(in[off] & 0xff, code.count - 1);
                    r[ri++] = BytesOps.newBytes(Arrays.copyOfRange(in, off + 1, off + 1 + n));
                }
                continue;
            }
            for (int k = 0; k < code.count; k++, off += code.size) {
                Object v;
                switch (c) {
                    case 'c' -> v = BytesOps.newBytes(new byte[]{in[off]});
                    case '?' -> v = in[off] != 0;
                    case 'e' -> v = fromHalf((int) getInt(in, off, 2, f.little));
                    case 'f' -> v = (double) Float.intBitsToFloat((int) getInt(in, off, 4, f.little));
                    case 'd' -> v = Double.longBitsToDouble(getInt(in, off, 8, f.little));
                    default -> {
                        long x = getInt(in, off, code.size, f.little);
                        boolean unsigned = Character.isUpperCase(c) || c == 'P';
                        if (unsigned) {
                            if (code.size == 8 && x < 0) {
                                v = new BigInteger(Long.toUnsignedString(x));
                            } else {
                                v = x;
                            }
                        } else {
                            int shift = 64 - 8 * code.size;
                            v = (x << shift) >> shift;
                        }
                    }
                }
                r[ri++] = v;
            }
        }
        return new PTuple(r);
    }

    // ------------------------------------------------------------ Struct objects

    static final class PStruct extends PythonObject {
        Format format;

        PStruct(PythonClass cls) {
            super(cls);
        }
    }

    static final class UnpackIter extends PIter {
        final Format format;
        final byte[] data;
        int pos;

        UnpackIter(Format format, byte[] data) {
            super(UNPACK_ITER);
            this.format = format;
            this.data = data;
        }

        @Override
        Object nextOrNull() {
            if (pos + format.size > data.length) {
                return null;
            }
            PTuple t = unpack(format, data, pos);
            pos += format.size;
            return t;
        }
    }

    static Format fmt(Object self) {
        if (self instanceof PStruct s && s.format != null) {
            return s.format;
        }
        throw PythonErrors.typeError("descriptor requires a '_struct.Struct' object but received a '%s'", PyUtil.typeName(self));
    }

    static byte[] buffer(Object o) {
        byte[] b = BytesOps.bytesIfBytesLike(o);
        if (b == null) {
            throw PythonErrors.typeError("a bytes-like object is required, not '%s'", PyUtil.typeName(o));
        }
        return b;
    }

    static PBytes pack(Format f, Object[] args, int start) {
        byte[] out = new byte[f.size];
        packInto(f, out, 0, args, start);
        return BytesOps.newBytes(out);
    }

    static Object unpackAll(Format f, Object data) {
        byte[] b = buffer(data);
        if (b.length != f.size) {
            throw error("unpack requires a buffer of %d bytes", f.size);
        }
        return unpack(f, b, 0);
    }

    static Object unpackFrom(Format f, Object data, long offset) {
        byte[] b = buffer(data);
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw error("not enough data to unpack %d bytes at offset %d", f.size, offset);
            }
            if (offset + b.length < 0) {
                throw error("offset %d out of range for %d-byte buffer", offset, b.length);
            }
            offset += b.length;
        }
        if (b.length - offset < f.size) {
            throw error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
                            offset + f.size, f.size, offset, b.length);
        }
        return unpack(f, b, (int) offset);
    }

    static Object packIntoBuffer(Format f, Object buffer, Object offsetObj, Object[] args, int start) {
        BytesOps.WritableRegion region = BytesOps.writableRegion(buffer);
        if (region == null) {
            throw PythonErrors.typeError("argument must be read-write bytes-like object, not %s", PyUtil.typeName(buffer));
        }
        long offset = PyUtil.toLong(offsetObj);
        int len = region.length();
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw error("no space to pack %d bytes at offset %d", f.size, offset);
            }
            if (offset + len < 0) {
                throw error("offset %d out of range for %d-byte buffer", offset, len);
            }
            offset += len;
        }
        if (len - offset < f.size) {
            throw error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)",
                            offset + f.size, f.size, offset, len);
        }
        byte[] tmp = new byte[f.size];
        System.arraycopy(region.array(), region.offset() + (int) offset, tmp, 0, f.size);
        packInto(f, tmp, 0, args, start);
        System.arraycopy(tmp, 0, region.array(), region.offset() + (int) offset, f.size);
        return NONE;
    }

    static Object iterUnpack(Format f, Object data) {
        byte[] b = buffer(data);
        if (f.size == 0) {
            throw error("cannot iteratively unpack with a struct of length 0");
        }
        if (b.length % f.size != 0) {
            throw error("iterative unpacking requires a buffer of a multiple of %d bytes", f.size);
        }
        return new UnpackIter(f, b);
    }

    private static void defineStruct() {
        PythonClass c = STRUCT;
        PyUtil.constructor(c, "(cls, *args, **kwargs)", a -> new PStruct(PyUtil.checkClass(a[0], STRUCT)));
        PyUtil.method(c, "__init__", "(self, format)", a -> {
            ((PStruct) a[0]).format = compile(formatText(a[1]));
            return NONE;
        });
        BuiltinDef.getter(c, "format", self -> fmt(self).text);
        BuiltinDef.getter(c, "size", self -> (long) fmt(self).size);
        PyUtil.method(c, "pack", "(self, *args)", a -> pack(fmt(a[0]), ((PTuple) a[1]).getItems(), 0));
        PyUtil.method(c, "pack_into", "(self, buffer, offset, *args)", a -> packIntoBuffer(fmt(a[0]), a[1], a[2], ((PTuple) a[3]).getItems(), 0));
        PyUtil.method(c, "unpack", "(self, buffer, /)", a -> unpackAll(fmt(a[0]), a[1]));
        PyUtil.method(c, "unpack_from", "(self, buffer, offset=0)", a -> unpackFrom(fmt(a[0]), a[1], PyUtil.toLong(a[2])));
        PyUtil.method(c, "iter_unpack", "(self, buffer, /)", a -> iterUnpack(fmt(a[0]), a[1]));
        PyUtil.method(c, "__sizeof__", "(self)", a -> 64L + fmt(a[0]).codes.length * 24L);
        PyUtil.method(c, "__repr__", "(self)", a -> "Struct(" + PyOps.repr(fmt(a[0]).text) + ")");
        PIter.iteratorMethods(UNPACK_ITER);
        PyUtil.method(UNPACK_ITER, "__length_hint__", "(self)", a -> {
            UnpackIter it = (UnpackIter) a[0];
            return (long) ((it.data.length - it.pos) / it.format.size);
        });
    }

    private static final java.util.Map<String, Format> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static Format cached(Object fmtObj) {
        if (fmtObj instanceof PStruct s && s.format != null) {
            return s.format;
        }
        String text = formatText(fmtObj);
        Format f = CACHE.get(text);
        if (f == null) {
            f = compile(text);
            if (CACHE.size() > 100) {
                CACHE.clear();
            }
            CACHE.put(text, f);
        }
        return f;
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("_struct");
        m.setAttr("error", ERROR);
        m.setAttr("Struct", STRUCT);
        PyUtil.fn(m, "pack", "(format, /, *args)", a -> pack(cached(a[0]), ((PTuple) a[1]).getItems(), 0));
        PyUtil.fn(m, "pack_into", "(format, buffer, offset, /, *args)", a -> packIntoBuffer(cached(a[0]), a[1], a[2], ((PTuple) a[3]).getItems(), 0));
        PyUtil.fn(m, "unpack", "(format, buffer, /)", a -> unpackAll(cached(a[0]), a[1]));
        PyUtil.fn(m, "unpack_from", "(format, /, buffer, offset=0)", a -> unpackFrom(cached(a[0]), a[1], PyUtil.toLong(a[2])));
        PyUtil.fn(m, "iter_unpack", "(format, buffer, /)", a -> iterUnpack(cached(a[0]), a[1]));
        PyUtil.fn(m, "calcsize", "(format, /)", a -> (long) cached(a[0]).size);
        PyUtil.fn(m, "_clearcache", "()", a -> {
            CACHE.clear();
            return NONE;
        });
        return m;
    }
}
