package org.cinderj.runtime.number;

import java.math.BigInteger;

/**
 * Floor division of two big non-negative ints whose quotient is short (fits in a few dozen bits),
 * found from the leading 63 bits of each operand instead of a long division.
 *
 * <p>Why: spigot and continued-fraction code divides numbers of thousands of digits whose ratio is
 * a digit. {@link BigInteger#divide} copies and normalises both operands and runs a Knuth division
 * over their whole length; here the answer almost always follows from two machine divisions.
 *
 * <p>With {@code s} the shift that leaves 63 bits of {@code x}, write {@code x = xs*2^s + ex} and
 * {@code y = ys*2^s + ey} with {@code 0 <= ex, ey < 2^s}. Then {@code xs/(ys+1) < x/y < (xs+1)/ys},
 * so {@code floor(xs/(ys+1)) <= floor(x/y) <= floor(xs/ys)}. When the two bounds agree, that is the
 * quotient; when they differ by one, one multiplication decides; otherwise the caller divides.
 */
final class ShortQuotient {
    private ShortQuotient() {
    }

    /** Quotients up to 2^32 keep {@code ys >= 2^30}, so the bounds almost always agree. */
    private static final int MAX_QUOTIENT_BITS = 32;

    /**
     * {@code floor(x / y)} for {@code x >= 0} and {@code y} of more than 64 bits, or -1 when the
     * quotient is not short enough to be found this way.
     */
    static long floorDiv(BigInteger x, BigInteger y) {
        int xBits = x.bitLength();
        int yBits = y.bitLength();
        if (xBits < yBits) {
            return 0;
        }
        if (xBits - yBits > MAX_QUOTIENT_BITS) {
            return -1;
        }
        int s = xBits - 63;
        long xs = x.shiftRight(s).longValue();
        long ys = y.shiftRight(s).longValue();
        long hi = xs / ys;
        long lo = xs / (ys + 1);
        if (hi == lo) {
            return hi;
        } else if (hi - lo == 1) {
            return x.compareTo(y.multiply(BigInteger.valueOf(hi))) >= 0 ? hi : lo;
        }
        return -1;
    }
}
