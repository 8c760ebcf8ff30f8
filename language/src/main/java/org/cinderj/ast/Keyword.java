package org.cinderj.ast;

/** A keyword argument of a call or class definition; {@code arg} is null for {@code **mapping}. */
public record Keyword(int line, int col, String arg, Expr value) implements Node {}
