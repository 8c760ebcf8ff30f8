package org.cinderj.ast;

/** {@code name as asname} in an import; {@code asname} may be null. */
public record Alias(int line, int col, String name, String asname) implements Node {}
