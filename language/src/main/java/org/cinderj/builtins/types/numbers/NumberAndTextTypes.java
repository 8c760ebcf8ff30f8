package org.cinderj.builtins.types.numbers;

/** int, bool, float, complex, str, bytes, bytearray. */
public final class NumberAndTextTypes {
    private NumberAndTextTypes() {
    }

    public static void install() {
    }
}
