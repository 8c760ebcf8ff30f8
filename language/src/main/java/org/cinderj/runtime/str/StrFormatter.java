package org.cinderj.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.bytes.PByteArray;
import org.cinderj.runtime.bytes.PBytes;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.number.FloatFormatter;
import org.cinderj.runtime.number.FloatOps;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.number.PBoxed;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code str % args} (printf-style) and {@code str.format} (the field syntax of PEP 3101). */
public final class StrFormatter {
    private StrFormatter() {
    }

    // =====================================================================================
    // printf-style formatting
    // =====================================================================================

    /** The argument cursor of CPython's formatting loop, including its quirks with mappings. */
    private static final class Args {
        Object args;
        int arglen;
        int argidx;
        final Object dict;

        Args(Object args, boolean bytesMode) {
            this.args = args;
            if (args instanceof PTuple t) {
                arglen = t.size();
                argidx = 0;
            } else {
                arglen = -1;
                argidx = -2;
            }
            boolean mapping = !(args instanceof PTuple) && !(args instanceof String) && !(args instanceof PBoxed b && b.getValue() instanceof String)
                            && !(bytesMode && (args instanceof PBytes || args instanceof PByteArray))
                            && (args instanceof org.cinderj.runtime.dict.PDict || PyOps.lookupSpecial(args, "__getitem__") != null);
            dict = mapping ? args : null;
        }

        Object next() {
            int len = arglen;
            if (argidx < len) {
                int i = argidx++;
                if (len < 0) {
                    return args;
                }
                return ((PTuple) args).get(i);
            }
            throw PythonErrors.typeError("not enough arguments for format string");
        }
    }

    /** {@code fmt % args}. */
    @TruffleBoundary
    public static String percentFormat(String fmt, Object args) {
        return percentFormat(fmt, args, false);
    }

    /** {@code bytes % args}: the same loop with bytes conversions (%s/%b take bytes, %c a byte). */
    @TruffleBoundary
    public static byte[] percentFormatBytes(byte[] fmt, Object args) {
        return BytesOps.fromLatin1(percentFormat(BytesOps.latin1(fmt), args, true));
    }

    private static String percentFormat(String fmt, Object args, boolean bytesMode) {
        Args a = new Args(args, bytesMode);
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c != '%') {
                int next = fmt.indexOf('%', i);
                if (next < 0) {
                    next = n;
                }
                out.append(fmt, i, next);
                i = next;
                continue;
            }
            i++;
            if (i >= n) {
                throw PythonErrors.valueError("incomplete format");
            }
            if (fmt.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            Object value = null;
            if (fmt.charAt(i) == '(') {
                if (a.dict == null) {
                    throw PythonErrors.typeError("format requires a mapping");
                }
                int depth = 1;
                int keyStart = ++i;
                while (i < n && depth > 0) {
                    if (fmt.charAt(i) == '(') {
                        depth++;
                    } else if (fmt.charAt(i) == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw PythonErrors.valueError("incomplete format key");
                }
                String key = fmt.substring(keyStart, i - 1);
                a.args = PyOps.getItem(a.dict, bytesMode ? new PBytes(BytesOps.fromLatin1(key)) : key);
                a.arglen = -1;
                a.argidx = -2;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            flags: while (i < n) {
                switch (fmt.charAt(i)) {
                    case '-' -> left = true;
                    case '+' -> plus = true;
                    case ' ' -> space = true;
                    case '#' -> alt = true;
                    case '0' -> zero = true;
                    default -> {
                        break flags;
                    }
                }
                i++;
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                Object w = a.next();
                if (!IntOps.isInt(w)) {
                    throw PythonErrors.typeError("* wants int");
                }
                width = IntOps.toInt(w, "Python int too large to convert to C ssize_t");
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    width = Math.max(width, 0) * 10 + (fmt.charAt(i) - '0');
                    if (width > Integer.MAX_VALUE / 10) {
                        throw PythonErrors.valueError("width too big");
                    }
                    i++;
                }
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                prec = 0;
                if (i < n && fmt.charAt(i) == '*') {
                    Object p = a.next();
                    if (!IntOps.isInt(p)) {
                        throw PythonErrors.typeError("* wants int");
                    }
                    prec = Math.max(0, IntOps.toInt(p, "Python int too large to convert to C int"));
                    i++;
                } else {
                    while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                        prec = prec * 10 + (fmt.charAt(i) - '0');
                        if (prec > Integer.MAX_VALUE / 10) {
                            throw PythonErrors.valueError("precision too big");
                        }
                        i++;
                    }
                }
            }
            while (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw PythonErrors.valueError("incomplete format");
            }
            int type = fmt.codePointAt(i);
            i += Character.charCount(type);
            if ((bytesMode ? "%sbracdiuxXoeEfFgG" : "%sracdiuxXoeEfFgG").indexOf(type) < 0) {
                String shown = type >= 32 && type < 127 ? String.valueOf((char) type) : "?";
                throw PythonErrors.valueError("unsupported format character '%s' (0x%x) at index %d", shown, type,
                                StrOps.charToCp(fmt, i - Character.charCount(type)));
            }
            if (type != '%') {
                value = a.next();
            }
            switch (type) {
                case '%':
                    a.next();
                    out.append('%');
                    continue;
                case 's', 'r', 'a', 'b': {
                    String s;
                    if (bytesMode) {
                        s = type == 's' || type == 'b' ? bytesArg(value) : StrOps.ascii(PyOps.repr(value));
                    } else {
                        s = type == 's' ? PyOps.str(value) : type == 'r' ? PyOps.repr(value) : StrOps.ascii(PyOps.repr(value));
                    }
                    if (prec >= 0 && prec < StrOps.codePointLength(s)) {
                        s = StrOps.substringCp(s, 0, prec);
                    }
                    appendPadded(out, s, width, left);
                    continue;
                }
                case 'c': {
                    String s = bytesMode ? byteCharArg(value) : charArg(value);
                    appendPadded(out, s, width, left);
                    continue;
                }
                case 'd', 'i', 'u', 'x', 'X', 'o': {
                    Object iv = intArg(value, (char) type);
                    appendInt(out, iv, (char) type, width, prec, left, plus, space, alt, zero);
                    continue;
                }
                case 'e', 'E', 'f', 'F', 'g', 'G': {
                    double d = floatArg(value);
                    String digits = FloatFormatter.toString(Math.abs(d), (char) type, prec < 0 ? 6 : prec, alt, false, false);
                    boolean neg = Math.copySign(1.0, d) < 0 && !Double.isNaN(d);
                    appendNumber(out, neg ? "-" : plus ? "+" : space ? " " : "", "", digits, width, left, zero);
                    continue;
                }
                default:
                    throw PythonErrors.systemError("unreachable format character");
            }
        }
        if (a.argidx < a.arglen && a.dict == null) {
            throw PythonErrors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    /** %s/%b of bytes formatting: a bytes-like object or __bytes__, as Latin-1 text. */
    private static String bytesArg(Object value) {
        byte[] b = BytesOps.bytesIfBytesLike(value);
        if (b == null && PyOps.lookupSpecial(value, "__bytes__") != null) {
            b = BytesOps.bytesIfBytesLike(PyOps.callSpecial(value, "__bytes__"));
        }
        if (b == null) {
            throw PythonErrors.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                            BuiltinTypes.typeOf(value).getName());
        }
        return BytesOps.latin1(b);
    }

    private static String byteCharArg(Object value) {
        byte[] b = BytesOps.bytesIfBytesLike(value);
        if (b != null) {
            if (b.length != 1) {
                throw PythonErrors.typeError("%%c requires an integer in range(256) or a single byte");
            }
            return BytesOps.latin1(b);
        }
        Object iv = IntOps.asInt(value);
        if (iv == null) {
            if (PyOps.lookupSpecial(value, "__index__") == null) {
                throw PythonErrors.typeError("%%c requires an integer in range(256) or a single byte");
            }
            iv = PyOps.index(value);
        }
        if (!(iv instanceof Long l) || l < 0 || l > 255) {
            throw PythonErrors.overflowError("%%c arg not in range(256)");
        }
        return String.valueOf((char) (long) l);
    }

    private static void appendPadded(StringBuilder out, String s, int width, boolean left) {
        int len = StrOps.codePointLength(s);
        if (!left) {
            for (int k = len; k < width; k++) {
                out.append(' ');
            }
        }
        out.append(s);
        if (left) {
            for (int k = len; k < width; k++) {
                out.append(' ');
            }
        }
    }

    /** Sign, prefix and digits padded per the printf flags: '0' pads after the sign and prefix. */
    private static void appendNumber(StringBuilder out, String sign, String prefix, String digits, int width, boolean left, boolean zero) {
        int len = sign.length() + prefix.length() + digits.length();
        if (left) {
            out.append(sign).append(prefix).append(digits);
            for (int k = len; k < width; k++) {
                out.append(' ');
            }
        } else if (zero) {
            out.append(sign).append(prefix);
            for (int k = len; k < width; k++) {
                out.append('0');
            }
            out.append(digits);
        } else {
            for (int k = len; k < width; k++) {
                out.append(' ');
            }
            out.append(sign).append(prefix).append(digits);
        }
    }

    private static void appendInt(StringBuilder out, Object iv, char type, int width, int prec, boolean left, boolean plus, boolean space,
                    boolean alt, boolean zero) {
        int radix = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : 10;
        boolean neg = IntOps.signum(iv) < 0;
        Object abs = IntOps.abs(iv);
        String digits = radix == 10 ? IntOps.toString(abs) : IntOps.toString(abs, radix);
        if (type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (prec > digits.length()) {
            digits = "0".repeat(prec - digits.length()) + digits;
        }
        String prefix = "";
        if (alt) {
            prefix = type == 'x' ? "0x" : type == 'X' ? "0X" : type == 'o' ? "0o" : "";
        }
        appendNumber(out, neg ? "-" : plus ? "+" : space ? " " : "", prefix, digits, width, left, zero);
    }

    private static String charArg(Object value) {
        String s = StrOps.asStr(value);
        if (s != null) {
            if (StrOps.codePointLength(s) != 1) {
                throw PythonErrors.typeError("%%c requires int or char");
            }
            return s;
        }
        Object iv = IntOps.asInt(value);
        if (iv == null) {
            if (PyOps.lookupSpecial(value, "__index__") == null) {
                throw PythonErrors.typeError("%%c requires int or char");
            }
            iv = PyOps.index(value);
        }
        if (!(iv instanceof Long l) || l < 0 || l > 0x10ffff) {
            throw PythonErrors.overflowError("%%c arg not in range(0x110000)");
        }
        return new String(Character.toChars((int) (long) l));
    }

    /** The int to format with %d/%x/%o: ints as is, floats truncated (d only), else __index__/__int__. */
    private static Object intArg(Object value, char type) {
        Object iv = IntOps.asInt(value);
        if (iv != null) {
            return iv;
        }
        boolean decimal = type == 'd' || type == 'i' || type == 'u';
        if (decimal) {
            Object raw = PBoxed.unwrap(value);
            if (raw instanceof Double d) {
                return IntOps.fromDouble(d);
            }
            if (PyOps.lookupSpecial(value, "__index__") != null) {
                return PyOps.index(value);
            }
            if (PyOps.lookupSpecial(value, "__int__") != null) {
                Object r = PyOps.callSpecial(value, "__int__");
                Object ri = IntOps.asInt(r);
                if (ri == null) {
                    throw PythonErrors.typeError("__int__ returned non-int (type %s)", BuiltinTypes.typeOf(r).getName());
                }
                return ri;
            }
            throw PythonErrors.typeError("%%%c format: a real number is required, not %s", type, BuiltinTypes.typeOf(value).getName());
        }
        if (PyOps.lookupSpecial(value, "__index__") != null) {
            return PyOps.index(value);
        }
        throw PythonErrors.typeError("%%%c format: an integer is required, not %s", type, BuiltinTypes.typeOf(value).getName());
    }

    /** The float to format with %e/%f/%g; "must be real number, not X" otherwise. */
    public static double floatArg(Object value) {
        Double d = FloatOps.asDouble(value);
        if (d != null) {
            return d;
        }
        if (PyOps.lookupSpecial(value, "__float__") != null) {
            Object r = PyOps.callSpecial(value, "__float__");
            Object raw = PBoxed.unwrap(r);
            if (raw instanceof Double rd) {
                return rd;
            }
            throw PythonErrors.typeError("%s.__float__ returned non-float (type %s)", BuiltinTypes.typeOf(value).getName(),
                            BuiltinTypes.typeOf(r).getName());
        }
        if (PyOps.lookupSpecial(value, "__index__") != null) {
            return IntOps.toDouble(PyOps.index(value));
        }
        throw PythonErrors.typeError("must be real number, not %s", BuiltinTypes.typeOf(value).getName());
    }

    // =====================================================================================
    // str.format
    // =====================================================================================

    /** State shared by the nested specs of one format call: auto-numbering. */
    private static final class FormatState {
        final Object[] args;
        /** A PDict, an arbitrary mapping (format_map), or null. */
        final Object kwargs;
        int autoIndex;
        /** 0 unknown, 1 automatic numbering used, 2 manual numbering used. */
        int numbering;

        FormatState(Object[] args, Object kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }
    }

    /** {@code fmt.format(*args, **kwargs)}; {@code kwargs} may be null. */
    @TruffleBoundary
    public static String format(String fmt, Object[] args, PDict kwargs) {
        return render(fmt, new FormatState(args, kwargs), 2);
    }

    /** {@code fmt.format_map(mapping)}. */
    @TruffleBoundary
    public static String formatMap(String fmt, Object mapping) {
        return render(fmt, new FormatState(new Object[0], mapping), 2);
    }

    private static String render(String s, FormatState st, int depth) {
        if (depth <= 0) {
            throw PythonErrors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PythonErrors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && s.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            if (i + 1 >= n) {
                throw PythonErrors.valueError("Single '{' encountered in format string");
            }
            // the field name: up to '!', ':' or '}', skipping [...] contents
            int j = i + 1;
            while (j < n) {
                char d = s.charAt(j);
                if (d == '[') {
                    while (j < n && s.charAt(j) != ']') {
                        j++;
                    }
                    if (j >= n) {
                        break;
                    }
                    j++;
                    continue;
                }
                if (d == '}' || d == ':' || d == '!') {
                    break;
                }
                j++;
            }
            if (j >= n) {
                throw PythonErrors.valueError("expected '}' before end of string");
            }
            String name = s.substring(i + 1, j);
            int conversion = 0;
            if (s.charAt(j) == '!') {
                j++;
                if (j >= n) {
                    throw PythonErrors.valueError("end of string while looking for conversion specifier");
                }
                conversion = s.codePointAt(j);
                j += Character.charCount(conversion);
                if (j < n && s.charAt(j) != ':' && s.charAt(j) != '}') {
                    throw PythonErrors.valueError("expected ':' after conversion specifier");
                }
                if (j >= n) {
                    throw PythonErrors.valueError("unmatched '{' in format spec");
                }
            }
            String spec = "";
            if (s.charAt(j) == ':') {
                int start = ++j;
                int level = 1;
                while (j < n) {
                    char d = s.charAt(j);
                    if (d == '{') {
                        level++;
                    } else if (d == '}') {
                        level--;
                        if (level == 0) {
                            break;
                        }
                    }
                    j++;
                }
                if (j >= n) {
                    throw PythonErrors.valueError("unmatched '{' in format spec");
                }
                spec = s.substring(start, j);
            }
            // s[j] is the closing '}'
            i = j + 1;
            Object value = resolveField(name, st);
            if (conversion != 0) {
                switch (conversion) {
                    case 'r' -> value = PyOps.repr(value);
                    case 's' -> value = PyOps.str(value);
                    case 'a' -> value = StrOps.ascii(PyOps.repr(value));
                    default -> {
                        if (conversion > 32 && conversion < 127) {
                            throw PythonErrors.valueError("Unknown conversion specifier %c", (char) conversion);
                        }
                        throw PythonErrors.valueError("Unknown conversion specifier \\x%x", conversion);
                    }
                }
            }
            if (spec.indexOf('{') >= 0) {
                spec = render(spec, st, depth - 1);
            }
            out.append(PyOps.format(value, spec));
        }
        return out.toString();
    }

    private static Object resolveField(String field, FormatState st) {
        int n = field.length();
        int k = 0;
        while (k < n && field.charAt(k) != '.' && field.charAt(k) != '[') {
            k++;
        }
        String first = field.substring(0, k);
        Object obj;
        if (first.isEmpty()) {
            if (st.numbering == 2) {
                throw PythonErrors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            st.numbering = 1;
            obj = positional(st, st.autoIndex++);
        } else if (isDigits(first)) {
            if (st.numbering == 1) {
                throw PythonErrors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            st.numbering = 2;
            BigInteger idx = new BigInteger(first);
            if (idx.bitLength() > 31) {
                throw PythonErrors.valueError("Too many decimal digits in format string");
            }
            obj = positional(st, idx.intValue());
        } else {
            obj = keyword(st, first);
        }
        while (k < n) {
            char c = field.charAt(k);
            if (c == '.') {
                int start = ++k;
                while (k < n && field.charAt(k) != '.' && field.charAt(k) != '[') {
                    k++;
                }
                String attr = field.substring(start, k);
                if (attr.isEmpty()) {
                    throw PythonErrors.valueError("Empty attribute in format string");
                }
                obj = PyOps.getAttribute(obj, attr);
            } else if (c == '[') {
                int start = ++k;
                while (k < n && field.charAt(k) != ']') {
                    k++;
                }
                if (k >= n) {
                    throw PythonErrors.valueError("Missing ']' in format string");
                }
                String key = field.substring(start, k);
                if (key.isEmpty()) {
                    throw PythonErrors.valueError("Empty attribute in format string");
                }
                k++;
                Object keyObj = isDigits(key) ? IntOps.normalize(new BigInteger(key)) : key;
                obj = PyOps.getItem(obj, keyObj);
                if (k < n && field.charAt(k) != '.' && field.charAt(k) != '[') {
                    throw PythonErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PythonErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private static Object positional(FormatState st, int index) {
        if (index >= st.args.length) {
            throw PythonErrors.indexError("Replacement index %d out of range for positional args tuple", index);
        }
        return st.args[index];
    }

    private static Object keyword(FormatState st, String name) {
        if (st.kwargs == null) {
            throw PythonErrors.keyError(name);
        }
        if (st.kwargs instanceof PDict d && d.getPythonClass() == BuiltinTypes.DICT) {
            Object v = d.get(name);
            if (v == null) {
                throw PythonErrors.keyError(name);
            }
            return v;
        }
        return PyOps.getItem(st.kwargs, name);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
