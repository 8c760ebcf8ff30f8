package org.cinderj.builtins;

import org.cinderj.builtins.modules.ModulesInstaller;
import org.cinderj.builtins.types.TypesInstaller;
import org.cinderj.runtime.PythonContext;

/**
 * Brings up the builtins: the methods of the builtin types (once per JVM: the types are shared
 * singletons) and the Java-implemented modules of a context ({@code builtins}, {@code sys}, ...).
 */
public final class BuiltinsInstaller {
    private BuiltinsInstaller() {
    }

    private static boolean typesInstalled;

    public static synchronized void installTypesOnce() {
        if (!typesInstalled) {
            TypesInstaller.install();
            typesInstalled = true;
        }
    }

    public static void initializeContext(PythonContext context) {
        installTypesOnce();
        ModulesInstaller.initialize(context);
    }
}
