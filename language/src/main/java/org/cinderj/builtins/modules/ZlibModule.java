package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;
import static org.cinderj.builtins.modules.PyUtil.absent;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.bytes.PBytes;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code zlib} over java.util.zip (zlib, raw deflate and gzip containers). */
public final class ZlibModule {
    private ZlibModule() {
    }

    static final PythonClass ERROR = PyUtil.newClass("zlib", "error", BuiltinTypes.EXCEPTION);
    static final PythonClass COMPRESS = PyUtil.newFinalClass("zlib", "Compress");
    static final PythonClass DECOMPRESS = PyUtil.newFinalClass("zlib", "Decompress");

    static PException error(String fmt, Object... args) {
        return PythonErrors.raise(ERROR, fmt, args);
    }

    /** 0 zlib, 1 raw, 2 gzip, 3 auto (zlib or gzip). */
    static int container(long wbits) {
        if (wbits >= 9 && wbits <= 15 || wbits == 0) {
            return 0;
        } else if (wbits >= -15 && wbits <= -9) {
            return 1;
        } else if (wbits >= 25 && wbits <= 31) {
            return 2;
        } else if (wbits >= 40 && wbits <= 47) {
            return 3;
        }
        throw PythonErrors.valueError("Invalid initialization option");
    }

    static final class PCompress extends PythonObject {
        Deflater deflater;
        int kind;
        long crc;
        long size;
        boolean headerDone;
        boolean finished;

        PCompress() {
            super(COMPRESS);
        }
    }

    static final class PDecompress extends PythonObject {
        Inflater inflater;
        int kind;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        boolean headerDone;
        boolean eof;
        Object unusedData = PBytes.EMPTY;
        Object unconsumedTail = PBytes.EMPTY;
        byte[] zdict;

        PDecompress() {
            super(DECOMPRESS);
        }
    }

    static byte[] data(Object o) {
        return BinasciiModule.data(o);
    }

    static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};

    @TruffleBoundary
    static byte[] deflate(PCompress c, byte[] in, int flush) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (c.kind == 2 && !c.headerDone) {
            out.writeBytes(GZIP_HEADER);
            c.headerDone = true;
        }
        if (c.kind == 2) {
            c.crc = BinasciiModule.crc32(in, c.crc);
            c.size += in.length;
        }
        Deflater d = c.deflater;
        d.setInput(in);
        byte[] buf = new byte[16384];
        if (flush == 4) {
            d.finish();
            while (!d.finished()) {
                int n = d.deflate(buf);
                out.write(buf, 0, n);
            }
            if (c.kind == 2) {
                byte[] t = new byte[8];
                StructModule.putInt(t, 0, c.crc, 4, true);
                StructModule.putInt(t, 4, c.size, 4, true);
                out.writeBytes(t);
            }
            c.finished = true;
        } else {
            int mode = flush == 0 ? Deflater.NO_FLUSH : flush == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
            while (true) {
                int n = d.deflate(buf, 0, buf.length, mode);
                out.write(buf, 0, n);
                if (n < buf.length && d.needsInput()) {
                    break;
                }
            }
        }
        return out.toByteArray();
    }

    static int gzipHeaderLength(byte[] b) {
        if (b.length < 10) {
            return -1;
        }
        if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b || b[2] != 8) {
            throw error("Error -3 while decompressing data: incorrect header check");
        }
        int flags = b[3] & 0xff;
        int p = 10;
        if ((flags & 4) != 0) {
            if (p + 2 > b.length) {
                return -1;
            }
            p += 2 + ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
        }
        for (int f : new int[]{8, 16}) {
            if ((flags & f) != 0) {
                while (p < b.length && b[p] != 0) {
                    p++;
                }
                p++;
            }
        }
        if ((flags & 2) != 0) {
            p += 2;
        }
        return p <= b.length ? p : -1;
    }

    @TruffleBoundary
    static byte[] inflate(PDecompress d, byte[] in, long maxLength) {
        if (d.eof) {
            d.unusedData = BytesOps.newBytes(concat(BytesOps.requireBytesLike(d.unusedData), in));
            return new byte[0];
        }
        byte[] input = in;
        boolean buffered = false;
        if (d.kind == 3 && !d.headerDone) {
            d.pending.writeBytes(in);
            buffered = true;
            byte[] all = d.pending.toByteArray();
            if (all.length < 2) {
                return new byte[0];
            }
            if ((all[0] & 0xff) == 0x1f && (all[1] & 0xff) == 0x8b) {
                d.kind = 2;
                d.inflater = new Inflater(true);
            } else {
                d.kind = 0;
                d.inflater = new Inflater(false);
                d.headerDone = true;
                d.pending.reset();
                input = all;
            }
        }
        if (d.kind == 2 && !d.headerDone) {
            if (!buffered) {
                d.pending.writeBytes(in);
            }
            byte[] all = d.pending.toByteArray();
            int h = gzipHeaderLength(all);
            if (h < 0) {
                return new byte[0];
            }
            d.headerDone = true;
            d.pending.reset();
            input = Arrays.copyOfRange(all, h, all.length);
        }
        Inflater inf = d.inflater;
        byte[] tail = BytesOps.requireBytesLike(d.unconsumedTail);
        if (tail.length > 0) {
            input = concat(tail, input);
        }
        inf.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        try {
            while (!inf.finished()) {
                int want = maxLength > 0 ? (int) Math.min(buf.length, maxLength - out.size()) : buf.length;
                if (want <= 0) {
                    break;
                }
                int n = inf.inflate(buf, 0, want);
                if (n == 0) {
                    if (inf.needsDictionary()) {
                        if (d.zdict == null) {
                            throw error("Error 2 while decompressing data");
                        }
                        inf.setDictionary(d.zdict);
                        continue;
                    }
                    if (inf.needsInput()) {
                        break;
                    }
                }
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            throw error("Error -3 while decompressing data: %s", e.getMessage() == null ? "invalid data" : e.getMessage());
        }
        int remaining = inf.getRemaining();
        byte[] rest = Arrays.copyOfRange(input, input.length - remaining, input.length);
        if (inf.finished()) {
            d.eof = true;
            if (d.kind == 2) {
                rest = Arrays.copyOfRange(rest, Math.min(8, rest.length), rest.length);
            }
            d.unusedData = BytesOps.newBytes(rest);
            d.unconsumedTail = PBytes.EMPTY;
        } else {
            d.unconsumedTail = BytesOps.newBytes(rest);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    static PCompress newCompress(long level, long wbits, long strategy, Object zdict) {
        if (level < -1 || level > 9) {
            throw error("Bad compression level");
        }
        PCompress c = new PCompress();
        c.kind = container(wbits);
        if (c.kind == 3) {
            throw PythonErrors.valueError("Invalid initialization option");
        }
        c.deflater = new Deflater((int) level, c.kind != 0);
        c.deflater.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY : Deflater.DEFAULT_STRATEGY);
        if (!absent(zdict)) {
            c.deflater.setDictionary(data(zdict));
        }
        return c;
    }

    static PDecompress newDecompress(long wbits, Object zdict) {
        PDecompress d = new PDecompress();
        d.kind = container(wbits);
        d.inflater = new Inflater(d.kind != 0);
        if (!absent(zdict)) {
            d.zdict = data(zdict);
            if (d.kind == 1) {
                d.inflater.setDictionary(d.zdict);
            }
        }
        return d;
    }

    static {
        PythonClass c = COMPRESS;
        PyUtil.method(c, "compress", "(self, data, /)", a -> BytesOps.newBytes(deflate((PCompress) a[0], data(a[1]), 0)));
        PyUtil.method(c, "flush", "(self, mode=4, /)", a -> {
            PCompress pc = (PCompress) a[0];
            long mode = PyUtil.toLong(a[1]);
            if (mode == 0 || pc.finished) {
                return PBytes.EMPTY;
            }
            return BytesOps.newBytes(deflate(pc, new byte[0], (int) mode));
        });
        PythonClass d = DECOMPRESS;
        PyUtil.method(d, "decompress", "(self, data, /, max_length=0)", a -> {
            long max = PyUtil.toLong(a[2]);
            if (max < 0) {
                throw PythonErrors.valueError("max_length must be non-negative");
            }
            return BytesOps.newBytes(inflate((PDecompress) a[0], data(a[1]), max));
        });
        PyUtil.method(d, "flush", "(self, length=16384, /)", a -> {
            PDecompress pd = (PDecompress) a[0];
            byte[] tail = BytesOps.requireBytesLike(pd.unconsumedTail);
            pd.unconsumedTail = PBytes.EMPTY;
            return BytesOps.newBytes(tail.length == 0 && pd.eof ? new byte[0] : inflate(pd, tail, 0));
        });
        BuiltinDef.getter(d, "unused_data", self -> ((PDecompress) self).unusedData);
        BuiltinDef.getter(d, "unconsumed_tail", self -> ((PDecompress) self).unconsumedTail);
        BuiltinDef.getter(d, "eof", self -> ((PDecompress) self).eof);
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("zlib");
        m.setAttr("error", ERROR);
        Object[][] consts = {{"MAX_WBITS", 15L}, {"DEFLATED", 8L}, {"DEF_MEM_LEVEL", 8L}, {"DEF_BUF_SIZE", 16384L}, {"Z_NO_COMPRESSION", 0L},
            {"Z_BEST_SPEED", 1L}, {"Z_BEST_COMPRESSION", 9L}, {"Z_DEFAULT_COMPRESSION", -1L}, {"Z_FILTERED", 1L}, {"Z_HUFFMAN_ONLY", 2L},
            {"Z_RLE", 3L}, {"Z_FIXED", 4L}, {"Z_DEFAULT_STRATEGY", 0L}, {"Z_NO_FLUSH", 0L}, {"Z_PARTIAL_FLUSH", 1L}, {"Z_SYNC_FLUSH", 2L},
            {"Z_FULL_FLUSH", 3L}, {"Z_FINISH", 4L}, {"Z_BLOCK", 5L}, {"Z_TREES", 6L}, {"ZLIB_VERSION", "1.2.13"},
            {"ZLIB_RUNTIME_VERSION", "1.2.13"}};
        for (Object[] kv : consts) {
            m.setAttr((String) kv[0], kv[1]);
        }
        PyUtil.fn(m, "crc32", "(data, value=0, /)", a -> BinasciiModule.crc32(data(a[0]), PyUtil.toBig(a[1]).longValue()));
        PyUtil.fn(m, "adler32", "(data, value=1, /)", a -> BinasciiModule.adler32(data(a[0]), PyUtil.toBig(a[1]).longValue()));
        PyUtil.fn(m, "compress", "(data, /, level=-1, wbits=15)", a -> {
            PCompress c = newCompress(PyUtil.toLong(a[1]), PyUtil.toLong(a[2]), 0, NONE);
            return BytesOps.newBytes(deflate(c, data(a[0]), 4));
        });
        PyUtil.fn(m, "decompress", "(data, /, wbits=15, bufsize=16384)", a -> {
            PDecompress d = newDecompress(PyUtil.toLong(a[1]), NONE);
            byte[] out = inflate(d, data(a[0]), 0);
            if (!d.eof) {
                throw error("Error -5 while decompressing data: incomplete or truncated stream");
            }
            return BytesOps.newBytes(out);
        });
        PyUtil.fn(m, "compressobj", "(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None)",
                        a -> newCompress(PyUtil.toLong(a[0]), PyUtil.toLong(a[2]), PyUtil.toLong(a[4]), a[5]));
        PyUtil.fn(m, "decompressobj", "(wbits=15, zdict=None)", a -> newDecompress(PyUtil.toLong(a[0]), a[1]));
        return m;
    }
}
