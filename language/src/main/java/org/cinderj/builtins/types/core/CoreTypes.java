package org.cinderj.builtins.types.core;

/**
 * object, type, functions and descriptors, exceptions, containers and iterators; installs the
 * {@code PyOps} protocol implementation.
 */
public final class CoreTypes {
    private CoreTypes() {
    }

    public static void install() {
    }
}
