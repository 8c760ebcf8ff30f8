package org.cinderj.ast;

import java.util.List;

/** {@code case pattern if guard:}; {@code guard} may be null. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}
