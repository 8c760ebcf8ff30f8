package org.cinderj.builtins.modules;

import org.cinderj.PythonOptions;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.module.PythonModule;

/**
 * Creates the {@code builtins} and {@code sys} modules of a new context and registers the
 * factories of the other Java-implemented modules ({@code math}, {@code time}, {@code _io}, ...).
 */
public final class ModulesInstaller {
    private ModulesInstaller() {
    }

    public static void initialize(PythonContext context) {
        context.registerBuiltinModule("_io", IoModule::create);
        context.registerBuiltinModule("_imp", ImportSystem::createImp);
        context.registerBuiltinModule("marshal", MarshalModule::create);
        context.registerBuiltinModule("posix", PosixModule::create);
        registerMore(context);

        boolean optimize = context.getEnv().getOptions().get(PythonOptions.Flags).indexOf('O') >= 0;
        PythonModule builtins = BuiltinsModule.create(context, optimize);
        context.setBuiltins(builtins);
        context.getSysModules().put("builtins", builtins);
        PythonModule sys = SysModule.create(context, builtins);
        context.setSys(sys);
        context.getSysModules().put("sys", sys);
        ImportSystem.setUp(context);
    }

    private static void registerMore(PythonContext context) {
        context.registerBuiltinModule("atexit", AtexitSupport::create);
        context.registerBuiltinModule("math", MathModule::create);
        context.registerBuiltinModule("cmath", CmathModule::create);
        context.registerBuiltinModule("time", TimeModule::create);
        context.registerBuiltinModule("_thread", ThreadModule::create);
        context.registerBuiltinModule("_weakref", WeakrefModule::create);
        context.registerBuiltinModule("_collections", CollectionsModule::create);
        context.registerBuiltinModule("itertools", ItertoolsModule::create);
        context.registerBuiltinModule("_random", RandomModule::create);
        context.registerBuiltinModule("errno", SmallModules::createErrno);
        context.registerBuiltinModule("gc", SmallModules::createGc);
        context.registerBuiltinModule("_warnings", SmallModules::createWarnings);
        context.registerBuiltinModule("_string", SmallModules::createString);
        context.registerBuiltinModule("_signal", SmallModules::createSignal);
        context.registerBuiltinModule("_locale", SmallModules::createLocale);
        context.registerBuiltinModule("_functools", FunctoolsModule::create);
        context.registerBuiltinModule("_codecs", CodecsModule::create);
        context.registerBuiltinModule("_struct", StructModule::create);
        context.registerBuiltinModule("unicodedata", UnicodedataModule::create);
        context.registerBuiltinModule("binascii", BinasciiModule::create);
        context.registerBuiltinModule("_contextvars", ContextvarsModule::create);
        context.registerBuiltinModule("_sre", SreModule::create);
        context.registerBuiltinModule("zlib", ZlibModule::create);
        context.registerBuiltinModule("_ast", AstModule::create);
        context.registerBuiltinModule("_abc", AbcModule::create);
        context.registerBuiltinModule("pwd", PwdModule::createPwd);
        context.registerBuiltinModule("grp", PwdModule::createGrp);
        HashModules.register(context);
    }

    /**
     * Called when the context is closed (or the program exits): runs the {@code atexit}
     * callbacks and flushes {@code sys.stdout}/{@code sys.stderr}. Never raises.
     */
    public static void finalizeContext(PythonContext context) {
        try {
            AtexitSupport.runCallbacks(context);
        } catch (RuntimeException e) {
            // reported by runCallbacks
        }
        IoModule.flushStdStreams(context);
    }
}
