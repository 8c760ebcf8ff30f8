package org.cinderj.ast;

import java.util.List;

/** Patterns of the {@code match} statement (PEP 634). */
public sealed interface Pattern extends Node {

    record MatchValue(int line, int col, Expr value) implements Pattern {}

    /** {@code value} is a {@link Expr.Singleton} or a {@code Boolean}. */
    record MatchSingleton(int line, int col, Object value) implements Pattern {}

    record MatchSequence(int line, int col, List<Pattern> patterns) implements Pattern {}

    /** {@code rest} is the name bound by {@code **rest}, or null. */
    record MatchMapping(int line, int col, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {}

    record MatchClass(int line, int col, Expr cls, List<Pattern> patterns, List<String> kwdAttrs,
                    List<Pattern> kwdPatterns) implements Pattern {}

    /** {@code *name} in a sequence pattern; {@code name} is null for {@code *_}. */
    record MatchStar(int line, int col, String name) implements Pattern {}

    /** {@code pattern as name}; both null is the wildcard {@code _}; pattern null is a capture. */
    record MatchAs(int line, int col, Pattern pattern, String name) implements Pattern {}

    record MatchOr(int line, int col, List<Pattern> patterns) implements Pattern {}
}
