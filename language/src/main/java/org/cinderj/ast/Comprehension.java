package org.cinderj.ast;

import java.util.List;

/** One {@code for ... in ... if ...} clause of a comprehension. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {}
