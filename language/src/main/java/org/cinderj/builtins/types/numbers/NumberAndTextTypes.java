package org.cinderj.builtins.types.numbers;

import org.cinderj.builtins.types.text.ByteArrayBuiltins;
import org.cinderj.builtins.types.text.BytesBuiltins;
import org.cinderj.builtins.types.text.StrBuiltins;

/** int, bool, float, complex, str, bytes, bytearray. */
public final class NumberAndTextTypes {
    private NumberAndTextTypes() {
    }

    public static void install() {
        IntBuiltins.install();
        BoolBuiltins.install();
        FloatBuiltins.install();
        ComplexBuiltins.install();
        StrBuiltins.install();
        BytesBuiltins.install();
        ByteArrayBuiltins.install();
    }
}
