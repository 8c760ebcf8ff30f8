package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.absent;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.type.PythonClass;

/** {@code _blake2}: BLAKE2b and BLAKE2s (RFC 7693; key, salt, person, digest_size). */
final class Blake2 {
    private Blake2() {
    }

    static final long[] IV_B = {0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L, 0x510e527fade682d1L,
        0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    static final int[] IV_S = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    static final int[][] SIGMA = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    /** Buffers all input and compresses on digest (simple and copyable). */
    static final class B2 implements HashModules.Digest {
        final boolean big;
        final int outLen;
        final byte[] key;
        final byte[] salt;
        final byte[] person;
        final ByteArrayOutputStream data = new ByteArrayOutputStream();

        B2(boolean big, int outLen, byte[] key, byte[] salt, byte[] person) {
            this.big = big;
            this.outLen = outLen;
            this.key = key;
            this.salt = salt;
            this.person = person;
        }

        @Override
        public void update(byte[] b) {
            data.writeBytes(b);
        }

        @Override
        public HashModules.Digest copy() {
            B2 c = new B2(big, outLen, key, salt, person);
            c.data.writeBytes(data.toByteArray());
            return c;
        }

        @Override
        public byte[] digest(int ignored) {
            int bb = big ? 128 : 64;
            byte[] msg = data.toByteArray();
            if (key.length > 0) {
                byte[] k = Arrays.copyOf(key, bb);
                byte[] m = new byte[bb + msg.length];
                System.arraycopy(k, 0, m, 0, bb);
                System.arraycopy(msg, 0, m, bb, msg.length);
                msg = m;
            }
            return big ? digestB(msg) : digestS(msg);
        }

        private byte[] digestB(byte[] msg) {
            long[] h = IV_B.clone();
            h[0] ^= 0x01010000L ^ ((long) key.length << 8) ^ outLen;
            byte[] s = Arrays.copyOf(salt, 16);
            byte[] p = Arrays.copyOf(person, 16);
            h[4] ^= StructModule.getInt(s, 0, 8, true);
            h[5] ^= StructModule.getInt(s, 8, 8, true);
            h[6] ^= StructModule.getInt(p, 0, 8, true);
            h[7] ^= StructModule.getInt(p, 8, 8, true);
            int blocks = Math.max(1, (msg.length + 127) / 128);
            long[] m = new long[16];
            for (int blk = 0; blk < blocks; blk++) {
                byte[] block = Arrays.copyOfRange(msg, blk * 128, blk * 128 + 128);
                for (int i = 0; i < 16; i++) {
                    m[i] = StructModule.getInt(block, i * 8, 8, true);
                }
                boolean last = blk == blocks - 1;
                long t = last ? msg.length : (long) (blk + 1) * 128;
                long[] v = new long[16];
                System.arraycopy(h, 0, v, 0, 8);
                System.arraycopy(IV_B, 0, v, 8, 8);
                v[12] ^= t;
                if (last) {
                    v[14] = ~v[14];
                }
                for (int r = 0; r < 12; r++) {
                    int[] sg = SIGMA[r % 10];
                    gB(v, 0, 4, 8, 12, m[sg[0]], m[sg[1]]);
                    gB(v, 1, 5, 9, 13, m[sg[2]], m[sg[3]]);
                    gB(v, 2, 6, 10, 14, m[sg[4]], m[sg[5]]);
                    gB(v, 3, 7, 11, 15, m[sg[6]], m[sg[7]]);
                    gB(v, 0, 5, 10, 15, m[sg[8]], m[sg[9]]);
                    gB(v, 1, 6, 11, 12, m[sg[10]], m[sg[11]]);
                    gB(v, 2, 7, 8, 13, m[sg[12]], m[sg[13]]);
                    gB(v, 3, 4, 9, 14, m[sg[14]], m[sg[15]]);
                }
                for (int i = 0; i < 8; i++) {
                    h[i] ^= v[i] ^ v[i + 8];
                }
            }
            byte[] out = new byte[64];
            for (int i = 0; i < 8; i++) {
                StructModule.putInt(out, i * 8, h[i], 8, true);
            }
            return Arrays.copyOf(out, outLen);
        }

        private static void gB(long[] v, int a, int b, int c, int d, long x, long y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Long.rotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + y;
            v[d] = Long.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 63);
        }

        private byte[] digestS(byte[] msg) {
            int[] h = IV_S.clone();
            h[0] ^= 0x01010000 ^ (key.length << 8) ^ outLen;
            byte[] s = Arrays.copyOf(salt, 8);
            byte[] p = Arrays.copyOf(person, 8);
            h[4] ^= (int) StructModule.getInt(s, 0, 4, true);
            h[5] ^= (int) StructModule.getInt(s, 4, 4, true);
            h[6] ^= (int) StructModule.getInt(p, 0, 4, true);
            h[7] ^= (int) StructModule.getInt(p, 4, 4, true);
            int blocks = Math.max(1, (msg.length + 63) / 64);
            int[] m = new int[16];
            for (int blk = 0; blk < blocks; blk++) {
                byte[] block = Arrays.copyOfRange(msg, blk * 64, blk * 64 + 64);
                for (int i = 0; i < 16; i++) {
                    m[i] = (int) StructModule.getInt(block, i * 4, 4, true);
                }
                boolean last = blk == blocks - 1;
                long t = last ? msg.length : (long) (blk + 1) * 64;
                int[] v = new int[16];
                System.arraycopy(h, 0, v, 0, 8);
                System.arraycopy(IV_S, 0, v, 8, 8);
                v[12] ^= (int) t;
                v[13] ^= (int) (t >>> 32);
                if (last) {
                    v[14] = ~v[14];
                }
                for (int r = 0; r < 10; r++) {
                    int[] sg = SIGMA[r];
                    gS(v, 0, 4, 8, 12, m[sg[0]], m[sg[1]]);
                    gS(v, 1, 5, 9, 13, m[sg[2]], m[sg[3]]);
                    gS(v, 2, 6, 10, 14, m[sg[4]], m[sg[5]]);
                    gS(v, 3, 7, 11, 15, m[sg[6]], m[sg[7]]);
                    gS(v, 0, 5, 10, 15, m[sg[8]], m[sg[9]]);
                    gS(v, 1, 6, 11, 12, m[sg[10]], m[sg[11]]);
                    gS(v, 2, 7, 8, 13, m[sg[12]], m[sg[13]]);
                    gS(v, 3, 4, 9, 14, m[sg[14]], m[sg[15]]);
                }
                for (int i = 0; i < 8; i++) {
                    h[i] ^= v[i] ^ v[i + 8];
                }
            }
            byte[] out = new byte[32];
            for (int i = 0; i < 8; i++) {
                StructModule.putInt(out, i * 4, h[i], 4, true);
            }
            return Arrays.copyOf(out, outLen);
        }

        private static void gS(int[] v, int a, int b, int c, int d, int x, int y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
            v[a] = v[a] + v[b] + y;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
        }
    }

    static byte[] opt(Object o) {
        return absent(o) ? new byte[0] : HashModules.data(o);
    }

    static PythonModule create() {
        PythonModule m = new PythonModule("_blake2");
        for (boolean big : new boolean[]{true, false}) {
            String name = big ? "blake2b" : "blake2s";
            int max = big ? 64 : 32;
            PythonClass c = PyUtil.newClass("_blake2", name);
            PyUtil.constructor(c, "(cls, data=None, /, *, digest_size=" + max + ", key=None, salt=None, person=None, fanout=1, depth=1, "
                            + "leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True)", a -> {
                                long ds = PyUtil.toLong(a[2]);
                                if (ds < 1 || ds > max) {
                                    throw PythonErrors.valueError("digest_size must be between 1 and %d bytes", max);
                                }
                                byte[] key = opt(a[3]);
                                byte[] salt = opt(a[4]);
                                byte[] person = opt(a[5]);
                                if (key.length > max) {
                                    throw PythonErrors.valueError("maximum key length is %d bytes", max);
                                }
                                if (salt.length > max / 4) {
                                    throw PythonErrors.valueError("maximum salt length is %d bytes", max / 4);
                                }
                                if (person.length > max / 4) {
                                    throw PythonErrors.valueError("maximum person length is %d bytes", max / 4);
                                }
                                HashModules.PHash h = new HashModules.PHash((PythonClass) a[0], name, new B2(big, (int) ds, key, salt, person), (int) ds,
                                                big ? 128 : 64);
                                if (!absent(a[1])) {
                                    h.digest.update(HashModules.data(a[1]));
                                }
                                return h;
                            });
            HashModules.ALGOS.size();
            defineOn(c);
            c.define("SALT_SIZE", (long) max / 4);
            c.define("PERSON_SIZE", (long) max / 4);
            c.define("MAX_KEY_SIZE", (long) max);
            c.define("MAX_DIGEST_SIZE", (long) max);
            m.setAttr(name, c);
            String p = big ? "BLAKE2B_" : "BLAKE2S_";
            m.setAttr(p + "SALT_SIZE", (long) max / 4);
            m.setAttr(p + "PERSON_SIZE", (long) max / 4);
            m.setAttr(p + "MAX_KEY_SIZE", (long) max);
            m.setAttr(p + "MAX_DIGEST_SIZE", (long) max);
        }
        return m;
    }

    private static void defineOn(PythonClass c) {
        PyUtil.method(c, "update", "(self, data, /)", a -> {
            HashModules.hash(a[0]).digest.update(HashModules.data(a[1]));
            return PyUtil.NONE;
        });
        PyUtil.method(c, "digest", "(self)", a -> BytesOps.newBytes(HashModules.hash(a[0]).digest.digest(0)));
        PyUtil.method(c, "hexdigest", "(self)", a -> HashModules.hex(HashModules.hash(a[0]).digest.digest(0)));
        PyUtil.method(c, "copy", "(self)", a -> {
            HashModules.PHash h = HashModules.hash(a[0]);
            return new HashModules.PHash(h.getPythonClass(), h.name, h.digest.copy(), h.digestSize, h.blockSize);
        });
        org.cinderj.builtins.BuiltinDef.getter(c, "name", self -> HashModules.hash(self).name);
        org.cinderj.builtins.BuiltinDef.getter(c, "digest_size", self -> (long) HashModules.hash(self).digestSize);
        org.cinderj.builtins.BuiltinDef.getter(c, "block_size", self -> (long) HashModules.hash(self).blockSize);
    }
}
