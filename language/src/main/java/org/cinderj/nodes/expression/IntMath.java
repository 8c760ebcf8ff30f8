package org.cinderj.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;

/** The overflow paths of small-int arithmetic: exact results as normalised Python ints. */
public final class IntMath {
    private IntMath() {
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** A Long when the value fits, else the BigInteger itself. */
    public static Object normalize(BigInteger v) {
        if (v.bitLength() < 64) {
            return v.longValue();
        }
        return v;
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object add(long a, long b) {
        return normalize(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object sub(long a, long b) {
        return normalize(BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)));
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object mul(long a, long b) {
        return normalize(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object neg(long a) {
        return normalize(BigInteger.valueOf(a).negate());
    }

    static boolean fits(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }
}
