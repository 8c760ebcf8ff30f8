package org.cinderj.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a Python source file as PEP 263 and PEP 3120 say: UTF-8 unless a
 * {@code coding} declaration on the first two lines names another encoding; a UTF-8 BOM is
 * dropped. Problems raise {@link PythonSyntaxError} with CPython's messages.
 */
public final class PythonSourceDecoder {
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
    private static final Pattern BLANK_OR_COMMENT = Pattern.compile("^[ \\t\\f]*(?:[#\\r\\n]|$)");

    private PythonSourceDecoder() {
    }

    public static String decode(byte[] data, String filename) {
        int start = 0;
        boolean bom = data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF;
        if (bom) {
            start = 3;
        }
        String encoding = declaredEncoding(data, start);
        Charset cs = StandardCharsets.UTF_8;
        if (encoding != null) {
            String norm = normalize(encoding);
            if (bom && !norm.equals("utf-8")) {
                throw new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, "encoding problem: " + encoding + " with BOM",
                                filename, 0, -1, null, 0, -1);
            }
            cs = norm.equals("utf8") ? StandardCharsets.UTF_8 : charsetFor(norm);
            if (cs == null) {
                throw new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, "unknown encoding: " + encoding, filename, 0,
                                -1, null, 0, -1);
            }
        }
        if (cs == StandardCharsets.UTF_8) {
            // fast path: the JDK's decoder is much faster; fall back to the strict one on malformed input
            String fast = new String(data, start, data.length - start, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return fast;
            }
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, start, data.length - start);
        try {
            CharBuffer out = dec.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            int pos = in.position() - start;
            // find the line of the bad byte
            int line = 1;
            int lineStart = start;
            for (int i = start; i < start + pos && i < data.length; i++) {
                if (data[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int bad = start + pos < data.length ? data[start + pos] & 0xFF : 0;
            String what = e instanceof MalformedInputException && (bad & 0xC0) == 0x80 || bad >= 0xF8 ? "invalid start byte"
                            : "invalid continuation byte";
            if (bad < 0x80 || (bad & 0xC0) == 0x80) {
                what = "invalid start byte";
            }
            String codec = cs == StandardCharsets.UTF_8 ? "utf-8" : cs.name().toLowerCase(Locale.ROOT);
            throw new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR,
                            "(unicode error) '" + codec + "' codec can't decode byte 0x" + String.format("%02x", bad)
                                            + " in position " + (start + pos - lineStart) + ": " + what,
                            filename, line, 0, null, line, 0);
        }
    }

    private static String declaredEncoding(byte[] data, int start) {
        int end1 = lineEnd(data, start);
        String l1 = new String(data, start, end1 - start, StandardCharsets.ISO_8859_1);
        Matcher m = CODING.matcher(l1);
        if (m.find()) {
            return m.group(1);
        }
        if (!BLANK_OR_COMMENT.matcher(l1).find() || end1 >= data.length) {
            return null;
        }
        int end2 = lineEnd(data, end1);
        String l2 = new String(data, end1, end2 - end1, StandardCharsets.ISO_8859_1);
        m = CODING.matcher(l2);
        return m.find() ? m.group(1) : null;
    }

    private static int lineEnd(byte[] data, int from) {
        int i = from;
        while (i < data.length && data[i] != '\n') {
            i++;
        }
        return i < data.length ? i + 1 : i;
    }

    private static String normalize(String enc) {
        String e = enc.toLowerCase(Locale.ROOT).replace('_', '-');
        if (e.equals("utf-8") || e.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (e.equals("latin-1") || e.equals("iso-8859-1") || e.equals("iso-latin-1") || e.startsWith("latin-1-")
                        || e.startsWith("iso-8859-1-") || e.startsWith("iso-latin-1-") || e.equals("latin1")) {
            return "iso-8859-1";
        }
        return e;
    }

    private static Charset charsetFor(String norm) {
        try {
            return Charset.forName(norm);
        } catch (Exception e) {
            String alt = norm.replace("-", "");
            try {
                return Charset.forName(alt);
            } catch (Exception e2) {
                return null;
            }
        }
    }
}
