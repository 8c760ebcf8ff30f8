package org.cinderj.parser;

import java.util.List;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * Works out CPython's message and location for a parse failure. ANTLR reports the token at which
 * no alternative could continue; CPython's PEG parser reports the furthest token it reached, with
 * specialised messages from its "invalid_*" rules. This class looks at the tokens around the
 * failure and picks the message CPython would give in the common cases.
 */
final class SyntaxErrorDiagnoser {
    private final SourceText src;
    private final CommonTokenStream tokens;
    private final Python310Lexer lexer;
    private final PythonParser.Rule rule;

    SyntaxErrorDiagnoser(SourceText src, CommonTokenStream tokens, Python310Lexer lexer, PythonParser.Rule rule) {
        this.src = src;
        this.tokens = tokens;
        this.lexer = lexer;
        this.rule = rule;
    }

    private PythonSyntaxError at(String msg, Token t) {
        int col = t.getCharPositionInLine();
        int len = Math.max(1, t.getStopIndex() - t.getStartIndex() + 1);
        return src.error(msg, t.getLine(), col + 1, t.getLine(), col + 1 + len);
    }

    private PythonSyntaxError indentationError(String msg, Token t, int offset) {
        return src.error(PythonSyntaxError.Kind.INDENTATION_ERROR, msg, t.getLine(), offset, t.getLine(), -1);
    }

    PythonSyntaxError diagnose(Token offending, RecognitionException e) {
        List<Token> open = lexer.openBrackets();
        if (offending.getType() == Token.EOF && !open.isEmpty()) {
            Token b = open.get(open.size() - 1);
            return src.error("'" + b.getText() + "' was never closed", b.getLine(), b.getCharPositionInLine() + 1,
                            b.getLine(), 0);
        }
        if (!open.isEmpty()) {
            // CPython reports an unclosed bracket before a generic syntax error
            Token b = open.get(open.size() - 1);
            return src.error("'" + b.getText() + "' was never closed", b.getLine(), b.getCharPositionInLine() + 1,
                            b.getLine(), 0);
        }
        if (offending.getType() == Python310Lexer.INDENT) {
            Token next = PythonParser.nextToken(tokens, offending);
            return indentationError("unexpected indent", offending, next.getCharPositionInLine());
        }
        if (offending.getType() == Python310Lexer.DEDENT) {
            return indentationError("unexpected unindent", offending, offending.getCharPositionInLine() + 1);
        }
        return at("invalid syntax", offending);
    }
}
