package org.cinderj.runtime.number;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.cinderj.runtime.str.FormatSpec;

/**
 * CPython's float formatting: {@code repr} (shortest round-trip digits), the 'e'/'f'/'g'/'r'
 * conversions of {@code PyOS_double_to_string}, and the format-spec mini-language.
 *
 * <p>Digits come from two exact sources: the shortest round-trip digits of
 * {@link Double#toString(double)} (Java 19+ produces the shortest decimal) and, for a fixed
 * precision, {@link BigDecimal} rounding of the exact binary value (round-half-even on the exact
 * value, which is what CPython's dtoa does). No {@code String.format} rounding is used.
 */
public final class FloatFormatter {
    private FloatFormatter() {
    }

    /** Decimal digits {@code d1 d2 ... dn} and {@code decpt}: value = 0.d1d2...dn * 10**decpt. */
    record Digits(String digits, int decpt) {
    }

    /** {@code repr(d)}, e.g. {@code 1.0}, {@code 1e+16}, {@code 0.1}, {@code inf}, {@code nan}. */
    @TruffleBoundary
    public static String repr(double d) {
        return toString(d, 'r', 0, false, true, false);
    }

    /** The shortest digits that round-trip to {@code abs} (a finite, positive double). */
    @TruffleBoundary
    static Digits shortest(double abs) {
        if (abs == 0) {
            return new Digits("0", 1);
        }
        String s = Double.toString(abs);
        int e = s.indexOf('E');
        int exp = 0;
        String mant = s;
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            mant = s.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        String frac = mant.substring(dot + 1);
        String all = intPart + frac;
        int decpt = intPart.length() + exp;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        all = all.substring(lead);
        decpt -= lead;
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        all = all.substring(0, end);
        if (all.length() == 2) {
            // Java picks a 2-digit decimal when it is closer than every 1-digit one that would
            // round-trip; CPython prefers the shortest (the closest of the shortest).
            Digits one = oneDigit(abs, all, decpt);
            if (one != null) {
                return one;
            }
        }
        return new Digits(all, decpt);
    }

    private static Digits oneDigit(double abs, String two, int decpt) {
        int first = two.charAt(0) - '0';
        Digits best = null;
        BigDecimal exact = new BigDecimal(abs);
        BigDecimal bestDist = null;
        for (int cand = first; cand <= first + 1; cand++) {
            String digits;
            int dp = decpt;
            if (cand == 10) {
                digits = "1";
                dp++;
            } else if (cand == 0) {
                continue;
            } else {
                digits = String.valueOf(cand);
            }
            BigDecimal value = new BigDecimal(new java.math.BigInteger(digits), -(dp - 1));
            if (value.doubleValue() == abs) {
                BigDecimal dist = value.subtract(exact).abs();
                if (bestDist == null || dist.compareTo(bestDist) < 0) {
                    best = new Digits(digits, dp);
                    bestDist = dist;
                }
            }
        }
        return best;
    }

    /** Exactly {@code n >= 1} significant digits of {@code abs}, correctly rounded. */
    @TruffleBoundary
    static Digits significant(double abs, int n) {
        if (abs == 0) {
            return new Digits("0".repeat(n), 1);
        }
        BigDecimal r = new BigDecimal(abs).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String u = r.unscaledValue().toString();
        int decpt = u.length() - r.scale();
        if (u.length() < n) {
            u = u + "0".repeat(n - u.length());
        } else if (u.length() > n) {
            u = u.substring(0, n); // only trailing zeros can be cut here
        }
        return new Digits(u, decpt);
    }

    /** {@code abs} rounded to {@code decimals} digits after the point; the digits may be "0". */
    @TruffleBoundary
    static String fixedDigits(double abs, int decimals) {
        BigDecimal r = new BigDecimal(abs).setScale(decimals, RoundingMode.HALF_EVEN);
        return r.toPlainString();
    }

    /**
     * {@code PyOS_double_to_string}: formats {@code d} with conversion {@code type} ('e', 'E',
     * 'f', 'F', 'g', 'G', 'r'), {@code precision} digits, and the flags: {@code alt} ('#'),
     * {@code addDot0} (integral results get ".0"), {@code sign} (a '+' for non-negatives).
     */
    @TruffleBoundary
    public static String toString(double d, char type, int precision, boolean alt, boolean addDot0, boolean sign) {
        String body = unsigned(Math.abs(d), type, precision, alt, addDot0);
        boolean negative = (Math.copySign(1.0, d) < 0) && !Double.isNaN(d);
        if (negative) {
            return "-" + body;
        }
        return sign ? "+" + body : body;
    }

    /** The formatted magnitude without sign. */
    @TruffleBoundary
    static String unsigned(double abs, char type, int precision, boolean alt, boolean addDot0) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isNaN(abs)) {
            return upper ? "NAN" : "nan";
        }
        if (Double.isInfinite(abs)) {
            return upper ? "INF" : "inf";
        }
        switch (type) {
            case 'f', 'F': {
                String s = fixedDigits(abs, precision);
                if (alt && precision == 0) {
                    s = s + ".";
                }
                return s;
            }
            case 'e', 'E': {
                Digits dg = significant(abs, precision + 1);
                return expForm(dg.digits(), dg.decpt(), alt, upper);
            }
            case 'g', 'G': {
                int p = precision == 0 ? 1 : precision;
                Digits dg = significant(abs, p);
                String digits = dg.digits();
                if (!alt) {
                    digits = stripZeros(digits);
                }
                int limit = addDot0 ? p - 1 : p;
                if (dg.decpt() <= -4 || dg.decpt() > limit) {
                    return expForm(digits, dg.decpt(), alt && digits.length() == 1, upper);
                }
                return fixedForm(digits, dg.decpt(), alt && !addDot0 ? p : 0, alt, addDot0);
            }
            default: { // 'r'
                Digits dg = shortest(abs);
                if (dg.decpt() <= -4 || dg.decpt() > 16) {
                    return expForm(dg.digits(), dg.decpt(), alt, false);
                }
                return fixedForm(dg.digits(), dg.decpt(), 0, false, addDot0);
            }
        }
    }

    private static String stripZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    /** d.ddde+XX with at least two exponent digits; a lone digit gets a point only with alt. */
    private static String expForm(String digits, int decpt, boolean alt, boolean upper) {
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (digits.length() > 1 || alt) {
            sb.append('.');
            sb.append(digits, 1, digits.length());
        }
        int exp = digits.equals("0".repeat(digits.length())) ? 0 : decpt - 1;
        sb.append(upper ? 'E' : 'e');
        sb.append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
        return sb.toString();
    }

    /**
     * Digits placed around the decimal point. {@code minDigits} pads with zeros to that many
     * significant digits ('#g' keeps trailing zeros).
     */
    private static String fixedForm(String digits, int decpt, int minDigits, boolean alt, boolean addDot0) {
        if (digits.length() < minDigits) {
            digits = digits + "0".repeat(minDigits - digits.length());
        }
        StringBuilder sb = new StringBuilder();
        if (decpt <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-decpt));
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            sb.append("0".repeat(decpt - digits.length()));
            if (addDot0) {
                sb.append(".0");
            } else if (alt) {
                sb.append('.');
            }
        } else {
            sb.append(digits, 0, decpt);
            sb.append('.');
            sb.append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /** {@code format(d, spec)}: float's {@code __format__}. */
    @TruffleBoundary
    public static String format(double d, String spec) {
        if (spec.isEmpty()) {
            return repr(d);
        }
        FormatSpec f = FormatSpec.parse(spec, '>');
        return format(d, f, "float");
    }

    /** Formats with a parsed spec; {@code typeName} is for the unknown-code error (int delegates here). */
    @TruffleBoundary
    public static String format(double d, FormatSpec f, String typeName) {
        char type = f.type;
        int precision = f.precision;
        boolean addDot0 = false;
        boolean percent = false;
        switch (type) {
            case 0:
                addDot0 = true;
                if (precision < 0) {
                    type = 'r';
                } else {
                    type = 'g';
                }
                break;
            case 'e', 'E', 'f', 'F', 'g', 'G':
                break;
            case 'n':
                type = 'g';
                break;
            case '%':
                type = 'f';
                percent = true;
                d = d * 100;
                break;
            default:
                throw FormatSpec.unknownCode(type, typeName);
        }
        if (precision < 0 && type != 'r') {
            precision = 6;
        }
        double abs = Math.abs(d);
        String body = unsigned(abs, type, precision, f.alternate, addDot0);
        if (percent) {
            body = body + "%";
        }
        boolean negative = Math.copySign(1.0, d) < 0 && !Double.isNaN(d);
        String signStr = negative ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        return finishNumber(f, signStr, "", body, Double.isFinite(d));
    }

    /**
     * Grouping, zero padding and alignment for a formatted number: {@code body} holds digits
     * and maybe a fraction/exponent part; {@code prefix} is "0x"-like.
     */
    @TruffleBoundary
    public static String finishNumber(FormatSpec f, String signStr, String prefix, String body, boolean groupable) {
        if (f.grouping != 0 && groupable) {
            int end = 0;
            while (end < body.length() && isDigitChar(body.charAt(end), f)) {
                end++;
            }
            int minWidth = 0;
            if (f.fill == '0' && f.align == '=' && f.width > 0) {
                minWidth = f.width - signStr.length() - prefix.length() - (body.length() - end);
            }
            int interval = (f.type == 'b' || f.type == 'o' || f.type == 'x' || f.type == 'X') ? 4 : 3;
            String grouped = FormatSpec.group(body.substring(0, end), f.grouping, interval, minWidth);
            body = grouped + body.substring(end);
        }
        String all = signStr + prefix + body;
        return f.pad(all, signStr.length() + prefix.length());
    }

    private static boolean isDigitChar(char c, FormatSpec f) {
        if (c >= '0' && c <= '9') {
            return true;
        }
        return (f.type == 'x' || f.type == 'X') && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
    }
}
