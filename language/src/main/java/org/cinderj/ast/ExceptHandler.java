package org.cinderj.ast;

import java.util.List;

/** {@code except type as name:}; {@code type} and {@code name} may be null. */
public record ExceptHandler(int line, int col, Expr type, String name, List<Stmt> body) implements Node {}
