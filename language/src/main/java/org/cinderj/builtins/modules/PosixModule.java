package org.cinderj.builtins.modules;

import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.module.PythonModule;

/** The {@code posix} module (what {@code os} needs). */
public final class PosixModule {
    private PosixModule() {
    }

    private static volatile String cwd = System.getProperty("user.dir");

    /** The emulated working directory ({@code os.getcwd()}); {@code os.chdir} changes it. */
    public static String cwd() {
        return cwd;
    }

    static void setCwd(String dir) {
        cwd = dir;
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("posix");
        return m;
    }
}
