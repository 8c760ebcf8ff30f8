package org.cinderj.runtime.number;

import java.math.BigInteger;

/**
 * CPython's numeric hash: a number's hash is its value reduced modulo the Mersenne prime
 * P = 2**61 - 1 (rationals m/n map to m * inverse(n) mod P), negated for negative values; -1 is
 * reserved as an error marker and becomes -2. This makes hash(1) == hash(1.0) == hash(1+0j).
 */
public final class NumberHash {
    private NumberHash() {
    }

    public static final int BITS = 61;
    public static final long MODULUS = (1L << BITS) - 1;
    public static final long INF = 314159;
    /** Multiplier of the imaginary part in hash(complex). */
    public static final long IMAG = 1000003;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    public static long hash(long v) {
        long h;
        if (v >= 0) {
            h = v % MODULUS;
        } else if (v == Long.MIN_VALUE) {
            h = -4; // 2**63 mod (2**61 - 1) == 4
        } else {
            h = -((-v) % MODULUS);
        }
        return h == -1 ? -2 : h;
    }

    public static long hash(BigInteger v) {
        if (v.bitLength() < 64) {
            return hash(v.longValue());
        }
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    public static long hash(boolean b) {
        return b ? 1 : 0;
    }

    /** hash(float); NaN hashes by identity in 3.10, which the caller supplies ({@link #hashNaN}). */
    public static long hash(double v) {
        if (Double.isNaN(v)) {
            return 0; // callers with the object at hand use hashNaN
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (v == 0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(v);
        int rawExp = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int exp;
        if (rawExp == 0) {
            exp = -1074; // subnormal
        } else {
            mantissa |= 1L << 52;
            exp = rawExp - 1075;
        }
        // |v| = mantissa * 2**exp; mantissa < 2**53 < P, and 2**61 == 1 (mod P)
        int shift = Math.floorMod(exp, BITS);
        long h = mantissa;
        if (shift != 0) {
            h = ((h << shift) & MODULUS) | (h >>> (BITS - shift));
        }
        if (h >= MODULUS) {
            h -= MODULUS;
        }
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** hash(nan) of a specific float object: identity based, as CPython 3.10 does. */
    public static long hashNaN(Object floatObject) {
        return System.identityHashCode(floatObject);
    }

    public static long hashComplex(double real, double imag) {
        long h = hash(real) + IMAG * hash(imag);
        return h == -1 ? -2 : h;
    }

    /** hash(str): stable within a process; a 64-bit mix of the UTF-16 units. */
    public static long hashString(String s) {
        if (s.isEmpty()) {
            return 0; // as CPython
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    /** hash(bytes): same scheme over the bytes, so that equal bytes hash equal. */
    public static long hashBytes(byte[] b, int len) {
        if (len == 0) {
            return 0;
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < len; i++) {
            h ^= b[i] & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }
}
