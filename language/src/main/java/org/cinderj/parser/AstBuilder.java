package org.cinderj.parser;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.cinderj.ast.Alias;
import org.cinderj.ast.Arg;
import org.cinderj.ast.Arguments;
import org.cinderj.ast.BoolOperator;
import org.cinderj.ast.CmpOperator;
import org.cinderj.ast.Comprehension;
import org.cinderj.ast.ExceptHandler;
import org.cinderj.ast.Expr;
import org.cinderj.ast.Keyword;
import org.cinderj.ast.MatchCase;
import org.cinderj.ast.Operator;
import org.cinderj.ast.Pattern;
import org.cinderj.ast.Stmt;
import org.cinderj.ast.UnaryOperator;
import org.cinderj.ast.WithItem;
import org.cinderj.parser.Python310Parser.*;

/**
 * Builds the {@link org.cinderj.ast} tree from an ANTLR parse tree, checking what CPython's
 * parser checks while building its AST (assignment targets, argument order, literals,
 * f-strings).
 */
final class AstBuilder {
    final SourceText source;
    /** Added to token lines (f-string expressions are parsed separately). */
    final int lineOffset;
    /** Added to the columns of tokens on the first line. */
    final int colOffset;
    /** f-string nesting depth of the source being built. */
    final int fstringDepth;

    final org.antlr.v4.runtime.CommonTokenStream tokens;
    /** The last token of each expression node, for the caret range of errors at the node. */
    private final java.util.IdentityHashMap<org.cinderj.ast.Node, Token> ends = new java.util.IdentityHashMap<>();

    AstBuilder(SourceText source, int lineOffset, int colOffset, int fstringDepth,
                    org.antlr.v4.runtime.CommonTokenStream tokens) {
        this.source = source;
        this.tokens = tokens;
        this.lineOffset = lineOffset;
        this.colOffset = colOffset;
        this.fstringDepth = fstringDepth;
    }

    // ------------------------------------------------------------------ positions and errors

    Token nextToken(Token t) {
        return PythonParser.nextToken(tokens, t);
    }

    int line(Token t) {
        return t.getLine() + lineOffset;
    }

    int col(Token t) {
        return t.getLine() == 1 ? t.getCharPositionInLine() + colOffset : t.getCharPositionInLine();
    }

    int line(ParserRuleContext c) {
        return line(c.getStart());
    }

    int col(ParserRuleContext c) {
        return col(c.getStart());
    }

    int endCol(Token t) {
        String text = t.getText();
        int nl = text.lastIndexOf('\n');
        if (nl >= 0) {
            return text.codePointCount(nl + 1, text.length());
        }
        return col(t) + text.codePointCount(0, text.length());
    }

    int endLine(Token t) {
        String text = t.getText();
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return line(t) + n;
    }

    PythonSyntaxError error(String msg, Token t) {
        return source.error(msg, line(t), col(t) + 1, endLine(t), endCol(t) + 1);
    }

    PythonSyntaxError error(String msg, ParserRuleContext c) {
        Token stop = c.getStop() != null ? c.getStop() : c.getStart();
        return source.error(msg, line(c.getStart()), col(c.getStart()) + 1, endLine(stop), endCol(stop) + 1);
    }

    /**
     * An error at an AST node: its caret spans the node's source ({@code ^^^} under {@code f()}),
     * from the node's start to the last token of the rule it was built from.
     */
    PythonSyntaxError error(String msg, org.cinderj.ast.Node n) {
        Token stop = ends.get(n);
        if (stop == null) {
            return source.error(msg, n.line(), n.col() + 1, n.line(), n.col() + 1);
        }
        return source.error(msg, n.line(), n.col() + 1, endLine(stop), endCol(stop) + 1);
    }

    /**
     * Records the last token of an expression built from {@code ctx}. An expression passed
     * through from a child rule keeps the end the child recorded (so {@code (a + b)} ends at
     * {@code b}, as in CPython, not at the parenthesis).
     */
    private Expr ended(Expr e, ParserRuleContext ctx) {
        Token stop = ctx.getStop();
        if (stop != null) {
            ends.putIfAbsent(e, stop);
        }
        return e;
    }

    // ------------------------------------------------------------------ modules and statements

    List<Stmt> fileInput(File_inputContext ctx) {
        List<Stmt> body = new ArrayList<>();
        for (StmtContext s : ctx.stmt()) {
            stmt(s, body);
        }
        return body;
    }

    List<Stmt> singleInput(Single_inputContext ctx) {
        List<Stmt> body = new ArrayList<>();
        if (ctx.simple_stmts() != null) {
            simpleStmts(ctx.simple_stmts(), body);
        } else if (ctx.compound_stmt() != null) {
            body.add(compoundStmt(ctx.compound_stmt()));
        }
        return body;
    }

    void stmt(StmtContext ctx, List<Stmt> out) {
        if (ctx.simple_stmts() != null) {
            simpleStmts(ctx.simple_stmts(), out);
        } else {
            out.add(endedStmt(compoundStmt(ctx.compound_stmt()), ctx.compound_stmt()));
        }
    }

    void simpleStmts(Simple_stmtsContext ctx, List<Stmt> out) {
        for (Simple_stmtContext s : ctx.simple_stmt()) {
            out.add(endedStmt(simpleStmt(s), s));
        }
    }

    /** Records {@code stop} as the last token of {@code n} (aliases, parameters, keywords). */
    private <N extends org.cinderj.ast.Node> N endedNode(N n, Token stop) {
        if (stop != null) {
            ends.putIfAbsent(n, stop);
        }
        return n;
    }

    /** Records the last real token of a statement (not the NEWLINE or DEDENT that closes it). */
    private Stmt endedStmt(Stmt st, ParserRuleContext ctx) {
        Token stop = ctx.getStop();
        while (stop != null && stop.getTokenIndex() > 0 && (stop.getType() == Python310Lexer.NEWLINE || stop.getType() == Python310Lexer.DEDENT
                        || stop.getType() == Python310Lexer.INDENT || stop.getType() == Token.EOF)) {
            stop = tokens.get(stop.getTokenIndex() - 1);
        }
        if (stop != null) {
            ends.putIfAbsent(st, stop);
        }
        return st;
    }

    /**
     * The end of {@code n}'s source as {line, column + 1} (CPython's end_lineno/end_offset), when
     * this builder made a node equal to it; null otherwise.
     */
    int[] endOf(org.cinderj.ast.Node n) {
        Token stop = ends.get(n);
        if (stop == null) {
            for (var e : ends.entrySet()) {
                if (e.getKey().line() == n.line() && e.getKey().col() == n.col() && e.getKey().equals(n)) {
                    stop = e.getValue();
                    break;
                }
            }
        }
        if (stop == null && n instanceof Expr.Name name) {
            // names are not recorded where they are built: an identifier ends where its text does
            return new int[]{name.line(), name.col() + name.id().codePointCount(0, name.id().length()) + 1};
        }
        return stop == null ? null : new int[]{endLine(stop), endCol(stop) + 1};
    }

    List<Stmt> block(BlockContext ctx) {
        List<Stmt> out = new ArrayList<>();
        if (ctx.simple_stmts() != null) {
            simpleStmts(ctx.simple_stmts(), out);
        } else {
            for (StmtContext s : ctx.stmt()) {
                stmt(s, out);
            }
        }
        return out;
    }

    Stmt simpleStmt(Simple_stmtContext ctx) {
        ParseTree c = ctx.getChild(0);
        if (c instanceof Expr_stmtContext e) {
            return exprStmt(e);
        } else if (c instanceof Pass_stmtContext p) {
            return new Stmt.Pass(line(p), col(p));
        } else if (c instanceof Break_stmtContext b) {
            return new Stmt.Break(line(b), col(b));
        } else if (c instanceof Continue_stmtContext b) {
            return new Stmt.Continue(line(b), col(b));
        } else if (c instanceof Return_stmtContext r) {
            return new Stmt.Return(line(r), col(r),
                            r.testlist_star_expr() == null ? null : testlistStarExpr(r.testlist_star_expr()));
        } else if (c instanceof Del_stmtContext d) {
            Expr targets = exprlist(d.exprlist());
            List<Expr> list = new ArrayList<>();
            if (targets instanceof Expr.Tuple t && d.exprlist().getChildCount() > 1) {
                for (Expr e : t.elts()) {
                    list.add(setCtx(e, Expr.Ctx.DEL, false));
                }
            } else {
                list.add(setCtx(targets, Expr.Ctx.DEL, false));
            }
            return new Stmt.Delete(line(d), col(d), list);
        } else if (c instanceof Raise_stmtContext r) {
            List<TestContext> tests = r.test();
            return new Stmt.Raise(line(r), col(r), tests.isEmpty() ? null : test(tests.get(0)),
                            tests.size() > 1 ? test(tests.get(1)) : null);
        } else if (c instanceof Global_stmtContext g) {
            List<String> names = new ArrayList<>();
            for (NameContext n : g.name()) {
                names.add(name(n));
            }
            return new Stmt.Global(line(g), col(g), names);
        } else if (c instanceof Nonlocal_stmtContext g) {
            List<String> names = new ArrayList<>();
            for (NameContext n : g.name()) {
                names.add(name(n));
            }
            return new Stmt.Nonlocal(line(g), col(g), names);
        } else if (c instanceof Assert_stmtContext a) {
            List<TestContext> tests = a.test();
            return new Stmt.Assert(line(a), col(a), test(tests.get(0)), tests.size() > 1 ? test(tests.get(1)) : null);
        } else if (c instanceof Import_nameContext i) {
            List<Alias> names = new ArrayList<>();
            for (Dotted_as_nameContext d : i.dotted_as_name()) {
                names.add(endedNode(new Alias(line(d), col(d), dottedName(d.dotted_name()), d.name() == null ? null : name(d.name())), d.getStop()));
            }
            return new Stmt.Import(line(i), col(i), names);
        } else if (c instanceof Import_fromContext i) {
            return importFrom(i);
        }
        throw new IllegalStateException("unexpected simple statement " + c.getClass());
    }

    private static boolean startsWithParen(ParserRuleContext c) {
        return c.getStart().getType() == Python310Lexer.LPAR || c.getStart().getType() == Python310Lexer.LSQB;
    }

    Stmt importFrom(Import_fromContext ctx) {
        int level = 0;
        for (int i = 1; i < ctx.getChildCount(); i++) {
            ParseTree ch = ctx.getChild(i);
            if (ch instanceof TerminalNode tn) {
                int t = tn.getSymbol().getType();
                if (t == Python310Lexer.DOT) {
                    level++;
                } else if (t == Python310Lexer.ELLIPSIS) {
                    level += 3;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        String module = ctx.dotted_name() == null ? null : dottedName(ctx.dotted_name());
        if (module == null && level == 0) {
            throw error("invalid syntax", ctx.IMPORT().getSymbol());
        }
        List<Alias> names = new ArrayList<>();
        if (ctx.STAR() != null) {
            Token star = ctx.STAR().getSymbol();
            names.add(endedNode(new Alias(line(star), col(star), "*", null), star));
        } else {
            Import_as_namesContext ian = ctx.import_as_names();
            if (ctx.LPAR() == null && ctx.COMMA() != null) {
                Token comma = ctx.COMMA().getSymbol();
                throw source.error("trailing comma not allowed without surrounding parentheses", line(comma),
                                col(comma) + 2, line(comma), col(comma) + 2);
            }
            for (Import_as_nameContext n : ian.import_as_name()) {
                names.add(endedNode(new Alias(line(n), col(n), name(n.name(0)), n.name().size() > 1 ? name(n.name(1)) : null), n.getStop()));
            }
        }
        return new Stmt.ImportFrom(line(ctx), col(ctx), module, names, level);
    }

    String dottedName(Dotted_nameContext ctx) {
        List<NameContext> parts = ctx.name();
        if (parts.size() == 1) {
            return name(parts.get(0));
        }
        StringBuilder sb = new StringBuilder();
        for (NameContext n : parts) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(name(n));
        }
        return sb.toString();
    }

    String name(NameContext ctx) {
        return identifier(ctx.getStart().getText());
    }

    static String identifier(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    Stmt exprStmt(Expr_stmtContext ctx) {
        int line = line(ctx);
        int col = col(ctx);
        if (ctx.annassign() != null) {
            Testlist_star_exprContext tctx = ctx.testlist_star_expr(0);
            Expr target = testlistStarExpr(tctx);
            boolean paren = tctx.getStart().getType() == Python310Lexer.LPAR;
            if (target instanceof Expr.Tuple) {
                throw error("only single target (not tuple) can be annotated", target);
            } else if (target instanceof Expr.ListExpr) {
                throw error("only single target (not list) can be annotated", target);
            } else if (!(target instanceof Expr.Name || target instanceof Expr.Attribute
                            || target instanceof Expr.Subscript)) {
                throw error("illegal target for annotation", target);
            }
            AnnassignContext a = ctx.annassign();
            Expr value = null;
            if (a.yield_expr() != null) {
                value = yieldExpr(a.yield_expr());
            } else if (a.testlist_star_expr() != null) {
                value = testlistStarExpr(a.testlist_star_expr());
            }
            return new Stmt.AnnAssign(line, col, setCtx(target, Expr.Ctx.STORE, false), test(a.test()), value,
                            target instanceof Expr.Name && !paren);
        }
        if (ctx.augassign() != null) {
            Expr target = testlistStarExpr(ctx.testlist_star_expr(0));
            if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
                throw error("'" + exprName(target) + "' is an illegal expression for augmented assignment", target);
            }
            Expr value = ctx.yield_expr().isEmpty() ? testlist(ctx.testlist()) : yieldExpr(ctx.yield_expr(0));
            return new Stmt.AugAssign(line, col, setCtx(target, Expr.Ctx.STORE, false),
                            augOp(ctx.augassign().getStart().getType()), value);
        }
        // expression statement or (chained) assignment: collect the parts in order
        List<Expr> parts = new ArrayList<>();
        List<Integer> bareYields = new ArrayList<>(0);
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree ch = ctx.getChild(i);
            if (ch instanceof Testlist_star_exprContext t) {
                parts.add(testlistStarExpr(t));
            } else if (ch instanceof Yield_exprContext y) {
                bareYields.add(parts.size());
                parts.add(yieldExpr(y));
            }
        }
        if (parts.size() == 1) {
            return new Stmt.ExprStmt(line, col, parts.get(0));
        }
        List<Expr> targets = new ArrayList<>(parts.size() - 1);
        Expr here = null;
        if (parts.size() == 2) {
            // the expression right before '=' (CPython's invalid_named_expression looks at it)
            Expr t0 = parts.get(0);
            ParseTree c0 = ctx.getChild(0);
            if (t0 instanceof Expr.Tuple tu && c0 instanceof Testlist_star_exprContext tl && tl.getChildCount() > 1) {
                if (!(tl.getChild(tl.getChildCount() - 1) instanceof TerminalNode)) {
                    here = tu.elts().get(tu.elts().size() - 1);
                }
            } else {
                here = t0;
            }
        }
        for (int i = 0; i < parts.size() - 1; i++) {
            Expr t = parts.get(i);
            if (bareYields.contains(i)) {
                throw error("assignment to yield expression not possible", t);
            }
            checkAssignTarget(t, here);
            targets.add(setCtx(t, Expr.Ctx.STORE, false));
        }
        return new Stmt.Assign(line, col, targets, parts.get(parts.size() - 1));
    }

    /** CPython's invalid_named_expression / invalid_assignment messages for a bad '=' target. */
    private void checkAssignTarget(Expr t, Expr here) {
        Expr bad = invalidTarget(t, Expr.Ctx.STORE);
        if (bad == null) {
            return;
        }

        if (bad == here && !(bad instanceof Expr.ListExpr || bad instanceof Expr.Tuple
                        || bad instanceof Expr.GeneratorExp || isNamedConstant(bad) || bad instanceof Expr.Compare
                        || bad instanceof Expr.BoolOp || bad instanceof Expr.Lambda || bad instanceof Expr.IfExp
                        || bad instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT)) {
            throw error("cannot assign to " + exprName(bad) + " here. Maybe you meant '==' instead of '='?", bad);
        }
        throw error("cannot assign to " + exprName(bad), bad);
    }

    private static boolean isNamedConstant(Expr e) {
        return e instanceof Expr.Constant c && (c.value() == Expr.Singleton.NONE || c.value() instanceof Boolean);
    }

    static Operator augOp(int type) {
        return switch (type) {
            case Python310Lexer.PLUSEQUAL -> Operator.ADD;
            case Python310Lexer.MINEQUAL -> Operator.SUB;
            case Python310Lexer.STAREQUAL -> Operator.MULT;
            case Python310Lexer.ATEQUAL -> Operator.MATMULT;
            case Python310Lexer.SLASHEQUAL -> Operator.DIV;
            case Python310Lexer.PERCENTEQUAL -> Operator.MOD;
            case Python310Lexer.AMPEREQUAL -> Operator.BITAND;
            case Python310Lexer.VBAREQUAL -> Operator.BITOR;
            case Python310Lexer.CIRCUMFLEXEQUAL -> Operator.BITXOR;
            case Python310Lexer.LEFTSHIFTEQUAL -> Operator.LSHIFT;
            case Python310Lexer.RIGHTSHIFTEQUAL -> Operator.RSHIFT;
            case Python310Lexer.DOUBLESTAREQUAL -> Operator.POW;
            case Python310Lexer.DOUBLESLASHEQUAL -> Operator.FLOORDIV;
            default -> throw new IllegalStateException();
        };
    }

    // ------------------------------------------------------------------ targets

    /** The name CPython uses for an expression kind in error messages. */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.SetExpr s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> c.value() == Expr.Singleton.NONE ? "None"
                            : Boolean.TRUE.equals(c.value()) ? "True"
                                            : Boolean.FALSE.equals(c.value()) ? "False"
                                                            : c.value() == Expr.Singleton.ELLIPSIS ? "ellipsis" : "literal";
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    /** The first sub-expression that cannot be a target of the given kind, or null. */
    static Expr invalidTarget(Expr e, Expr.Ctx ctx) {
        switch (e) {
            case Expr.Name n:
                return null;
            case Expr.Attribute a:
                return null;
            case Expr.Subscript s:
                return null;
            case Expr.Starred s:
                if (ctx == Expr.Ctx.DEL) {
                    return e;
                }
                return invalidTarget(s.value(), ctx);
            case Expr.Tuple t:
                for (Expr x : t.elts()) {
                    Expr bad = invalidTarget(x, ctx);
                    if (bad != null) {
                        return bad;
                    }
                }
                return null;
            case Expr.ListExpr t:
                for (Expr x : t.elts()) {
                    Expr bad = invalidTarget(x, ctx);
                    if (bad != null) {
                        return bad;
                    }
                }
                return null;
            default:
                return e;
        }
    }

    /** Re-creates a target with the given context, checking it is a valid target. */
    Expr setCtx(Expr e, Expr.Ctx ctx, boolean check) {
        switch (e) {
            case Expr.Name n:
                return new Expr.Name(n.line(), n.col(), n.id(), ctx);
            case Expr.Attribute a:
                return new Expr.Attribute(a.line(), a.col(), a.value(), a.attr(), ctx);
            case Expr.Subscript s:
                return new Expr.Subscript(s.line(), s.col(), s.value(), s.slice(), ctx);
            case Expr.Starred s:
                if (ctx == Expr.Ctx.DEL) {
                    throw error("cannot delete starred", e);
                }
                return new Expr.Starred(s.line(), s.col(), setCtx(s.value(), ctx, check), ctx);
            case Expr.Tuple t: {
                List<Expr> elts = new ArrayList<>(t.elts().size());
                for (Expr x : t.elts()) {
                    elts.add(setCtx(x, ctx, check));
                }
                return new Expr.Tuple(t.line(), t.col(), elts, ctx);
            }
            case Expr.ListExpr t: {
                List<Expr> elts = new ArrayList<>(t.elts().size());
                for (Expr x : t.elts()) {
                    elts.add(setCtx(x, ctx, check));
                }
                return new Expr.ListExpr(t.line(), t.col(), elts, ctx);
            }
            default:
                throw error((ctx == Expr.Ctx.DEL ? "cannot delete " : "cannot assign to ") + exprName(e), e);
        }
    }

    // ------------------------------------------------------------------ compound statements

    Stmt compoundStmt(Compound_stmtContext ctx) {
        ParseTree c = ctx.getChild(0);
        if (c instanceof If_stmtContext i) {
            return ifStmt(i);
        } else if (c instanceof While_stmtContext w) {
            return new Stmt.While(line(w), col(w), namedexprTest(w.namedexpr_test()), block(w.block()),
                            elseBlock(w.else_clause()));
        } else if (c instanceof For_stmtContext f) {
            return forStmt(f, false, f.getStart());
        } else if (c instanceof Try_stmtContext t) {
            return tryStmt(t);
        } else if (c instanceof With_stmtContext w) {
            return withStmt(w, false, w.getStart());
        } else if (c instanceof FuncdefContext f) {
            return funcdef(f, List.of(), false, f.getStart());
        } else if (c instanceof ClassdefContext cd) {
            return classdef(cd, List.of());
        } else if (c instanceof DecoratedContext d) {
            return decorated(d);
        } else if (c instanceof Async_stmtContext a) {
            Token at = a.getStart();
            if (a.funcdef() != null) {
                return funcdef(a.funcdef(), List.of(), true, at);
            } else if (a.with_stmt() != null) {
                return withStmt(a.with_stmt(), true, at);
            } else {
                return forStmt(a.for_stmt(), true, at);
            }
        } else if (c instanceof Match_stmtContext m) {
            return matchStmt(m);
        }
        throw new IllegalStateException("unexpected compound statement " + c.getClass());
    }

    List<Stmt> elseBlock(Else_clauseContext e) {
        return e == null ? List.of() : block(e.block());
    }

    Stmt ifStmt(If_stmtContext ctx) {
        List<Stmt> orelse = elseBlock(ctx.else_clause());
        List<Elif_clauseContext> elifs = ctx.elif_clause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext e = elifs.get(i);
            Stmt s = new Stmt.If(line(e), col(e), namedexprTest(e.namedexpr_test()), block(e.block()), orelse);
            orelse = List.of(s);
        }
        return new Stmt.If(line(ctx), col(ctx), namedexprTest(ctx.namedexpr_test()), block(ctx.block()), orelse);
    }

    Stmt forStmt(For_stmtContext ctx, boolean isAsync, Token at) {
        Expr target = exprlist(ctx.exprlist());
        return new Stmt.For(line(at), col(at), setCtx(target, Expr.Ctx.STORE, true),
                        testlistStarExpr(ctx.testlist_star_expr()), block(ctx.block()), elseBlock(ctx.else_clause()),
                        isAsync);
    }

    Stmt tryStmt(Try_stmtContext ctx) {
        List<ExceptHandler> handlers = new ArrayList<>();
        for (Except_clauseContext e : ctx.except_clause()) {
            handlers.add(new ExceptHandler(line(e), col(e), e.test() == null ? null : test(e.test()),
                            e.name() == null ? null : name(e.name()), block(e.block())));
        }
        List<Stmt> fin = ctx.finally_clause() == null ? List.of() : block(ctx.finally_clause().block());
        return new Stmt.Try(line(ctx), col(ctx), block(ctx.block()), handlers, elseBlock(ctx.else_clause()), fin);
    }

    Stmt withStmt(With_stmtContext ctx, boolean isAsync, Token at) {
        List<WithItem> items = new ArrayList<>();
        for (With_itemContext w : ctx.with_item()) {
            Expr vars = null;
            if (w.expr() != null) {
                vars = setCtx(expr(w.expr()), Expr.Ctx.STORE, true);
            }
            items.add(new WithItem(test(w.test()), vars));
        }
        return new Stmt.With(line(at), col(at), items, block(ctx.block()), isAsync);
    }

    Stmt decorated(DecoratedContext ctx) {
        List<Expr> decorators = new ArrayList<>();
        for (DecoratorContext d : ctx.decorator()) {
            decorators.add(namedexprTest(d.namedexpr_test()));
        }
        if (ctx.classdef() != null) {
            return classdef(ctx.classdef(), decorators);
        } else if (ctx.funcdef() != null) {
            return funcdef(ctx.funcdef(), decorators, false, ctx.funcdef().getStart());
        } else {
            Async_funcdefContext a = ctx.async_funcdef();
            return funcdef(a.funcdef(), decorators, true, a.getStart());
        }
    }

    Stmt funcdef(FuncdefContext ctx, List<Expr> decorators, boolean isAsync, Token at) {
        Arguments args = ctx.typedargslist() == null ? Arguments.empty() : typedargslist(ctx.typedargslist());
        Expr returns = ctx.test() == null ? null : test(ctx.test());
        return new Stmt.FunctionDef(line(at), col(at), name(ctx.name()), args, block(ctx.block()), decorators, returns,
                        isAsync);
    }

    Stmt classdef(ClassdefContext ctx, List<Expr> decorators) {
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (ctx.arglist() != null) {
            arglist(ctx.arglist(), bases, keywords, false);
        }
        return new Stmt.ClassDef(line(ctx), col(ctx), name(ctx.name()), bases, keywords, block(ctx.block()), decorators);
    }

    // ------------------------------------------------------------------ parameters

    /** One parameter as written: kind 0 = plain, 1 = '/', 2 = '*', 3 = '**'. */
    private record Param(int kind, Arg arg, Expr dflt, Token at) {}

    Arguments typedargslist(TypedargslistContext ctx) {
        List<Param> params = new ArrayList<>();
        for (TparamContext p : ctx.tparam()) {
            Token first = p.getStart();
            int kind = first.getType() == Python310Lexer.SLASH ? 1
                            : first.getType() == Python310Lexer.STAR ? 2
                                            : first.getType() == Python310Lexer.DOUBLESTAR ? 3 : 0;
            Arg arg = null;
            Expr dflt = null;
            if (p.name() != null) {
                List<TestContext> tests = p.test();
                Expr ann = null;
                int ti = 0;
                if (p.COLON() != null) {
                    ann = test(tests.get(ti++));
                }
                if (p.EQUAL() != null) {
                    dflt = test(tests.get(ti));
                }
                arg = endedNode(new Arg(line(p.name()), col(p.name()), name(p.name()), ann), ann != null ? tests.get(0).getStop() : p.name().getStop());
            }
            params.add(new Param(kind, arg, dflt, first));
        }
        return arguments(params, false);
    }

    Arguments varargslist(VarargslistContext ctx) {
        List<Param> params = new ArrayList<>();
        for (VparamContext p : ctx.vparam()) {
            Token first = p.getStart();
            int kind = first.getType() == Python310Lexer.SLASH ? 1
                            : first.getType() == Python310Lexer.STAR ? 2
                                            : first.getType() == Python310Lexer.DOUBLESTAR ? 3 : 0;
            Arg arg = null;
            Expr dflt = null;
            if (p.name() != null) {
                if (p.test() != null) {
                    dflt = test(p.test());
                }
                arg = endedNode(new Arg(line(p.name()), col(p.name()), name(p.name()), null), p.name().getStop());
            }
            params.add(new Param(kind, arg, dflt, first));
        }
        return arguments(params, true);
    }

    private Arguments arguments(List<Param> params, boolean lambda) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean seenSlash = false;
        boolean seenStar = false;
        boolean bareStar = false;
        Token bareStarTok = null;
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (kwarg != null) {
                throw error("invalid syntax", p.at());
            }
            switch (p.kind()) {
                case 0:
                    if (seenStar) {
                        kwonly.add(p.arg());
                        kwDefaults.add(p.dflt());
                        bareStar = false;
                    } else {
                        if (p.dflt() != null) {
                            defaults.add(p.dflt());
                        } else if (!defaults.isEmpty()) {
                            throw error("non-default argument follows default argument", p.at());
                        }
                        args.add(p.arg());
                    }
                    break;
                case 1:
                    if (seenSlash || seenStar || args.isEmpty()) {
                        throw error("invalid syntax", p.at());
                    }
                    seenSlash = true;
                    posonly.addAll(args);
                    args.clear();
                    break;
                case 2:
                    if (seenStar) {
                        throw error("invalid syntax", p.at());
                    }
                    seenStar = true;
                    if (p.arg() == null) {
                        bareStar = true;
                        bareStarTok = p.at();
                    } else {
                        vararg = p.arg();
                    }
                    break;
                default:
                    if (bareStar) {
                        throw error("named arguments must follow bare *", bareStarTok);
                    }
                    kwarg = p.arg();
                    break;
            }
        }
        if (bareStar) {
            if (lambda) {
                // CPython reports this one at the token after '*' (after '*,' when a comma follows)
                Token next = nextToken(bareStarTok);
                if (next != null && next.getType() == Python310Lexer.COMMA) {
                    next = nextToken(next);
                }
                throw error("named arguments must follow bare *", next != null ? next : bareStarTok);
            }
            throw error("named arguments must follow bare *", bareStarTok);
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    // ------------------------------------------------------------------ match statement

    Stmt matchStmt(Match_stmtContext ctx) {
        Expr subject = subjectExpr(ctx.subject_expr());
        List<MatchCase> cases = new ArrayList<>();
        for (Case_blockContext c : ctx.case_block()) {
            Pattern p = patterns(c.patterns());
            Expr guard = c.namedexpr_test() == null ? null : namedexprTest(c.namedexpr_test());
            cases.add(new MatchCase(p, guard, block(c.block())));
        }
        return new Stmt.Match(line(ctx), col(ctx), subject, cases);
    }

    Expr subjectExpr(Subject_exprContext ctx) {
        List<Expr> elts = new ArrayList<>();
        for (ParseTree ch : ctx.children) {
            if (ch instanceof Namedexpr_testContext n) {
                elts.add(namedexprTest(n));
            } else if (ch instanceof Star_exprContext s) {
                elts.add(starExpr(s));
            }
        }
        if (elts.size() == 1 && ctx.COMMA().isEmpty()) {
            if (elts.get(0) instanceof Expr.Starred) {
                throw error("invalid syntax", ctx);
            }
            return elts.get(0);
        }
        return new Expr.Tuple(line(ctx), col(ctx), elts, Expr.Ctx.LOAD);
    }

    Pattern patterns(PatternsContext ctx) {
        List<Maybe_star_patternContext> ps = ctx.maybe_star_pattern();
        if (ps.size() == 1 && ctx.COMMA().isEmpty()) {
            if (ps.get(0).pattern() == null) {
                throw error("invalid syntax", ps.get(0));
            }
            return pattern(ps.get(0).pattern());
        }
        List<Pattern> list = new ArrayList<>();
        for (Maybe_star_patternContext p : ps) {
            list.add(maybeStarPattern(p));
        }
        return new Pattern.MatchSequence(line(ctx), col(ctx), list);
    }

    Pattern maybeStarPattern(Maybe_star_patternContext ctx) {
        if (ctx.pattern() != null) {
            return pattern(ctx.pattern());
        }
        String n = name(ctx.name());
        return new Pattern.MatchStar(line(ctx), col(ctx), n.equals("_") ? null : n);
    }

    Pattern pattern(PatternContext ctx) {
        Pattern p = orPattern(ctx.or_pattern());
        if (ctx.name() != null) {
            String n = name(ctx.name());
            if (n.equals("_")) {
                throw error("cannot use '_' as a target", ctx.name());
            }
            return new Pattern.MatchAs(line(ctx), col(ctx), p, n);
        }
        return p;
    }

    Pattern orPattern(Or_patternContext ctx) {
        List<Closed_patternContext> cs = ctx.closed_pattern();
        if (cs.size() == 1) {
            return closedPattern(cs.get(0));
        }
        List<Pattern> list = new ArrayList<>();
        for (Closed_patternContext c : cs) {
            list.add(closedPattern(c));
        }
        return new Pattern.MatchOr(line(ctx), col(ctx), list);
    }

    Pattern closedPattern(Closed_patternContext ctx) {
        int line = line(ctx);
        int col = col(ctx);
        if (ctx instanceof LiteralPatternContext l) {
            Expr v = literalPattern(l.literal_pattern());
            if (v instanceof Expr.Constant c && (c.value() == Expr.Singleton.NONE || c.value() instanceof Boolean)) {
                return new Pattern.MatchSingleton(line, col, c.value());
            }
            return new Pattern.MatchValue(line, col, v);
        } else if (ctx instanceof NamePatternContext n) {
            Expr v = nameOrAttr(n.name_or_attr());
            if (n.LPAR() == null) {
                if (v instanceof Expr.Name nm) {
                    if (nm.id().equals("_")) {
                        return new Pattern.MatchAs(line, col, null, null);
                    }
                    return new Pattern.MatchAs(line, col, null, nm.id());
                }
                return new Pattern.MatchValue(line, col, v);
            }
            List<Pattern> patterns = new ArrayList<>();
            List<String> kwdAttrs = new ArrayList<>();
            List<Pattern> kwdPatterns = new ArrayList<>();
            if (n.class_pattern_args() != null) {
                for (Class_pattern_argContext a : n.class_pattern_args().class_pattern_arg()) {
                    if (a.name() != null) {
                        kwdAttrs.add(name(a.name()));
                        kwdPatterns.add(pattern(a.pattern()));
                    } else {
                        if (!kwdAttrs.isEmpty()) {
                            throw error("positional patterns follow keyword patterns", a);
                        }
                        patterns.add(pattern(a.pattern()));
                    }
                }
            }
            return new Pattern.MatchClass(line, col, v, patterns, kwdAttrs, kwdPatterns);
        } else if (ctx instanceof GroupPatternContext g) {
            List<Maybe_star_patternContext> ps = g.maybe_star_pattern();
            if (ps.size() == 1 && g.COMMA().isEmpty() && ps.get(0).pattern() != null) {
                return pattern(ps.get(0).pattern());
            }
            List<Pattern> list = new ArrayList<>();
            for (Maybe_star_patternContext p : ps) {
                list.add(maybeStarPattern(p));
            }
            return new Pattern.MatchSequence(line, col, list);
        } else if (ctx instanceof ListPatternContext g) {
            List<Pattern> list = new ArrayList<>();
            for (Maybe_star_patternContext p : g.maybe_star_pattern()) {
                list.add(maybeStarPattern(p));
            }
            return new Pattern.MatchSequence(line, col, list);
        } else {
            MappingPatternContext m = (MappingPatternContext) ctx;
            List<Expr> keys = new ArrayList<>();
            List<Pattern> values = new ArrayList<>();
            String rest = null;
            List<Mapping_itemContext> items = m.mapping_item();
            for (int i = 0; i < items.size(); i++) {
                Mapping_itemContext it = items.get(i);
                if (it.DOUBLESTAR() != null) {
                    if (i != items.size() - 1) {
                        throw error("invalid syntax", items.get(i + 1));
                    }
                    rest = name(it.name());
                    if (rest.equals("_")) {
                        throw error("invalid syntax", it.name());
                    }
                } else {
                    keys.add(it.literal_pattern() != null ? literalPattern(it.literal_pattern())
                                    : nameOrAttr(it.name_or_attr()));
                    values.add(pattern(it.pattern()));
                }
            }
            return new Pattern.MatchMapping(line, col, keys, values, rest);
        }
    }

    Expr nameOrAttr(Name_or_attrContext ctx) {
        List<NameContext> names = ctx.name();
        NameContext first = names.get(0);
        Expr e = new Expr.Name(line(first), col(first), name(first), Expr.Ctx.LOAD);
        for (int i = 1; i < names.size(); i++) {
            e = new Expr.Attribute(line(ctx), col(ctx), e, name(names.get(i)), Expr.Ctx.LOAD);
        }
        return e;
    }

    Expr literalPattern(Literal_patternContext ctx) {
        int line = line(ctx);
        int col = col(ctx);
        if (!ctx.STRING().isEmpty()) {
            Expr s = strings(ctx.STRING());
            if (s instanceof Expr.JoinedStr) {
                throw error("patterns may only match literals and attribute lookups", ctx);
            }
            return s;
        } else if (ctx.NONE() != null) {
            return new Expr.Constant(line, col, Expr.Singleton.NONE);
        } else if (ctx.TRUE() != null) {
            return new Expr.Constant(line, col, Boolean.TRUE);
        } else if (ctx.FALSE() != null) {
            return new Expr.Constant(line, col, Boolean.FALSE);
        }
        List<TerminalNode> nums = ctx.NUMBER();
        boolean neg = ctx.getChild(0) instanceof TerminalNode t0 && t0.getSymbol().getType() == Python310Lexer.MINUS;
        Token n0 = nums.get(0).getSymbol();
        Expr real = number(n0);
        if (neg) {
            real = new Expr.UnaryOp(line, col, UnaryOperator.USUB, real);
        }
        if (nums.size() == 1) {
            return real;
        }
        Token n1 = nums.get(1).getSymbol();
        if (number(n0) instanceof Expr.Constant c && c.value() instanceof Expr.ComplexLiteral) {
            throw error("real number required in complex literal", n0);
        }
        Expr imag = number(n1);
        if (!(imag instanceof Expr.Constant c && c.value() instanceof Expr.ComplexLiteral)) {
            throw error("imaginary number required in complex literal", n1);
        }
        Token op = ((TerminalNode) nums.get(1).getParent().getChild(nums.get(1).getParent().getChildCount() - 2))
                        .getSymbol();
        return new Expr.BinOp(line, col, real, op.getType() == Python310Lexer.PLUS ? Operator.ADD : Operator.SUB, imag);
    }

    // ------------------------------------------------------------------ expressions

    Expr testlistStarExpr(Testlist_star_exprContext ctx) {
        return ended(testlistStarExprNode(ctx), ctx);
    }

    private Expr testlistStarExprNode(Testlist_star_exprContext ctx) {
        int n = ctx.getChildCount();
        if (n == 1) {
            ParseTree c = ctx.getChild(0);
            return c instanceof TestContext t ? test(t) : starExpr((Star_exprContext) c);
        }
        List<Expr> elts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof TestContext t) {
                elts.add(test(t));
            } else if (c instanceof Star_exprContext s) {
                elts.add(starExpr(s));
            }
        }
        return new Expr.Tuple(line(ctx), col(ctx), elts, Expr.Ctx.LOAD);
    }

    Expr testlist(TestlistContext ctx) {
        return ended(testlistNode(ctx), ctx);
    }

    private Expr testlistNode(TestlistContext ctx) {
        List<TestContext> tests = ctx.test();
        if (tests.size() == 1 && ctx.COMMA().isEmpty()) {
            return test(tests.get(0));
        }
        List<Expr> elts = new ArrayList<>(tests.size());
        for (TestContext t : tests) {
            elts.add(test(t));
        }
        return new Expr.Tuple(line(ctx), col(ctx), elts, Expr.Ctx.LOAD);
    }

    Expr exprlist(ExprlistContext ctx) {
        return ended(exprlistNode(ctx), ctx);
    }

    private Expr exprlistNode(ExprlistContext ctx) {
        int n = ctx.getChildCount();
        if (n == 1) {
            ParseTree c = ctx.getChild(0);
            return c instanceof ExprContext t ? expr(t) : starExpr((Star_exprContext) c);
        }
        List<Expr> elts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof ExprContext t) {
                elts.add(expr(t));
            } else if (c instanceof Star_exprContext s) {
                elts.add(starExpr(s));
            }
        }
        return new Expr.Tuple(line(ctx), col(ctx), elts, Expr.Ctx.LOAD);
    }

    Expr starExpr(Star_exprContext ctx) {
        return ended(starExprNode(ctx), ctx);
    }

    private Expr starExprNode(Star_exprContext ctx) {
        return new Expr.Starred(line(ctx), col(ctx), expr(ctx.expr()), Expr.Ctx.LOAD);
    }

    Expr namedexprTest(Namedexpr_testContext ctx) {
        return ended(namedexprTestNode(ctx), ctx);
    }

    private Expr namedexprTestNode(Namedexpr_testContext ctx) {
        if (ctx.getChildCount() == 1) {
            return test((TestContext) ctx.getChild(0));
        }
        List<TestContext> tests = ctx.test();
        Expr target = test(tests.get(0));
        if (!(target instanceof Expr.Name n)) {
            throw error("cannot use assignment expressions with " + exprName(target), target);
        }
        return new Expr.NamedExpr(line(ctx), col(ctx), new Expr.Name(n.line(), n.col(), n.id(), Expr.Ctx.STORE),
                        test(tests.get(1)));
    }

    Expr test(TestContext ctx) {
        return ended(testNode(ctx), ctx);
    }

    private Expr testNode(TestContext ctx) {
        if (ctx.getChildCount() == 1 && ctx.getChild(0) instanceof Or_testContext only) {
            return orTest(only);
        }
        if (ctx.lambdef() != null) {
            LambdefContext l = ctx.lambdef();
            Arguments args = l.varargslist() == null ? Arguments.empty() : varargslist(l.varargslist());
            return new Expr.Lambda(line(l), col(l), args, test(l.test()));
        }
        List<Or_testContext> ors = ctx.or_test();
        Expr body = orTest(ors.get(0));
        if (ors.size() == 1) {
            return body;
        }
        return new Expr.IfExp(line(ctx), col(ctx), orTest(ors.get(1)), body, test(ctx.test()));
    }

    Expr orTest(Or_testContext ctx) {
        return ended(orTestNode(ctx), ctx);
    }

    private Expr orTestNode(Or_testContext ctx) {
        int n = ctx.getChildCount();
        if (n == 1) {
            return notTest((Not_testContext) ctx.getChild(0));
        }
        // operands separated by 'or' / 'and'; 'and' binds tighter
        List<Expr> ors = new ArrayList<>();
        List<Expr> ands = null;
        Not_testContext andStart = null;
        Expr cur = notTest((Not_testContext) ctx.getChild(0));
        Not_testContext curStart = (Not_testContext) ctx.getChild(0);
        for (int i = 1; i < n; i += 2) {
            int op = ((TerminalNode) ctx.getChild(i)).getSymbol().getType();
            Not_testContext nextCtx = (Not_testContext) ctx.getChild(i + 1);
            Expr next = notTest(nextCtx);
            if (op == Python310Lexer.AND) {
                if (ands == null) {
                    ands = new ArrayList<>();
                    ands.add(cur);
                    andStart = curStart;
                }
                ands.add(next);
            } else {
                ors.add(ands == null ? cur : new Expr.BoolOp(line(andStart), col(andStart), BoolOperator.AND, ands));
                ands = null;
                cur = next;
                curStart = nextCtx;
            }
        }
        Expr last = ands == null ? cur : new Expr.BoolOp(line(andStart), col(andStart), BoolOperator.AND, ands);
        if (ors.isEmpty()) {
            return last;
        }
        ors.add(last);
        return new Expr.BoolOp(line(ctx), col(ctx), BoolOperator.OR, ors);
    }

    Expr notTest(Not_testContext ctx) {
        return ended(notTestNode(ctx), ctx);
    }

    private Expr notTestNode(Not_testContext ctx) {
        if (ctx.getChild(0) instanceof ComparisonContext c) {
            return comparison(c);
        }
        return new Expr.UnaryOp(line(ctx), col(ctx), UnaryOperator.NOT, notTest(ctx.not_test()));
    }

    Expr comparison(ComparisonContext ctx) {
        return ended(comparisonNode(ctx), ctx);
    }

    private Expr comparisonNode(ComparisonContext ctx) {
        if (ctx.getChildCount() == 1) {
            return expr((ExprContext) ctx.getChild(0));
        }
        List<ExprContext> exprs = ctx.expr();
        Expr left = expr(exprs.get(0));
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (int i = 1; i < exprs.size(); i++) {
            Comp_opContext op = ctx.comp_op(i - 1);
            ops.add(compOp(op));
            comparators.add(expr(exprs.get(i)));
        }
        return new Expr.Compare(line(ctx), col(ctx), left, ops, comparators);
    }

    CmpOperator compOp(Comp_opContext op) {
        Token t = op.getStart();
        return switch (t.getType()) {
            case Python310Lexer.LESS -> CmpOperator.LT;
            case Python310Lexer.GREATER -> CmpOperator.GT;
            case Python310Lexer.EQEQUAL -> CmpOperator.EQ;
            case Python310Lexer.GREATEREQUAL -> CmpOperator.GT_E;
            case Python310Lexer.LESSEQUAL -> CmpOperator.LT_E;
            case Python310Lexer.NOTEQUAL -> CmpOperator.NOT_EQ;
            case Python310Lexer.IN -> CmpOperator.IN;
            case Python310Lexer.NOT -> CmpOperator.NOT_IN;
            case Python310Lexer.IS -> op.getChildCount() > 1 ? CmpOperator.IS_NOT : CmpOperator.IS;
            default -> throw error("invalid syntax", t);
        };
    }

    Expr expr(ExprContext ctx) {
        return ended(exprNode(ctx), ctx);
    }

    private Expr exprNode(ExprContext ctx) {
        int n = ctx.getChildCount();
        if (n == 1) {
            return factor((FactorContext) ctx.getChild(0));
        }
        // precedence climbing over the flat operand/operator list
        int[] pos = {0};
        return binary(ctx, pos, 1);
    }

    private static int precedence(int tokenType) {
        return switch (tokenType) {
            case Python310Lexer.VBAR -> 1;
            case Python310Lexer.CIRCUMFLEX -> 2;
            case Python310Lexer.AMPER -> 3;
            case Python310Lexer.LEFTSHIFT, Python310Lexer.RIGHTSHIFT -> 4;
            case Python310Lexer.PLUS, Python310Lexer.MINUS -> 5;
            default -> 6;
        };
    }

    private static Operator binaryOperator(int tokenType) {
        return switch (tokenType) {
            case Python310Lexer.VBAR -> Operator.BITOR;
            case Python310Lexer.CIRCUMFLEX -> Operator.BITXOR;
            case Python310Lexer.AMPER -> Operator.BITAND;
            case Python310Lexer.LEFTSHIFT -> Operator.LSHIFT;
            case Python310Lexer.RIGHTSHIFT -> Operator.RSHIFT;
            case Python310Lexer.PLUS -> Operator.ADD;
            case Python310Lexer.MINUS -> Operator.SUB;
            case Python310Lexer.STAR -> Operator.MULT;
            case Python310Lexer.AT -> Operator.MATMULT;
            case Python310Lexer.SLASH -> Operator.DIV;
            case Python310Lexer.PERCENT -> Operator.MOD;
            default -> Operator.FLOORDIV;
        };
    }

    /** Parses operands from child pos[0] on, combining operators of precedence >= minPrec. */
    private Expr binary(ExprContext ctx, int[] pos, int minPrec) {
        FactorContext firstCtx = (FactorContext) ctx.getChild(pos[0]);
        Expr left = factor(firstCtx);
        Token start = firstCtx.getStart();
        pos[0]++;
        int n = ctx.getChildCount();
        while (pos[0] < n) {
            int op = ((TerminalNode) ctx.getChild(pos[0])).getSymbol().getType();
            int prec = precedence(op);
            if (prec < minPrec) {
                break;
            }
            pos[0]++;
            Expr right = binary(ctx, pos, prec + 1);
            left = new Expr.BinOp(line(start), col(start), left, binaryOperator(op), right);
            Token rightEnd = ends.get(right);
            if (rightEnd != null) {
                ends.put(left, rightEnd);
            }
        }
        return left;
    }

    Expr factor(FactorContext ctx) {
        return ended(factorNode(ctx), ctx);
    }

    private Expr factorNode(FactorContext ctx) {
        if (ctx.getChild(0) instanceof PowerContext p) {
            return power(p);
        }
        int t = ctx.getStart().getType();
        UnaryOperator op = t == Python310Lexer.PLUS ? UnaryOperator.UADD
                        : t == Python310Lexer.MINUS ? UnaryOperator.USUB : UnaryOperator.INVERT;
        return new Expr.UnaryOp(line(ctx), col(ctx), op, factor(ctx.factor()));
    }

    Expr power(PowerContext ctx) {
        return ended(powerNode(ctx), ctx);
    }

    private Expr powerNode(PowerContext ctx) {
        Expr base = awaitPrimary((Await_primaryContext) ctx.getChild(0));
        if (ctx.getChildCount() == 1) {
            return base;
        }
        return new Expr.BinOp(line(ctx), col(ctx), base, Operator.POW, factor((FactorContext) ctx.getChild(2)));
    }

    Expr awaitPrimary(Await_primaryContext ctx) {
        return ended(awaitPrimaryNode(ctx), ctx);
    }

    private Expr awaitPrimaryNode(Await_primaryContext ctx) {
        int n = ctx.getChildCount();
        boolean await = ctx.getChild(0) instanceof TerminalNode;
        int i = await ? 1 : 0;
        AtomContext atomCtx = (AtomContext) ctx.getChild(i);
        Expr e = atom(atomCtx);
        if (i + 1 < n) {
            Token start = atomCtx.getStart();
            int line = line(start);
            int col = col(start);
            for (int k = i + 1; k < n; k++) {
                TrailerContext t = (TrailerContext) ctx.getChild(k);
                e = ended(trailer(e, t, line, col), t);
            }
        }
        if (await) {
            return new Expr.Await(line(ctx), col(ctx), e);
        }
        return e;
    }

    Expr trailer(Expr e, TrailerContext t, int line, int col) {
        if (t instanceof AttrTrailerContext a) {
            return new Expr.Attribute(line, col, e, name(a.name()), Expr.Ctx.LOAD);
        } else if (t instanceof SubscriptTrailerContext s) {
            return new Expr.Subscript(line, col, e, subscriptlist(s.subscriptlist()), Expr.Ctx.LOAD);
        } else {
            CallTrailerContext c = (CallTrailerContext) t;
            List<Expr> args = new ArrayList<>();
            List<Keyword> keywords = new ArrayList<>();
            if (c.arglist() != null) {
                arglist(c.arglist(), args, keywords, true);
            }
            return new Expr.Call(line, col, e, args, keywords);
        }
    }

    void arglist(ArglistContext ctx, List<Expr> args, List<Keyword> keywords, boolean isCall) {
        List<ArgumentContext> list = ctx.argument();
        boolean seenKeyword = false;
        boolean seenDoubleStar = false;
        Token after = nextToken(ctx.getStop());
        if (after == null) {
            after = ctx.getStop();
        }
        for (ArgumentContext a : list) {
            if (a.comp_for() != null) {
                if (!isCall) {
                    throw error("invalid syntax", a.comp_for().getStart());
                }
                if (list.size() > 1 || !ctx.COMMA().isEmpty()) {
                    throw error("Generator expression must be parenthesized", a);
                }
            }
        }
        for (ArgumentContext a : list) {
            Token first = a.getStart();
            if (a.EQUAL() != null) {
                keywords.add(endedNode(new Keyword(line(a), col(a), name(a.name()), test(a.test())), a.getStop()));
                seenKeyword = true;
            } else if (a.DOUBLESTAR() != null) {
                keywords.add(endedNode(new Keyword(line(a), col(a), null, test(a.test())), a.getStop()));
                seenDoubleStar = true;
            } else if (a.STAR() != null) {
                if (seenDoubleStar) {
                    // CPython's span: the arguments before this one
                    Token last = list.get(list.indexOf(a) - 1).getStop();
                    throw source.error("iterable argument unpacking follows keyword argument unpacking", line(ctx.getStart()), col(ctx.getStart()) + 1,
                                    endLine(last), endCol(last) + 1);
                }
                args.add(new Expr.Starred(line(first), col(first), test(a.test()), Expr.Ctx.LOAD));
            } else {
                if (seenDoubleStar) {
                    throw error("positional argument follows keyword argument unpacking", after);
                }
                if (seenKeyword) {
                    throw error("positional argument follows keyword argument", after);
                }
                Expr v = namedexprTest(a.namedexpr_test());
                if (a.comp_for() != null) {
                    // CPython places a call's generator argument at the call's parenthesis
                    Token lp = ((ParserRuleContext) ctx.getParent()).getStart();
                    v = new Expr.GeneratorExp(line(lp), col(lp), v, compFor(a.comp_for()));
                }
                args.add(v);
            }
        }
    }

    Expr subscriptlist(SubscriptlistContext ctx) {
        List<SubscriptContext> subs = ctx.subscript();
        if (subs.size() == 1 && ctx.COMMA().isEmpty()) {
            return subscript(subs.get(0));
        }
        List<Expr> elts = new ArrayList<>(subs.size());
        for (SubscriptContext s : subs) {
            elts.add(subscript(s));
        }
        return new Expr.Tuple(line(ctx), col(ctx), elts, Expr.Ctx.LOAD);
    }

    Expr subscript(SubscriptContext ctx) {
        if (ctx.COLON().isEmpty()) {
            return namedexprTest(ctx.namedexpr_test());
        }
        Expr lower = null;
        Expr upper = null;
        Expr step = null;
        int part = 0;
        for (ParseTree ch : ctx.children) {
            if (ch instanceof TerminalNode) {
                part++;
            } else if (ch instanceof Namedexpr_testContext n) {
                lower = namedexprTest(n);
                if (n.COLONEQUAL() != null) {
                    throw error("invalid syntax", ctx.COLON(0).getSymbol());
                }
            } else if (ch instanceof TestContext t) {
                if (part == 0) {
                    lower = test(t);
                } else if (part == 1) {
                    upper = test(t);
                } else {
                    step = test(t);
                }
            }
        }
        return new Expr.Slice(line(ctx), col(ctx), lower, upper, step);
    }

    Expr yieldExpr(Yield_exprContext ctx) {
        return ended(yieldExprNode(ctx), ctx);
    }

    private Expr yieldExprNode(Yield_exprContext ctx) {
        if (ctx.FROM() != null) {
            return new Expr.YieldFrom(line(ctx), col(ctx), test(ctx.test()));
        }
        return new Expr.Yield(line(ctx), col(ctx),
                        ctx.testlist_star_expr() == null ? null : testlistStarExpr(ctx.testlist_star_expr()));
    }

    List<Comprehension> compFor(Comp_forContext ctx) {
        List<Comprehension> gens = new ArrayList<>();
        for (Comp_clauseContext c : ctx.comp_clause()) {
            Expr target = setCtx(exprlist(c.exprlist()), Expr.Ctx.STORE, true);
            List<Or_testContext> ors = c.or_test();
            Expr iter = orTest(ors.get(0));
            List<Expr> ifs = new ArrayList<>(ors.size() - 1);
            for (int i = 1; i < ors.size(); i++) {
                ifs.add(orTest(ors.get(i)));
            }
            gens.add(new Comprehension(target, iter, ifs, c.ASYNC() != null));
        }
        return gens;
    }

    Expr atom(AtomContext ctx) {
        return ended(atomNode(ctx), ctx);
    }

    private Expr atomNode(AtomContext ctx) {
        int line = line(ctx);
        int col = col(ctx);
        if (ctx instanceof NameAtomContext n) {
            return new Expr.Name(line, col, name(n.name()), Expr.Ctx.LOAD);
        } else if (ctx instanceof NumberAtomContext n) {
            return number(n.NUMBER().getSymbol());
        } else if (ctx instanceof StringAtomContext s) {
            return strings(s.STRING());
        } else if (ctx instanceof ParenAtomContext p) {
            if (p.yield_expr() != null) {
                return yieldExpr(p.yield_expr());
            }
            Testlist_compContext tc = p.testlist_comp();
            if (tc == null) {
                return new Expr.Tuple(line, col, List.of(), Expr.Ctx.LOAD);
            }
            List<Expr> elts = testlistComp(tc);
            if (tc.comp_for() != null) {
                return new Expr.GeneratorExp(line, col, elts.get(0), compFor(tc.comp_for()));
            }
            if (elts.size() == 1 && tc.COMMA().isEmpty()) {
                Expr e = elts.get(0);
                if (e instanceof Expr.Starred) {
                    // '(*a)': CPython's compiler rejects it; the parser keeps it as is
                    return e;
                }
                return e;
            }
            return new Expr.Tuple(line, col, elts, Expr.Ctx.LOAD);
        } else if (ctx instanceof ListAtomContext l) {
            Testlist_compContext tc = l.testlist_comp();
            if (tc == null) {
                return new Expr.ListExpr(line, col, List.of(), Expr.Ctx.LOAD);
            }
            List<Expr> elts = testlistComp(tc);
            if (tc.comp_for() != null) {
                return new Expr.ListComp(line, col, elts.get(0), compFor(tc.comp_for()));
            }
            return new Expr.ListExpr(line, col, elts, Expr.Ctx.LOAD);
        } else if (ctx instanceof BraceAtomContext b) {
            DictorsetmakerContext d = b.dictorsetmaker();
            if (d == null) {
                return new Expr.Dict(line, col, List.of(), List.of());
            }
            return dictOrSet(d, line, col);
        } else if (ctx instanceof EllipsisAtomContext) {
            return new Expr.Constant(line, col, Expr.Singleton.ELLIPSIS);
        } else if (ctx instanceof NoneAtomContext) {
            return new Expr.Constant(line, col, Expr.Singleton.NONE);
        } else if (ctx instanceof TrueAtomContext) {
            return new Expr.Constant(line, col, Boolean.TRUE);
        } else {
            return new Expr.Constant(line, col, Boolean.FALSE);
        }
    }

    List<Expr> testlistComp(Testlist_compContext tc) {
        List<Expr> elts = new ArrayList<>();
        for (ParseTree ch : tc.children) {
            if (ch instanceof Namedexpr_testContext n) {
                elts.add(namedexprTest(n));
            } else if (ch instanceof Star_exprContext s) {
                elts.add(starExpr(s));
            }
        }
        if (tc.comp_for() != null && elts.get(0) instanceof Expr.Starred st) {
            throw error("iterable unpacking cannot be used in comprehension", st);
        }
        return elts;
    }

    Expr dictOrSet(DictorsetmakerContext d, int line, int col) {
        if (d.DOUBLESTAR() != null || d.COLON() != null) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            if (d.DOUBLESTAR() != null) {
                keys.add(null);
                values.add(expr(d.expr()));
            } else {
                Expr k = namedexprTest(d.namedexpr_test());
                if (d.namedexpr_test().COLONEQUAL() != null) {
                    throw error("invalid syntax", d.COLON().getSymbol());
                }
                keys.add(k);
                values.add(test(d.test()));
            }
            Dict_restContext rest = d.dict_rest();
            if (rest.comp_for() != null) {
                if (keys.get(0) == null) {
                    throw error("dict unpacking cannot be used in dict comprehension", d);
                }
                return new Expr.DictComp(line, col, keys.get(0), values.get(0), compFor(rest.comp_for()));
            }
            for (Dict_itemContext it : rest.dict_item()) {
                if (it.DOUBLESTAR() != null) {
                    keys.add(null);
                    values.add(expr(it.expr()));
                } else {
                    keys.add(test(it.test(0)));
                    values.add(test(it.test(1)));
                }
            }
            return new Expr.Dict(line, col, keys, values);
        }
        List<Expr> elts = new ArrayList<>();
        if (d.star_expr() != null) {
            elts.add(starExpr(d.star_expr()));
        } else {
            elts.add(namedexprTest(d.namedexpr_test()));
        }
        Set_restContext rest = d.set_rest();
        if (rest.comp_for() != null) {
            if (elts.get(0) instanceof Expr.Starred st) {
                throw error("iterable unpacking cannot be used in comprehension", st);
            }
            return new Expr.SetComp(line, col, elts.get(0), compFor(rest.comp_for()));
        }
        for (ParseTree ch : rest.children == null ? List.<ParseTree>of() : rest.children) {
            if (ch instanceof Namedexpr_testContext n) {
                elts.add(namedexprTest(n));
            } else if (ch instanceof Star_exprContext s) {
                elts.add(starExpr(s));
            }
        }
        return new Expr.SetExpr(line, col, elts);
    }

    // ------------------------------------------------------------------ literals

    Expr number(Token t) {
        String s = t.getText();
        int line = line(t);
        int col = col(t);
        if (s.indexOf('_') >= 0) {
            s = s.replace("_", "");
        }
        int len = s.length();
        char last = s.charAt(len - 1);
        if (last == 'j' || last == 'J') {
            return new Expr.Constant(line, col, new Expr.ComplexLiteral(Double.parseDouble(s.substring(0, len - 1))));
        }
        if (len > 1 && s.charAt(0) == '0') {
            char r = s.charAt(1);
            int radix = switch (r) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                return new Expr.Constant(line, col, integer(s.substring(2), radix));
            }
        }
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return new Expr.Constant(line, col, Double.parseDouble(s));
            }
        }
        return new Expr.Constant(line, col, integer(s, 10));
    }

    static Object integer(String digits, int radix) {
        int maxLen = radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62;
        if (digits.length() <= maxLen) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }

    Expr strings(List<TerminalNode> tokens) {
        return new StringParser(this).parse(tokens);
    }
}
