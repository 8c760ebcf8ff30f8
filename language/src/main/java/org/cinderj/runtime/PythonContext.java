package org.cinderj.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.cinderj.PythonLanguage;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.module.PythonModule;

/**
 * Per-context state: the module table ({@code sys.modules}), the {@code builtins} and {@code sys}
 * modules, the standard streams, the recursion depth and the exception being handled.
 */
public final class PythonContext {
    private static final TruffleLanguage.ContextReference<PythonContext> REFERENCE =
                    TruffleLanguage.ContextReference.create(PythonLanguage.class);

    private final PythonLanguage language;
    private final TruffleLanguage.Env env;
    private final PDict sysModules = new PDict();
    private PythonModule builtins;
    private PythonModule sys;
    /** Factories of the modules implemented in Java, by name ({@code math}, {@code time}, ...). */
    private final Map<String, Function<PythonContext, PythonModule>> builtinModuleFactories = new HashMap<>();

    private int recursionDepth;
    private int recursionLimit = 1000;
    /** The exception currently being handled ({@code sys.exc_info()}), or null. */
    private PBaseException caughtException;

    /** {@code -X importtime}: print each import's time to stderr (see ImportSystem.findAndLoad). */
    public final boolean importTime;
    /** Nesting of the timed imports in progress, and the time spent in the current one's children. */
    public int importDepth;
    public long importChildNanos;
    public boolean importTimeHeaderWritten;

    public PythonContext(PythonLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        this.importTime = java.util.Arrays.asList(env.getOptions().get(org.cinderj.PythonOptions.XOptions).split("\u0001")).contains("importtime");
    }

    /**
     * The context of the current thread, or null when none is entered: the object model also runs
     * without one (its Java unit tests), where limits such as the recursion depth do not apply.
     */
    public static PythonContext getIfEntered() {
        try {
            return REFERENCE.get(null);
        } catch (RuntimeException | AssertionError e) {
            return null;
        }
    }

    /**
     * Counts one level of recursion that happens in Java, not in Python frames (a container's repr
     * of its items, a {@code __call__} that is itself a callable instance), against the recursion
     * limit as CPython's C code does; {@link #exitNativeLevel} undoes it.
     *
     * @throws org.cinderj.runtime.exception.PException RecursionError "maximum recursion depth
     *             exceeded" + {@code where}
     */
    public static PythonContext enterNativeLevel(String where) {
        PythonContext ctx = getIfEntered();
        if (ctx != null && !ctx.enterFrame()) {
            ctx.exitFrame();
            throw org.cinderj.runtime.exception.PythonErrors.raise(org.cinderj.runtime.type.BuiltinTypes.RECURSION_ERROR,
                            "maximum recursion depth exceeded" + where);
        }
        return ctx;
    }

    public static void exitNativeLevel(PythonContext ctx) {
        if (ctx != null) {
            ctx.exitFrame();
        }
    }

    public static PythonContext get(Node node) {
        return REFERENCE.get(node);
    }

    public PythonLanguage getLanguage() {
        return language;
    }

    public TruffleLanguage.Env getEnv() {
        return env;
    }

    public OutputStream getStandardOut() {
        return env.out();
    }

    public OutputStream getStandardErr() {
        return env.err();
    }

    public InputStream getStandardIn() {
        return env.in();
    }

    /** {@code sys.modules}. */
    public PDict getSysModules() {
        return sysModules;
    }

    public PythonModule getBuiltins() {
        return builtins;
    }

    public void setBuiltins(PythonModule builtins) {
        this.builtins = builtins;
    }

    public PythonModule getSys() {
        return sys;
    }

    public void setSys(PythonModule sys) {
        this.sys = sys;
    }

    public void registerBuiltinModule(String name, Function<PythonContext, PythonModule> factory) {
        builtinModuleFactories.put(name, factory);
    }

    /** Creates the Java-implemented module {@code name}, or returns null when there is none. */
    @TruffleBoundary
    public PythonModule createBuiltinModule(String name) {
        Function<PythonContext, PythonModule> f = builtinModuleFactories.get(name);
        return f == null ? null : f.apply(this);
    }

    public java.util.Set<String> getBuiltinModuleNames() {
        return builtinModuleFactories.keySet();
    }

    public int getRecursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    /** Called on entry to every Python frame; false when the recursion limit is exceeded. */
    public boolean enterFrame() {
        return ++recursionDepth <= recursionLimit;
    }

    public void exitFrame() {
        recursionDepth--;
    }

    public int getRecursionDepth() {
        return recursionDepth;
    }

    public PBaseException getCaughtException() {
        return caughtException;
    }

    public void setCaughtException(PBaseException e) {
        this.caughtException = e;
    }
}
