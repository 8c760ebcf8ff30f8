package org.cinderj.ast;

/** {@code context_expr as optional_vars}; {@code optionalVars} may be null. */
public record WithItem(Expr contextExpr, Expr optionalVars) {}
