package org.cinderj.runtime.bytes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.str.StrOps;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** Helpers shared by bytes and bytearray: conversions, repr, the bytes() constructor, hex. */
public final class BytesOps {
    private BytesOps() {
    }

    public static PBytes newBytes(byte[] b) {
        return b.length == 0 ? PBytes.EMPTY : new PBytes(b);
    }

    /**
     * The content of a bytes-like object (bytes, bytearray), or null. For bytes the array itself
     * is returned: callers must not mutate it.
     */
    public static byte[] bytesIfBytesLike(Object o) {
        if (o instanceof PBytes b) {
            return b.getBytes();
        } else if (o instanceof PByteArray ba) {
            return ba.toBytes();
        } else if (o instanceof PMemoryView mv) {
            return mv.toBytes(false);
        }
        return null;
    }

    /** A writable contiguous byte region: {@code array[offset : offset+length]}. */
    public record WritableRegion(byte[] array, int offset, int length) {
    }

    /**
     * The writable region of a read-write bytes-like object (bytearray, or a writable
     * C-contiguous memoryview), or null if {@code o} is not one.
     */
    public static WritableRegion writableRegion(Object o) {
        if (o instanceof PByteArray ba) {
            return new WritableRegion(ba.getStore(), 0, ba.length());
        } else if (o instanceof PMemoryView mv && !mv.isReadonly()) {
            mv.checkReleased();
            if (!mv.isCContiguous()) {
                throw PythonErrors.raise(BuiltinTypes.BUFFER_ERROR, "memoryview: underlying buffer is not C-contiguous");
            }
            return new WritableRegion(mv.array(), mv.getOffset(), mv.nbytes());
        }
        return null;
    }

    /** Like {@link #bytesIfBytesLike} but raises "a bytes-like object is required, not 'X'". */
    public static byte[] requireBytesLike(Object o) {
        byte[] b = bytesIfBytesLike(o);
        if (b == null) {
            throw PythonErrors.typeError("a bytes-like object is required, not '%s'", BuiltinTypes.typeOf(o).getName());
        }
        return b;
    }

    /** bytes as a Latin-1 string: one char per byte, so the str algorithms apply. */
    public static String latin1(byte[] b, int len) {
        return new String(b, 0, len, StandardCharsets.ISO_8859_1);
    }

    public static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** The inverse of {@link #latin1}. */
    public static byte[] fromLatin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** {@code repr} of bytes content with the given prefix ("b"). */
    @TruffleBoundary
    public static String repr(byte[] b, int len, String prefix) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < len; i++) {
            if (b[i] == '\'') {
                single = true;
            } else if (b[i] == '"') {
                dbl = true;
            }
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(len + 3);
        sb.append(prefix).append(quote);
        for (int i = 0; i < len; i++) {
            int c = b[i] & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /** One byte value from an int-like object, ValueError "byte must be in range(0, 256)". */
    public static int byteValue(Object o, String rangeMessage) {
        Object i = IntOps.asInt(o);
        if (i == null) {
            if (PyOps.lookupSpecial(o, "__index__") == null) {
                throw PythonErrors.typeError("'%s' object cannot be interpreted as an integer", BuiltinTypes.typeOf(o).getName());
            }
            i = PyOps.index(o);
        }
        if (!(i instanceof Long l) || l < 0 || l > 255) {
            throw PythonErrors.valueError(rangeMessage);
        }
        return (int) (long) l;
    }

    /**
     * The content of {@code bytes(x)} / {@code bytearray(x)} for one non-str argument: a buffer,
     * a count, {@code __bytes__} (only when {@code allowDunder}), or an iterable of ints.
     */
    @TruffleBoundary
    public static byte[] bytesFromObject(Object x) {
        byte[] direct = bytesIfBytesLike(x);
        if (direct != null) {
            return x instanceof PBytes ? direct.clone() : direct;
        }
        if (IntOps.isInt(x) || (!(x instanceof String) && PyOps.lookupSpecial(x, "__index__") != null)) {
            Object n = IntOps.isInt(x) ? IntOps.asInt(x) : PyOps.index(x);
            if (IntOps.signum(n) < 0) {
                throw PythonErrors.valueError("negative count");
            }
            if (!(n instanceof Long l) || l > Integer.MAX_VALUE - 8) {
                throw PythonErrors.overflowError("cannot fit 'int' into an index-sized integer");
            }
            return new byte[(int) (long) l];
        }
        if (x instanceof String) {
            throw PythonErrors.typeError("string argument without an encoding");
        }
        if (x instanceof PList list) {
            return fromItems(list.toArray());
        }
        if (x instanceof PTuple t) {
            return fromItems(t.getItems());
        }
        if (PyOps.lookupSpecial(x, "__iter__") == null && PyOps.lookupSpecial(x, "__getitem__") == null) {
            throw PythonErrors.typeError("cannot convert '%s' object to bytes", BuiltinTypes.typeOf(x).getName());
        }
        Object it = PyOps.getIter(x);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Object item;
        while ((item = PyOps.next(it)) != null) {
            out.write(byteValue(item, "bytes must be in range(0, 256)"));
        }
        return out.toByteArray();
    }

    private static byte[] fromItems(Object[] items) {
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = (byte) byteValue(items[i], "bytes must be in range(0, 256)");
        }
        return out;
    }

    /**
     * The {@code sep} argument of {@code hex()}: null when not given, else its one character. As in
     * CPython, its length is checked first (so a non-sized object gets len()'s TypeError), then its type.
     */
    public static String hexSeparator(Object sepArg) {
        if (sepArg == null || sepArg == org.cinderj.runtime.function.Missing.VALUE) {
            return null;
        }
        String sep = StrOps.asStr(sepArg);
        byte[] sb = sep == null && sepArg instanceof PBytes pb ? pb.getBytes() : null; // bytes only, not bytearray
        long length = sep != null ? StrOps.codePointLength(sep) : sb != null ? sb.length : PyOps.length(sepArg);
        if (length != 1) {
            throw PythonErrors.valueError("sep must be length 1.");
        }
        if (sep == null && sb == null) {
            throw PythonErrors.typeError("sep must be str or bytes.");
        }
        String c = sep != null ? sep : latin1(sb);
        if (c.charAt(0) > 127) {
            throw PythonErrors.valueError("sep must be ASCII.");
        }
        return c;
    }

    /** {@code bytes.hex(sep, bytes_per_sep)}. */
    @TruffleBoundary
    public static String hex(byte[] b, int len, String sep, long perSep) {
        StringBuilder sb = new StringBuilder(len * 3);
        if (sep == null || perSep == 0 || len == 0) {
            for (int i = 0; i < len; i++) {
                sb.append(Character.forDigit((b[i] >> 4) & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
            }
            return sb.toString();
        }
        long group = Math.abs(perSep);
        // positive: groups counted from the right; negative: from the left
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                long fromEnd = len - i;
                boolean boundary = perSep > 0 ? fromEnd % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            sb.append(Character.forDigit((b[i] >> 4) & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
        }
        return sb.toString();
    }

    /** {@code bytes.fromhex(s)}: pairs of hex digits, ASCII whitespace allowed between pairs. */
    @TruffleBoundary
    public static byte[] fromHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = c < 128 ? Character.digit(c, 16) : -1;
            if (hi < 0) {
                throw PythonErrors.valueError("non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            if (i + 1 >= n) {
                throw PythonErrors.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            char d = s.charAt(i + 1);
            int lo = d < 128 ? Character.digit(d, 16) : -1;
            if (lo < 0) {
                throw PythonErrors.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    /** Lexicographic comparison of unsigned bytes. */
    public static int compare(byte[] a, int alen, byte[] b, int blen) {
        int n = Math.min(alen, blen);
        for (int i = 0; i < n; i++) {
            int c = (a[i] & 0xff) - (b[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(alen, blen);
    }
}
