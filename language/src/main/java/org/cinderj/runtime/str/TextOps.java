package org.cinderj.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The algorithms behind the str and bytes methods, on Java Strings with char indices. bytes and
 * bytearray run through here as Latin-1 strings (one char per byte); {@code bytes} selects their
 * rules: ASCII-only whitespace, case mapping and character classes.
 */
public final class TextOps {
    private TextOps() {
    }

    public static boolean isSpace(int c, boolean bytes) {
        if (bytes) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        return StrOps.isSpace(c);
    }

    // ---- search ----

    /** find within [start, end) (char indices already adjusted); -1 when absent. */
    @TruffleBoundary
    public static int find(String s, String sub, int start, int end) {
        if (start > end || start > s.length()) {
            return -1;
        }
        if (sub.isEmpty()) {
            return start;
        }
        int i = s.indexOf(sub, start);
        return i >= 0 && i + sub.length() <= end ? i : -1;
    }

    @TruffleBoundary
    public static int rfind(String s, String sub, int start, int end) {
        if (start > end || start > s.length()) {
            return -1;
        }
        int from = end - sub.length();
        if (from < start) {
            return -1;
        }
        int i = s.lastIndexOf(sub, from);
        return i >= start ? i : -1;
    }

    @TruffleBoundary
    public static int count(String s, String sub, int start, int end) {
        if (start > end || start > s.length()) {
            return 0;
        }
        if (sub.isEmpty()) {
            return end - start + 1;
        }
        int n = 0;
        int i = start;
        while (true) {
            i = s.indexOf(sub, i);
            if (i < 0 || i + sub.length() > end) {
                return n;
            }
            n++;
            i += sub.length();
        }
    }

    /** startswith/endswith of one candidate within [start, end). */
    @TruffleBoundary
    public static boolean tailMatch(String s, String sub, int start, int end, boolean suffix) {
        if (start > s.length()) {
            return false;
        }
        if (end - start < sub.length()) {
            return false;
        }
        if (suffix) {
            return s.startsWith(sub, end - sub.length());
        }
        return s.startsWith(sub, start);
    }

    // ---- split family ----

    @TruffleBoundary
    public static List<String> split(String s, String sep, long maxsplit, boolean bytes) {
        List<String> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        int n = s.length();
        if (sep == null) {
            int i = 0;
            while (true) {
                while (i < n && isSpace(s.charAt(i), bytes)) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    out.add(s.substring(i)); // the remainder keeps its trailing whitespace
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j), bytes)) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }
        int i = 0;
        while (out.size() < maxsplit) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.add(s.substring(i, j));
            i = j + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    @TruffleBoundary
    public static List<String> rsplit(String s, String sep, long maxsplit, boolean bytes) {
        List<String> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sep == null) {
            int i = s.length();
            while (true) {
                while (i > 0 && isSpace(s.charAt(i - 1), bytes)) {
                    i--;
                }
                if (i <= 0) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    out.add(s.substring(0, i)); // the remainder keeps its leading whitespace
                    break;
                }
                int j = i;
                while (j > 0 && !isSpace(s.charAt(j - 1), bytes)) {
                    j--;
                }
                out.add(s.substring(j, i));
                i = j;
            }
        } else {
            int end = s.length();
            while (out.size() < maxsplit) {
                int j = end - sep.length() < 0 ? -1 : s.lastIndexOf(sep, end - sep.length());
                if (j < 0) {
                    break;
                }
                out.add(s.substring(j + sep.length(), end));
                end = j;
            }
            out.add(s.substring(0, end));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    @TruffleBoundary
    public static List<String> splitlines(String s, boolean keepends, boolean bytes) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !(bytes ? (s.charAt(j) == '\n' || s.charAt(j) == '\r') : StrOps.isLineBreak(s.charAt(j)))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keepends) {
                    eol = j;
                }
            }
            out.add(s.substring(i, eol));
            i = j;
        }
        return out;
    }

    /** strip/lstrip/rstrip; {@code chars} null means whitespace. Works on code points for astral chars. */
    @TruffleBoundary
    public static String strip(String s, String chars, boolean left, boolean right, boolean bytes) {
        int start = 0;
        int end = s.length();
        if (left) {
            while (start < end) {
                int cp = s.codePointAt(start);
                if (chars == null ? !isSpace(cp, bytes) : chars.indexOf(cp) < 0) {
                    break;
                }
                start += Character.charCount(cp);
            }
        }
        if (right) {
            while (end > start) {
                int cp = s.codePointBefore(end);
                if (chars == null ? !isSpace(cp, bytes) : chars.indexOf(cp) < 0) {
                    break;
                }
                end -= Character.charCount(cp);
            }
        }
        return s.substring(start, end);
    }

    @TruffleBoundary
    public static String replace(String s, String old, String rep, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            long done = 0;
            int i = 0;
            while (i <= s.length()) {
                if (done < count) {
                    sb.append(rep);
                    done++;
                } else {
                    sb.append(s, i, s.length());
                    break;
                }
                if (i < s.length()) {
                    int cp = s.codePointAt(i);
                    sb.appendCodePoint(cp);
                    i += Character.charCount(cp);
                } else {
                    break;
                }
            }
            return sb.toString();
        }
        int i = 0;
        long done = 0;
        while (done < count) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(rep);
            i = j + old.length();
            done++;
        }
        if (done == 0) {
            return s;
        }
        sb.append(s, i, s.length());
        return sb.toString();
    }

    @TruffleBoundary
    public static String expandtabs(String s, long tabsize, boolean bytes) {
        StringBuilder sb = new StringBuilder();
        long column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (column % tabsize);
                    for (long k = 0; k < incr; k++) {
                        sb.append(' ');
                    }
                    column += incr;
                }
            } else {
                sb.append(c);
                if (c == '\n' || c == '\r') {
                    column = 0;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
        }
        return sb.toString();
    }

    // ---- case ----

    @TruffleBoundary
    public static String upper(String s, boolean bytes) {
        if (bytes || isAscii(s)) {
            return asciiMap(s, 1);
        }
        return s.toUpperCase(Locale.ROOT);
    }

    @TruffleBoundary
    public static String lower(String s, boolean bytes) {
        if (bytes || isAscii(s)) {
            return asciiMap(s, 0);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    @TruffleBoundary
    public static String swapcase(String s, boolean bytes) {
        if (bytes || isAscii(s)) {
            return asciiMap(s, 2);
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String one = new String(Character.toChars(cp));
            if (Character.isUpperCase(cp)) {
                sb.append(one.toLowerCase(Locale.ROOT));
            } else if (Character.isLowerCase(cp)) {
                sb.append(one.toUpperCase(Locale.ROOT));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    @TruffleBoundary
    public static String casefold(String s) {
        if (isAscii(s)) {
            return asciiMap(s, 0);
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String one = new String(Character.toChars(cp));
            sb.append(one.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        });
        return sb.toString();
    }

    private static String titleOf(int cp) {
        if (cp < 128) {
            return String.valueOf((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
        }
        String one = new String(Character.toChars(cp));
        String up = one.toUpperCase(Locale.ROOT);
        if (up.codePointCount(0, up.length()) > 1) {
            // multi-char mappings such as 'ß' -> 'Ss': title-case the first, lower the rest
            int first = up.codePointAt(0);
            return new String(Character.toChars(Character.toTitleCase(first))) + up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        }
        return new String(Character.toChars(Character.toTitleCase(cp)));
    }

    private static String lowerOf(int cp, boolean bytes) {
        if (cp < 128 || bytes) {
            return String.valueOf((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        }
        return new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
    }

    @TruffleBoundary
    public static String title(String s, boolean bytes) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean cased = bytes ? isAsciiLetter(cp) : StrOps.isCased(cp);
            if (prevCased) {
                sb.append(lowerOf(cp, bytes));
            } else if (bytes) {
                sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            } else {
                sb.append(titleOf(cp));
            }
            prevCased = cased;
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String capitalize(String s, boolean bytes) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        StringBuilder sb = new StringBuilder(s.length());
        if (bytes) {
            sb.append((char) (first >= 'a' && first <= 'z' ? first - 32 : first));
        } else {
            sb.append(titleOf(first));
        }
        String rest = s.substring(Character.charCount(first));
        sb.append(lower(rest, bytes));
        return sb.toString();
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    @TruffleBoundary
    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** mode 0 lower, 1 upper, 2 swap, for ASCII letters only. */
    private static String asciiMap(String s, int mode) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c >= 'A' && c <= 'Z' && mode != 1) {
                cs[i] = (char) (c + 32);
            } else if (c >= 'a' && c <= 'z' && mode != 0) {
                cs[i] = (char) (c - 32);
            }
        }
        return new String(cs);
    }

    // ---- predicates ----

    public interface CpPredicate {
        boolean test(int cp);
    }

    /** True when non-empty and every code point satisfies {@code p}. */
    @TruffleBoundary
    public static boolean all(String s, CpPredicate p) {
        if (s.isEmpty()) {
            return false;
        }
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!p.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** islower/isupper: at least one cased char and no cased char of the other kind. */
    @TruffleBoundary
    public static boolean isLowerOrUpper(String s, boolean upper, boolean bytes) {
        boolean cased = false;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean isUp = bytes ? (cp >= 'A' && cp <= 'Z') : Character.isUpperCase(cp) || Character.isTitleCase(cp);
            boolean isLow = bytes ? (cp >= 'a' && cp <= 'z') : Character.isLowerCase(cp) || Character.isTitleCase(cp);
            if (upper ? isLow : isUp) {
                return false;
            }
            if (upper ? isUp : isLow) {
                cased = true;
            }
        }
        return cased;
    }

    @TruffleBoundary
    public static boolean isTitle(String s, boolean bytes) {
        boolean cased = false;
        boolean prevCased = false;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean up = bytes ? (cp >= 'A' && cp <= 'Z') : Character.isUpperCase(cp) || Character.isTitleCase(cp);
            boolean low = bytes ? (cp >= 'a' && cp <= 'z') : Character.isLowerCase(cp);
            if (up) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (low) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    // ---- padding ----

    /** center/ljust/rjust with a one-character fill; {@code len} is the logical length of s. */
    @TruffleBoundary
    public static String pad(String s, int len, long width, String fill, char how) {
        if (width <= len) {
            return s;
        }
        long total = width - len;
        long left;
        if (how == '<') {
            left = 0;
        } else if (how == '>') {
            left = total;
        } else {
            // CPython: left = marg/2 + (marg & width & 1)
            left = total / 2 + (total & width & 1);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(fill.repeat((int) left));
        sb.append(s);
        sb.append(fill.repeat((int) (total - left)));
        return sb.toString();
    }

    @TruffleBoundary
    public static String zfill(String s, int len, long width) {
        if (width <= len) {
            return s;
        }
        int fill = (int) (width - len);
        StringBuilder sb = new StringBuilder();
        int start = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sb.append(s.charAt(0));
            start = 1;
        }
        sb.append("0".repeat(fill));
        sb.append(s, start, s.length());
        return sb.toString();
    }
}
