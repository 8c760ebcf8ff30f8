package org.cinderj.builtins.types.containers;

/**
 * Long images of strings for {@link LongKeySort}: the first few code points, each stored as
 * code point + 1 in a fixed-width field, left-aligned, with 0 for "no more characters". Comparing
 * images then compares those prefixes in code-point order, a shorter prefix first, so the image
 * never orders two strings the wrong way round; strings that share their image are told apart by
 * the real comparison, unless every string fits in its image ({@link #complete}).
 *
 * <p>Narrow images (7 fields of 9 bits) serve strings whose first 7 characters are all below
 * U+01FF, which covers most text; otherwise every string gets a wide image (3 fields of 21 bits,
 * enough for any code point). One width is used for all the strings, as images of different
 * widths do not compare.
 */
final class StringPrefixes {
    private static final int NARROW_FIELDS = 7;
    private static final int NARROW_BITS = 9;
    private static final int WIDE_FIELDS = 3;
    private static final int WIDE_BITS = 21;

    /** The image of each string. */
    final long[] image;
    /** Whether every string is entirely in its image, so that equal images mean equal strings. */
    final boolean complete;

    StringPrefixes(Object[] strings, int n) {
        image = new long[n];
        boolean fits = true;
        boolean narrow = true;
        for (int i = 0; i < n && narrow; i++) {
            String s = (String) strings[i];
            long p = narrowImage(s);
            if (p < 0) {
                narrow = false;
            } else {
                image[i] = p;
                fits &= s.length() <= NARROW_FIELDS;
            }
        }
        if (!narrow) {
            fits = true;
            for (int i = 0; i < n; i++) {
                String s = (String) strings[i];
                image[i] = wideImage(s);
                // (a string of up to 3 code points has at most 6 UTF-16 units)
                fits &= s.length() <= WIDE_FIELDS || (s.length() <= 2 * WIDE_FIELDS && s.codePointCount(0, s.length()) <= WIDE_FIELDS);
            }
        }
        complete = fits;
    }

    /** The narrow image, or -1 when one of the first characters does not fit in a field. */
    private static long narrowImage(String s) {
        long p = 0;
        int len = s.length();
        for (int i = 0; i < NARROW_FIELDS; i++) {
            int field = 0;
            if (i < len) {
                field = s.charAt(i) + 1;
                if (field >= 1 << NARROW_BITS) {
                    return -1;
                }
            }
            p = (p << NARROW_BITS) | field;
        }
        return p;
    }

    /** The wide image: code points, so that surrogate pairs order as the characters they encode. */
    private static long wideImage(String s) {
        long p = 0;
        int at = 0;
        for (int i = 0; i < WIDE_FIELDS; i++) {
            int field = 0;
            if (at < s.length()) {
                int cp = s.codePointAt(at);
                at += Character.charCount(cp);
                field = cp + 1;
            }
            p = (p << WIDE_BITS) | field;
        }
        return p;
    }
}
