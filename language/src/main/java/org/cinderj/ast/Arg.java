package org.cinderj.ast;

/** One parameter; {@code annotation} may be null. */
public record Arg(int line, int col, String arg, Expr annotation) implements Node {}
