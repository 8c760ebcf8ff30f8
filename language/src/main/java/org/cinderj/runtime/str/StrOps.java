package org.cinderj.runtime.str;

/** str helpers with code-point semantics. */
public final class StrOps {
    private StrOps() {
    }

    /** {@code repr(s)}: CPython's quoting and escaping rules. */
    public static String repr(String s) {
        return "'" + s + "'"; // placeholder until the str implementation lands
    }
}
