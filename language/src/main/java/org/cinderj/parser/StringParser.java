package org.cinderj.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.cinderj.ast.Expr;

/**
 * Decodes a run of adjacent string literal tokens into one {@link Expr.Constant} (str or bytes) or
 * one {@link Expr.JoinedStr} when any of them is an f-string; replacement field expressions are
 * parsed with {@link PythonParser#parseFStringExpression}.
 */
final class StringParser {
    private final AstBuilder b;
    private Token errorToken;
    private int line;
    private int col;

    /** Literal text not yet emitted as a Constant part. */
    private final StringBuilder literal = new StringBuilder();
    private final List<Expr> parts = new ArrayList<>();

    StringParser(AstBuilder b) {
        this.b = b;
    }

    /** Errors in string contents are reported where CPython reports them: at the token after the strings. */
    private PythonSyntaxError error(String msg) {
        Token t = errorToken;
        return b.source.error(msg, b.line(t), b.col(t) + 1, b.line(t), b.col(t) + 1);
    }

    Expr parse(List<TerminalNode> tokens) {
        Token first = tokens.get(0).getSymbol();
        Token last = tokens.get(tokens.size() - 1).getSymbol();
        errorToken = b.nextToken(last);
        if (errorToken == null) {
            errorToken = last;
        }
        line = b.line(first);
        col = b.col(first);
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        ByteArrayOutputStream bytes = null;
        for (TerminalNode tn : tokens) {
            Token tok = tn.getSymbol();
            String text = tok.getText();
            int pfx = 0;
            boolean raw = false;
            boolean isBytes = false;
            boolean isF = false;
            while (true) {
                char c = text.charAt(pfx);
                if (c == '\'' || c == '"') {
                    break;
                }
                switch (c) {
                    case 'r', 'R' -> raw = true;
                    case 'b', 'B' -> isBytes = true;
                    case 'f', 'F' -> isF = true;
                    default -> {
                    }
                }
                pfx++;
            }
            char q = text.charAt(pfx);
            int qlen = text.length() - pfx >= 6 && text.charAt(pfx + 1) == q && text.charAt(pfx + 2) == q ? 3 : 1;
            String body = text.substring(pfx + qlen, text.length() - qlen);
            if (isBytes) {
                anyBytes = true;
                if (bytes == null) {
                    bytes = new ByteArrayOutputStream();
                }
                decodeBytes(body, raw, bytes);
            } else {
                anyStr = true;
                if (isF) {
                    anyF = true;
                    fstring(tok, pfx + qlen, body, raw, 0, literal, parts);
                } else if (raw) {
                    literal.append(body);
                } else {
                    decodeStr(body, 0, body.length(), literal);
                }
            }
        }
        if (anyBytes && anyStr) {
            throw error("cannot mix bytes and nonbytes literals");
        }
        if (anyBytes) {
            return new Expr.Constant(line, col, bytes.toByteArray());
        }
        if (!anyF) {
            return new Expr.Constant(line, col, literal.toString());
        }
        flush(literal, parts);
        return new Expr.JoinedStr(line, col, parts);
    }

    private void flush(StringBuilder lit, List<Expr> out) {
        if (lit.length() > 0) {
            out.add(new Expr.Constant(line, col, lit.toString()));
            lit.setLength(0);
        }
    }

    // ------------------------------------------------------------------ escapes

    private void decodeBytes(String body, boolean raw, ByteArrayOutputStream out) {
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c >= 128) {
                throw error("bytes can only contain ASCII literal characters");
            }
            if (c != '\\' || raw) {
                out.write(c);
                continue;
            }
            int start = i;
            i++;
            char e = body.charAt(i);
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7'; k++) {
                        i++;
                        v = v * 8 + (body.charAt(i) - '0');
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int h1 = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    int h2 = i + 2 < n ? Character.digit(body.charAt(i + 2), 16) : -1;
                    if (h1 < 0 || h2 < 0) {
                        throw error("(value error) invalid \\x escape at position " + start);
                    }
                    out.write(h1 * 16 + h2);
                    i += 2;
                }
                default -> {
                    if (e >= 128) {
                        throw error("bytes can only contain ASCII literal characters");
                    }
                    out.write('\\');
                    out.write(e);
                }
            }
        }
    }

    private PythonSyntaxError unicodeError(int start, int end, String what) {
        return error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-" + end + ": "
                        + what);
    }

    /** Decodes the escapes of body[from, to) (a non-raw str literal) into out. */
    private void decodeStr(String body, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            int start = i - from;
            i++;
            if (i >= to) {
                out.append('\\');
                break;
            }
            char e = body.charAt(i);
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i + 1 < to && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7'; k++) {
                        i++;
                        v = v * 8 + (body.charAt(i) - '0');
                    }
                    out.append((char) v);
                }
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    int k = 0;
                    for (; k < digits && i + 1 < to; k++) {
                        int d = Character.digit(body.charAt(i + 1), 16);
                        if (d < 0 || body.charAt(i + 1) >= 128) {
                            break;
                        }
                        v = v * 16 + d;
                        i++;
                    }
                    if (k < digits) {
                        String what = e == 'x' ? "truncated \\xXX escape"
                                        : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        throw unicodeError(start, i - from, what);
                    }
                    if (v > 0x10FFFF || v < 0) {
                        throw unicodeError(start, i - from, "illegal Unicode character");
                    }
                    out.appendCodePoint(v);
                }
                case 'N' -> {
                    int close = -1;
                    if (i + 1 < to && body.charAt(i + 1) == '{') {
                        close = body.indexOf('}', i + 2);
                        if (close >= to) {
                            close = -1;
                        }
                    }
                    if (close < 0 || close == i + 2) {
                        throw unicodeError(start, Math.min(i + 1, to - 1) - from, "malformed \\N character escape");
                    }
                    String name = body.substring(i + 2, close);
                    int cp = lookupName(name);
                    if (cp < 0) {
                        throw unicodeError(start, close - from, "unknown Unicode character name");
                    }
                    out.appendCodePoint(cp);
                    i = close;
                }
                default -> {
                    out.append('\\');
                    out.append(e);
                }
            }
        }
    }

    private static final Map<String, Integer> ALIASES = Map.ofEntries(
                    Map.entry("NULL", 0), Map.entry("NUL", 0),
                    Map.entry("LINE FEED", 10), Map.entry("LF", 10), Map.entry("NEW LINE", 10), Map.entry("NL", 10),
                    Map.entry("END OF LINE", 10), Map.entry("EOL", 10),
                    Map.entry("CARRIAGE RETURN", 13), Map.entry("CR", 13),
                    Map.entry("CHARACTER TABULATION", 9), Map.entry("HORIZONTAL TABULATION", 9), Map.entry("TAB", 9),
                    Map.entry("HT", 9), Map.entry("LINE TABULATION", 11), Map.entry("VT", 11),
                    Map.entry("FORM FEED", 12), Map.entry("FF", 12), Map.entry("ESCAPE", 27), Map.entry("ESC", 27),
                    Map.entry("DELETE", 127), Map.entry("DEL", 127), Map.entry("BACKSPACE", 8), Map.entry("BS", 8),
                    Map.entry("ALERT", 7), Map.entry("SP", 32), Map.entry("NBSP", 0xA0), Map.entry("SHY", 0xAD),
                    Map.entry("BYTE ORDER MARK", 0xFEFF), Map.entry("BOM", 0xFEFF), Map.entry("ZWNBSP", 0xFEFF),
                    Map.entry("ZWSP", 0x200B), Map.entry("ZWJ", 0x200D), Map.entry("ZWNJ", 0x200C),
                    Map.entry("LRM", 0x200E), Map.entry("RLM", 0x200F), Map.entry("NEXT LINE", 0x85), Map.entry("NEL", 0x85));

    static int lookupName(String name) {
        String up = name.toUpperCase(Locale.ROOT);
        if (up.startsWith("CJK UNIFIED IDEOGRAPH-") || up.startsWith("CJK COMPATIBILITY IDEOGRAPH-")) {
            try {
                int cp = Integer.parseInt(up.substring(up.indexOf('-') + 1), 16);
                return Character.isDefined(cp) ? cp : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        if (up.startsWith("HANGUL SYLLABLE ")) {
            int cp = hangul(up.substring(16));
            if (cp >= 0) {
                return cp;
            }
        }
        Integer alias = ALIASES.get(up);
        if (alias != null) {
            return alias;
        }
        try {
            int cp = Character.codePointOf(name);
            // Java also accepts "BLOCK NAME hex" for unnamed code points; Python does not
            String real = Character.getName(cp);
            if (real != null && !real.equalsIgnoreCase(name.trim())) {
                return -1;
            }
            return cp;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static final String[] L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K",
        "T", "P", "H"};
    private static final String[] V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U",
        "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP",
        "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private static int hangul(String s) {
        for (int l = 0; l < L.length; l++) {
            for (int v = 0; v < V.length; v++) {
                for (int t = 0; t < T.length; t++) {
                    if (s.equals(L[l] + V[v] + T[t])) {
                        return 0xAC00 + (l * 21 + v) * 28 + t;
                    }
                }
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ f-strings

    /**
     * Parses the body of an f-string (or of a format spec) from index i, appending literal text to
     * lit and finished parts to out. Returns the index where it stopped: the end of the body, or
     * the '}' that closes a format spec when depth > 0.
     */
    private int fstring(Token tok, int bodyStart, String body, boolean raw, int depth, StringBuilder lit,
                    List<Expr> out) {
        return fstringFrom(tok, bodyStart, body, 0, raw, depth, lit, out);
    }

    private int fstringFrom(Token tok, int bodyStart, String body, int i, boolean raw, int depth, StringBuilder lit,
                    List<Expr> out) {
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c == '{') {
                if (depth == 0 && i + 1 < n && body.charAt(i + 1) == '{') {
                    lit.append('{');
                    i += 2;
                    continue;
                }
                flush(lit, out);
                i = field(tok, bodyStart, body, i + 1, raw, depth, out);
                continue;
            }
            if (c == '}') {
                if (depth == 0) {
                    if (i + 1 < n && body.charAt(i + 1) == '}') {
                        lit.append('}');
                        i += 2;
                        continue;
                    }
                    throw error("f-string: single '}' is not allowed");
                }
                return i;
            }
            if (c == '\\' && !raw) {
                // a run of literal text; \N{...} contains braces that are not replacement fields
                int end = i;
                while (end < n) {
                    char d = body.charAt(end);
                    if (d == '{' || d == '}') {
                        break;
                    }
                    if (d == '\\' && end + 1 < n) {
                        char e = body.charAt(end + 1);
                        if (e == '{' || e == '}') {
                            // "\{": an invalid escape; the backslash stays and the brace is f-string syntax
                            end++;
                            break;
                        }
                        if (e == 'N' && end + 2 < n && body.charAt(end + 2) == '{') {
                            int close = body.indexOf('}', end + 3);
                            end = close < 0 ? n : close + 1;
                            continue;
                        }
                        end += 2;
                        continue;
                    }
                    end++;
                }
                if (end > n) {
                    end = n;
                }
                decodeStr(body, i, end, lit);
                i = end;
                continue;
            }
            lit.append(c);
            i++;
        }
        return i;
    }

    /** Parses a replacement field whose expression starts at body[i]; returns the index after its '}'. */
    private int field(Token tok, int bodyStart, String body, int i, boolean raw, int depth, List<Expr> out) {
        if (depth >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        int n = body.length();
        int exprStart = i;
        int nest = 0;
        char[] stack = new char[200];
        char quote = 0;
        int quoteLen = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (c == quote) {
                    if (quoteLen == 3) {
                        if (i + 2 < n && body.charAt(i + 1) == c && body.charAt(i + 2) == c) {
                            i += 3;
                            quote = 0;
                            continue;
                        }
                    } else {
                        quote = 0;
                    }
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                if (i + 2 < n && body.charAt(i + 1) == c && body.charAt(i + 2) == c) {
                    quote = c;
                    quoteLen = 3;
                    i += 3;
                    continue;
                }
                quote = c;
                quoteLen = 1;
                i++;
                continue;
            }
            if (c == '[' || c == '(' || c == '{') {
                if (nest >= 200) {
                    throw error("f-string: too many nested parenthesis");
                }
                stack[nest++] = c;
                i++;
                continue;
            }
            if (c == '#') {
                throw error("f-string expression part cannot include '#'");
            }
            if (nest == 0 && (c == '}' || c == ':')) {
                break;
            }
            if (nest == 0 && c == '!') {
                if (i + 1 < n && body.charAt(i + 1) == '=') {
                    i += 2;
                    continue;
                }
                break;
            }
            if (nest == 0 && c == '=') {
                if (i + 1 < n && body.charAt(i + 1) == '=') {
                    i += 2;
                    continue;
                }
                char prev = i > exprStart ? body.charAt(i - 1) : 0;
                if (prev != '<' && prev != '>' && prev != '=' && prev != '!') {
                    break;
                }
            }
            if (c == ']' || c == ')' || c == '}') {
                if (nest == 0) {
                    throw error("f-string: unmatched '" + c + "'");
                }
                char open = stack[--nest];
                if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}')) {
                    throw error("f-string: closing parenthesis '" + c + "' does not match opening parenthesis '" + open
                                    + "'");
                }
            }
            i++;
        }
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (nest > 0) {
            throw error("f-string: unmatched '" + stack[nest - 1] + "'");
        }
        if (i >= n) {
            throw error("f-string: expecting '}'");
        }
        String exprText = body.substring(exprStart, i);
        if (exprText.isBlank()) {
            throw error("f-string: empty expression not allowed");
        }
        // position of the expression in the real source
        int[] pos = position(tok, bodyStart + exprStart);
        Expr value = PythonParser.parseFStringExpression(exprText, b.source, b.line(tok) + pos[0],
                        pos[0] == 0 ? b.col(tok) + pos[1] : pos[1], b.line(tok) + pos[0], depth + 1);
        int conversion = -1;
        Expr spec = null;
        String debugText = null;
        char c = body.charAt(i);
        if (c == '=') {
            i++;
            while (i < n && Character.isWhitespace(body.charAt(i)) && body.charAt(i) < 128) {
                i++;
            }
            debugText = body.substring(exprStart, i);
            if (i >= n) {
                throw error("f-string: expecting '}'");
            }
            c = body.charAt(i);
        }
        if (c == '!') {
            i++;
            if (i >= n) {
                throw error("f-string: expecting '}'");
            }
            char conv = body.charAt(i);
            if (conv != 's' && conv != 'r' && conv != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = conv;
            i++;
            if (i >= n) {
                throw error("f-string: expecting '}'");
            }
            c = body.charAt(i);
        }
        if (c == ':') {
            i++;
            StringBuilder specLit = new StringBuilder();
            List<Expr> specParts = new ArrayList<>();
            i = fstringFrom(tok, bodyStart, body, i, raw, depth + 1, specLit, specParts);
            flush(specLit, specParts);
            spec = new Expr.JoinedStr(line, col, specParts);
            if (i >= n) {
                throw error("f-string: expecting '}'");
            }
            c = body.charAt(i);
        }
        if (c != '}') {
            throw error("f-string: expecting '}'");
        }
        i++;
        if (debugText != null) {
            // the literal text of the expression and '=' goes before the value
            if (!out.isEmpty() && out.get(out.size() - 1) instanceof Expr.Constant prev && prev.value() instanceof String ps) {
                out.set(out.size() - 1, new Expr.Constant(line, col, ps + debugText));
            } else {
                out.add(new Expr.Constant(line, col, debugText));
            }
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        out.add(new Expr.FormattedValue(line, col, value, conversion, spec));
        return i;
    }

    /** {line delta, column} of index idx of the token text (column on the last line). */
    private static int[] position(Token tok, int idx) {
        String text = tok.getText();
        int lineDelta = 0;
        int lastNl = -1;
        for (int k = 0; k < idx && k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                lineDelta++;
                lastNl = k;
            }
        }
        int colPos = text.codePointCount(lastNl + 1, Math.min(idx, text.length()));
        return new int[]{lineDelta, colPos};
    }
}
