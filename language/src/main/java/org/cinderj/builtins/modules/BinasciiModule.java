package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.absent;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.ByteArrayOutputStream;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code binascii}: hex, base64 and CRC helpers; also the checksums of {@code zlib}. */
public final class BinasciiModule {
    private BinasciiModule() {
    }

    static final PythonClass ERROR = PyUtil.newClass("binascii", "Error", BuiltinTypes.VALUE_ERROR);
    static final PythonClass INCOMPLETE = PyUtil.newClass("binascii", "Incomplete", BuiltinTypes.EXCEPTION);

    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
        }
    }

    public static long crc32(byte[] b, long start) {
        int c = ~(int) start;
        for (byte x : b) {
            c = CRC_TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
        }
        return (~c) & 0xffffffffL;
    }

    public static long adler32(byte[] b, long start) {
        long a = start & 0xffff;
        long s = (start >>> 16) & 0xffff;
        for (byte x : b) {
            a = (a + (x & 0xff)) % 65521;
            s = (s + a) % 65521;
        }
        return (s << 16) | a;
    }

    static long crcHqx(byte[] b, long start) {
        int crc = (int) start & 0xffff;
        for (byte x : b) {
            crc ^= (x & 0xff) << 8;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xffff;
        }
        return crc;
    }

    /** bytes-like, or an ASCII-only str (the a2b_* functions accept those). */
    static byte[] asciiData(Object o) {
        if (o instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 127) {
                    throw PythonErrors.valueError("string argument should contain only ASCII characters");
                }
            }
            return BytesOps.fromLatin1(s);
        }
        return data(o);
    }

    static byte[] data(Object o) {
        byte[] b = BytesOps.bytesIfBytesLike(o);
        if (b == null) {
            throw PythonErrors.typeError("a bytes-like object is required, not '%s'", PyUtil.typeName(o));
        }
        return b;
    }

    static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    @TruffleBoundary
    static byte[] a2bBase64(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 3 / 4);
        int quad = 0;
        int left = 0;
        int pads = 0;
        boolean done = false;
        for (byte bb : in) {
            int c = bb & 0xff;
            if (c == '=') {
                if (quad >= 2 && quad + ++pads >= 4) {
                    done = true;
                    break;
                }
                continue;
            }
            int v = c < 128 ? B64.indexOf(c) : -1;
            if (v < 0) {
                continue;
            }
            pads = 0;
            switch (quad) {
                case 0 -> {
                    quad = 1;
                    left = v;
                }
                case 1 -> {
                    quad = 2;
                    out.write((left << 2) | (v >> 4));
                    left = v & 0x0f;
                }
                case 2 -> {
                    quad = 3;
                    out.write((left << 4) | (v >> 2));
                    left = v & 0x03;
                }
                default -> {
                    quad = 0;
                    out.write((left << 6) | v);
                    left = 0;
                }
            }
        }
        if (!done && quad != 0) {
            if (quad == 1) {
                throw PythonErrors.raise(ERROR, "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4",
                                out.size() / 3 * 4 + 1);
            }
            throw PythonErrors.raise(ERROR, "Incorrect padding");
        }
        return out.toByteArray();
    }

    @TruffleBoundary
    static byte[] b2aBase64(byte[] in, boolean newline) {
        StringBuilder sb = new StringBuilder((in.length + 2) / 3 * 4 + 1);
        int i = 0;
        for (; i + 2 < in.length; i += 3) {
            int v = ((in[i] & 0xff) << 16) | ((in[i + 1] & 0xff) << 8) | (in[i + 2] & 0xff);
            sb.append(B64.charAt(v >> 18)).append(B64.charAt((v >> 12) & 63)).append(B64.charAt((v >> 6) & 63)).append(B64.charAt(v & 63));
        }
        int rest = in.length - i;
        if (rest == 1) {
            int v = (in[i] & 0xff) << 16;
            sb.append(B64.charAt(v >> 18)).append(B64.charAt((v >> 12) & 63)).append("==");
        } else if (rest == 2) {
            int v = ((in[i] & 0xff) << 16) | ((in[i + 1] & 0xff) << 8);
            sb.append(B64.charAt(v >> 18)).append(B64.charAt((v >> 12) & 63)).append(B64.charAt((v >> 6) & 63)).append('=');
        }
        if (newline) {
            sb.append('\n');
        }
        return BytesOps.fromLatin1(sb.toString());
    }

    @TruffleBoundary
    static byte[] unhexlify(byte[] in) {
        if (in.length % 2 != 0) {
            throw PythonErrors.raise(ERROR, "Odd-length string");
        }
        byte[] out = new byte[in.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(in[2 * i] & 0xff, 16);
            int lo = Character.digit(in[2 * i + 1] & 0xff, 16);
            if (hi < 0 || lo < 0 || (in[2 * i] & 0xff) > 127 || (in[2 * i + 1] & 0xff) > 127) {
                throw PythonErrors.raise(ERROR, "Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi * 16 + lo);
        }
        return out;
    }

    static Object hexlify(Object[] a) {
        byte[] b = data(a[0]);
        String sep = null;
        if (!absent(a[1])) {
            if (a[1] instanceof String s) {
                sep = s;
            } else {
                sep = BytesOps.latin1(data(a[1]));
            }
            if (sep.length() != 1) {
                throw PythonErrors.valueError("sep must be length 1.");
            }
        }
        return BytesOps.newBytes(BytesOps.fromLatin1(BytesOps.hex(b, b.length, sep, PyUtil.toLong(a[2]))));
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("binascii");
        m.setAttr("Error", ERROR);
        m.setAttr("Incomplete", INCOMPLETE);
        PyUtil.fn(m, "hexlify", "(data, sep=None, bytes_per_sep=1)", BinasciiModule::hexlify);
        PyUtil.fn(m, "b2a_hex", "(data, sep=None, bytes_per_sep=1)", BinasciiModule::hexlify);
        PyUtil.fn(m, "unhexlify", "(hexstr, /)", a -> BytesOps.newBytes(unhexlify(asciiData(a[0]))));
        PyUtil.fn(m, "a2b_hex", "(hexstr, /)", a -> BytesOps.newBytes(unhexlify(asciiData(a[0]))));
        PyUtil.fn(m, "a2b_base64", "(data, /)", a -> BytesOps.newBytes(a2bBase64(asciiData(a[0]))));
        PyUtil.fn(m, "b2a_base64", "(data, /, *, newline=True)", a -> BytesOps.newBytes(b2aBase64(data(a[0]), PyUtil.truthy(a[1]))));
        PyUtil.fn(m, "crc32", "(data, crc=0, /)", a -> crc32(data(a[0]), PyUtil.toBig(a[1]).longValue()));
        PyUtil.fn(m, "crc_hqx", "(data, crc, /)", a -> crcHqx(data(a[0]), PyUtil.toBig(a[1]).longValue()));
        return m;
    }
}
