package org.cinderj.runtime.number;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.str.StrOps;

/** {@code int(s, base)}: Python's integer literal syntax for strings (signs, prefixes, underscores, whitespace). */
public final class IntParse {
    private IntParse() {
    }

    /** Parses {@code text}; ValueError with CPython's message when invalid. */
    @TruffleBoundary
    public static Object parse(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PythonErrors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        Object r = tryParse(text, base);
        if (r == null) {
            throw invalid(text, base);
        }
        return r;
    }

    static RuntimeException invalid(String text, int base) {
        String shown = text.length() > 200 ? text.substring(0, 200) : text;
        return PythonErrors.valueError("invalid literal for int() with base %d: %s", base, StrOps.repr(shown));
    }

    /** The parsed value or null when {@code text} is not a valid literal in {@code base}. */
    @TruffleBoundary
    public static Object tryParse(String text, int base) {
        String s = StrWhitespace.asciiDigits(StrWhitespace.strip(text));
        int n = s.length();
        int i = 0;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean base0Decimal = false;
        if (base == 0) {
            base = 10;
            base0Decimal = true;
        }
        StringBuilder digits = new StringBuilder(n - i);
        boolean underscoreOk = prefixed; // after a digit, or right after a prefix
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            if (c == '_') {
                if (!underscoreOk || k + 1 >= n) {
                    return null;
                }
                underscoreOk = false;
                continue;
            }
            int d = Character.digit(c, base);
            if (c >= 128 || d < 0) {
                return null;
            }
            digits.append(c);
            underscoreOk = true;
        }
        if (digits.length() == 0) {
            return null;
        }
        String ds = digits.toString();
        if (base0Decimal && ds.length() > 1 && ds.charAt(0) == '0') {
            // "010" is invalid with base 0, "000" is fine
            for (int k = 0; k < ds.length(); k++) {
                if (ds.charAt(k) != '0') {
                    return null;
                }
            }
        }
        if ((base & (base - 1)) != 0) {
            int limit = IntOps.maxStrDigits;
            if (limit > 0 && ds.length() > limit) {
                throw PythonErrors.valueError(
                                "Exceeds the limit (%d) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
                                limit, ds.length());
            }
        }
        if (ds.length() <= 12 || (base <= 16 && ds.length() <= 15)) {
            long v = Long.parseLong(ds, base);
            return neg ? -v : v;
        }
        BigInteger b = new BigInteger(ds, base);
        return IntOps.normalize(neg ? b.negate() : b);
    }
}
