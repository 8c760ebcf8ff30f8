package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;
import static org.cinderj.builtins.modules.PyUtil.absent;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.bytes.Codecs;
import org.cinderj.runtime.bytes.PBytes;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** The {@code _codecs} module: the codec registry and the builtin codec functions. */
public final class CodecsModule {
    private CodecsModule() {
    }

    /** Per-context registry state. */
    static final class Registry {
        final List<Object> searchFunctions = new ArrayList<>();
        final Map<String, Object> cache = new HashMap<>();
        final Map<String, Object> errorHandlers = new HashMap<>();
        boolean encodingsImported;
    }

    private static final Map<PythonContext, Registry> REGISTRIES = new WeakHashMap<>();

    static synchronized Registry registry(PythonContext ctx) {
        return REGISTRIES.computeIfAbsent(ctx, k -> new Registry());
    }

    static String normalizeName(String encoding) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            sb.append(c == ' ' || c == '-' ? '_' : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    @TruffleBoundary
    static Object lookup(PythonContext ctx, String encoding) {
        Registry r = registry(ctx);
        if (!r.encodingsImported) {
            r.encodingsImported = true;
            try {
                ImportSystem.importName(ctx, "encodings", NONE, null, 0);
            } catch (PException e) {
                // no encodings package: only the registered search functions
            }
        }
        String key = normalizeName(encoding);
        Object cached = r.cache.get(key);
        if (cached != null) {
            return cached;
        }
        for (Object f : new ArrayList<>(r.searchFunctions)) {
            Object res = PyUtil.call(f, key);
            if (res == NONE) {
                continue;
            }
            if (!(res instanceof PTuple t) || t.getItems().length != 4) {
                throw PythonErrors.typeError("codec search functions must return 4-tuples");
            }
            r.cache.put(key, res);
            return res;
        }
        throw PythonErrors.raise(BuiltinTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
    }

    static String errorsArg(Object o) {
        return absent(o) ? "strict" : PyUtil.str(o, "argument 'errors'");
    }

    static byte[] data(Object o) {
        if (o instanceof String s) {
            // the "s*" converter accepts str (encoded as utf-8) for the decoders
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        byte[] b = BytesOps.bytesIfBytesLike(o);
        if (b == null) {
            throw PythonErrors.typeError("a bytes-like object is required, not '%s'", PyUtil.typeName(o));
        }
        return b;
    }

    static String text(Object o, String fn) {
        if (o instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("%s() argument 1 must be str, not %s", fn, PyUtil.typeName(o));
    }

    static PTuple encoded(byte[] b, String s) {
        return PyUtil.tuple(BytesOps.newBytes(b), (long) s.codePointCount(0, s.length()));
    }

    /** Length of a trailing incomplete (but so far valid) UTF-8 sequence. */
    static int incompleteUtf8Tail(byte[] b) {
        int n = b.length;
        for (int back = 1; back <= Math.min(3, n); back++) {
            int v = b[n - back] & 0xff;
            if ((v & 0xc0) == 0x80) {
                continue;
            }
            int need = v >= 0xf0 && v <= 0xf4 ? 4 : v >= 0xe0 ? 3 : v >= 0xc2 && v < 0xe0 ? 2 : 0;
            if (need > back) {
                // validate the second byte ranges as CPython does
                if (back >= 2) {
                    int v2 = b[n - back + 1] & 0xff;
                    if (v == 0xe0 && v2 < 0xa0 || v == 0xed && v2 > 0x9f || v == 0xf0 && v2 < 0x90 || v == 0xf4 && v2 > 0x8f) {
                        return 0;
                    }
                }
                return back;
            }
            return 0;
        }
        return 0;
    }

    @TruffleBoundary
    static PTuple decodeWith(Object input, Object errors, boolean fin, String enc) {
        byte[] b = data(input);
        int len = b.length;
        if (!fin && enc.equals("utf-8")) {
            len -= incompleteUtf8Tail(b);
        }
        if (enc.startsWith("utf-16") || enc.startsWith("utf-32")) {
            int unit = enc.startsWith("utf-16") ? 2 : 4;
            if (!fin) {
                len -= len % unit;
                if (unit == 2 && len >= 2) {
                    // keep a trailing high surrogate for the next call
                    boolean le = !enc.endsWith("be") && !(enc.length() == 6 && b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff);
                    int hi = le ? b[len - 1] & 0xff : b[len - 2] & 0xff;
                    if (hi >= 0xd8 && hi <= 0xdb) {
                        len -= 2;
                    }
                }
            }
            return PyUtil.tuple(decodeWide(b, len, enc, errorsArg(errors)), (long) len);
        }
        String s = Codecs.decode(b, len, enc, errorsArg(errors));
        return PyUtil.tuple(s, (long) len);
    }

    static java.nio.charset.Charset wideCharset(String enc) {
        return java.nio.charset.Charset.forName(switch (enc) {
            case "utf-16-le" -> "UTF-16LE";
            case "utf-16-be" -> "UTF-16BE";
            case "utf-32-le" -> "UTF-32LE";
            default -> "UTF-32BE";
        });
    }

    /** UTF-16/32 decoding; plain "utf-16"/"utf-32" honour a BOM and default to little-endian. */
    @TruffleBoundary
    static String decodeWide(byte[] b, int len, String enc, String errors) {
        int off = 0;
        String real = enc;
        if (enc.equals("utf-16") || enc.equals("utf-32")) {
            boolean w = enc.equals("utf-32");
            real = enc + "-le";
            if (!w && len >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                off = 2;
            } else if (!w && len >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                off = 2;
                real = "utf-16-be";
            } else if (w && len >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
                off = 4;
            } else if (w && len >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
                off = 4;
                real = "utf-32-be";
            }
        }
        var dec = wideCharset(real).newDecoder();
        java.nio.charset.CodingErrorAction act = errors.equals("strict") ? java.nio.charset.CodingErrorAction.REPORT
                        : errors.equals("ignore") ? java.nio.charset.CodingErrorAction.IGNORE : java.nio.charset.CodingErrorAction.REPLACE;
        dec.onMalformedInput(act).onUnmappableCharacter(act);
        try {
            return dec.decode(java.nio.ByteBuffer.wrap(b, off, len - off)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw decodeError(enc, java.util.Arrays.copyOf(b, len), off, len, "illegal encoding");
        }
    }

    @TruffleBoundary
    static byte[] encodeWide(String s, String enc, String errors) {
        String real = enc.equals("utf-16") || enc.equals("utf-32") ? enc + "-le" : enc;
        int[] cps = s.codePoints().toArray();
        for (int k = 0; k < cps.length; k++) {
            if (cps[k] >= 0xd800 && cps[k] <= 0xdfff && errors.equals("strict")) {
                throw PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.UNICODE_ENCODE_ERROR, enc, s, (long) k, (long) k + 1,
                                "surrogates not allowed"));
            }
        }
        byte[] body = s.getBytes(wideCharset(real));
        if (real.equals(enc)) {
            return body;
        }
        byte[] bom = enc.equals("utf-16") ? new byte[]{(byte) 0xff, (byte) 0xfe} : new byte[]{(byte) 0xff, (byte) 0xfe, 0, 0};
        byte[] out = java.util.Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    static boolean builtinHandler(String errors) {
        for (String h : BUILTIN_HANDLERS) {
            if (h.equals(errors)) {
                return true;
            }
        }
        return false;
    }

    /** The codecs implemented here in Java; str.encode and bytes.decode use them directly. */
    private static final java.util.Set<String> JAVA_CODECS = java.util.Set.of("utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be",
                    "utf-32", "utf-32-le", "utf-32-be");

    /**
     * {@code str.encode(encoding, errors)} and {@code bytes(str, encoding, errors)}: the Java
     * codecs directly, any other text encoding through the codec registry (the {@code encodings}
     * package and codecs.register), as CPython does.
     */
    @TruffleBoundary
    public static byte[] encodeText(String s, String encoding, String errors) {
        String n = Codecs.normalize(encoding);
        if (JAVA_CODECS.contains(n)) {
            return encodeAny(s, n, errors);
        }
        Object v = callTextCodec(encoding, 0, s, errors, "codecs.encode()");
        byte[] b = v instanceof PBytes || v instanceof org.cinderj.runtime.bytes.PByteArray ? BytesOps.bytesIfBytesLike(v) : null;
        if (b == null) {
            throw PythonErrors.typeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding,
                            BuiltinTypes.typeOf(v).getName());
        }
        return b;
    }

    /** {@code bytes.decode(encoding, errors)} and {@code str(bytes, encoding, errors)}, as {@link #encodeText}. */
    @TruffleBoundary
    public static String decodeText(byte[] b, String encoding, String errors) {
        String n = Codecs.normalize(encoding);
        if (JAVA_CODECS.contains(n)) {
            return n.startsWith("utf-16") || n.startsWith("utf-32") ? decodeWide(b, b.length, n, errors) : Codecs.decode(b, b.length, n, errors);
        }
        // like CPython, the decoder sees a memoryview of the data
        Object v = callTextCodec(encoding, 1, org.cinderj.runtime.bytes.PMemoryView.of(BytesOps.newBytes(b)), errors, "codecs.decode()");
        if (!(v instanceof String str)) {
            throw PythonErrors.typeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding,
                            BuiltinTypes.typeOf(v).getName());
        }
        return str;
    }

    /** Calls the encoder (0) or decoder (1) of a registered text encoding; the object it made. */
    private static Object callTextCodec(String encoding, int which, Object input, String errors, String alternative) {
        PythonContext ctx = PythonContext.getIfEntered();
        if (ctx == null) {
            // the object model without a context (its unit tests): no registry to ask
            throw PythonErrors.raise(BuiltinTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        Object codec = lookup(ctx, encoding);
        Object isText = PyOps.lookupAttribute(codec, "_is_text_encoding");
        if (isText != null && !PyUtil.truthy(isText)) {
            throw PythonErrors.raise(BuiltinTypes.LOOKUP_ERROR, "'" + encoding + "' is not a text encoding; use " + alternative + " to handle arbitrary codecs");
        }
        Object r = PyUtil.call(PyOps.getItem(codec, (long) which), input, errors);
        if (!(r instanceof PTuple t) || t.getItems().length != 2) {
            throw PythonErrors.typeError(which == 0 ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object,integer)");
        }
        return t.getItems()[0];
    }

    static byte[] encodeAny(String s, String enc, String errors) {
        if (!builtinHandler(errors)) {
            return encodeWithHandler(s, enc, errors);
        }
        if (enc.startsWith("utf-16") || enc.startsWith("utf-32")) {
            if (!errors.equals("strict") && hasLoneSurrogate(s)) {
                // lone surrogates go to the error handler; the BOM is written once, before it all
                String real = enc.equals("utf-16") || enc.equals("utf-32") ? enc + "-le" : enc;
                byte[] body = encodeWithHandler(s, real, errors);
                return real.equals(enc) ? body : concat(encodeWide("", enc, "strict"), body);
            }
            return encodeWide(s, enc, errors);
        }
        return Codecs.encode(s, enc, errors);
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Encoding with a registered (Python) error handler: strict pieces, the handler for failures. */
    @TruffleBoundary
    static byte[] encodeWithHandler(String s, String enc, String errors) {
        Object handler = registry(PythonContext.get(null)).errorHandlers.get(errors);
        if (handler == null) {
            throw PythonErrors.raise(BuiltinTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        }
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < cps.length) {
            String rest = new String(cps, pos, cps.length - pos);
            try {
                out.writeBytes(encodeAny(rest, enc, "strict"));
                break;
            } catch (PException e) {
                if (!PyUtil.isInstance(e, BuiltinTypes.UNICODE_ENCODE_ERROR)) {
                    throw e;
                }
                Object exc = e.getPythonException();
                int bad = pos + (int) PyUtil.toLong(excAttr(exc, "start", 2));
                int badEnd = pos + (int) PyUtil.toLong(excAttr(exc, "end", 3));
                out.writeBytes(encodeAny(new String(cps, pos, bad - pos), enc, "strict"));
                Object full = PythonErrors.create(BuiltinTypes.UNICODE_ENCODE_ERROR, enc, s, (long) bad, (long) badEnd,
                                excAttr(exc, "reason", 4));
                Object r = PyUtil.call(handler, full);
                if (!(r instanceof PTuple t) || t.getItems().length != 2) {
                    throw PythonErrors.typeError("encoding error handler must return (str/bytes, int) tuple");
                }
                Object rep = t.getItems()[0];
                if (rep instanceof String rs) {
                    out.writeBytes(encodeAny(rs, enc, "strict"));
                } else {
                    byte[] rb = BytesOps.requireBytesLike(rep);
                    int unit = enc.startsWith("utf-16") ? 2 : enc.startsWith("utf-32") ? 4 : 1;
                    if (rb.length % unit != 0) {
                        // bytes that are not whole code units (surrogateescape into UTF-16): the original error
                        throw PythonErrors.raiseObject((org.cinderj.runtime.exception.PBaseException) full);
                    }
                    out.writeBytes(rb);
                }
                long np = PyUtil.toLong(t.getItems()[1]);
                pos = (int) (np < 0 ? cps.length + np : np);
                if (pos < 0 || pos > cps.length) {
                    throw PythonErrors.indexError("position %d from error handler out of bounds", np);
                }
            }
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------ escape codecs

    @TruffleBoundary
    static String unicodeEscapeDecode(byte[] b, boolean raw, String errors) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c != '\\' || i + 1 >= b.length) {
                if (c == '\\' && !raw) {
                    throw decodeError(raw ? "rawunicodeescape" : "unicodeescape", b, i, b.length, "\\ at end of string");
                }
                sb.append((char) c);
                i++;
                continue;
            }
            int d = b[i + 1] & 0xff;
            if (raw) {
                if (d == 'u' || d == 'U') {
                    int n = d == 'u' ? 4 : 8;
                    int cp = hexValue(b, i + 2, n);
                    if (cp < 0) {
                        throw decodeError("rawunicodeescape", b, i, Math.min(b.length, i + 2 + n), "truncated \\" + (char) d + "XXXX escape");
                    }
                    sb.appendCodePoint(cp);
                    i += 2 + n;
                } else {
                    sb.append('\\');
                    i++;
                }
                continue;
            }
            i += 2;
            switch (d) {
                case '\n' -> {
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'v' -> sb.append('\u000b');
                case 'a' -> sb.append('\u0007');
                case 'x', 'u', 'U' -> {
                    int n = d == 'x' ? 2 : d == 'u' ? 4 : 8;
                    int cp = hexValue(b, i, n);
                    if (cp < 0 || cp > 0x10ffff) {
                        String msg = cp > 0x10ffff ? "illegal Unicode character" : "truncated \\" + (d == 'x' ? "xXX" : d == 'u' ? "uXXXX" : "UXXXXXXXX") + " escape";
                        throw decodeError("unicodeescape", b, i - 2, Math.min(b.length, i + n), msg);
                    }
                    sb.appendCodePoint(cp);
                    i += n;
                }
                case 'N' -> {
                    int close = -1;
                    if (i < b.length && b[i] == '{') {
                        for (int k = i + 1; k < b.length; k++) {
                            if (b[k] == '}') {
                                close = k;
                                break;
                            }
                        }
                    }
                    int cp = close < 0 ? -1 : UnicodedataModule.lookupName(new String(b, i + 1, close - i - 1, java.nio.charset.StandardCharsets.ISO_8859_1));
                    if (cp < 0) {
                        throw decodeError("unicodeescape", b, i - 2, close < 0 ? b.length : close + 1, "malformed \\N character escape");
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    if (d >= '0' && d <= '7') {
                        int v = d - '0';
                        for (int k = 0; k < 2 && i < b.length && b[i] >= '0' && b[i] <= '7'; k++) {
                            v = v * 8 + (b[i++] - '0');
                        }
                        sb.append((char) v);
                    } else {
                        sb.append('\\').append((char) d);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static int hexValue(byte[] b, int from, int n) {
        if (from + n > b.length) {
            return -1;
        }
        int v = 0;
        for (int k = from; k < from + n; k++) {
            int h = Character.digit(b[k] & 0xff, 16);
            if (h < 0) {
                return -1;
            }
            v = v * 16 + h;
        }
        return v;
    }

    static PException decodeError(String enc, byte[] b, int start, int end, String reason) {
        return PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.UNICODE_DECODE_ERROR, enc, BytesOps.newBytes(b), (long) start,
                        (long) end, reason));
    }

    @TruffleBoundary
    static byte[] unicodeEscapeEncode(String s, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.codePoints().forEach(cp -> {
            String e;
            if (raw) {
                e = cp < 0x100 ? null : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
            } else if (cp == '\\') {
                e = "\\\\";
            } else if (cp == '\t') {
                e = "\\t";
            } else if (cp == '\n') {
                e = "\\n";
            } else if (cp == '\r') {
                e = "\\r";
            } else if (cp < 0x20 || cp >= 0x7f && cp < 0x100) {
                e = String.format("\\x%02x", cp);
            } else if (cp < 0x7f) {
                e = null;
            } else if (cp < 0x10000) {
                e = String.format("\\u%04x", cp);
            } else {
                e = String.format("\\U%08x", cp);
            }
            if (e == null) {
                out.write(cp);
            } else {
                out.writeBytes(e.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        });
        return out.toByteArray();
    }

    @TruffleBoundary
    static byte[] escapeDecode(byte[] b) {
        String s = unicodeEscapeDecode(b, false, "strict");
        byte[] out = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0xff) {
                throw PythonErrors.valueError("invalid \\x escape at position %d", i);
            }
            out[i] = (byte) c;
        }
        return out;
    }

    // ------------------------------------------------------------ charmap

    @TruffleBoundary
    static String charmapDecode(byte[] b, String errors, Object mapping) {
        if (absent(mapping)) {
            return Codecs.decode(b, b.length, "latin-1", errors);
        }
        StringBuilder sb = new StringBuilder(b.length);
        String table = mapping instanceof String s ? s : null;
        int[] tableCps = table == null ? null : table.codePoints().toArray();
        for (int i = 0; i < b.length; i++) {
            int v = b[i] & 0xff;
            Object r;
            if (tableCps != null) {
                r = v < tableCps.length && tableCps[v] != 0xfffe ? (Object) tableCps[v] : null;
            } else {
                try {
                    r = PyOps.getItem(mapping, (long) v);
                } catch (PException e) {
                    if (!PyUtil.isInstance(e, BuiltinTypes.LOOKUP_ERROR)) {
                        throw e;
                    }
                    r = null;
                }
                if (r == NONE) {
                    r = null;
                } else if (r instanceof Long l) {
                    if (l < 0 || l > 0x10ffff) {
                        throw PythonErrors.typeError("character mapping must be in range(0x110000)");
                    }
                    r = (int) (long) l;
                } else if (r instanceof String rs) {
                    if (rs.equals("\ufffe")) {
                        r = null;
                    } else {
                        sb.append(rs);
                        continue;
                    }
                } else if (r != null) {
                    throw PythonErrors.typeError("character mapping must return integer, None or str");
                }
            }
            if (r == null) {
                switch (errors) {
                    case "strict" -> throw decodeError("charmap", b, i, i + 1, "character maps to <undefined>");
                    case "ignore" -> {
                    }
                    case "replace" -> sb.append('\ufffd');
                    case "backslashreplace" -> sb.append(String.format("\\x%02x", v));
                    case "surrogateescape" -> sb.append((char) (0xdc00 + v));
                    default -> throw PythonErrors.raise(BuiltinTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
                }
            } else {
                sb.appendCodePoint((Integer) r);
            }
        }
        return sb.toString();
    }

    @TruffleBoundary
    static byte[] charmapEncode(String s, String errors, Object mapping) {
        if (absent(mapping)) {
            return Codecs.encode(s, "latin-1", errors);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            Object r;
            try {
                r = PyOps.getItem(mapping, (long) cps[i]);
            } catch (PException e) {
                if (!PyUtil.isInstance(e, BuiltinTypes.LOOKUP_ERROR)) {
                    throw e;
                }
                r = NONE;
            }
            if (r instanceof Long l) {
                if (l < 0 || l > 255) {
                    throw PythonErrors.typeError("character mapping must be in range(256)");
                }
                out.write((int) (long) l);
            } else if (r instanceof PBytes pb) {
                out.writeBytes(pb.getBytes());
            } else if (r == NONE) {
                switch (errors) {
                    case "strict" -> throw PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.UNICODE_ENCODE_ERROR, "charmap", s, (long) i,
                                    (long) i + 1, "character maps to <undefined>"));
                    case "ignore" -> {
                    }
                    case "replace" -> out.write('?');
                    case "xmlcharrefreplace" -> out.writeBytes(("&#" + cps[i] + ";").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    case "backslashreplace" -> out.writeBytes(unicodeEscapeEncode(new String(Character.toChars(cps[i])), false));
                    default -> {
                        // any other handler (surrogateescape, namereplace, registered ones) by the registry
                        Object handler = registry(PythonContext.get(null)).errorHandlers.get(errors);
                        if (handler == null) {
                            throw PythonErrors.raise(BuiltinTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
                        }
                        Object exc = PythonErrors.create(BuiltinTypes.UNICODE_ENCODE_ERROR, "charmap", s, (long) i, (long) i + 1,
                                        "character maps to <undefined>");
                        Object res = PyUtil.call(handler, exc);
                        if (!(res instanceof PTuple t) || t.getItems().length != 2) {
                            throw PythonErrors.typeError("encoding error handler must return (str/bytes, int) tuple");
                        }
                        Object rep = t.getItems()[0];
                        out.writeBytes(rep instanceof String rs ? charmapEncode(rs, "strict", mapping) : BytesOps.requireBytesLike(rep));
                        long np = PyUtil.toLong(t.getItems()[1]);
                        int next = (int) (np < 0 ? cps.length + np : np);
                        if (next < 0 || next > cps.length) {
                            throw PythonErrors.indexError("position %d from error handler out of bounds", np);
                        }
                        i = next - 1;
                    }
                }
            } else {
                throw PythonErrors.typeError("character mapping must return integer, bytes or None, not %s", PyUtil.typeName(r));
            }
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------ error handlers

    static Object excAttr(Object exc, String name, int argIndex) {
        Object v = PyOps.lookupAttribute(exc, name);
        if (v != null) {
            return v;
        }
        return PyOps.getItem(PyOps.getAttribute(exc, "args"), (long) argIndex);
    }

    static Object builtinErrorHandler(String name, Object exc) {
        boolean enc = PyOps.isInstance(exc, BuiltinTypes.UNICODE_ENCODE_ERROR);
        boolean dec = PyOps.isInstance(exc, BuiltinTypes.UNICODE_DECODE_ERROR);
        boolean tr = PyOps.isInstance(exc, BuiltinTypes.UNICODE_TRANSLATE_ERROR);
        if (name.equals("strict")) {
            if (exc instanceof org.cinderj.runtime.exception.PBaseException be) {
                throw PythonErrors.raiseObject(be);
            }
            throw PythonErrors.typeError("codec must pass exception instance");
        }
        if (!enc && !dec && !tr) {
            throw PythonErrors.typeError("don't know how to handle %s in error callback", PyUtil.typeName(exc));
        }
        int off = tr ? -1 : 0;
        Object obj = excAttr(exc, "object", 1 + off);
        long start = PyUtil.toLong(excAttr(exc, "start", 2 + off));
        long end = PyUtil.toLong(excAttr(exc, "end", 3 + off));
        StringBuilder sb = new StringBuilder();
        switch (name) {
            case "ignore" -> {
            }
            case "replace" -> {
                for (long k = start; k < end; k++) {
                    sb.append(enc ? '?' : '\ufffd');
                    if (dec) {
                        break;
                    }
                }
            }
            case "backslashreplace", "xmlcharrefreplace", "namereplace" -> {
                if (dec) {
                    if (!name.equals("backslashreplace")) {
                        throw PythonErrors.typeError("don't know how to handle UnicodeDecodeError in error callback");
                    }
                    byte[] b = BytesOps.requireBytesLike(obj);
                    for (long k = start; k < end; k++) {
                        sb.append(String.format("\\x%02x", b[(int) k] & 0xff));
                    }
                } else {
                    int[] cps = ((String) obj).codePoints().toArray();
                    for (long k = start; k < end; k++) {
                        int cp = cps[(int) k];
                        if (name.equals("xmlcharrefreplace")) {
                            sb.append("&#").append(cp).append(';');
                        } else if (name.equals("namereplace") && UnicodedataModule.nameOf(cp) != null) {
                            sb.append("\\N{").append(UnicodedataModule.nameOf(cp)).append('}');
                        } else {
                            sb.append(cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
                        }
                    }
                }
            }
            case "surrogateescape" -> {
                if (dec) {
                    byte[] b = BytesOps.requireBytesLike(obj);
                    for (long k = start; k < end; k++) {
                        int v = b[(int) k] & 0xff;
                        if (v < 128) {
                            throw PythonErrors.raiseObject((org.cinderj.runtime.exception.PBaseException) exc);
                        }
                        sb.append((char) (0xdc00 + v));
                    }
                } else {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    int[] cps = ((String) obj).codePoints().toArray();
                    for (long k = start; k < end; k++) {
                        int cp = cps[(int) k];
                        if (cp < 0xdc80 || cp > 0xdcff) {
                            throw PythonErrors.raiseObject((org.cinderj.runtime.exception.PBaseException) exc);
                        }
                        out.write(cp - 0xdc00);
                    }
                    return PyUtil.tuple(BytesOps.newBytes(out.toByteArray()), end);
                }
            }
            case "surrogatepass" -> {
                if (enc) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    int[] cps = ((String) obj).codePoints().toArray();
                    // the surrogate's own code unit, in the encoding that failed
                    String encoding = Codecs.normalize(PyUtil.str(excAttr(exc, "encoding", 0), "encoding"));
                    int width = encoding.startsWith("utf-16") ? 2 : encoding.startsWith("utf-32") ? 4 : encoding.equals("utf-8") ? 3 : 0;
                    boolean bigEndian = encoding.endsWith("-be");
                    for (long k = start; k < end; k++) {
                        int cp = cps[(int) k];
                        if (cp < 0xd800 || cp > 0xdfff || width == 0) {
                            throw PythonErrors.raiseObject((org.cinderj.runtime.exception.PBaseException) exc);
                        }
                        if (width == 3) {
                            out.write(0xe0 | (cp >> 12));
                            out.write(0x80 | ((cp >> 6) & 0x3f));
                            out.write(0x80 | (cp & 0x3f));
                        } else {
                            for (int j = 0; j < width; j++) {
                                out.write(cp >> (8 * (bigEndian ? width - 1 - j : j)));
                            }
                        }
                    }
                    return PyUtil.tuple(BytesOps.newBytes(out.toByteArray()), end);
                }
                byte[] b = BytesOps.requireBytesLike(obj);
                if (start + 3 <= b.length && (b[(int) start] & 0xf0) == 0xe0) {
                    int cp = ((b[(int) start] & 0x0f) << 12) | ((b[(int) start + 1] & 0x3f) << 6) | (b[(int) start + 2] & 0x3f);
                    if (cp >= 0xd800 && cp <= 0xdfff) {
                        return PyUtil.tuple(String.valueOf((char) cp), start + 3);
                    }
                }
                throw PythonErrors.raiseObject((org.cinderj.runtime.exception.PBaseException) exc);
            }
            default -> throw PythonErrors.raise(BuiltinTypes.LOOKUP_ERROR, "unknown error handler name '" + name + "'");
        }
        return PyUtil.tuple(sb.toString(), end);
    }

    static final String[] BUILTIN_HANDLERS = {"strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace",
        "surrogateescape", "surrogatepass"};

    // ------------------------------------------------------------ module

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("_codecs");
        Registry reg = registry(ctx);
        for (String h : BUILTIN_HANDLERS) {
            reg.errorHandlers.put(h, org.cinderj.builtins.BuiltinDef.function("_codecs", h + "_errors", "(exc, /)", a -> builtinErrorHandler(h, a[0])));
        }
        PyUtil.fn(m, "register", "(search_function, /)", a -> {
            if (!BuiltinsModule.callable(a[0])) {
                throw PythonErrors.typeError("argument must be callable");
            }
            reg.searchFunctions.add(a[0]);
            return NONE;
        });
        PyUtil.fn(m, "unregister", "(search_function, /)", a -> {
            reg.searchFunctions.remove(a[0]);
            reg.cache.clear();
            return NONE;
        });
        PyUtil.fn(m, "lookup", "(encoding, /)", a -> lookup(ctx, PyUtil.str(a[0], "lookup() argument")));
        PyUtil.fn(m, "_forget_codec", "(encoding, /)", a -> {
            reg.cache.remove(normalizeName(PyUtil.str(a[0], "argument")));
            return NONE;
        });
        PyUtil.fn(m, "lookup_error", "(name, /)", a -> {
            Object h = reg.errorHandlers.get(PyUtil.str(a[0], "lookup_error() argument"));
            if (h == null) {
                throw PythonErrors.raise(BuiltinTypes.LOOKUP_ERROR, "unknown error handler name '" + a[0] + "'");
            }
            return h;
        });
        PyUtil.fn(m, "register_error", "(errors, handler, /)", a -> {
            if (!BuiltinsModule.callable(a[1])) {
                throw PythonErrors.typeError("handler must be callable");
            }
            reg.errorHandlers.put(PyUtil.str(a[0], "register_error() argument 1"), a[1]);
            return NONE;
        });
        PyUtil.fn(m, "encode", "(obj, encoding='utf-8', errors='strict')", a -> {
            String enc = PyUtil.str(a[1], "encode() argument 'encoding'");
            String n = Codecs.normalize(enc);
            if (a[0] instanceof String s && (n.equals("utf-8") || n.equals("ascii") || n.equals("latin-1"))) {
                return BytesOps.newBytes(encodeAny(s, n, errorsArg(a[2])));
            }
            Object codec = lookup(ctx, enc);
            Object r = PyUtil.call(PyOps.getItem(codec, 0L), a[0], a[2]);
            return PyOps.getItem(r, 0L);
        });
        PyUtil.fn(m, "decode", "(obj, encoding='utf-8', errors='strict')", a -> {
            String enc = PyUtil.str(a[1], "decode() argument 'encoding'");
            String n = Codecs.normalize(enc);
            byte[] b = BytesOps.bytesIfBytesLike(a[0]);
            if (b != null && (n.equals("utf-8") || n.equals("ascii") || n.equals("latin-1"))) {
                return Codecs.decode(b, b.length, n, errorsArg(a[2]));
            }
            Object codec = lookup(ctx, enc);
            Object r = PyUtil.call(PyOps.getItem(codec, 1L), a[0], a[2]);
            return PyOps.getItem(r, 0L);
        });
        for (String[] e : new String[][]{{"utf_8", "utf-8"}, {"ascii", "ascii"}, {"latin_1", "latin-1"}, {"utf_16", "utf-16"},
            {"utf_16_le", "utf-16-le"}, {"utf_16_be", "utf-16-be"}, {"utf_32", "utf-32"}, {"utf_32_le", "utf-32-le"},
            {"utf_32_be", "utf-32-be"}}) {
            String pyName = e[0];
            String enc = e[1];
            boolean single = enc.equals("ascii") || enc.equals("latin-1");
            if (enc.equals("utf-16") || enc.equals("utf-32")) {
                PyUtil.fn(m, pyName + "_encode", "(str, errors=None, byteorder=0, /)", a -> {
                    String s = text(a[0], pyName + "_encode");
                    long bo = PyUtil.toLong(a[2]);
                    String real = bo == 0 ? enc : bo < 0 ? enc + "-le" : enc + "-be";
                    return encoded(encodeAny(s, real, errorsArg(a[1])), s);
                });
            } else {
                PyUtil.fn(m, pyName + "_encode", "(str, errors=None, /)", a -> {
                    String s = text(a[0], pyName + "_encode");
                    return encoded(encodeAny(s, enc, errorsArg(a[1])), s);
                });
            }
            PyUtil.fn(m, pyName + "_decode", single ? "(data, errors=None, /)" : "(data, errors=None, final=False, /)",
                            a -> decodeWith(a[0], a[1], single || PyUtil.truthy(a[2]), enc));
        }
        PyUtil.fn(m, "utf_16_ex_decode", "(data, errors=None, byteorder=0, final=False, /)", a -> {
            PTuple t = decodeWith(a[0], a[1], true, "utf-16");
            return PyUtil.tuple(t.getItems()[0], t.getItems()[1], PyUtil.toLong(a[2]));
        });
        PyUtil.fn(m, "utf_32_ex_decode", "(data, errors=None, byteorder=0, final=False, /)", a -> {
            PTuple t = decodeWith(a[0], a[1], true, "utf-32");
            return PyUtil.tuple(t.getItems()[0], t.getItems()[1], PyUtil.toLong(a[2]));
        });
        PyUtil.fn(m, "utf_7_encode", "(str, errors=None, /)", a -> {
            throw PythonErrors.raise(BuiltinTypes.LOOKUP_ERROR, "utf-7 is not supported");
        });
        PyUtil.fn(m, "utf_7_decode", "(data, errors=None, final=False, /)", a -> {
            throw PythonErrors.raise(BuiltinTypes.LOOKUP_ERROR, "utf-7 is not supported");
        });
        PyUtil.fn(m, "unicode_escape_encode", "(str, errors=None, /)", a -> {
            String s = text(a[0], "unicode_escape_encode");
            return encoded(unicodeEscapeEncode(s, false), s);
        });
        PyUtil.fn(m, "raw_unicode_escape_encode", "(str, errors=None, /)", a -> {
            String s = text(a[0], "raw_unicode_escape_encode");
            return encoded(unicodeEscapeEncode(s, true), s);
        });
        PyUtil.fn(m, "unicode_escape_decode", "(data, errors=None, final=True, /)", a -> {
            byte[] b = data(a[0]);
            return PyUtil.tuple(unicodeEscapeDecode(b, false, errorsArg(a[1])), (long) b.length);
        });
        PyUtil.fn(m, "raw_unicode_escape_decode", "(data, errors=None, final=True, /)", a -> {
            byte[] b = data(a[0]);
            return PyUtil.tuple(unicodeEscapeDecode(b, true, errorsArg(a[1])), (long) b.length);
        });
        PyUtil.fn(m, "escape_decode", "(data, errors=None, /)", a -> {
            byte[] b = data(a[0]);
            return PyUtil.tuple(BytesOps.newBytes(escapeDecode(b)), (long) b.length);
        });
        PyUtil.fn(m, "escape_encode", "(data, errors=None, /)", a -> {
            if (!(a[0] instanceof PBytes pb)) {
                throw PythonErrors.typeError("argument 1 must be bytes, not %s", PyUtil.typeName(a[0]));
            }
            String r = BytesOps.repr(pb.getBytes(), pb.length(), "");
            // repr quotes: strip them; CPython escapes ' always
            String inner = r.substring(1, r.length() - 1);
            if (r.charAt(0) == '"') {
                inner = inner.replace("'", "\\'");
            }
            return PyUtil.tuple(BytesOps.newBytes(inner.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), (long) pb.length());
        });
        PyUtil.fn(m, "charmap_decode", "(data, errors=None, mapping=None, /)", a -> {
            byte[] b = data(a[0]);
            return PyUtil.tuple(charmapDecode(b, errorsArg(a[1]), a[2]), (long) b.length);
        });
        PyUtil.fn(m, "charmap_encode", "(str, errors=None, mapping=None, /)", a -> {
            String s = text(a[0], "charmap_encode");
            return encoded(charmapEncode(s, errorsArg(a[1]), a[2]), s);
        });
        PyUtil.fn(m, "charmap_build", "(map, /)", a -> {
            String table = PyUtil.str(a[0], "charmap_build() argument");
            PDict d = new PDict();
            int[] cps = table.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                if (cps[i] != 0xfffe) {
                    d.put((long) cps[i], (long) i);
                }
            }
            return d;
        });
        PyUtil.fn(m, "readbuffer_encode", "(data, errors=None, /)", a -> {
            byte[] b = data(a[0]);
            return PyUtil.tuple(BytesOps.newBytes(b.clone()), (long) b.length);
        });
        return m;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
