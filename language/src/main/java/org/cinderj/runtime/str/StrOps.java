package org.cinderj.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.number.PBoxed;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.slice.PSlice;

/**
 * str helpers with code-point semantics. A Python str is a Java String; characters outside the
 * BMP are surrogate pairs in Java but count as one character in Python, so every index that
 * crosses the boundary goes through {@link #cpToChar}/{@link #charToCp}. Strings without
 * surrogates (the common case) take the direct path.
 */
public final class StrOps {
    private StrOps() {
    }

    /** One-entry cache of the last string checked for surrogates: indexing loops hit it. */
    private record SurrogateCache(String s, boolean has) {
    }

    private static volatile SurrogateCache cache = new SurrogateCache("", false);

    /** Whether {@code s} contains any surrogate char (so char and code-point indices may differ). */
    public static boolean hasSurrogates(String s) {
        SurrogateCache c = cache;
        if (c.s == s) {
            return c.has;
        }
        boolean has = scanSurrogates(s);
        if (s.length() > 16) {
            cache = new SurrogateCache(s, has);
        }
        return has;
    }

    @TruffleBoundary
    private static boolean scanSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The str value of {@code o} (str or str-subclass box), or null. */
    public static String asStr(Object o) {
        if (o instanceof String s) {
            return s;
        } else if (o instanceof PBoxed b && b.getValue() instanceof String s) {
            return s;
        }
        return null;
    }

    /** {@code len(s)}. */
    public static int codePointLength(String s) {
        if (!hasSurrogates(s)) {
            return s.length();
        }
        return s.codePointCount(0, s.length());
    }

    /** The char index of code point index {@code cp} (0 <= cp <= len). */
    @TruffleBoundary
    public static int cpToChar(String s, int cp) {
        if (!hasSurrogates(s)) {
            return cp;
        }
        return s.offsetByCodePoints(0, cp);
    }

    /** The code point index of char index {@code ci}. */
    @TruffleBoundary
    public static int charToCp(String s, int ci) {
        if (!hasSurrogates(s)) {
            return ci;
        }
        return s.codePointCount(0, ci);
    }

    /** {@code s[index]} with negative indices; IndexError "string index out of range". */
    @TruffleBoundary
    public static String getItem(String s, long index) {
        if (!hasSurrogates(s)) {
            long i = index < 0 ? index + s.length() : index;
            if (i < 0 || i >= s.length()) {
                throw PythonErrors.indexError("string index out of range");
            }
            return String.valueOf(s.charAt((int) i));
        }
        int len = s.codePointCount(0, s.length());
        long i = index < 0 ? index + len : index;
        if (i < 0 || i >= len) {
            throw PythonErrors.indexError("string index out of range");
        }
        int ci = s.offsetByCodePoints(0, (int) i);
        return new String(Character.toChars(s.codePointAt(ci)));
    }

    /** {@code s[start:stop:step]}. */
    @TruffleBoundary
    public static String getSlice(String s, PSlice slice) {
        int len = codePointLength(s);
        PSlice.Indices idx = slice.indices(len);
        if (idx.length() <= 0) {
            return "";
        }
        boolean astral = hasSurrogates(s);
        if (idx.step() == 1) {
            if (!astral) {
                return s.substring(idx.start(), idx.start() + idx.length());
            }
            return substringCp(s, idx.start(), idx.start() + idx.length());
        }
        int[] cps = astral ? s.codePoints().toArray() : null;
        StringBuilder sb = new StringBuilder(idx.length());
        long pos = idx.start();
        for (int k = 0; k < idx.length(); k++, pos += idx.step()) {
            if (astral) {
                sb.appendCodePoint(cps[(int) pos]);
            } else {
                sb.append(s.charAt((int) pos));
            }
        }
        return sb.toString();
    }

    /** The substring between code point indices. */
    @TruffleBoundary
    public static String substringCp(String s, int startCp, int endCp) {
        if (!hasSurrogates(s)) {
            return s.substring(startCp, endCp);
        }
        int a = s.offsetByCodePoints(0, startCp);
        int b = s.offsetByCodePoints(a, endCp - startCp);
        return s.substring(a, b);
    }

    /**
     * An optional start/end argument of find/count/startswith...: None or missing gives
     * {@code dflt}; otherwise an index via {@code __index__}, saturated.
     */
    public static long sliceIndex(Object o, long dflt) {
        if (o == PNone.NONE || o == Missing.VALUE || o == null) {
            return dflt;
        }
        Object i;
        if (o instanceof Long || o instanceof BigInteger) {
            i = o;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else {
            if (PyOps.lookupSpecial(o, "__index__") == null) {
                throw PythonErrors.typeError("slice indices must be integers or None or have an __index__ method");
            }
            i = PyOps.index(o);
        }
        if (i instanceof Long l) {
            return l;
        }
        return ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
    }

    /** CPython's ADJUST_INDICES: clamps [start, end) to a sequence of {@code len}. Returns {start, end}. */
    public static int[] adjustIndices(Object startObj, Object endObj, int len) {
        long start = sliceIndex(startObj, 0);
        long end = sliceIndex(endObj, Long.MAX_VALUE / 4);
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end += len;
            if (end < 0) {
                end = 0;
            }
        }
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = 0;
            }
        }
        return new int[]{(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    // ---- repr ----

    /** {@code repr(s)}: CPython's quoting and escaping rules. */
    @TruffleBoundary
    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                hex(sb, 'x', cp, 2);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(sb, 'x', cp, 2);
            } else if (cp <= 0xffff) {
                hex(sb, 'u', cp, 4);
            } else {
                hex(sb, 'U', cp, 8);
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /** {@code ascii(s)}: repr with every non-ASCII character escaped. */
    @TruffleBoundary
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        int i = 0;
        while (i < repr.length()) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                hex(sb, 'x', cp, 2);
            } else if (cp <= 0xffff) {
                hex(sb, 'u', cp, 4);
            } else {
                hex(sb, 'U', cp, 8);
            }
        }
        return sb.toString();
    }

    static void hex(StringBuilder sb, char kind, int cp, int digits) {
        sb.append('\\').append(kind);
        String h = Integer.toHexString(cp);
        for (int k = h.length(); k < digits; k++) {
            sb.append('0');
        }
        sb.append(h);
    }

    // ---- character classes (Python's definitions) ----

    /** {@code str.isspace} for one code point: Python's whitespace set. */
    public static boolean isSpace(int cp) {
        switch (cp) {
            case ' ', '\t', '\n', 0x0b, 0x0c, '\r', 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200a;
        }
    }

    /** {@code str.isprintable} for one code point: not in categories Cc Cf Cs Co Cn Zl Zp Zs (except ' '). */
    public static boolean isPrintable(int cp) {
        if (cp < 0x7f) {
            return cp >= 0x20;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Line boundaries of {@code str.splitlines}. */
    public static boolean isLineBreak(int cp) {
        switch (cp) {
            case '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
                return true;
            default:
                return false;
        }
    }

    public static boolean isDecimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isDigit(int cp) {
        if (isDecimal(cp)) {
            return true;
        }
        if (Character.getType(cp) == Character.OTHER_NUMBER) {
            int v = Character.getNumericValue(cp);
            return v >= 0 && v <= 9;
        }
        return false;
    }

    public static boolean isNumeric(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                        || (t == Character.OTHER_LETTER && Character.getNumericValue(cp) >= 0 && isCjkNumeral(cp));
    }

    private static boolean isCjkNumeral(int cp) {
        return "〇一二三四五六七八九十百千万億兆零壹贰叁肆伍陆柒捌玖拾佰仟".indexOf(cp) >= 0;
    }

    public static boolean isAlpha(int cp) {
        return Character.isLetter(cp);
    }

    public static boolean isAlnum(int cp) {
        return Character.isLetter(cp) || isDecimal(cp) || isDigit(cp) || isNumeric(cp);
    }

    /** Cased: has an upper/lower/title case property (Lu, Ll, Lt, or Other_Lowercase/Uppercase). */
    public static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    /** {@code str.isidentifier}. */
    @TruffleBoundary
    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        int i = Character.charCount(first);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** The str that {@code str(o)} returns for a str or str subclass instance. */
    public static String unwrap(Object o) {
        String s = asStr(o);
        if (s == null) {
            throw PythonErrors.typeError("descriptor requires a 'str' object but received a '%s'",
                            org.cinderj.runtime.type.BuiltinTypes.typeOf(o).getName());
        }
        return s;
    }
}
