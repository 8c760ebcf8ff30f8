package org.cinderj.nodes.expression;

/** Guards of the division and power nodes ({@code @ImportStatic}). */
public final class ArithGuards {
    private ArithGuards() {
    }

    public static boolean isNonZero(double d) {
        return d != 0.0;
    }

    /** {@code Long.MIN_VALUE // -1} overflows a long. */
    public static boolean isMinByMinusOne(long a, long b) {
        return a == Long.MIN_VALUE && b == -1;
    }

    /** Java's {@code Math.pow} gives Python's result: no complex result, no zero to a negative power. */
    public static boolean isRealPow(double a, double b) {
        return (a >= 0.0 || b == Math.rint(b)) && !(a == 0.0 && b < 0.0);
    }
}
