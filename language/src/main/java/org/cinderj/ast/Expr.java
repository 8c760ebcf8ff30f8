package org.cinderj.ast;

import java.util.List;

/**
 * Expressions. The node set follows the structure of Python 3.10's {@code ast} module, so that
 * compile-time checks and the translator can be written against the language reference.
 */
public sealed interface Expr extends Node {

    /** Load, store or delete: the role an expression plays as a target. */
    enum Ctx { LOAD, STORE, DEL }

    record BoolOp(int line, int col, BoolOperator op, List<Expr> values) implements Expr {}

    record NamedExpr(int line, int col, Expr target, Expr value) implements Expr {}

    record BinOp(int line, int col, Expr left, Operator op, Expr right) implements Expr {}

    record UnaryOp(int line, int col, UnaryOperator op, Expr operand) implements Expr {}

    record Lambda(int line, int col, Arguments args, Expr body) implements Expr {}

    record IfExp(int line, int col, Expr test, Expr body, Expr orelse) implements Expr {}

    /** {@code keys} holds {@code null} where the entry is a {@code **mapping} splat. */
    record Dict(int line, int col, List<Expr> keys, List<Expr> values) implements Expr {}

    record SetExpr(int line, int col, List<Expr> elts) implements Expr {}

    record ListComp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(int line, int col, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {}

    record Await(int line, int col, Expr value) implements Expr {}

    /** {@code value} is {@code null} for a bare {@code yield}. */
    record Yield(int line, int col, Expr value) implements Expr {}

    record YieldFrom(int line, int col, Expr value) implements Expr {}

    record Compare(int line, int col, Expr left, List<CmpOperator> ops, List<Expr> comparators) implements Expr {}

    record Call(int line, int col, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    /**
     * One replacement field of an f-string. {@code conversion} is -1, 's', 'r' or 'a';
     * {@code formatSpec} is {@code null} or a {@link JoinedStr}.
     */
    record FormattedValue(int line, int col, Expr value, int conversion, Expr formatSpec) implements Expr {}

    /** An f-string: {@link Constant} string parts and {@link FormattedValue}s. */
    record JoinedStr(int line, int col, List<Expr> values) implements Expr {}

    /**
     * A literal. {@code value} is a Java {@code Long}, {@code java.math.BigInteger}, {@code Double},
     * {@link ComplexLiteral}, {@code String}, {@code byte[]}, {@code Boolean}, {@link Singleton}.
     */
    record Constant(int line, int col, Object value) implements Expr {}

    record Attribute(int line, int col, Expr value, String attr, Ctx ctx) implements Expr {}

    record Subscript(int line, int col, Expr value, Expr slice, Ctx ctx) implements Expr {}

    record Starred(int line, int col, Expr value, Ctx ctx) implements Expr {}

    record Name(int line, int col, String id, Ctx ctx) implements Expr {}

    record ListExpr(int line, int col, List<Expr> elts, Ctx ctx) implements Expr {}

    record Tuple(int line, int col, List<Expr> elts, Ctx ctx) implements Expr {}

    /** Each part is {@code null} when omitted. */
    record Slice(int line, int col, Expr lower, Expr upper, Expr step) implements Expr {}

    /** The literal singletons that are not Java values. */
    enum Singleton { NONE, ELLIPSIS }

    /** An imaginary literal such as {@code 3j}: real part 0. */
    record ComplexLiteral(double imag) {}
}
