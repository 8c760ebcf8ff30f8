package org.cinderj.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Works out CPython's message and location for a parse failure. ANTLR reports the token at which
 * no alternative could continue; CPython's PEG parser reports the furthest token it reached, or a
 * specialised message from one of its "invalid_*" rules. This class looks at the statement around
 * the failure, checks the shapes those rules look for (by parsing token ranges with rules of the
 * grammar) and picks the message CPython would give in the common cases.
 */
final class SyntaxErrorDiagnoser {
    private final SourceText src;
    private final List<Token> toks;
    private final Python310Lexer lexer;
    private final PythonParser.Rule rule;

    SyntaxErrorDiagnoser(SourceText src, CommonTokenStream tokens, Python310Lexer lexer, PythonParser.Rule rule) {
        this.src = src;
        this.toks = tokens.getTokens();
        this.lexer = lexer;
        this.rule = rule;
    }

    // ------------------------------------------------------------------ helpers

    private PythonSyntaxError at(String msg, Token t) {
        int col = t.getCharPositionInLine();
        int len = Math.max(1, t.getStopIndex() - t.getStartIndex() + 1);
        return src.error(msg, t.getLine(), col + 1, t.getLine(), col + 1 + len);
    }

    private PythonSyntaxError indentationError(String msg, Token t, int offset) {
        return src.error(PythonSyntaxError.Kind.INDENTATION_ERROR, msg, t.getLine(), offset, t.getLine(), -1);
    }

    private int type(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i).getType() : Token.EOF;
    }

    private Token tok(int i) {
        return toks.get(Math.max(0, Math.min(i, toks.size() - 1)));
    }

    /** True if tokens [from, to) are exactly one instance of the rule. */
    private boolean parses(int from, int to, Function<Python310Parser, ParserRuleContext> ruleFn) {
        if (from >= to || from < 0 || to > toks.size()) {
            return false;
        }
        List<Token> list = new ArrayList<>(to - from + 1);
        for (int i = from; i < to; i++) {
            list.add(new CommonToken(toks.get(i)));
        }
        Token last = toks.get(to - 1);
        CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
        eof.setLine(last.getLine());
        eof.setCharPositionInLine(last.getCharPositionInLine() + 1);
        list.add(eof);
        Python310Parser p = new Python310Parser(new CommonTokenStream(new ListTokenSource(list)));
        p.removeErrorListeners();
        p.setErrorHandler(new BailErrorStrategy());
        p.getInterpreter().setPredictionMode(PredictionMode.LL);
        try {
            ruleFn.apply(p);
            return p.getCurrentToken().getType() == Token.EOF;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isOpen(int t) {
        return t == Python310Lexer.LPAR || t == Python310Lexer.LSQB || t == Python310Lexer.LBRACE;
    }

    private static boolean isClose(int t) {
        return t == Python310Lexer.RPAR || t == Python310Lexer.RSQB || t == Python310Lexer.RBRACE;
    }

    private static boolean isLayout(int t) {
        return t == Python310Lexer.NEWLINE || t == Python310Lexer.INDENT || t == Python310Lexer.DEDENT;
    }

    /** Index of the first token of the logical line containing token i. */
    private int lineStart(int i) {
        int k = Math.min(i, toks.size() - 1);
        while (k > 0 && !isLayout(type(k - 1))) {
            k--;
        }
        // a simple statement after ';' starts after it
        return k;
    }

    /** Index of the first token of the simple statement containing token i (after ';'). */
    private int stmtStart(int i) {
        int k = Math.min(i, toks.size() - 1);
        int depth = 0;
        while (k > 0 && !isLayout(type(k - 1))) {
            int t = type(k - 1);
            if (isClose(t)) {
                depth++;
            } else if (isOpen(t)) {
                depth--;
            } else if (t == Python310Lexer.SEMI && depth == 0) {
                break;
            }
            k--;
        }
        return k;
    }

    /** Bracket depth just before token i, counted from the start of its logical line. */
    private int depthAt(int i) {
        int d = 0;
        for (int k = lineStart(i); k < i; k++) {
            if (isOpen(type(k))) {
                d++;
            } else if (isClose(type(k))) {
                d--;
            }
        }
        return d;
    }

    /** Index of the bracket matching the opening bracket at i, or -1. */
    private int matching(int i) {
        int d = 0;
        for (int k = i; k < toks.size(); k++) {
            if (isOpen(type(k))) {
                d++;
            } else if (isClose(type(k))) {
                d--;
                if (d == 0) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** First index >= from of a token of the given type at bracket depth 0 (relative to from), before limit. */
    private int findAtDepth0(int from, int limit, int ttype) {
        int d = 0;
        for (int k = from; k < limit; k++) {
            int t = type(k);
            if (d == 0 && t == ttype) {
                return k;
            }
            if (isOpen(t)) {
                d++;
            } else if (isClose(t)) {
                d--;
            }
        }
        return -1;
    }

    private static boolean canStartExpression(int t) {
        switch (t) {
            case Python310Lexer.NAME, Python310Lexer.NUMBER, Python310Lexer.STRING, Python310Lexer.LPAR,
                            Python310Lexer.LSQB, Python310Lexer.LBRACE, Python310Lexer.MINUS, Python310Lexer.PLUS,
                            Python310Lexer.TILDE, Python310Lexer.NOT, Python310Lexer.LAMBDA, Python310Lexer.AWAIT,
                            Python310Lexer.NONE, Python310Lexer.TRUE, Python310Lexer.FALSE, Python310Lexer.ELLIPSIS,
                            Python310Lexer.MATCH, Python310Lexer.CASE, Python310Lexer.UNDERSCORE:
                return true;
            default:
                return false;
        }
    }

    private static boolean isName(int t) {
        return t == Python310Lexer.NAME || t == Python310Lexer.MATCH || t == Python310Lexer.CASE
                        || t == Python310Lexer.UNDERSCORE;
    }

    /**
     * The smallest index s in [lo, end) at bracket depth equal to that of end such that tokens
     * [s, end) parse as the rule; -1 if none.
     */
    private int exprStartBefore(int end, int lo, Function<Python310Parser, ParserRuleContext> ruleFn) {
        // walk back to the nearest delimiter at this depth
        int d = 0;
        int k = end - 1;
        int limit = Math.max(lo, 0);
        while (k >= limit) {
            int t = type(k);
            if (isClose(t)) {
                d++;
            } else if (isOpen(t)) {
                if (d == 0) {
                    break;
                }
                d--;
            } else if (d == 0 && (t == Python310Lexer.COMMA || t == Python310Lexer.COLON || t == Python310Lexer.EQUAL
                            || t == Python310Lexer.COLONEQUAL || isLayout(t) || t == Python310Lexer.SEMI
                            || t == Python310Lexer.RETURN || t == Python310Lexer.ARROW)) {
                break;
            }
            k--;
        }
        for (int s = k + 1; s < end; s++) {
            if (parses(s, end, ruleFn)) {
                return s;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ diagnosis

    PythonSyntaxError diagnose(Token offending, RecognitionException e) {
        int off = offending.getTokenIndex();
        if (off < 0 || off >= toks.size() || toks.get(off) != offending) {
            off = toks.indexOf(offending);
        }
        List<Token> open = lexer.openBrackets();
        if (!open.isEmpty()) {
            // CPython reports the unclosed bracket when its parser has read up to the end of the input
            int lastReal = toks.size() - 1;
            while (lastReal > 0 && (toks.get(lastReal).getType() == Token.EOF || isLayout(type(lastReal)))) {
                lastReal--;
            }
            if (offending.getType() == Token.EOF || offending.getLine() >= toks.get(lastReal).getLine()) {
                Token b = open.get(open.size() - 1);
                return src.error("'" + b.getText() + "' was never closed", b.getLine(), b.getCharPositionInLine() + 1,
                                b.getLine(), 0);
            }
        }
        int t = offending.getType();
        if (t == Python310Lexer.INDENT) {
            if (off >= 2 && type(off - 1) == Python310Lexer.NEWLINE && type(off - 2) == Python310Lexer.COLON) {
                // not reached: an indented block after ':' is valid
            }
            Token next = tok(off + 1);
            return indentationError("unexpected indent", offending, next.getCharPositionInLine());
        }
        if (off >= 2 && type(off - 1) == Python310Lexer.NEWLINE && type(off - 2) == Python310Lexer.COLON
                        && t != Python310Lexer.INDENT) {
            PythonSyntaxError ind = expectedIndentedBlock(off);
            if (ind != null) {
                return ind;
            }
        }
        if (t == Python310Lexer.DEDENT) {
            PythonSyntaxError tryErr = tryWithoutHandlers(off);
            if (tryErr != null) {
                return tryErr;
            }
            return indentationError("unexpected unindent", offending, offending.getCharPositionInLine() + 1);
        }
        if (rule == PythonParser.Rule.SINGLE && off > 0 && type(off - 1) == Python310Lexer.NEWLINE && t != Token.EOF) {
            int first = 0;
            while (first < off && type(first) == Python310Lexer.NEWLINE) {
                first++;
            }
            int ft = type(first);
            boolean compound = ft == Python310Lexer.IF || ft == Python310Lexer.WHILE || ft == Python310Lexer.FOR
                            || ft == Python310Lexer.TRY || ft == Python310Lexer.WITH || ft == Python310Lexer.DEF
                            || ft == Python310Lexer.CLASS || ft == Python310Lexer.AT || ft == Python310Lexer.ASYNC
                            || ft == Python310Lexer.MATCH && type(off - 2) != Python310Lexer.NEWLINE;
            if (!compound) {
                return at("multiple statements found while compiling a single statement", tok(off - 1));
            }
        }
        PythonSyntaxError specific = specific(off);
        if (specific != null) {
            return specific;
        }
        return at("invalid syntax", offending);
    }

    private PythonSyntaxError expectedIndentedBlock(int off) {
        int colon = off - 2;
        int start = lineStart(colon);
        int kw = type(start);
        if (kw == Python310Lexer.ASYNC) {
            kw = type(start + 1);
        }
        if (kw == Python310Lexer.AT) {
            return null;
        }
        String what = switch (kw) {
            case Python310Lexer.IF -> "'if' statement";
            case Python310Lexer.ELIF -> "'elif' statement";
            case Python310Lexer.ELSE -> "'else' statement";
            case Python310Lexer.WHILE -> "'while' statement";
            case Python310Lexer.FOR -> "'for' statement";
            case Python310Lexer.WITH -> "'with' statement";
            case Python310Lexer.TRY -> "'try' statement";
            case Python310Lexer.EXCEPT -> "'except' statement";
            case Python310Lexer.FINALLY -> "'finally' statement";
            case Python310Lexer.DEF -> "function definition";
            case Python310Lexer.CLASS -> "class definition";
            case Python310Lexer.MATCH -> "'match' statement";
            case Python310Lexer.CASE -> "'case' statement";
            default -> null;
        };
        if (what == null) {
            return null;
        }
        Token o = tok(off);
        return src.error(PythonSyntaxError.Kind.INDENTATION_ERROR,
                        "expected an indented block after " + what + " on line " + tok(start).getLine(), o.getLine(),
                        o.getCharPositionInLine() + 1, o.getLine(), o.getCharPositionInLine() + 1);
    }

    /** The specialised messages of CPython's invalid_* rules. */
    private PythonSyntaxError specific(int off) {
        int t = type(off);
        int ls = lineStart(off);
        int ss = stmtStart(off);
        int first = type(ss);
        // ---- statement headers: "expected ':'"
        PythonSyntaxError colon = expectedColon(ls, off);
        if (colon != null) {
            return colon;
        }
        // ---- print "x" / exec "x"
        if (isName(first) && (tok(ss).getText().equals("print") || tok(ss).getText().equals("exec")) && off == ss + 1
                        && canStartExpression(t) && t != Python310Lexer.LPAR) {
            String n = tok(ss).getText();
            return at("Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?", tok(ss));
        }
        // ---- from x import a,
        if (t == Python310Lexer.COMMA && (type(off + 1) == Python310Lexer.NEWLINE || type(off + 1) == Token.EOF
                        || type(off + 1) == Python310Lexer.SEMI)) {
            off++;
            t = type(off);
        }
        if ((t == Python310Lexer.NEWLINE || t == Token.EOF || t == Python310Lexer.SEMI) && type(off - 1) == Python310Lexer.COMMA
                        && first == Python310Lexer.FROM && findAtDepth0(ss, off, Python310Lexer.LPAR) < 0
                        && findAtDepth0(ss, off, Python310Lexer.IMPORT) >= 0) {
            Token o = tok(off);
            return at("trailing comma not allowed without surrounding parentheses", o);
        }
        // ---- except a, b:
        if (first == Python310Lexer.EXCEPT && ss == ls) {
            int comma = findAtDepth0(ss + 1, toks.size(), Python310Lexer.COMMA);
            int c2 = findAtDepth0(ss + 1, toks.size(), Python310Lexer.COLON);
            if (comma > ss + 1 && c2 > comma && parses(ss + 1, comma, Python310Parser::test)) {
                return at("multiple exception types must be parenthesized", tok(ss + 1));
            }
        }
        // ---- for <invalid target> ...
        if (first == Python310Lexer.FOR || first == Python310Lexer.ASYNC && type(ss + 1) == Python310Lexer.FOR) {
            int s0 = first == Python310Lexer.FOR ? ss + 1 : ss + 2;
            for (int k = Math.min(off, toks.size() - 1); k > s0; k--) {
                int in = findAtDepth0(s0, k, Python310Lexer.IN);
                if (in >= 0) {
                    continue;
                }
                org.cinderj.ast.Expr target = buildExpr(s0, k);
                if (target != null) {
                    org.cinderj.ast.Expr bad = AstBuilder.invalidTarget(target, org.cinderj.ast.Expr.Ctx.STORE);
                    if (bad != null) {
                        return nodeError("cannot assign to " + AstBuilder.exprName(bad), bad);
                    }
                    break;
                }
            }
        }
        // ---- [x, y for x, y in z]
        if (t == Python310Lexer.FOR && depthAt(off) > 0) {
            int open = openerOf(off);
            if (open >= 0 && (type(open) == Python310Lexer.LSQB || type(open) == Python310Lexer.LBRACE)
                            && findAtDepth0(open + 1, off, Python310Lexer.COMMA) > 0
                            && findAtDepth0(open + 1, off, Python310Lexer.COLON) < 0
                            && parses(open + 1, off, Python310Parser::testlist_star_expr)) {
                return at("did you forget parentheses around the comprehension target?", tok(open + 1));
            }
        }
        // ---- dict displays
        PythonSyntaxError dict = dictErrors(off);
        if (dict != null) {
            return dict;
        }
        // ---- try without except/finally
        PythonSyntaxError tryErr = tryWithoutHandlers(off);
        if (tryErr != null) {
            return tryErr;
        }
        // ---- case ... as <not a name>
        if (type(ls) == Python310Lexer.CASE && type(off - 1) == Python310Lexer.AS) {
            return at("invalid pattern target", tok(off));
        }
        // ---- '=' where a comparison or ':=' was meant
        if (t == Python310Lexer.EQUAL) {
            PythonSyntaxError eq = misplacedEquals(off, ss);
            if (eq != null) {
                return eq;
            }
        }
        // ---- x if y (no else)
        PythonSyntaxError ifexp = missingElse(off, ss);
        if (ifexp != null) {
            return ifexp;
        }
        // ---- two expressions side by side inside brackets
        if (depthAt(off) > 0 && canStartExpression(t) && !inDefParameters(off)) {
            int s = exprStartBefore(off, ss, Python310Parser::or_test);
            if (s >= 0 && !(isName(type(s)) && type(s + 1) == Python310Lexer.STRING)
                            && !(type(s) == Python310Lexer.MATCH || type(s) == Python310Lexer.CASE
                                            || type(s) == Python310Lexer.UNDERSCORE)) {
                int end = off + 1;
                boolean ok = false;
                for (int k = off + 1; k <= toks.size(); k++) {
                    if (parses(off, k, Python310Parser::test)) {
                        ok = true;
                        end = k;
                        break;
                    }
                    if (k - off > 50) {
                        break;
                    }
                }
                if (ok) {
                    Token a = tok(s);
                    return src.error("invalid syntax. Perhaps you forgot a comma?", a.getLine(),
                                    a.getCharPositionInLine() + 1, tok(end - 1).getLine(),
                                    tok(end - 1).getCharPositionInLine() + 1);
                }
            }
        }
        return null;
    }

    private PythonSyntaxError expectedColon(int ls, int off) {
        int kw = type(ls);
        int start = ls;
        if (kw == Python310Lexer.ASYNC) {
            kw = type(ls + 1);
            start = ls + 1;
        }
        Token o = tok(off);
        int t = o.getType();
        switch (kw) {
            case Python310Lexer.IF, Python310Lexer.ELIF, Python310Lexer.WHILE:
                if (t == Python310Lexer.NEWLINE && parses(start + 1, off, Python310Parser::namedexpr_test)) {
                    return at("expected ':'", o);
                }
                return null;
            case Python310Lexer.MATCH:
                if (t == Python310Lexer.NEWLINE && parses(start + 1, off, Python310Parser::subject_expr)) {
                    return at("expected ':'", o);
                }
                return null;
            case Python310Lexer.CASE: {
                if (t != Python310Lexer.NEWLINE) {
                    return null;
                }
                int ifAt = findAtDepth0(start + 1, off, Python310Lexer.IF);
                int pend = ifAt >= 0 ? ifAt : off;
                if (parses(start + 1, pend, Python310Parser::patterns)
                                && (ifAt < 0 || parses(ifAt + 1, off, Python310Parser::namedexpr_test))) {
                    return at("expected ':'", o);
                }
                return null;
            }
            case Python310Lexer.FOR: {
                int in = findAtDepth0(start + 1, off, Python310Lexer.IN);
                if (in > start + 1 && off > in + 1 && t == Python310Lexer.NEWLINE
                                && parses(start + 1, in, Python310Parser::exprlist)
                                && parses(in + 1, off, Python310Parser::testlist_star_expr)) {
                    return at("expected ':'", o);
                }
                return null;
            }
            case Python310Lexer.WITH: {
                if (t == Python310Lexer.NEWLINE && type(start + 1) == Python310Lexer.LPAR && matching(start + 1) == off - 1) {
                    // with (a as b, c):
                    int k = start + 2;
                    boolean ok = true;
                    while (k < off - 1) {
                        int comma = findAtDepth0(k, off - 1, Python310Lexer.COMMA);
                        int end = comma < 0 ? off - 1 : comma;
                        if (end > k && !parses(k, end, Python310Parser::with_item)) {
                            ok = false;
                            break;
                        }
                        k = end + 1;
                    }
                    if (ok) {
                        return at("expected ':'", o);
                    }
                }
                if (t == Python310Lexer.NEWLINE && off > start + 1) {
                    // items separated by commas, each "expression ['as' target]"
                    boolean ok = true;
                    int k = start + 1;
                    while (k < off) {
                        int comma = findAtDepth0(k, off, Python310Lexer.COMMA);
                        int end = comma < 0 ? off : comma;
                        if (!parses(k, end, Python310Parser::with_item)) {
                            ok = false;
                            break;
                        }
                        k = end + 1;
                    }
                    int lastItem = type(off - 1) == Python310Lexer.COMMA ? -1 : k;
                    int lastComma = -1;
                    for (int q = start + 1; q < off; q++) {
                        if (type(q) == Python310Lexer.COMMA && depthFrom(start + 1, q) == 0) {
                            lastComma = q;
                        }
                    }
                    if (ok && lastItem >= 0) {
                        return at("expected ':'", o);
                    }
                }
                return null;
            }
            case Python310Lexer.TRY, Python310Lexer.FINALLY, Python310Lexer.ELSE:
                if (off == start + 1 && t != Python310Lexer.COLON) {
                    return at("expected ':'", o);
                }
                return null;
            case Python310Lexer.EXCEPT:
                if (t == Python310Lexer.NEWLINE) {
                    int as = findAtDepth0(start + 1, off, Python310Lexer.AS);
                    int end = as >= 0 ? as : off;
                    if (off == start + 1 || parses(start + 1, end, Python310Parser::test)
                                    && (as < 0 || as == off - 2 && isName(type(off - 1)))) {
                        return at("expected ':'", o);
                    }
                }
                return null;
            case Python310Lexer.CLASS: {
                int k = start + 2;
                if (type(k) == Python310Lexer.LPAR) {
                    int m = matching(k);
                    if (m < 0) {
                        return null;
                    }
                    k = m + 1;
                }
                if (off == k && t == Python310Lexer.NEWLINE && isName(type(start + 1))) {
                    return at("expected ':'", o);
                }
                return null;
            }
            case Python310Lexer.DEF: {
                int lp = start + 2;
                if (type(lp) != Python310Lexer.LPAR) {
                    return null;
                }
                int rp = matching(lp);
                if (rp < 0 || off <= rp) {
                    return null;
                }
                if (type(rp + 1) == Python310Lexer.ARROW) {
                    if (off > rp + 2 && parses(rp + 2, off, Python310Parser::test)) {
                        return at("expected ':'", o);
                    }
                    return at("expected ':'", tok(rp + 1));
                }
                if (off == rp + 1) {
                    return at("expected ':'", o);
                }
                return null;
            }
            default:
                return null;
        }
    }

    /** Bracket depth of token i counted from token from. */
    private int depthFrom(int from, int i) {
        int d = 0;
        for (int k = from; k < i; k++) {
            if (isOpen(type(k))) {
                d++;
            } else if (isClose(type(k))) {
                d--;
            }
        }
        return d;
    }

    /** True if token i is inside the parameter list of a def. */
    private boolean inDefParameters(int i) {
        int d = 0;
        for (int k = i - 1; k >= 0 && !isLayout(type(k)); k--) {
            int tt = type(k);
            if (isClose(tt)) {
                d++;
            } else if (isOpen(tt)) {
                if (d == 0) {
                    return tt == Python310Lexer.LPAR && k >= 2 && type(k - 2) == Python310Lexer.DEF;
                }
                d--;
            }
        }
        return false;
    }

    /** The first token of the bracketed element that token {@code off} is in: after the nearest ',' at its depth, or the opener. */
    private int elementStart(int open, int off) {
        int s = off - 1;
        int d = 0;
        while (s > open) {
            int tt = type(s);
            if (isClose(tt)) {
                d++;
            } else if (isOpen(tt)) {
                d--;
            } else if (d == 0 && tt == Python310Lexer.COMMA) {
                break;
            }
            s--;
        }
        return s + 1;
    }

    private PythonSyntaxError misplacedEquals(int off, int ss) {
        int depth = depthAt(off);
        if (depth > 0) {
            int open = openerOf(off);
            int s = elementStart(open, off);
            boolean call = type(open) == Python310Lexer.LPAR && open > 0
                            && (isName(type(open - 1)) || isClose(type(open - 1)) || type(open - 1) == Python310Lexer.STRING);
            if (call && !(s == off - 1 && isName(type(s)))) {
                org.cinderj.ast.Expr e = buildExpr(s, off);
                if (e != null) {
                    String msg = e instanceof org.cinderj.ast.Expr.Constant c && (c.value() instanceof Boolean
                                    || c.value() == org.cinderj.ast.Expr.Singleton.NONE)
                                                    ? "cannot assign to " + AstBuilder.exprName(e)
                                                    : "expression cannot contain assignment, perhaps you meant \"==\"?";
                    // the caret runs from the expression through its '='
                    Token eq = toks.get(off);
                    return src.error(msg, e.line(), e.col() + 1, eq.getLine(), lastBuilder.col(eq) + 2);
                }
            }
            if (call) {
                return null;
            }
        }
        int first = type(ss);
        boolean condition = first == Python310Lexer.IF || first == Python310Lexer.ELIF || first == Python310Lexer.WHILE
                        || depth > 0;
        if (!condition) {
            return null;
        }
        if (isName(type(off - 1)) && type(off - 2) != Python310Lexer.DOT) {
            return at("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", tok(off - 1));
        }
        // the bitwise-or expression before '='
        int s = exprStartBefore(off, ss, Python310Parser::expr);
        if (s >= 0) {
            org.cinderj.ast.Expr e = buildExpr(s, off);
            if (e != null) {
                return nodeError("cannot assign to " + AstBuilder.exprName(e) + " here. Maybe you meant '==' instead of '='?", e);
            }
        }
        return null;
    }

    /** Index of the bracket enclosing token i, or -1. */
    private int openerOf(int i) {
        int d = 0;
        for (int k = i - 1; k >= 0 && !isLayout(type(k)); k--) {
            int tt = type(k);
            if (isClose(tt)) {
                d++;
            } else if (isOpen(tt)) {
                if (d == 0) {
                    return k;
                }
                d--;
            }
        }
        return -1;
    }

    private PythonSyntaxError nodeError(String msg, org.cinderj.ast.Node n) {
        if (lastBuilder != null) {
            return lastBuilder.error(msg, n);
        }
        return src.error(msg, n.line(), n.col() + 1, n.line(), n.col() + 1);
    }

    /** The builder of the last {@link #buildExpr} result: it knows where that expression's nodes end. */
    private AstBuilder lastBuilder;

    /** Builds the expression of tokens [from, to) (testlist_star_expr), or null if they do not parse as one. */
    private org.cinderj.ast.Expr buildExpr(int from, int to) {
        if (from >= to) {
            return null;
        }
        List<Token> list = new ArrayList<>(to - from + 1);
        for (int i = from; i < to; i++) {
            CommonToken c = new CommonToken(toks.get(i));
            c.setTokenIndex(i - from);
            list.add(c);
        }
        CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
        Token last = toks.get(to - 1);
        eof.setLine(last.getLine());
        eof.setCharPositionInLine(last.getCharPositionInLine() + last.getText().length());
        eof.setTokenIndex(list.size());
        list.add(eof);
        CommonTokenStream ts = new CommonTokenStream(new ListTokenSource(list));
        Python310Parser p = new Python310Parser(ts);
        p.removeErrorListeners();
        p.setErrorHandler(new BailErrorStrategy());
        try {
            Python310Parser.Testlist_star_exprContext ctx = p.testlist_star_expr();
            if (p.getCurrentToken().getType() != Token.EOF) {
                return null;
            }
            lastBuilder = new AstBuilder(src, 0, 0, 0, ts);
            return lastBuilder.testlistStarExpr(ctx);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private PythonSyntaxError dictErrors(int off) {
        int open = openerOf(off);
        if (open < 0 || type(open) != Python310Lexer.LBRACE) {
            return null;
        }
        int t = type(off);
        if (t == Python310Lexer.STAR && type(off - 1) == Python310Lexer.COLON) {
            return at("cannot use a starred expression in a dictionary value", tok(off));
        }
        if ((t == Python310Lexer.COMMA || t == Python310Lexer.RBRACE) && type(off - 1) == Python310Lexer.COLON) {
            return at("expression expected after dictionary key and ':'", tok(off - 1));
        }
        if ((t == Python310Lexer.COMMA || t == Python310Lexer.RBRACE) && findAtDepth0(open + 1, off, Python310Lexer.FOR) < 0) {
            boolean isDict = findAtDepth0(open + 1, off, Python310Lexer.COLON) >= 0
                            || findAtDepth0(open + 1, off, Python310Lexer.DOUBLESTAR) >= 0;
            int s = elementStart(open, off);
            if (isDict && findAtDepth0(s, off, Python310Lexer.COLON) < 0 && type(s) != Python310Lexer.DOUBLESTAR
                            && parses(s, off, Python310Parser::test)) {
                return at("':' expected after dictionary key", tok(s));
            }
        }
        return null;
    }

    private PythonSyntaxError tryWithoutHandlers(int off) {
        while (type(off) == Python310Lexer.DEDENT) {
            off++;
        }
        int t = type(off);
        if (t == Python310Lexer.EXCEPT || t == Python310Lexer.FINALLY) {
            return null;
        }
        // the offending token follows the end of an indented block: NEWLINE DEDENT* before it
        int k = off - 1;
        while (k >= 0 && type(k) == Python310Lexer.DEDENT) {
            k--;
        }
        if (k == off - 1 && t != Token.EOF || k < 0 || type(k) != Python310Lexer.NEWLINE) {
            return null;
        }
        int nl = k;
        int col = t == Token.EOF ? 0 : tok(off).getCharPositionInLine();
        // find the statement that opened this block: the nearest earlier line start with column <= col
        for (int i = nl - 1; i >= 0; i--) {
            if (i == 0 || isLayout(type(i - 1))) {
                if (type(i) == Python310Lexer.INDENT || type(i) == Python310Lexer.DEDENT) {
                    continue;
                }
                int c = tok(i).getCharPositionInLine();
                if (c < col || t != Token.EOF && c > col) {
                    if (c < col) {
                        return null;
                    }
                    continue;
                }
                if (type(i) == Python310Lexer.TRY) {
                    return at("expected 'except' or 'finally' block", tok(nl));
                }
                if (t == Token.EOF && c > 0) {
                    continue;
                }
                return null;
            }
        }
        return null;
    }

    private PythonSyntaxError missingElse(int off, int ss) {
        int t = type(off);
        if (t == Python310Lexer.ELSE || t == Python310Lexer.COLON) {
            return null;
        }
        // find an 'if' at the same depth before off such that [if+1, off) is a disjunction
        int d = 0;
        for (int k = off - 1; k > ss; k--) {
            int tt = type(k);
            if (isClose(tt)) {
                d++;
            } else if (isOpen(tt)) {
                if (d == 0) {
                    break;
                }
                d--;
            } else if (d == 0 && tt == Python310Lexer.IF) {
                if (parses(k + 1, off, Python310Parser::or_test)) {
                    int s = exprStartBefore(k, ss, Python310Parser::or_test);
                    if (s >= 0) {
                        return at("expected 'else' after 'if' expression", tok(s));
                    }
                }
                return null;
            } else if (d == 0 && (tt == Python310Lexer.COMMA || tt == Python310Lexer.FOR || tt == Python310Lexer.ELSE)) {
                return null;
            }
        }
        return null;
    }
}
