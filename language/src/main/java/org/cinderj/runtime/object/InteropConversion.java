package org.cinderj.runtime.object;

import java.math.BigInteger;

/** Values crossing the polyglot boundary: host numbers become Python ints/floats and back. */
public final class InteropConversion {
    private InteropConversion() {
    }

    public static Object toPython(Object o) {
        if (o instanceof Integer i) {
            return (long) i;
        } else if (o instanceof Short s) {
            return (long) s;
        } else if (o instanceof Byte b) {
            return (long) b;
        } else if (o instanceof Float f) {
            return (double) f;
        } else if (o instanceof Character c) {
            return String.valueOf(c);
        }
        return o;
    }

    /** Python ints too big for a long are shown to the host as their decimal text. */
    public static Object toInterop(Object o) {
        if (o instanceof BigInteger b) {
            return b.toString();
        }
        return o;
    }
}
