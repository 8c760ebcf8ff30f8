package org.cinderj.runtime.io;

/** Newline handling shared by TextIOWrapper and StringIO. */
public final class Newlines {
    private Newlines() {
    }

    /** Universal newlines with translation to '\n' (newline=None). */
    public static final int UNIVERSAL_TRANSLATE = 0;
    /** Universal line splitting without translation (newline=''). */
    public static final int UNIVERSAL = 1;
    /** Split on '\n' (newline='\n'). */
    public static final int LF = 2;
    /** Split on '\r' (newline='\r'). */
    public static final int CR = 3;
    /** Split on '\r\n' (newline='\r\n'). */
    public static final int CRLF = 4;

    public static int mode(String newline) {
        if (newline == null) {
            return UNIVERSAL_TRANSLATE;
        }
        return switch (newline) {
            case "" -> UNIVERSAL;
            case "\n" -> LF;
            case "\r" -> CR;
            case "\r\n" -> CRLF;
            default -> -1;
        };
    }

    /** The string '\n' is translated to on write, or null for no translation. */
    public static String writeTranslation(int mode) {
        return switch (mode) {
            case CR -> "\r";
            case CRLF -> "\r\n";
            default -> null;
        };
    }

    /** "\r\n" and "\r" become "\n". */
    public static String translateToLF(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The index just after the first line terminator in s[from:end], or -1 if there is none. A
     * '\r' at the very end (end == s.length()) counts as a terminator only when {@code atEof}
     * (otherwise a following '\n' may still arrive): -2 is returned for "need more data".
     */
    public static int lineEnd(CharSequence s, int from, int end, int mode, boolean atEof) {
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            switch (mode) {
                case LF:
                    if (c == '\n') {
                        return i + 1;
                    }
                    break;
                case CR:
                    if (c == '\r') {
                        return i + 1;
                    }
                    break;
                case CRLF:
                    if (c == '\r') {
                        if (i + 1 < end) {
                            if (s.charAt(i + 1) == '\n') {
                                return i + 2;
                            }
                        } else if (!atEof) {
                            return -2;
                        }
                    }
                    break;
                default: // universal (translated text only contains '\n' by now, but be general)
                    if (c == '\n') {
                        return i + 1;
                    } else if (c == '\r') {
                        if (i + 1 < end) {
                            return s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                        }
                        return atEof ? i + 1 : -2;
                    }
                    break;
            }
        }
        return -1;
    }
}
