package org.cinderj.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * Turns the raw tokens of {@link Python310Lexer} into Python's logical token stream: NEWLINE at
 * the end of each logical line, INDENT/DEDENT from the indentation of the first token of a line,
 * no newlines inside brackets, comments and line joins dropped. It also reports the errors
 * CPython's tokenizer reports (bad indentation, unterminated strings, invalid characters and
 * numbers, unbalanced brackets) as {@link PythonSyntaxError}.
 */
public abstract class Python310LexerBase extends Lexer {
    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;

    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private final int[] indents = new int[MAXINDENT + 1];
    private final int[] altIndents = new int[MAXINDENT + 1];
    private int indentTop;
    private boolean atLineStart = true;
    private int col;
    private int altCol;
    /** Open brackets, innermost last. */
    private final ArrayList<Token> brackets = new ArrayList<>();
    private boolean finished;
    private Token eofToken;
    private SourceText source;
    private int lastLine = 1;

    protected Python310LexerBase(CharStream input) {
        super(input);
    }

    public void setSource(SourceText source) {
        this.source = source;
    }

    /** Open brackets at the point reached, innermost last. */
    public java.util.List<Token> openBrackets() {
        return brackets;
    }

    private PythonSyntaxError error(String msg, int line, int offset) {
        return source.error(msg, line, offset);
    }

    @Override
    public Token nextToken() {
        try {
            return nextLogicalToken();
        } catch (PythonSyntaxError e) {
            e.fromTokenizer = true;
            throw e;
        }
    }

    private PythonSyntaxError eofInContinuation(Token t) {
        if (!brackets.isEmpty()) {
            Token b = brackets.get(brackets.size() - 1);
            return source.error("'" + b.getText() + "' was never closed", b.getLine(), b.getCharPositionInLine() + 1,
                            b.getLine(), 0);
        }
        return error("unexpected EOF while parsing", t.getLine(), t.getCharPositionInLine() + 2);
    }

    private Token nextLogicalToken() {
        while (pending.isEmpty()) {
            produce();
        }
        return pending.poll();
    }

    private Token make(int type, String text, Token at) {
        CommonToken t = new CommonToken(_tokenFactorySourcePair, type, DEFAULT_TOKEN_CHANNEL,
                        at.getStartIndex(), at.getStartIndex() - 1);
        t.setText(text);
        t.setLine(at.getLine());
        t.setCharPositionInLine(at.getCharPositionInLine());
        return t;
    }

    private void produce() {
        if (finished) {
            pending.add(eofToken);
            return;
        }
        Token t = super.nextToken();
        int type = t.getType();
        switch (type) {
            case Python310Lexer.WS:
                if (atLineStart) {
                    String s = t.getText();
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (c == ' ') {
                            col++;
                            altCol++;
                        } else if (c == '\t') {
                            col = (col / TABSIZE + 1) * TABSIZE;
                            altCol++;
                        } else {
                            col = 0;
                            altCol = 0;
                        }
                    }
                }
                return;
            case Python310Lexer.COMMENT:
                return;
            case Python310Lexer.LINE_JOIN:
                if (_input.LA(1) == CharStream.EOF) {
                    throw eofInContinuation(t);
                }
                return;
            case Python310Lexer.BAD_LINE_JOIN:
                if (_input.LA(1) == CharStream.EOF) {
                    throw eofInContinuation(t);
                }
                throw error("unexpected character after line continuation character", t.getLine(),
                                t.getCharPositionInLine() + 2);
            case Python310Lexer.NEWLINE:
                if (!brackets.isEmpty()) {
                    return;
                }
                if (atLineStart) {
                    col = 0;
                    altCol = 0;
                    return;
                }
                CommonToken nl = new CommonToken(t);
                nl.setText("\n");
                pending.add(nl);
                atLineStart = true;
                col = 0;
                altCol = 0;
                return;
            case Token.EOF:
                finished = true;
                eofToken = t;
                if (brackets.isEmpty()) {
                    if (!atLineStart) {
                        pending.add(make(Python310Lexer.NEWLINE, "", t));
                    }
                    while (indentTop > 0) {
                        indentTop--;
                        pending.add(make(Python310Lexer.DEDENT, "", t));
                    }
                }
                pending.add(t);
                return;
            default:
                break;
        }
        if (atLineStart) {
            atLineStart = false;
            indentation(t);
        }
        switch (type) {
            case Python310Lexer.LPAR:
            case Python310Lexer.LSQB:
            case Python310Lexer.LBRACE:
                if (brackets.size() >= MAXLEVEL) {
                    throw error("too many nested parentheses", t.getLine(), t.getCharPositionInLine() + 1);
                }
                brackets.add(t);
                break;
            case Python310Lexer.RPAR:
            case Python310Lexer.RSQB:
            case Python310Lexer.RBRACE:
                closeBracket(t);
                break;
            case Python310Lexer.NUMBER:
                verifyNumber(t);
                break;
            case Python310Lexer.NAME:
                verifyIdentifier(t);
                break;
            case Python310Lexer.UNTERMINATED_STRING: {
                int detected = t.getLine() + countLines(t.getText(), false);
                throw error("unterminated string literal (detected at line " + detected + ")", t.getLine(),
                                t.getCharPositionInLine() + 1);
            }
            case Python310Lexer.UNTERMINATED_LONG_STRING: {
                int detected = t.getLine() + countLines(t.getText(), true);
                throw error("unterminated triple-quoted string literal (detected at line " + detected + ")",
                                t.getLine(), t.getCharPositionInLine() + 1);
            }
            case Python310Lexer.ERRORCHAR:
                errorChar(t);
                break;
            default:
                break;
        }
        pending.add(t);
    }

    private static int countLines(String s, boolean ignoreTrailing) {
        int n = 0;
        int len = s.length();
        if (ignoreTrailing && len > 0 && (s.charAt(len - 1) == '\n' || s.charAt(len - 1) == '\r')) {
            len--;
            if (len > 0 && s.charAt(len) == '\n' && s.charAt(len - 1) == '\r') {
                len--;
            }
        }
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= len || s.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    private void indentation(Token t) {
        int line = t.getLine();
        if (col == indents[indentTop]) {
            if (altCol != altIndents[indentTop]) {
                throw tabError(line);
            }
        } else if (col > indents[indentTop]) {
            if (indentTop + 1 >= MAXINDENT) {
                throw source.error(PythonSyntaxError.Kind.INDENTATION_ERROR, "too many levels of indentation", line,
                                t.getCharPositionInLine() + 1, line, -1);
            }
            if (altCol <= altIndents[indentTop]) {
                throw tabError(line);
            }
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = altCol;
            pending.add(make(Python310Lexer.INDENT, "", t));
        } else {
            while (indentTop > 0 && col < indents[indentTop]) {
                indentTop--;
                pending.add(make(Python310Lexer.DEDENT, "", t));
            }
            if (col != indents[indentTop]) {
                int len = source.lineLength(line);
                throw source.error(PythonSyntaxError.Kind.INDENTATION_ERROR,
                                "unindent does not match any outer indentation level", line, len + 1, line, -1);
            }
            if (altCol != altIndents[indentTop]) {
                throw tabError(line);
            }
        }
    }

    private PythonSyntaxError tabError(int line) {
        return source.error(PythonSyntaxError.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation",
                        line, 1, line, 0);
    }

    private static char closerOf(int type) {
        return switch (type) {
            case Python310Lexer.LPAR -> ')';
            case Python310Lexer.LSQB -> ']';
            default -> '}';
        };
    }

    private void closeBracket(Token t) {
        char c = t.getText().charAt(0);
        if (brackets.isEmpty()) {
            throw error("unmatched '" + c + "'", t.getLine(), t.getCharPositionInLine() + 1);
        }
        Token open = brackets.remove(brackets.size() - 1);
        if (closerOf(open.getType()) != c) {
            String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + open.getText() + "'";
            if (open.getLine() != t.getLine()) {
                msg += " on line " + open.getLine();
            }
            throw error(msg, t.getLine(), t.getCharPositionInLine() + 1);
        }
    }

    private void errorChar(Token t) {
        int c = t.getText().codePointAt(0);
        if (c == 0) {
            throw error("source code cannot contain null bytes", t.getLine(), t.getCharPositionInLine() + 1);
        }
        if (c < 128 && c >= 32 && c != 127) {
            // '$', '?', '!', '`': CPython's tokenizer passes these on and the parser says "invalid syntax"
            return;
        }
        throw invalidChar(c, t.getLine(), t.getCharPositionInLine() + 1);
    }

    private PythonSyntaxError invalidChar(int c, int line, int offset) {
        String hex = String.format("%04X", c);
        if (isPrintable(c)) {
            return error("invalid character '" + new String(Character.toChars(c)) + "' (U+" + hex + ")", line, offset);
        }
        return error("invalid non-printable character U+" + hex, line, offset);
    }

    private static boolean isPrintable(int c) {
        int type = Character.getType(c);
        switch (type) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return c == ' ';
            default:
                return true;
        }
    }

    private void verifyIdentifier(Token t) {
        String s = t.getText();
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return;
        }
        int colPos = t.getCharPositionInLine();
        int i = 0;
        boolean first = true;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            boolean ok = c < 128 ? (first ? (Character.isLetter(c) || c == '_') : (Character.isLetterOrDigit(c) || c == '_'))
                            : (first ? isXidStart(c) : isXidContinue(c));
            if (!ok) {
                throw invalidChar(c, t.getLine(), colPos + 1);
            }
            first = false;
            colPos++;
            i += Character.charCount(c);
        }
    }

    static boolean isXidStart(int c) {
        if (Character.isIdentifierIgnorable(c)) {
            return false;
        }
        // Character.isUnicodeIdentifierStart follows ID_Start (plus a few); good enough for XID_Start.
        return Character.isUnicodeIdentifierStart(c) || c == 0x2118 || c == 0x212E || c == 0x309B || c == 0x309C;
    }

    static boolean isXidContinue(int c) {
        if (Character.isIdentifierIgnorable(c)) {
            return false;
        }
        return Character.isUnicodeIdentifierPart(c) || c == 0x00B7 || c == 0x0387 || (c >= 0x1369 && c <= 0x1371)
                        || c == 0x19DA;
    }

    /** What CPython's tokenizer checks right after a number literal. */
    private void verifyNumber(Token t) {
        String s = t.getText();
        int line = t.getLine();
        int startCol = t.getCharPositionInLine();
        int endCol = startCol + s.length(); // numbers are ASCII
        String kind;
        char last = s.charAt(s.length() - 1);
        boolean radix = s.length() > 1 && s.charAt(0) == '0' && "xXoObB".indexOf(s.charAt(1)) >= 0;
        if (last == 'j' || last == 'J') {
            kind = "imaginary";
        } else if (radix) {
            char r = Character.toLowerCase(s.charAt(1));
            kind = r == 'x' ? "hexadecimal" : r == 'o' ? "octal" : "binary";
        } else {
            kind = "decimal";
        }
        int c = _input.LA(1);
        if (c == '_') {
            int c2 = _input.LA(2);
            if (kind.equals("decimal") && s.equals("0") && c2 >= '0' && c2 <= '9') {
                // 0_7: digits after leading zeros
                leadingZeros(t, s);
            }
            throw error("invalid " + kind + " literal", line, s.endsWith(".") ? endCol : endCol + 1);
        }
        if (radix) {
            char r = Character.toLowerCase(s.charAt(1));
            if (c >= '0' && c <= '9') {
                if (r == 'x') {
                    // cannot happen: digits are hex digits
                } else {
                    throw error("invalid digit '" + (char) c + "' in " + kind + " literal", line, endCol + 1);
                }
            }
        } else if (kind.equals("decimal") && c >= '0' && c <= '9') {
            // only possible after an integer made of zeros: 0777
            leadingZeros(t, s);
        } else if (s.equals("0") && (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B')) {
            int c2 = _input.LA(2);
            String k = (c == 'x' || c == 'X') ? "hexadecimal" : (c == 'o' || c == 'O') ? "octal" : "binary";
            if (c2 == '_') {
                throw error("invalid " + k + " literal", line, endCol + 3);
            }
            if ((c == 'o' || c == 'O' || c == 'b' || c == 'B') && c2 >= '0' && c2 <= '9') {
                throw error("invalid digit '" + (char) c2 + "' in " + k + " literal", line, endCol + 2);
            }
            throw error("invalid " + k + " literal", line, endCol + 1);
        }
        if (!kind.equals("imaginary") && !radix && (c == 'e' || c == 'E')) {
            int c2 = _input.LA(2);
            if (c2 == '+' || c2 == '-') {
                int c3 = _input.LA(3);
                if (!(c3 >= '0' && c3 <= '9')) {
                    throw error("invalid decimal literal", line, endCol + 2);
                }
            }
        }
        // the keywords that may follow a number directly in valid code
        if (c == 'a' && lookahead("nd") || c == 'e' && lookahead("lse") || c == 'f' && lookahead("or")
                        || c == 'o' && lookahead("r") || c == 'n' && lookahead("ot")
                        || c == 'i' && (_input.LA(2) == 'f' || _input.LA(2) == 'n' || _input.LA(2) == 's')) {
            // valid today, deprecated since 3.10: CPython warns, at the end of the number
            if (source.deprecations != null) {
                source.deprecations.add(source.error("invalid " + kind + " literal", line, endCol, line, endCol));
            }
            return;
        }
        if (c < 128 && c > 0 && (Character.isLetterOrDigit(c) || c == '_')) {
            throw error("invalid " + kind + " literal", line, endCol);
        }
        if (c >= 128) {
            throw error("invalid " + kind + " literal", line, endCol);
        }
    }

    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (_input.LA(2 + i) != rest.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void leadingZeros(Token t, String s) {
        throw source.error(PythonSyntaxError.Kind.SYNTAX_ERROR,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        t.getLine(), t.getCharPositionInLine() + 1, t.getLine(), t.getCharPositionInLine() + s.length() + 1);
    }
}
