package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;
import static org.cinderj.builtins.modules.PyUtil.absent;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.PythonClass;

/** {@code _md5}, {@code _sha1}, {@code _sha256}, {@code _sha512}, {@code _sha3}, {@code _blake2}: hash objects. */
public final class HashModules {
    private HashModules() {
    }

    /** A running digest. */
    interface Digest {
        void update(byte[] b);

        byte[] digest(int length);

        Digest copy();
    }

    static final class JavaDigest implements Digest {
        final MessageDigest md;

        JavaDigest(MessageDigest md) {
            this.md = md;
        }

        @Override
        public void update(byte[] b) {
            md.update(b);
        }

        @Override
        public byte[] digest(int length) {
            try {
                return ((MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Digest copy() {
            try {
                return new JavaDigest((MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Keccak sponge (SHA-3 and SHAKE). */
    static final class Keccak implements Digest {
        final int rate;
        final byte pad;
        final ByteArrayOutputStream data;

        Keccak(int rate, byte pad) {
            this.rate = rate;
            this.pad = pad;
            this.data = new ByteArrayOutputStream();
        }

        @Override
        public void update(byte[] b) {
            data.writeBytes(b);
        }

        @Override
        public Digest copy() {
            Keccak k = new Keccak(rate, pad);
            k.data.writeBytes(data.toByteArray());
            return k;
        }

        static final long[] RC = {0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L, 0x000000000000808bL,
            0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L, 0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L,
            0x000000008000000aL, 0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L, 0x8000000000008002L,
            0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL, 0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L,
            0x8000000080008008L};
        static final int[] ROT = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

        static void permute(long[] s) {
            long[] c = new long[5];
            long[] b = new long[25];
            for (int round = 0; round < 24; round++) {
                for (int x = 0; x < 5; x++) {
                    c[x] = s[x] ^ s[x + 5] ^ s[x + 10] ^ s[x + 15] ^ s[x + 20];
                }
                for (int x = 0; x < 5; x++) {
                    long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                    for (int y = 0; y < 25; y += 5) {
                        s[y + x] ^= d;
                    }
                }
                for (int x = 0; x < 5; x++) {
                    for (int y = 0; y < 5; y++) {
                        b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(s[x + 5 * y], ROT[x + 5 * y]);
                    }
                }
                for (int y = 0; y < 25; y += 5) {
                    for (int x = 0; x < 5; x++) {
                        s[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
                    }
                }
                s[0] ^= RC[round];
            }
        }

        @Override
        public byte[] digest(int length) {
            byte[] msg = data.toByteArray();
            int padded = (msg.length / rate + 1) * rate;
            byte[] p = java.util.Arrays.copyOf(msg, padded);
            p[msg.length] ^= pad;
            p[padded - 1] ^= (byte) 0x80;
            long[] s = new long[25];
            for (int off = 0; off < padded; off += rate) {
                for (int i = 0; i < rate / 8; i++) {
                    s[i] ^= StructModule.getInt(p, off + 8 * i, 8, true);
                }
                permute(s);
            }
            byte[] out = new byte[length];
            int done = 0;
            while (true) {
                for (int i = 0; i < rate && done < length; i++, done++) {
                    out[done] = (byte) (s[i / 8] >>> (8 * (i % 8)));
                }
                if (done >= length) {
                    return out;
                }
                permute(s);
            }
        }
    }

    static final class PHash extends PythonObject {
        final String name;
        Digest digest;
        final int digestSize;
        final int blockSize;

        PHash(PythonClass cls, String name, Digest d, int digestSize, int blockSize) {
            super(cls);
            this.name = name;
            this.digest = d;
            this.digestSize = digestSize;
            this.blockSize = blockSize;
        }
    }

    record Algo(String module, String name, String javaName, int digestSize, int blockSize, PythonClass cls) {
    }

    static final Map<String, Algo> ALGOS = new HashMap<>();

    static void algo(String module, String name, String javaName, int digestSize, int blockSize) {
        PythonClass c = PyUtil.newFinalClass(module, name);
        ALGOS.put(name, new Algo(module, name, javaName, digestSize, blockSize, c));
        defineMethods(c, name.startsWith("shake"));
    }

    static {
        algo("_md5", "md5", "MD5", 16, 64);
        algo("_sha1", "sha1", "SHA-1", 20, 64);
        algo("_sha256", "sha224", "SHA-224", 28, 64);
        algo("_sha256", "sha256", "SHA-256", 32, 64);
        algo("_sha512", "sha384", "SHA-384", 48, 128);
        algo("_sha512", "sha512", "SHA-512", 64, 128);
        algo("_sha3", "sha3_224", null, 28, 144);
        algo("_sha3", "sha3_256", null, 32, 136);
        algo("_sha3", "sha3_384", null, 48, 104);
        algo("_sha3", "sha3_512", null, 64, 72);
        algo("_sha3", "shake_128", null, 0, 168);
        algo("_sha3", "shake_256", null, 0, 136);
    }

    static Digest newDigest(Algo a) {
        if (a.javaName != null) {
            try {
                return new JavaDigest(MessageDigest.getInstance(a.javaName));
            } catch (NoSuchAlgorithmException e) {
                throw PythonErrors.valueError("unsupported hash type %s", a.name);
            }
        }
        return new Keccak(a.blockSize, a.name.startsWith("shake") ? (byte) 0x1f : (byte) 0x06);
    }

    static PHash hash(Object o) {
        if (o instanceof PHash h) {
            return h;
        }
        throw PythonErrors.typeError("descriptor requires a hash object but received a '%s'", PyUtil.typeName(o));
    }

    static byte[] data(Object o) {
        if (o instanceof String) {
            throw PythonErrors.typeError("Strings must be encoded before hashing");
        }
        byte[] b = BytesOps.bytesIfBytesLike(o);
        if (b == null) {
            throw PythonErrors.typeError("object supporting the buffer API required");
        }
        return b;
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return sb.toString();
    }

    static int shakeLength(Object o) {
        long n = PyUtil.toLong(o);
        if (n < 0) {
            throw PythonErrors.valueError("negative digest length");
        }
        if (n >= (1L << 29)) {
            throw PythonErrors.valueError("digest length is too large");
        }
        return (int) n;
    }

    private static void defineMethods(PythonClass c, boolean shake) {
        PyUtil.method(c, "update", "(self, obj, /)", a -> {
            hash(a[0]).digest.update(data(a[1]));
            return NONE;
        });
        if (shake) {
            PyUtil.method(c, "digest", "(self, length)", a -> BytesOps.newBytes(hash(a[0]).digest.digest(shakeLength(a[1]))));
            PyUtil.method(c, "hexdigest", "(self, length)", a -> hex(hash(a[0]).digest.digest(shakeLength(a[1]))));
        } else {
            PyUtil.method(c, "digest", "(self)", a -> {
                PHash h = hash(a[0]);
                return BytesOps.newBytes(h.digest.digest(h.digestSize));
            });
            PyUtil.method(c, "hexdigest", "(self)", a -> {
                PHash h = hash(a[0]);
                return hex(h.digest.digest(h.digestSize));
            });
        }
        PyUtil.method(c, "copy", "(self)", a -> {
            PHash h = hash(a[0]);
            return new PHash(h.getPythonClass(), h.name, h.digest.copy(), h.digestSize, h.blockSize);
        });
        BuiltinDef.getter(c, "name", self -> hash(self).name);
        BuiltinDef.getter(c, "digest_size", self -> (long) hash(self).digestSize);
        BuiltinDef.getter(c, "block_size", self -> (long) hash(self).blockSize);
        BuiltinDef.getter(c, "_capacity_bits", self -> 1600L - hash(self).blockSize * 8L);
        BuiltinDef.getter(c, "_rate_bits", self -> hash(self).blockSize * 8L);
        BuiltinDef.getter(c, "_suffix", self -> BytesOps.newBytes(new byte[]{hash(self).name.startsWith("shake") ? (byte) 0x1f : 6}));
        PyUtil.method(c, "__repr__", "(self)", a -> "<" + hash(a[0]).name + " _hashlib.HASH object>");
    }

    @TruffleBoundary
    static PHash make(Algo a, Object data) {
        PHash h = new PHash(a.cls, a.name, newDigest(a), a.digestSize, a.blockSize);
        if (!absent(data)) {
            h.digest.update(data(data));
        }
        return h;
    }

    static PythonModule module(String name) {
        PythonModule m = new PythonModule(name);
        for (Algo a : ALGOS.values()) {
            if (a.module.equals(name)) {
                m.setAttr(a.name + "_type", a.cls);
                PyUtil.fn(m, a.name, "(string=None, *, usedforsecurity=True)", args -> make(a, args[0]));
                if (name.equals("_sha3")) {
                    m.setAttr(a.name, a.cls);
                    PyUtil.constructor(a.cls, "(cls, data=None, /, *, usedforsecurity=True)", args -> make(a, args[1]));
                }
            }
        }
        if (name.equals("_sha3")) {
            m.setAttr("implementation", "java");
            m.setAttr("keccakopt", 64L);
        }
        return m;
    }

    public static void register(PythonContext ctx) {
        for (String n : new String[]{"_md5", "_sha1", "_sha256", "_sha512", "_sha3"}) {
            ctx.registerBuiltinModule(n, c -> module(n));
        }
        ctx.registerBuiltinModule("_blake2", c -> Blake2.create());
    }
}
