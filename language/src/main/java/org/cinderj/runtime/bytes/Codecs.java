package org.cinderj.runtime.bytes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * str.encode / bytes.decode for the builtin codecs: utf-8, ascii and latin-1 are implemented here
 * with CPython's error positions and handlers (strict, replace, ignore, surrogateescape,
 * surrogatepass, backslashreplace, xmlcharrefreplace, namereplace); other encodings known to
 * Java are delegated to {@link Charset} (strict/replace/ignore only).
 */
public final class Codecs {
    private Codecs() {
    }

    /** The codec's canonical Python name, e.g. "UTF8" -> "utf-8". */
    @TruffleBoundary
    public static String normalize(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (e) {
            case "utf-8", "utf8", "u8", "utf", "cp65001":
                return "utf-8";
            case "ascii", "us-ascii", "646", "us":
                return "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin", "iso-ir-100":
                return "latin-1";
            case "utf-16", "utf16":
                return "utf-16";
            case "utf-16-le", "utf-16le":
                return "utf-16-le";
            case "utf-16-be", "utf-16be":
                return "utf-16-be";
            case "utf-32", "utf32":
                return "utf-32";
            case "utf-32-le", "utf-32le":
                return "utf-32-le";
            case "utf-32-be", "utf-32be":
                return "utf-32-be";
            default:
                return e;
        }
    }

    private static RuntimeException unknownHandler(String errors) {
        return PythonErrors.raise(BuiltinTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
    }

    // =============================== encode ===============================

    @TruffleBoundary
    public static byte[] encode(String s, String encoding, String errors) {
        String enc = normalize(encoding);
        switch (enc) {
            case "utf-8":
                return encodeLimited(s, enc, errors, 0x10ffff);
            case "ascii":
                return encodeLimited(s, enc, errors, 0x7f);
            case "latin-1":
                return encodeLimited(s, enc, errors, 0xff);
            default:
                return encodeJava(s, enc, errors);
        }
    }

    /** Encodes code points up to {@code limit} (utf-8 when limit is 0x10ffff, else one byte each). */
    private static byte[] encodeLimited(String s, String enc, String errors, int limit) {
        boolean utf8 = limit == 0x10ffff;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        int[] cps = s.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            boolean ok = utf8 ? !(cp >= 0xd800 && cp <= 0xdfff) : cp <= limit;
            if (ok) {
                if (utf8) {
                    putUtf8(out, cp);
                } else {
                    out.write(cp);
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && !(utf8 ? !(cps[end] >= 0xd800 && cps[end] <= 0xdfff) : cps[end] <= limit)) {
                end++;
            }
            String reason = utf8 ? "surrogates not allowed" : "ordinal not in range(" + (limit + 1) + ")";
            switch (errors) {
                case "strict":
                    throw encodeError(enc, s, i, end, reason);
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < end; k++) {
                        out.write('?');
                    }
                    break;
                case "surrogateescape":
                    for (int k = i; k < end; k++) {
                        if (cps[k] < 0xdc80 || cps[k] > 0xdcff) {
                            throw encodeError(enc, s, k, k + 1, reason);
                        }
                        out.write(cps[k] - 0xdc00);
                    }
                    break;
                case "surrogatepass":
                    if (!utf8) {
                        throw encodeError(enc, s, i, end, reason);
                    }
                    for (int k = i; k < end; k++) {
                        putUtf8Raw(out, cps[k]);
                    }
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) {
                        ascii(out, escape(cps[k]));
                    }
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < end; k++) {
                        ascii(out, "&#" + cps[k] + ";");
                    }
                    break;
                case "namereplace":
                    for (int k = i; k < end; k++) {
                        String name = Character.getName(cps[k]);
                        ascii(out, name != null && !(cps[k] >= 0xd800 && cps[k] <= 0xdfff) ? "\\N{" + name + "}" : escape(cps[k]));
                    }
                    break;
                default:
                    throw unknownHandler(errors);
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static String escape(int cp) {
        if (cp <= 0xff) {
            return String.format("\\x%02x", cp);
        } else if (cp <= 0xffff) {
            return String.format("\\u%04x", cp);
        }
        return String.format("\\U%08x", cp);
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        for (int k = 0; k < s.length(); k++) {
            out.write(s.charAt(k));
        }
    }

    private static void putUtf8(ByteArrayOutputStream out, int cp) {
        putUtf8Raw(out, cp);
    }

    private static void putUtf8Raw(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xc0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out.write(0xe0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3f));
            out.write(0x80 | (cp & 0x3f));
        } else {
            out.write(0xf0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3f));
            out.write(0x80 | ((cp >> 6) & 0x3f));
            out.write(0x80 | (cp & 0x3f));
        }
    }

    private static RuntimeException encodeError(String enc, String s, int start, int end, String reason) {
        return PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.UNICODE_ENCODE_ERROR, enc, s, (long) start, (long) end, reason));
    }

    private static byte[] encodeJava(String s, String enc, String errors) {
        Charset cs = charset(enc);
        if (enc.startsWith("utf-16") || enc.startsWith("utf-32")) {
            // Java would silently replace lone surrogates
            int[] cps = s.codePoints().toArray();
            for (int k = 0; k < cps.length; k++) {
                if (cps[k] >= 0xd800 && cps[k] <= 0xdfff && errors.equals("strict")) {
                    throw encodeError(enc, s, k, k + 1, "surrogates not allowed");
                }
            }
        }
        try {
            var encoder = cs.newEncoder();
            CodingErrorAction action = switch (errors) {
                case "strict" -> CodingErrorAction.REPORT;
                case "ignore" -> CodingErrorAction.IGNORE;
                case "replace" -> CodingErrorAction.REPLACE;
                default -> throw unknownHandler(errors);
            };
            encoder.onMalformedInput(action).onUnmappableCharacter(action);
            if (errors.equals("replace")) {
                encoder.replaceWith(new byte[]{'?'});
            }
            ByteBuffer bb = encoder.encode(CharBuffer.wrap(s));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw encodeError(enc, s, 0, 1, "character maps to <undefined>");
        }
    }

    private static Charset charset(String enc) {
        String javaName = switch (enc) {
            case "utf-16" -> "UTF-16LE-BOM";
            case "utf-32" -> "UTF-32LE-BOM";
            case "utf-16-le" -> "UTF-16LE";
            case "utf-16-be" -> "UTF-16BE";
            case "utf-32-le" -> "UTF-32LE";
            case "utf-32-be" -> "UTF-32BE";
            default -> enc;
        };
        try {
            if (javaName.equals("UTF-16LE-BOM") || javaName.equals("UTF-32LE-BOM")) {
                return Charset.forName(javaName.startsWith("UTF-16") ? "x-UTF-16LE-BOM" : "X-UTF-32LE-BOM");
            }
            return Charset.forName(javaName);
        } catch (RuntimeException e) {
            throw PythonErrors.raise(BuiltinTypes.LOOKUP_ERROR, "unknown encoding: " + enc);
        }
    }

    /** Raises LookupError when {@code encoding} names no codec we support. */
    @TruffleBoundary
    public static void checkEncoding(String encoding) {
        String enc = normalize(encoding);
        if (!enc.equals("utf-8") && !enc.equals("ascii") && !enc.equals("latin-1")) {
            charset(enc);
        }
    }

    // =============================== decode ===============================

    @TruffleBoundary
    public static String decode(byte[] b, int len, String encoding, String errors) {
        String enc = normalize(encoding);
        switch (enc) {
            case "utf-8":
                return decodeUtf8(b, len, errors);
            case "ascii":
                return decodeSingle(b, len, enc, errors, 0x7f);
            case "latin-1":
                return new String(b, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1);
            default:
                return decodeJava(b, len, enc, errors);
        }
    }

    private static String decodeSingle(byte[] b, int len, String enc, String errors, int limit) {
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            int v = b[i] & 0xff;
            if (v <= limit) {
                sb.append((char) v);
            } else {
                handleDecodeError(sb, b, len, enc, errors, i, i + 1, "ordinal not in range(128)");
            }
        }
        return sb.toString();
    }

    private static void handleDecodeError(StringBuilder sb, byte[] b, int len, String enc, String errors, int start, int end, String reason) {
        switch (errors) {
            case "strict":
                throw PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.UNICODE_DECODE_ERROR, enc,
                                new PBytes(java.util.Arrays.copyOf(b, len)), (long) start, (long) end, reason));
            case "ignore":
                return;
            case "replace":
                sb.append('\ufffd');
                return;
            case "surrogateescape":
                for (int k = start; k < end; k++) {
                    int v = b[k] & 0xff;
                    if (v < 128) {
                        throw PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.UNICODE_DECODE_ERROR, enc,
                                        new PBytes(java.util.Arrays.copyOf(b, len)), (long) start, (long) end, reason));
                    }
                    sb.append((char) (0xdc00 + v));
                }
                return;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", b[k] & 0xff));
                }
                return;
            default:
                throw unknownHandler(errors);
        }
    }

    private static String decodeUtf8(byte[] b, int len, String errors) {
        StringBuilder sb = new StringBuilder(len);
        int i = 0;
        while (i < len) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            int cp;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
                if (c == 0xe0) {
                    lo = 0xa0;
                } else if (c == 0xed && !errors.equals("surrogatepass")) {
                    hi = 0x9f;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
                if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                handleDecodeError(sb, b, len, "utf-8", errors, i, i + 1, "invalid start byte");
                i++;
                continue;
            }
            int k = i + 1;
            boolean bad = false;
            for (int n = 0; n < need; n++, k++) {
                if (k >= len) {
                    handleDecodeError(sb, b, len, "utf-8", errors, i, len, "unexpected end of data");
                    i = len;
                    bad = true;
                    break;
                }
                int cc = b[k] & 0xff;
                int l = n == 0 ? lo : 0x80;
                int h = n == 0 ? hi : 0xbf;
                if (cc < l || cc > h) {
                    handleDecodeError(sb, b, len, "utf-8", errors, i, k, "invalid continuation byte");
                    i = k;
                    bad = true;
                    break;
                }
                cp = (cp << 6) | (cc & 0x3f);
            }
            if (bad) {
                continue;
            }
            sb.appendCodePoint(cp);
            i = k;
        }
        return sb.toString();
    }

    private static String decodeJava(byte[] b, int len, String enc, String errors) {
        String codecName = enc;
        int off = 0;
        if (enc.equals("utf-16") || enc.equals("utf-32")) {
            // a byte order mark picks the order and is dropped; without one, little-endian (as CPython on x86)
            boolean wide = enc.equals("utf-32");
            int n = wide ? 4 : 2;
            boolean le = len >= n && (wide ? (b[0] == (byte) 0xff && b[1] == (byte) 0xfe && b[2] == 0 && b[3] == 0)
                            : (b[0] == (byte) 0xff && b[1] == (byte) 0xfe));
            boolean be = len >= n && (wide ? (b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xfe && b[3] == (byte) 0xff)
                            : (b[0] == (byte) 0xfe && b[1] == (byte) 0xff));
            if (le || be) {
                off = n;
            }
            enc = (wide ? "utf-32" : "utf-16") + (be ? "-be" : "-le");
        }
        Charset cs = charset(enc);
        try {
            var decoder = cs.newDecoder();
            CodingErrorAction action = switch (errors) {
                case "strict" -> CodingErrorAction.REPORT;
                case "ignore" -> CodingErrorAction.IGNORE;
                case "replace" -> CodingErrorAction.REPLACE;
                default -> throw unknownHandler(errors);
            };
            decoder.onMalformedInput(action).onUnmappableCharacter(action);
            return decoder.decode(ByteBuffer.wrap(b, off, len - off)).toString();
        } catch (CharacterCodingException e) {
            throw PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.UNICODE_DECODE_ERROR, codecName,
                            new PBytes(java.util.Arrays.copyOf(b, len)), 0L, 1L, "illegal multibyte sequence"));
        }
    }
}
