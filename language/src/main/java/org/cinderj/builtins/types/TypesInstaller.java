package org.cinderj.builtins.types;

/** Installs the methods and attributes of every builtin type, and the {@code PyOps} protocol. */
public final class TypesInstaller {
    private TypesInstaller() {
    }

    public static void install() {
        org.cinderj.builtins.types.core.CoreTypes.install();
        org.cinderj.builtins.types.numbers.NumberAndTextTypes.install();
        org.cinderj.builtins.types.generator.GeneratorBuiltins.install();
        org.cinderj.builtins.types.text.MemoryViewBuiltins.install();
    }
}
