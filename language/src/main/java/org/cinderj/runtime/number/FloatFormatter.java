package org.cinderj.runtime.number;

/** CPython's float formatting: {@code repr} (shortest round-trip), {@code %}-formats and format specs. */
public final class FloatFormatter {
    private FloatFormatter() {
    }

    /** {@code repr(d)}, e.g. {@code 1.0}, {@code 1e+16}, {@code 0.1}, {@code inf}, {@code nan}. */
    public static String repr(double d) {
        return Double.toString(d); // placeholder until the formatter lands
    }
}
