package org.cinderj.ast;

/** Binary arithmetic operators, with the dunder names of their protocol. */
public enum Operator {
    ADD("+", "__add__", "__radd__", "__iadd__"),
    SUB("-", "__sub__", "__rsub__", "__isub__"),
    MULT("*", "__mul__", "__rmul__", "__imul__"),
    MATMULT("@", "__matmul__", "__rmatmul__", "__imatmul__"),
    DIV("/", "__truediv__", "__rtruediv__", "__itruediv__"),
    MOD("%", "__mod__", "__rmod__", "__imod__"),
    POW("**", "__pow__", "__rpow__", "__ipow__"),
    LSHIFT("<<", "__lshift__", "__rlshift__", "__ilshift__"),
    RSHIFT(">>", "__rshift__", "__rrshift__", "__irshift__"),
    BITOR("|", "__or__", "__ror__", "__ior__"),
    BITXOR("^", "__xor__", "__rxor__", "__ixor__"),
    BITAND("&", "__and__", "__rand__", "__iand__"),
    FLOORDIV("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__");

    public final String symbol;
    public final String dunder;
    public final String reflected;
    public final String inplace;

    Operator(String symbol, String dunder, String reflected, String inplace) {
        this.symbol = symbol;
        this.dunder = dunder;
        this.reflected = reflected;
        this.inplace = inplace;
    }
}
