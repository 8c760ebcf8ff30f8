package org.cinderj.ast;

/** Comparison operators; {@code reflected} is the dunder tried on the right operand. */
public enum CmpOperator {
    EQ("==", "__eq__", "__eq__"),
    NOT_EQ("!=", "__ne__", "__ne__"),
    LT("<", "__lt__", "__gt__"),
    LT_E("<=", "__le__", "__ge__"),
    GT(">", "__gt__", "__lt__"),
    GT_E(">=", "__ge__", "__le__"),
    IS("is", null, null),
    IS_NOT("is not", null, null),
    IN("in", null, null),
    NOT_IN("not in", null, null);

    public final String symbol;
    public final String dunder;
    public final String reflected;

    CmpOperator(String symbol, String dunder, String reflected) {
        this.symbol = symbol;
        this.dunder = dunder;
        this.reflected = reflected;
    }
}
