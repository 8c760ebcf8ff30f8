package org.cinderj.builtins.types;

/** Installs the methods and attributes of every builtin type, and the {@code PyOps} protocol. */
public final class TypesInstaller {
    private TypesInstaller() {
    }

    public static void install() {
        // Filled in by the builtin types: one *Builtins class per type, each with install().
    }
}
