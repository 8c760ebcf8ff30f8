package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;

import java.math.BigInteger;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.PythonClass;

/** {@code _random.Random}: the Mersenne Twister MT19937, seeded and drawn exactly as CPython does. */
public final class RandomModule {
    private RandomModule() {
    }

    static final PythonClass RANDOM = PyUtil.newClass("_random", "Random");

    /** MT19937 state. */
    public static final class MT extends PythonObject {
        final int[] mt = new int[624];
        int index = 625;

        public MT(PythonClass c) {
            super(c);
        }

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < 624; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = 624;
        }

        /** init_by_array, as in the reference MT19937 code (key words are 32-bit). */
        public void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            int k = Math.max(624, key.length);
            for (; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= 624) {
                    mt[0] = mt[623];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (k = 623; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= 624) {
                    mt[0] = mt[623];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
            index = 624;
        }

        public int genrand() {
            if (index >= 624) {
                int kk;
                for (kk = 0; kk < 624 - 397; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + 397] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < 623; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (397 - 624)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                int y = (mt[623] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[623] = mt[396] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                index = 0;
            }
            int y = mt[index++];
            y ^= (y >>> 11);
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= (y >>> 18);
            return y;
        }

        public double random() {
            long a = (genrand() & 0xffffffffL) >>> 5;
            long b = (genrand() & 0xffffffffL) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        /** Seeds from a non-negative integer (its 32-bit words, least significant first). */
        public void seed(BigInteger n) {
            n = n.abs();
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int w = 0; w < words; w++) {
                key[w] = n.shiftRight(32 * w).intValue();
            }
            initByArray(key);
        }

        public Object getrandbits(long k) {
            if (k < 0) {
                throw PythonErrors.valueError("number of bits must be non-negative");
            }
            if (k == 0) {
                return 0L;
            }
            if (k <= 32) {
                return (genrand() & 0xffffffffL) >>> (32 - k);
            }
            int words = (int) ((k - 1) / 32 + 1);
            byte[] bytes = new byte[words * 4];
            long remaining = k;
            for (int w = 0; w < words; w++) {
                int r = genrand();
                if (remaining < 32) {
                    r >>>= (32 - remaining);
                }
                int off = bytes.length - 4 * (w + 1);
                bytes[off] = (byte) (r >>> 24);
                bytes[off + 1] = (byte) (r >>> 16);
                bytes[off + 2] = (byte) (r >>> 8);
                bytes[off + 3] = (byte) r;
                remaining -= 32;
            }
            return PyUtil.normalize(new BigInteger(1, bytes));
        }
    }

    static void seedFrom(MT m, Object arg) {
        if (arg == NONE || arg == null) {
            java.security.SecureRandom sr = new java.security.SecureRandom();
            int[] key = new int[624];
            for (int i = 0; i < key.length; i++) {
                key[i] = sr.nextInt();
            }
            m.initByArray(key);
        } else if (PyUtil.isInt(arg)) {
            m.seed(PyUtil.toBig(arg));
        } else {
            m.seed(BigInteger.valueOf(PyOps.hash(arg)));
        }
    }

    static MT mt(Object o) {
        if (o instanceof MT m) {
            return m;
        }
        throw PythonErrors.typeError("descriptor requires a '_random.Random' object but received a '%s'", PyUtil.typeName(o));
    }

    static {
        PyUtil.constructor(RANDOM, "(cls, *args, **kwargs)", a -> {
            PythonClass cls = (PythonClass) a[0];
            Object[] args = ((PTuple) a[1]).getItems();
            if (cls == RANDOM && ((org.cinderj.runtime.dict.PDict) a[2]).size() > 0) {
                throw PythonErrors.typeError("Random() takes no keyword arguments");
            }
            if (args.length > 1 && cls == RANDOM) {
                throw PythonErrors.typeError("Random() expected at most 1 argument, got %d", args.length);
            }
            MT m = new MT(cls);
            seedFrom(m, args.length > 0 ? args[0] : NONE);
            return m;
        });
        BuiltinDef.method(RANDOM, "seed", "(self, n=None, /)", a -> {
            seedFrom(mt(a[0]), a[1]);
            return NONE;
        });
        BuiltinDef.method(RANDOM, "random", "(self)", a -> mt(a[0]).random());
        BuiltinDef.method(RANDOM, "getrandbits", "(self, k, /)", a -> mt(a[0]).getrandbits(PyUtil.toLong(a[1])));
        BuiltinDef.method(RANDOM, "getstate", "(self)", a -> {
            MT m = mt(a[0]);
            Object[] st = new Object[625];
            for (int i = 0; i < 624; i++) {
                st[i] = m.mt[i] & 0xffffffffL;
            }
            st[624] = (long) m.index;
            return new PTuple(st);
        });
        BuiltinDef.method(RANDOM, "setstate", "(self, state, /)", a -> {
            MT m = mt(a[0]);
            if (!(a[1] instanceof PTuple t)) {
                throw PythonErrors.typeError("state vector must be a tuple");
            }
            if (t.size() != 625) {
                throw PythonErrors.valueError("state vector is the wrong size");
            }
            for (int i = 0; i < 624; i++) {
                long v = PyUtil.toLong(t.get(i));
                m.mt[i] = (int) v;
            }
            long idx = PyUtil.toLong(t.get(624));
            if (idx < 0 || idx > 624) {
                throw PythonErrors.valueError("invalid state");
            }
            m.index = (int) idx;
            return NONE;
        });
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("_random");
        m.setAttr("Random", RANDOM);
        return m;
    }
}
