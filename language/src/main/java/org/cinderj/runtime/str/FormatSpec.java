package org.cinderj.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.runtime.exception.PythonErrors;

/**
 * A parsed standard format specifier (the {@code format()} mini-language of Python 3.10):
 * {@code [[fill]align][sign][#][0][width][grouping][.precision][type]}, and the padding and
 * digit-grouping steps shared by the int, float, complex and str formatters.
 */
public final class FormatSpec {
    /** The fill code point. */
    public int fill = ' ';
    /** One of {@code < > = ^}, or 0 when not given. */
    public char align;
    /** One of {@code + - space}, or 0 when not given. */
    public char sign;
    public boolean alternate;
    /** Width, or -1. */
    public int width = -1;
    /** ',' or '_' or 0. */
    public char grouping;
    /** Precision, or -1. */
    public int precision = -1;
    /** The presentation type, or 0 when omitted. */
    public char type;
    /** Whether fill or align were written explicitly. */
    public boolean fillGiven;

    /**
     * Parses {@code spec}. {@code defaultAlign} is '<' for str and '>' for numbers; the '0' flag
     * means fill '0' with '=' alignment unless an alignment was given.
     */
    @TruffleBoundary
    public static FormatSpec parse(String spec, char defaultAlign) {
        FormatSpec f = new FormatSpec();
        int[] cps = spec.codePoints().toArray();
        int n = cps.length;
        int i = 0;
        if (n >= 2 && isAlign(cps[1])) {
            f.fill = cps[0];
            f.align = (char) cps[1];
            f.fillGiven = true;
            i = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            f.align = (char) cps[0];
            i = 1;
        }
        if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) {
            f.sign = (char) cps[i++];
        }
        if (i < n && cps[i] == '#') {
            f.alternate = true;
            i++;
        }
        if (i < n && cps[i] == '0') {
            if (!f.fillGiven) {
                f.fill = '0';
            }
            if (f.align == 0 && defaultAlign == '>') {
                f.align = '='; // numbers only: strings keep their default alignment
            }
            i++;
        }
        int start = i;
        i = readNumber(cps, i, f, true);
        if (i == start) {
            f.width = -1;
        }
        if (i < n && cps[i] == ',') {
            f.grouping = ',';
            i++;
        }
        if (i < n && cps[i] == '_') {
            if (f.grouping != 0) {
                throw PythonErrors.valueError("Cannot specify both ',' and '_'.");
            }
            f.grouping = '_';
            i++;
        }
        if (i < n && cps[i] == ',') {
            throw PythonErrors.valueError("Cannot specify both ',' and '_'.");
        }
        if (i < n && cps[i] == '.') {
            i++;
            int pstart = i;
            i = readNumber(cps, i, f, false);
            if (i == pstart) {
                throw PythonErrors.valueError("Format specifier missing precision");
            }
        }
        if (n - i > 1) {
            throw PythonErrors.valueError("Invalid format specifier");
        }
        if (i < n) {
            f.type = (char) cps[i];
        }
        if (f.align == 0) {
            f.align = defaultAlign;
        }
        if (f.grouping != 0) {
            switch (f.type) {
                case 0, 'd', 'e', 'f', 'g', 'E', 'F', 'G', '%':
                    break;
                case 'b', 'o', 'x', 'X':
                    if (f.grouping == '_') {
                        break;
                    }
                    // fall through
                default:
                    throw PythonErrors.valueError("Cannot specify '%c' with '%s'.", f.grouping, typeText(f.type));
            }
        }
        return f;
    }

    private static String typeText(char t) {
        return t > 32 && t < 127 ? String.valueOf(t) : String.format("\\x%x", (int) t);
    }

    private static int readNumber(int[] cps, int i, FormatSpec f, boolean width) {
        long value = 0;
        int start = i;
        while (i < cps.length && cps[i] >= '0' && cps[i] <= '9') {
            value = value * 10 + (cps[i] - '0');
            if (value > Integer.MAX_VALUE || i - start > 18) {
                throw PythonErrors.valueError("Too many decimal digits in format string");
            }
            i++;
        }
        if (i > start) {
            if (width) {
                f.width = (int) value;
            } else {
                f.precision = (int) value;
            }
        }
        return i;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** The "Unknown format code" error CPython raises for an unsupported presentation type. */
    public static RuntimeException unknownCode(char type, String typeName) {
        if (type > 32 && type < 128) {
            return PythonErrors.valueError("Unknown format code '%c' for object of type '%s'", type, typeName);
        }
        return PythonErrors.valueError("Unknown format code '\\x%x' for object of type '%s'", (int) type, typeName);
    }

    /**
     * Pads {@code body} (already including any sign/prefix) to the width. For '=' alignment
     * {@code signLength} leading chars (sign and prefix) stay in front of the padding.
     */
    @TruffleBoundary
    public String pad(String body, int signLength) {
        int len = body.codePointCount(0, body.length());
        if (width <= len) {
            return body;
        }
        int total = width - len;
        String fillStr = new String(Character.toChars(fill));
        StringBuilder sb = new StringBuilder(body.length() + total);
        switch (align) {
            case '<':
                sb.append(body);
                sb.append(fillStr.repeat(total));
                break;
            case '^':
                sb.append(fillStr.repeat(total / 2));
                sb.append(body);
                sb.append(fillStr.repeat(total - total / 2));
                break;
            case '=':
                sb.append(body, 0, signLength);
                sb.append(fillStr.repeat(total));
                sb.append(body, signLength, body.length());
                break;
            default:
                sb.append(fillStr.repeat(total));
                sb.append(body);
                break;
        }
        return sb.toString();
    }

    /**
     * Inserts the grouping separator every {@code interval} digits of {@code digits} (which are
     * ASCII), and when {@code minWidth > 0} zero-pads the digits (with separators) up to that
     * many characters, as CPython does for zero-filled grouped numbers.
     */
    @TruffleBoundary
    public static String group(String digits, char sep, int interval, int minWidth) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        int i = digits.length() - 1;
        while (true) {
            boolean haveDigit = i >= 0;
            if (!haveDigit && sb.length() >= minWidth) {
                break;
            }
            if (count == interval) {
                sb.append(sep);
                count = 0;
                if (!haveDigit && sb.length() >= minWidth) {
                    // CPython never ends in a separator: a leading separator gets a zero
                    sb.append('0');
                    break;
                }
            }
            sb.append(haveDigit ? digits.charAt(i) : '0');
            i--;
            count++;
        }
        return sb.reverse().toString();
    }
}
