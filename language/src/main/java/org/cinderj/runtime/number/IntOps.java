package org.cinderj.runtime.number;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.cinderj.runtime.exception.PythonErrors;

/**
 * Python int arithmetic on the int representation: {@code Long}, {@code BigInteger} (only outside
 * the long range) and {@code Boolean} (bool is an int subclass); boxed subclass instances are
 * unwrapped too. Results are always normalised: a value that fits in a long is a Long.
 *
 * <p>These are the bodies of the int dunders and the slow paths of the arithmetic nodes; both
 * operands must be ints (the dunders return NotImplemented before calling here otherwise).
 */
public final class IntOps {
    private IntOps() {
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /**
     * {@code sys.get_int_max_str_digits()}: CPython 3.10.7+ refuses int<->decimal-str conversions
     * of more digits than this (0 disables the limit).
     */
    public static volatile int maxStrDigits = 4300;

    // ---- representation helpers ----

    /** The int value of {@code o} as Long or BigInteger, or null when {@code o} is not an int. */
    public static Object asInt(Object o) {
        if (o instanceof Long) {
            return o;
        } else if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (o instanceof BigInteger) {
            return o;
        } else if (o instanceof PBoxed box && (box.getValue() instanceof Long || box.getValue() instanceof BigInteger)) {
            return box.getValue();
        }
        return null;
    }

    public static boolean isInt(Object o) {
        return asInt(o) != null;
    }

    /** Like {@link #asInt} but for operands already known to be ints. */
    private static Object v(Object o) {
        Object r = asInt(o);
        if (r == null) {
            throw PythonErrors.typeError("an integer is required");
        }
        return r;
    }

    @TruffleBoundary
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    @TruffleBoundary
    public static BigInteger big(Object o) {
        Object x = v(o);
        return x instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) x;
    }

    public static int signum(Object o) {
        Object x = v(o);
        return x instanceof Long l ? Long.signum(l) : ((BigInteger) x).signum();
    }

    public static boolean isZero(Object o) {
        Object x = v(o);
        return x instanceof Long l && l == 0;
    }

    // ---- arithmetic ----

    public static Object add(Object a, Object b) {
        Object x = v(a);
        Object y = v(b);
        if (x instanceof Long l && y instanceof Long r) {
            long s = l + r;
            if (((l ^ s) & (r ^ s)) < 0) {
                return addBig(l, r);
            }
            return s;
        }
        return normalize(big(x).add(big(y)));
    }

    @TruffleBoundary
    private static Object addBig(long l, long r) {
        return BigInteger.valueOf(l).add(BigInteger.valueOf(r));
    }

    public static Object sub(Object a, Object b) {
        Object x = v(a);
        Object y = v(b);
        if (x instanceof Long l && y instanceof Long r) {
            long s = l - r;
            if (((l ^ r) & (l ^ s)) < 0) {
                return subBig(l, r);
            }
            return s;
        }
        return normalize(big(x).subtract(big(y)));
    }

    @TruffleBoundary
    private static Object subBig(long l, long r) {
        return BigInteger.valueOf(l).subtract(BigInteger.valueOf(r));
    }

    public static Object mul(Object a, Object b) {
        Object x = v(a);
        Object y = v(b);
        if (x instanceof Long l && y instanceof Long r) {
            long hi = Math.multiplyHigh(l, r);
            long lo = l * r;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
            return mulBig(l, r);
        }
        return normalize(big(x).multiply(big(y)));
    }

    @TruffleBoundary
    private static Object mulBig(long l, long r) {
        return BigInteger.valueOf(l).multiply(BigInteger.valueOf(r));
    }

    public static Object floorDiv(Object a, Object b) {
        Object x = v(a);
        Object y = v(b);
        if (x instanceof Long l && y instanceof Long r) {
            if (r == 0) {
                throw zeroDiv();
            }
            if (l == Long.MIN_VALUE && r == -1) {
                return BigInteger.valueOf(l).negate();
            }
            return Math.floorDiv(l, r);
        }
        return floorDivBig(big(x), big(y));
    }

    @TruffleBoundary
    private static Object floorDivBig(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw zeroDiv();
        }
        if (x.signum() != -y.signum()) {
            // same signs (or x == 0): truncation is the floor, and no remainder is needed
            if (y.bitLength() > 64) {
                long q = ShortQuotient.floorDiv(x.abs(), y.abs());
                if (q >= 0) {
                    return q;
                }
            }
            return normalize(x.divide(y));
        }
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return normalize(q);
    }

    public static Object mod(Object a, Object b) {
        Object x = v(a);
        Object y = v(b);
        if (x instanceof Long l && y instanceof Long r) {
            if (r == 0) {
                throw zeroDiv();
            }
            if (r == -1) {
                return 0L;
            }
            return Math.floorMod(l, r);
        }
        return modBig(big(x), big(y));
    }

    @TruffleBoundary
    private static Object modBig(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw zeroDiv();
        }
        if (x.signum() != -y.signum() && y.bitLength() > 64) {
            long q = ShortQuotient.floorDiv(x.abs(), y.abs());
            if (q >= 0) {
                return normalize(x.subtract(y.multiply(BigInteger.valueOf(q))));
            }
        }
        BigInteger r = x.remainder(y);
        if (r.signum() != 0 && r.signum() != y.signum()) {
            r = r.add(y);
        }
        return normalize(r);
    }

    /** {@code divmod(a, b)} as a two-element array. */
    public static Object[] divmod(Object a, Object b) {
        return new Object[]{floorDiv(a, b), mod(a, b)};
    }

    private static RuntimeException zeroDiv() {
        return PythonErrors.zeroDivisionError("integer division or modulo by zero");
    }

    /** {@code a / b}: the correctly rounded quotient as a double. */
    public static double trueDiv(Object a, Object b) {
        Object x = v(a);
        Object y = v(b);
        if (x instanceof Long l && y instanceof Long r && Math.abs(l) <= (1L << 53) && Math.abs(r) <= (1L << 53)) {
            if (r == 0) {
                throw PythonErrors.zeroDivisionError("division by zero");
            }
            return (double) l / (double) r;
        }
        return trueDivBig(big(x), big(y));
    }

    @TruffleBoundary
    private static double trueDivBig(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw PythonErrors.zeroDivisionError("division by zero");
        }
        if (x.signum() == 0) {
            return y.signum() < 0 ? -0.0 : 0.0;
        }
        boolean negative = x.signum() != y.signum();
        BigInteger n = x.abs();
        BigInteger d = y.abs();
        int exp = n.bitLength() - d.bitLength(); // 2**(exp-1) < n/d < 2**(exp+1)
        if (exp > 1025) {
            throw PythonErrors.overflowError("integer division result too large for a float");
        }
        // Keep about 55 significant bits of the quotient, but never bits below 2**-1074 (the
        // subnormal grid): rounding must happen exactly once, at the right bit.
        int shift = Math.min(55 - exp, 1074);
        BigInteger[] qr = shift >= 0 ? n.shiftLeft(shift).divideAndRemainder(d) : n.divideAndRemainder(d.shiftLeft(-shift));
        BigInteger q = qr[0];
        BigInteger rem = qr[1];
        double result;
        if (q.bitLength() <= 53) {
            // subnormal (or tiny) result: round half-even to an integer count of 2**-1074
            BigInteger divisor = shift >= 0 ? d : d.shiftLeft(-shift);
            int c = rem.shiftLeft(1).compareTo(divisor);
            if (c > 0 || (c == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            result = Math.scalb(q.doubleValue(), -shift);
        } else {
            if (rem.signum() != 0) {
                q = q.shiftLeft(1).or(BigInteger.ONE); // sticky bit
                shift++;
            }
            result = Math.scalb(q.doubleValue(), -shift);
        }
        if (Double.isInfinite(result)) {
            throw PythonErrors.overflowError("integer division result too large for a float");
        }
        return negative ? -result : result;
    }

    /** {@code a ** b}; a float when {@code b} is negative. */
    public static Object pow(Object a, Object b) {
        Object x = v(a);
        Object y = v(b);
        if (signum(y) < 0) {
            double base = toDouble(x);
            double exp = toDouble(y);
            if (base == 0.0) {
                throw PythonErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return FloatOps.pow(base, exp);
        }
        if (x instanceof Long l && y instanceof Long e) {
            long result = 1;
            long base = l;
            long exp = e;
            boolean overflow = false;
            while (exp > 0) {
                if ((exp & 1) != 0) {
                    long hi = Math.multiplyHigh(result, base);
                    long lo = result * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                exp >>= 1;
                if (exp > 0) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    base = lo;
                }
            }
            if (!overflow) {
                return result;
            }
        }
        return powBig(big(x), big(y));
    }

    @TruffleBoundary
    private static Object powBig(BigInteger base, BigInteger exp) {
        if (base.equals(BigInteger.ONE) || base.signum() == 0) {
            return normalize(base);
        }
        if (base.equals(BigInteger.ONE.negate())) {
            return exp.testBit(0) ? -1L : 1L;
        }
        if (exp.bitLength() > 31) {
            throw PythonErrors.raise(org.cinderj.runtime.type.BuiltinTypes.MEMORY_ERROR, "");
        }
        return normalize(base.pow(exp.intValueExact()));
    }

    /** {@code pow(a, b, m)} for ints; negative exponents need {@code a} invertible modulo {@code m}. */
    @TruffleBoundary
    public static Object powMod(Object a, Object b, Object m) {
        BigInteger mod = big(m);
        if (mod.signum() == 0) {
            throw PythonErrors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger absMod = mod.abs();
        BigInteger base = big(a);
        BigInteger exp = big(b);
        BigInteger r;
        if (absMod.equals(BigInteger.ONE)) {
            r = BigInteger.ZERO;
        } else {
            if (exp.signum() < 0) {
                try {
                    base = base.mod(absMod).modInverse(absMod);
                } catch (ArithmeticException e) {
                    throw PythonErrors.valueError("base is not invertible for the given modulus");
                }
                exp = exp.negate();
            }
            r = base.modPow(exp, absMod);
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return normalize(r);
    }

    // ---- bitwise ----

    public static Object lshift(Object a, Object b) {
        Object x = v(a);
        Object y = v(b);
        if (signum(y) < 0) {
            throw PythonErrors.valueError("negative shift count");
        }
        if (x instanceof Long l && y instanceof Long s) {
            if (l == 0) {
                return 0L;
            }
            if (s < 63) {
                long r = l << s;
                if ((r >> s) == l) {
                    return r;
                }
            }
        }
        return lshiftBig(big(x), y);
    }

    @TruffleBoundary
    private static Object lshiftBig(BigInteger x, Object shift) {
        if (x.signum() == 0) {
            return 0L;
        }
        if (!(shift instanceof Long s) || s > Integer.MAX_VALUE) {
            throw PythonErrors.overflowError("too many digits in integer");
        }
        return normalize(x.shiftLeft((int) (long) s));
    }

    public static Object rshift(Object a, Object b) {
        Object x = v(a);
        Object y = v(b);
        if (signum(y) < 0) {
            throw PythonErrors.valueError("negative shift count");
        }
        if (!(y instanceof Long s) || s > Integer.MAX_VALUE) {
            return signum(x) < 0 ? -1L : 0L;
        }
        if (x instanceof Long l) {
            return l >> Math.min(s, 63);
        }
        return normalize(((BigInteger) x).shiftRight((int) (long) s));
    }

    public static Object and(Object a, Object b) {
        Object x = v(a);
        Object y = v(b);
        if (x instanceof Long l && y instanceof Long r) {
            return l & r;
        }
        return normalize(big(x).and(big(y)));
    }

    public static Object or(Object a, Object b) {
        Object x = v(a);
        Object y = v(b);
        if (x instanceof Long l && y instanceof Long r) {
            return l | r;
        }
        return normalize(big(x).or(big(y)));
    }

    public static Object xor(Object a, Object b) {
        Object x = v(a);
        Object y = v(b);
        if (x instanceof Long l && y instanceof Long r) {
            return l ^ r;
        }
        return normalize(big(x).xor(big(y)));
    }

    public static Object neg(Object a) {
        Object x = v(a);
        if (x instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
        }
        return normalize(((BigInteger) x).negate());
    }

    /** {@code +a}: the plain int value (drops bool-ness and subclass boxes). */
    public static Object pos(Object a) {
        return v(a);
    }

    public static Object abs(Object a) {
        return signum(a) < 0 ? neg(a) : v(a);
    }

    public static Object invert(Object a) {
        Object x = v(a);
        if (x instanceof Long l) {
            return ~l;
        }
        return normalize(((BigInteger) x).not());
    }

    // ---- comparison ----

    /** Three-way comparison of two ints. */
    public static int compare(Object a, Object b) {
        Object x = v(a);
        Object y = v(b);
        if (x instanceof Long l && y instanceof Long r) {
            return Long.compare(l, r);
        }
        return big(x).compareTo(big(y));
    }

    public static boolean eq(Object a, Object b) {
        return compare(a, b) == 0;
    }

    // ---- conversions ----

    /** {@code float(i)}; OverflowError beyond the double range. Correctly rounded. */
    public static double toDouble(Object a) {
        Object x = v(a);
        if (x instanceof Long l) {
            return l;
        }
        double d = ((BigInteger) x).doubleValue();
        if (Double.isInfinite(d)) {
            throw PythonErrors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** {@code int(d)}: truncation toward zero. */
    @TruffleBoundary
    public static Object fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PythonErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PythonErrors.overflowError("cannot convert float infinity to integer");
        }
        if (d > -9.223372036854776E18 && d < 9.223372036854776E18) {
            return (long) d;
        }
        return normalize(new BigDecimal(d).toBigInteger());
    }

    /** The value as a Java long, or OverflowError with the given message. */
    public static long toLong(Object a, String overflowMessage) {
        Object x = v(a);
        if (x instanceof Long l) {
            return l;
        }
        throw PythonErrors.overflowError(overflowMessage);
    }

    /** The value as a Java int, or OverflowError with the given message. */
    public static int toInt(Object a, String overflowMessage) {
        Object x = v(a);
        if (x instanceof Long l && l == (int) (long) l) {
            return (int) (long) l;
        }
        throw PythonErrors.overflowError(overflowMessage);
    }

    /** A sequence index for {@code __getitem__}-style callers: saturates instead of overflowing. */
    public static long asIndexSaturated(Object a) {
        Object x = v(a);
        if (x instanceof Long l) {
            return l;
        }
        return ((BigInteger) x).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** {@code str(i)} / {@code repr(i)}; ValueError beyond {@link #maxStrDigits}. */
    public static String toString(Object a) {
        Object x = v(a);
        if (x instanceof Long l) {
            return Long.toString(l);
        }
        return bigToString((BigInteger) x);
    }

    @TruffleBoundary
    private static String bigToString(BigInteger b) {
        int limit = maxStrDigits;
        // bitLength * log10(2) underestimates the digit count by at most one
        if (limit > 0 && (long) ((b.bitLength() - 1) * 0.30102999566398120) + 1 > limit + 1) {
            throw strLimit();
        }
        String s = b.toString();
        if (limit > 0 && s.length() - (b.signum() < 0 ? 1 : 0) > limit) {
            throw strLimit();
        }
        return s;
    }

    private static RuntimeException strLimit() {
        return PythonErrors.valueError("Exceeds the limit (%d) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                        maxStrDigits);
    }

    /** Digits in a power-of-two radix (2, 8, 16), no prefix, '-' for negatives; never limited. */
    @TruffleBoundary
    public static String toString(Object a, int radix) {
        Object x = v(a);
        if (x instanceof Long l) {
            return Long.toString(l, radix);
        }
        return ((BigInteger) x).toString(radix);
    }

    public static long bitLength(Object a) {
        Object x = v(a);
        if (x instanceof Long l) {
            return l == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(l));
        }
        return ((BigInteger) x).abs().bitLength();
    }

    public static long bitCount(Object a) {
        Object x = v(a);
        if (x instanceof Long l) {
            return l == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(l));
        }
        return ((BigInteger) x).abs().bitCount();
    }

    public static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
