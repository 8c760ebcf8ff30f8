package org.cinderj.translator;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;
import org.cinderj.PythonLanguage;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.module.PythonModule;

/**
 * From source text to executable code: the one entry point used by the language (polyglot eval),
 * the import system, and the {@code compile}/{@code exec}/{@code eval} builtins.
 */
public final class SourceCompiler {
    private SourceCompiler() {
    }

    /** Polyglot {@code Context.eval}: runs the source as {@code __main__} (see PythonOptions.RunAsMain). */
    public static CallTarget compileForEval(PythonLanguage language, Source source) {
        throw new UnsupportedOperationException("translator not written yet");
    }

    /**
     * {@code compile(source, filename, mode)}: mode is "exec", "eval" or "single". Raises the
     * Python SyntaxError for invalid source.
     */
    public static PCode compile(String source, String filename, String mode) {
        throw new UnsupportedOperationException("translator not written yet");
    }

    /**
     * Runs a code object made by {@link #compile} with the given globals and locals (a mapping,
     * or the same dict as globals). Returns the value for "eval" mode code, None otherwise.
     */
    public static Object exec(PCode code, PDict globals, Object locals) {
        throw new UnsupportedOperationException("translator not written yet");
    }

    /** Import: runs the source of a module file in the module's namespace. */
    public static void execModule(String source, String filename, PythonModule module) {
        throw new UnsupportedOperationException("translator not written yet");
    }
}
