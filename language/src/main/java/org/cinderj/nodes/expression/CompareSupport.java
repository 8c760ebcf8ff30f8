package org.cinderj.nodes.expression;

import java.math.BigDecimal;
import org.cinderj.runtime.ProtocolImpl;

/** Exact comparisons across representations. */
public final class CompareSupport {
    private CompareSupport() {
    }

    /** Compares a long with a double exactly (no rounding of the long); NaN must be handled by the caller. */
    public static int compareLongDouble(long a, double b) {
        if (Double.isNaN(b)) {
            return 0;
        }
        if (b >= 9.223372036854775807E18) {
            return -1;
        }
        if (b < -9.223372036854775808E18) {
            return 1;
        }
        double da = a;
        if (da != b) {
            return da < b ? -1 : 1;
        }
        return new BigDecimal(a).compareTo(new BigDecimal(b));
    }

    /** Code-point order of two strings (Java's compareTo orders UTF-16 units). */
    public static int compareStrings(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return ProtocolImpl.compareCodePointsAround(a, b, i);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
