package org.cinderj.runtime.number;

/** Whitespace and digit rules shared by int() and float() parsing of strings. */
final class StrWhitespace {
    private StrWhitespace() {
    }

    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && org.cinderj.runtime.str.StrOps.isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && org.cinderj.runtime.str.StrOps.isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** Replaces non-ASCII decimal digits (Unicode category Nd) by their ASCII equivalent. */
    static String asciiDigits(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp >= 128 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else if (cp >= 128 && org.cinderj.runtime.str.StrOps.isSpace(cp)) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
