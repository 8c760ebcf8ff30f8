package org.cinderj.parser;

import java.util.List;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.cinderj.ast.Expr;
import org.cinderj.ast.Module;
import org.cinderj.ast.Stmt;

/**
 * Entry point of the Python 3.10 parser: source text to {@link Module}. This is what
 * {@code ast.parse} does; the checks CPython makes later, in its symbol table and compiler
 * ({@code 'return' outside function}, global/nonlocal rules, ...), are made by
 * {@link org.cinderj.compiler.ScopeAnalyzer#analyze}.
 */
public final class PythonParser {
    private PythonParser() {
    }

    /**
     * Parses {@code source} (already decoded text) as a module ({@link Module.Mode#EXEC}), an
     * expression ({@link Module.Mode#EVAL}, body is one {@link Stmt.ExprStmt}) or one interactive
     * statement ({@link Module.Mode#SINGLE}).
     *
     * @throws PythonSyntaxError for any syntax error, with CPython's message and location
     * @throws CompilationRecursionError if the source nests too deeply
     */
    public static Module parse(String source, String filename, Module.Mode mode) {
        return parse(source, filename, mode, null);
    }

    /**
     * {@link #parse(String, String, Module.Mode)}, collecting the tokenizer's DeprecationWarnings
     * into {@code deprecations} (also when the source turns out to be invalid).
     */
    public static Module parse(String source, String filename, Module.Mode mode, List<PythonSyntaxError> deprecations) {
        try {
            return build(source, filename, mode, deprecations).module();
        } catch (StackOverflowError e) {
            throw new CompilationRecursionError();
        }
    }

    /** A module and the builder that made it (which knows where its nodes end). */
    private record Built(Module module, AstBuilder builder) {
    }

    private static Built build(String source, String filename, Module.Mode mode, List<PythonSyntaxError> deprecations) {
        String text = normalizeNewlines(source);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        SourceText src = new SourceText(text, filename);
        src.deprecations = deprecations;
        Parsed p = run(src, text, mode == Module.Mode.EVAL ? Rule.EVAL : mode == Module.Mode.SINGLE ? Rule.SINGLE : Rule.FILE);
        AstBuilder b = new AstBuilder(src, 0, 0, 0, p.tokens);
        List<Stmt> body;
        switch (mode) {
            case EVAL: {
                Python310Parser.Eval_inputContext e = (Python310Parser.Eval_inputContext) p.tree;
                Expr value = b.testlist(e.testlist());
                body = List.of(new Stmt.ExprStmt(value.line(), value.col(), value));
                break;
            }
            case SINGLE:
                body = b.singleInput((Python310Parser.Single_inputContext) p.tree);
                break;
            default:
                body = b.fileInput((Python310Parser.File_inputContext) p.tree);
                break;
        }
        return new Built(new Module(body, mode), b);
    }

    /**
     * Where the source of {@code node}, a node of the module parsed from {@code source}, ends: {line,
     * column + 1} as CPython's end_lineno/end_offset, or null when unknown. It parses the source
     * again (errors found after parsing are rare, and the AST keeps only start positions).
     */
    public static int[] endOf(String source, String filename, Module.Mode mode, org.cinderj.ast.Node node) {
        try {
            return build(source, filename, mode, null).builder().endOf(node);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /**
     * Loads and exercises the lexer and parser (class loading, ATN deserialisation, DFA caches) so
     * that the first real parse is faster; call it early on a background thread.
     */
    public static void warmUp() {
        String sample = """
                        import os, sys as system
                        from . import (a, b)
                        @decorator(1)
                        class C(Base, metaclass=M):
                            'doc'
                            x: int = 0
                            def method(self, a, /, b=2, *args, c, **kw) -> None:
                                global g
                                for i, (j, *k) in enumerate(range(10)):
                                    if i % 2 == 0 and not j or k is None:
                                        continue
                                    elif (y := i ** 2) > 3:
                                        break
                                    else:
                                        pass
                                while True:
                                    try:
                                        with open(f"{a!r:>{b}}", 'rb') as f, lock:
                                            yield from f
                                    except (ValueError, KeyError) as e:
                                        raise RuntimeError(e) from None
                                    finally:
                                        del self.x[1:2, ::3]
                                return [x for x in args if x] + {k: v for k, v in kw.items()} | {*args}
                        async def coro():
                            async with a as b:
                                await b
                            async for x in y:
                                lambda q, *r: q @ r << 1 >> 2 & 3 ^ 4 | ~5
                        match command.split():
                            case [action, *rest] if rest:
                                pass
                            case {"key": value, **others}:
                                pass
                            case Point(x=0, y=_) | Point(x=_, y=0) as p:
                                pass
                            case -1 | 1.5 | 2j | "s" | None | True:
                                pass
                        x = 0x1F + 0o17 + 0b1 + 1_000 + 1e-3 - .5 // 2 % 3 * 4 / 5
                        assert x, "message"
                        """;
        Module m = parse(sample, "<warmup>", Module.Mode.EXEC);
        org.cinderj.compiler.ScopeAnalyzer.analyze(m, "<warmup>");
    }

    /**
     * For a REPL: true if {@code source} fails to parse only because it ends too early (an open
     * bracket, an unterminated triple-quoted string, a trailing backslash, a block header with no
     * body yet), so that more lines should be read. Complete or definitely wrong input gives false.
     */
    public static boolean isIncompleteInput(String source) {
        String text = normalizeNewlines(source);
        try {
            parse(text, "<stdin>", Module.Mode.SINGLE);
            return false;
        } catch (PythonSyntaxError e) {
            String msg = e.message;
            if (msg.endsWith("was never closed") || msg.startsWith("unterminated triple-quoted string literal")
                            || msg.equals("unexpected EOF while parsing")) {
                return true;
            }
            if (msg.startsWith("expected an indented block")) {
                // the block has not been typed yet if the error is past the last line
                String stripped = text.stripTrailing();
                int lines = stripped.isEmpty() ? 0 : (int) stripped.chars().filter(c -> c == '\n').count() + 1;
                return e.lineno > lines;
            }
            return false;
        } catch (CompilationRecursionError e) {
            return false;
        }
    }

    static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    enum Rule { FILE, EVAL, SINGLE, FSTRING }

    record Parsed(ParserRuleContext tree, CommonTokenStream tokens) {}

    static Parsed run(SourceText src, String text, Rule rule) {
        Python310Lexer lexer = new Python310Lexer(CharStreams.fromString(text, src.filename));
        lexer.setSource(src);
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        // tokenize everything first: tokenizer errors win over parser errors, as in CPython
        tokens.fill();
        Python310Parser parser = new Python310Parser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return new Parsed(startRule(parser, rule), tokens);
        } catch (ParseCancellationException sllFailed) {
            // SLL can fail on valid input; retry with full LL before reporting an error
        }
        tokens.seek(0);
        parser.reset();
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        try {
            return new Parsed(startRule(parser, rule), tokens);
        } catch (ParseCancellationException e) {
            Throwable cause = e.getCause();
            Token offending = cause instanceof RecognitionException re && re.getOffendingToken() != null
                            ? re.getOffendingToken() : parser.getCurrentToken();
            throw new SyntaxErrorDiagnoser(src, tokens, lexer, rule).diagnose(offending,
                            cause instanceof RecognitionException re2 ? re2 : null);
        }
    }

    private static ParserRuleContext startRule(Python310Parser parser, Rule rule) {
        return switch (rule) {
            case FILE -> parser.file_input();
            case EVAL -> parser.eval_input();
            case SINGLE -> parser.single_input();
            case FSTRING -> parser.fstring_input();
        };
    }

    /** The token after {@code t} in its stream (for error locations), or null. */
    static Token nextToken(CommonTokenStream tokens, Token t) {
        int i = t.getTokenIndex() + 1;
        if (tokens == null || i >= tokens.size()) {
            return null;
        }
        return tokens.get(i);
    }

    /**
     * Parses the expression of an f-string replacement field. {@code line}/{@code col} locate its
     * first character in the real source.
     */
    static Expr parseFStringExpression(String exprText, SourceText outer, int line, int col, int tokenLine,
                    int depth) {
        String text = "(" + exprText + ")";
        SourceText src = new SourceText(text, outer.filename);
        Parsed p;
        try {
            p = run(src, text, Rule.FSTRING);
        } catch (PythonSyntaxError e) {
            String msg = e.message.startsWith("f-string") || e.fromTokenizer ? e.message : "f-string: " + e.message;
            throw new PythonSyntaxError(e.kind, msg, outer.filename, tokenLine + e.lineno - 1, e.offset,
                            outer.line(tokenLine), tokenLine + e.endLineno - 1, e.endOffset);
        }
        AstBuilder b = new AstBuilder(outer, line - 1, col - 1, depth, p.tokens);
        Python310Parser.Fstring_inputContext f = (Python310Parser.Fstring_inputContext) p.tree;
        if (f.yield_expr() != null) {
            return b.yieldExpr(f.yield_expr());
        }
        Expr e = b.testlistStarExpr(f.testlist_star_expr());
        if (e instanceof Expr.Tuple t && f.testlist_star_expr().getChildCount() > 1) {
            // CPython parses the field as "(" + text + ")": the tuple starts at the parenthesis ('{')
            e = new Expr.Tuple(line, col - 1, t.elts(), t.ctx());
        }
        return e;
    }
}
