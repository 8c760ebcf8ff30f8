package org.cinderj.runtime.function;

/**
 * The value a builtin receives for an optional parameter the caller did not pass (a default of
 * {@code ?} in a builtin's text signature). Never visible to Python code.
 */
public final class Missing {
    public static final Missing VALUE = new Missing();

    private Missing() {
    }

    @Override
    public String toString() {
        return "<missing>";
    }
}
