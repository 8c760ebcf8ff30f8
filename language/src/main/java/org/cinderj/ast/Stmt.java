package org.cinderj.ast;

import java.util.List;

/** Statements, following Python 3.10's {@code ast} module. */
public sealed interface Stmt extends Node {

    record FunctionDef(int line, int col, String name, Arguments args, List<Stmt> body,
                    List<Expr> decoratorList, Expr returns, boolean isAsync) implements Stmt {}

    record ClassDef(int line, int col, String name, List<Expr> bases, List<Keyword> keywords,
                    List<Stmt> body, List<Expr> decoratorList) implements Stmt {}

    /** {@code value} may be null. */
    record Return(int line, int col, Expr value) implements Stmt {}

    record Delete(int line, int col, List<Expr> targets) implements Stmt {}

    /** {@code a = b = value}: several targets. */
    record Assign(int line, int col, List<Expr> targets, Expr value) implements Stmt {}

    record AugAssign(int line, int col, Expr target, Operator op, Expr value) implements Stmt {}

    /** {@code value} may be null; {@code simple} is true for a plain unparenthesised name. */
    record AnnAssign(int line, int col, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}

    record For(int line, int col, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse,
                    boolean isAsync) implements Stmt {}

    record While(int line, int col, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record If(int line, int col, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record With(int line, int col, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {}

    record Match(int line, int col, Expr subject, List<MatchCase> cases) implements Stmt {}

    /** {@code exc} and {@code cause} may be null. */
    record Raise(int line, int col, Expr exc, Expr cause) implements Stmt {}

    record Try(int line, int col, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                    List<Stmt> finalbody) implements Stmt {}

    /** {@code msg} may be null. */
    record Assert(int line, int col, Expr test, Expr msg) implements Stmt {}

    record Import(int line, int col, List<Alias> names) implements Stmt {}

    /** {@code module} may be null ({@code from . import x}); {@code level} counts the dots. */
    record ImportFrom(int line, int col, String module, List<Alias> names, int level) implements Stmt {}

    record Global(int line, int col, List<String> names) implements Stmt {}

    record Nonlocal(int line, int col, List<String> names) implements Stmt {}

    record ExprStmt(int line, int col, Expr value) implements Stmt {}

    record Pass(int line, int col) implements Stmt {}

    record Break(int line, int col) implements Stmt {}

    record Continue(int line, int col) implements Stmt {}
}
