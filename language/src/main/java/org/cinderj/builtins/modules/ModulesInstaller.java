package org.cinderj.builtins.modules;

import org.cinderj.runtime.PythonContext;

/**
 * Creates the {@code builtins} and {@code sys} modules of a new context and registers the
 * factories of the other Java-implemented modules ({@code math}, {@code time}, {@code _io}, ...).
 */
public final class ModulesInstaller {
    private ModulesInstaller() {
    }

    public static void initialize(PythonContext context) {
        // Filled in by the module implementations.
    }
}
