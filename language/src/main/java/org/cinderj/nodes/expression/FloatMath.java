package org.cinderj.nodes.expression;

/** Python's float floor division and modulo (result takes the sign of the divisor). */
public final class FloatMath {
    private FloatMath() {
    }

    public static double mod(double a, double b) {
        double mod = a % b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    public static double floorDiv(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0.0 && ((b < 0) != (mod < 0))) {
            div -= 1.0;
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }
}
