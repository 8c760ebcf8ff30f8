package org.cinderj.ast;

public enum UnaryOperator {
    INVERT("~", "__invert__"), NOT("not", null), UADD("+", "__pos__"), USUB("-", "__neg__");

    public final String symbol;
    public final String dunder;

    UnaryOperator(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }
}
