package org.cinderj.runtime.number;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.type.BuiltinTypes;

/** Python float semantics that differ from Java's double operators (floor division, modulo, pow, rounding, parsing). */
public final class FloatOps {
    private FloatOps() {
    }

    /**
     * The float value of a float or int operand (int converted with OverflowError), or null when
     * {@code o} is neither: the binary dunders of float return NotImplemented then.
     */
    public static Double asDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        } else if (o instanceof Long l) {
            return (double) l;
        } else if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (o instanceof BigInteger) {
            return IntOps.toDouble(o);
        } else if (o instanceof PBoxed box) {
            return asDouble(box.getValue());
        }
        return null;
    }

    public static double div(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float division by zero");
        }
        return a / b;
    }

    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float modulo");
        }
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    public static double floorDiv(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float floor division by zero");
        }
        return divmodUnchecked(a, b)[0];
    }

    public static double[] divmod(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float divmod()");
        }
        return divmodUnchecked(a, b);
    }

    private static double[] divmodUnchecked(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[]{floordiv, mod};
    }

    private static boolean isOddInteger(double w) {
        return Math.abs(w) < 9007199254740992.0 * 2 && w == Math.rint(w) && Math.abs(w % 2.0) == 1.0;
    }

    /**
     * {@code a ** b} for floats, with C99's special cases as CPython applies them. A negative
     * base with a non-integral exponent gives a complex result ({@link PComplex}).
     */
    @TruffleBoundary
    public static Object pow(double iv, double iw) {
        if (iw == 0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv == 1.0 ? 1.0 : iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) {
                return 1.0;
            } else if ((iw > 0) == (a > 1.0)) {
                return Math.abs(iw);
            } else {
                return 0.0;
            }
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iv > 0) {
                return iw > 0 ? iv : 0.0;
            }
            return iw > 0 ? (odd ? iv : -iv) : (odd ? -0.0 : 0.0);
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) {
                throw PythonErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return odd ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                return ComplexOps.pow(iv, 0.0, iw, 0.0);
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return negate ? -r : r;
    }

    /** CPython's OverflowError(34, 'Numerical result out of range') from errno ERANGE. */
    public static RuntimeException rangeError() {
        return PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.OVERFLOW_ERROR, 34L, "Numerical result out of range"));
    }

    /** Overflow check of CPython's float add/sub/mul: none; inf results are allowed there. */

    /** {@code round(x)}: nearest int, ties to even. */
    public static Object roundToInt(double x) {
        return IntOps.fromDouble(Math.rint(x));
    }

    /** {@code round(x, ndigits)}: correctly rounded via the exact decimal value, ties to even. */
    @TruffleBoundary
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return x;
        }
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return Math.copySign(0.0, x);
        }
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double result = r.doubleValue();
        if (Double.isInfinite(result)) {
            throw PythonErrors.overflowError("rounded value too large to represent");
        }
        if (result == 0.0) {
            return Math.copySign(0.0, x);
        }
        return result;
    }

    /** {@code float.as_integer_ratio()} as {numerator, denominator}. */
    @TruffleBoundary
    public static Object[] asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw PythonErrors.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw PythonErrors.valueError("cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return new Object[]{0L, 1L};
        }
        long bits = Double.doubleToRawLongBits(x);
        int rawExp = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int exp;
        if (rawExp == 0) {
            exp = -1074;
        } else {
            mantissa |= 1L << 52;
            exp = rawExp - 1075;
        }
        int tz = Long.numberOfTrailingZeros(mantissa);
        mantissa >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(x < 0 ? -mantissa : mantissa);
        BigInteger den = BigInteger.ONE;
        if (exp >= 0) {
            num = num.shiftLeft(exp);
        } else {
            den = den.shiftLeft(-exp);
        }
        return new Object[]{IntOps.normalize(num), IntOps.normalize(den)};
    }

    public static boolean isInteger(double x) {
        return Double.isFinite(x) && x == Math.floor(x);
    }

    /**
     * Three-way comparison of a float with an int, exact even when the int does not fit a
     * double. NaN must be handled by the caller (every ordering is false).
     */
    @TruffleBoundary
    public static int compareWithInt(double d, Object i) {
        Object iv = IntOps.asInt(i);
        if (iv instanceof Long l && Math.abs(l) <= (1L << 53)) {
            return Double.compare(d == 0.0 ? 0.0 : d, (double) l);
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        BigInteger b = iv instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) iv;
        return new BigDecimal(d).compareTo(new BigDecimal(b));
    }

    // ---- hex ----

    /** {@code float.hex()}: '0x1.8000000000000p+0', '-0x0.0p+0', 'inf'. */
    @TruffleBoundary
    public static String hex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = Math.copySign(1.0, x) < 0 ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(x);
        int rawExp = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        String lead;
        int exp;
        if (rawExp == 0) {
            lead = "0"; // subnormals print as 0x0.<mantissa>p-1022
            exp = -1022;
        } else {
            exp = rawExp - 1023;
            lead = "1";
        }
        String frac = String.format("%013x", mantissa);
        return sign + "0x" + lead + "." + frac + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    /** {@code float.fromhex(s)}. */
    @TruffleBoundary
    public static double fromHex(String s) {
        String t = StrWhitespace.strip(s);
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        int i = 0;
        boolean neg = false;
        if (i < lower.length() && (lower.charAt(i) == '+' || lower.charAt(i) == '-')) {
            neg = lower.charAt(i) == '-';
            i++;
        }
        String rest = lower.substring(i);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        if (rest.startsWith("0x")) {
            rest = rest.substring(2);
        }
        int j = 0;
        StringBuilder intDigits = new StringBuilder();
        StringBuilder fracDigits = new StringBuilder();
        while (j < rest.length() && Character.digit(rest.charAt(j), 16) >= 0 && rest.charAt(j) < 128) {
            intDigits.append(rest.charAt(j++));
        }
        if (j < rest.length() && rest.charAt(j) == '.') {
            j++;
            while (j < rest.length() && Character.digit(rest.charAt(j), 16) >= 0 && rest.charAt(j) < 128) {
                fracDigits.append(rest.charAt(j++));
            }
        }
        if (intDigits.length() + fracDigits.length() == 0) {
            throw PythonErrors.valueError("invalid hexadecimal floating-point string");
        }
        long exp = 0;
        if (j < rest.length() && rest.charAt(j) == 'p') {
            j++;
            int expStart = j;
            if (j < rest.length() && (rest.charAt(j) == '+' || rest.charAt(j) == '-')) {
                j++;
            }
            int digitsStart = j;
            while (j < rest.length() && rest.charAt(j) >= '0' && rest.charAt(j) <= '9') {
                j++;
            }
            if (j == digitsStart) {
                throw PythonErrors.valueError("invalid hexadecimal floating-point string");
            }
            String e = rest.substring(expStart, j);
            try {
                exp = Long.parseLong(e);
            } catch (NumberFormatException ex) {
                exp = e.startsWith("-") ? -100000000L : 100000000L;
            }
            exp = Math.max(-100000000L, Math.min(100000000L, exp));
        }
        if (j != rest.length()) {
            throw PythonErrors.valueError("invalid hexadecimal floating-point string");
        }
        BigInteger mant = new BigInteger("0" + intDigits + fracDigits, 16);
        long e2 = exp - 4L * fracDigits.length();
        double result;
        if (mant.signum() == 0) {
            result = 0.0;
        } else {
            long topExp = e2 + mant.bitLength(); // value < 2**topExp
            if (topExp > 1024 + 1) {
                throw PythonErrors.overflowError("hexadecimal value too large to represent as a float");
            } else if (topExp < -1080) {
                result = 0.0;
            } else {
                // Java parses hexadecimal floating literals with correct rounding
                result = Double.parseDouble("0x" + mant.toString(16) + "p" + e2);
                if (Double.isInfinite(result)) {
                    throw PythonErrors.overflowError("hexadecimal value too large to represent as a float");
                }
            }
        }
        return neg ? -result : result;
    }

    // ---- parsing ----

    /** {@code float(s)} for a str argument. */
    @TruffleBoundary
    public static double parse(String original) {
        String s = StrWhitespace.strip(original);
        s = StrWhitespace.asciiDigits(s);
        Double r = parseStrict(s);
        if (r == null) {
            throw PythonErrors.valueError("could not convert string to float: %s", org.cinderj.runtime.str.StrOps.repr(original));
        }
        return r;
    }

    /** A float literal (with underscores between digits), inf/infinity/nan; null when invalid. */
    static Double parseStrict(String s) {
        int n = s.length();
        int i = 0;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return neg ? -Double.NaN : Double.NaN;
        }
        StringBuilder clean = new StringBuilder(n);
        int j = 0;
        int m = rest.length();
        int intDigits = scanDigits(rest, j, clean);
        if (intDigits < 0) {
            return null;
        }
        j += intDigits;
        int fracDigits = 0;
        if (j < m && rest.charAt(j) == '.') {
            clean.append('.');
            j++;
            fracDigits = scanDigits(rest, j, clean);
            if (fracDigits < 0) {
                return null;
            }
            j += fracDigits;
        }
        if (countDigits(rest, 0, j) == 0) {
            return null;
        }
        if (j < m && rest.charAt(j) == 'e') {
            clean.append('e');
            j++;
            if (j < m && (rest.charAt(j) == '+' || rest.charAt(j) == '-')) {
                clean.append(rest.charAt(j));
                j++;
            }
            int ed = scanDigits(rest, j, clean);
            if (ed <= 0) {
                return null;
            }
            j += ed;
        }
        if (j != m) {
            return null;
        }
        double v = Double.parseDouble(clean.toString());
        return neg ? -v : v;
    }

    private static int countDigits(String s, int from, int to) {
        int c = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) >= '0' && s.charAt(k) <= '9') {
                c++;
            }
        }
        return c;
    }

    /** Digits with single underscores between them; returns chars consumed, or -1 when malformed. */
    private static int scanDigits(String s, int start, StringBuilder out) {
        int j = start;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                out.append(c);
                j++;
            } else if (c == '_') {
                if (j == start || j + 1 >= s.length() || !(s.charAt(j + 1) >= '0' && s.charAt(j + 1) <= '9')) {
                    return -1;
                }
                j++;
            } else {
                break;
            }
        }
        return j - start;
    }
}
