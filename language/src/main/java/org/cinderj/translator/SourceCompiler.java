package org.cinderj.translator;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.cinderj.PythonLanguage;
import org.cinderj.PythonOptions;
import org.cinderj.ast.Module;
import org.cinderj.parser.PythonParser;
import org.cinderj.parser.PythonSyntaxError;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.exception.TracebackPrinter;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.function.PFunction;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * From source text to executable code: the one entry point used by the language (polyglot eval),
 * the import system, and the {@code compile}/{@code exec}/{@code eval} builtins.
 */
public final class SourceCompiler {
    private SourceCompiler() {
    }

    /** Polyglot {@code Context.eval}: runs the source as {@code __main__} (see PythonOptions.RunAsMain). */
    public static CallTarget compileForEval(PythonLanguage language, Source source) {
        return new MainRootNode(language, source).getCallTarget();
    }

    /**
     * Runs a source as the {@code __main__} module. As a program (RunAsMain), an uncaught exception
     * prints CPython's traceback and exits with status 1, and SystemExit exits; embedded, the
     * exception propagates to the host and the value of a final expression statement is returned.
     */
    static final class MainRootNode extends RootNode {
        private final Source source;

        MainRootNode(PythonLanguage language, Source source) {
            super(language);
            this.source = source;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return run(PythonContext.get(this), this);
        }

        @TruffleBoundary
        private Object run(PythonContext ctx, RootNode node) {
            boolean asMain = ctx.getEnv().getOptions().get(PythonOptions.RunAsMain);
            String filename = source.getPath() != null ? source.getPath() : source.getName();
            try {
                Module.Mode mode = source.isInteractive() ? Module.Mode.SINGLE : Module.Mode.EXEC;
                PythonModule main = mainModule(ctx, filename, source.getPath() != null);
                PCode code = compileSource(source, filename, mode, !asMain);
                code.setHiddenFromTraceback(source.isInternal());
                Object result = SourceCompiler.run(code, main.getDict(), main.getDict());
                if (asMain && !source.isInteractive()) {
                    flushStd(ctx);
                }
                return result == null ? PNone.NONE : result;
            } catch (PException e) {
                if (!asMain) {
                    throw e;
                }
                boolean exit = e.getPythonException().getPythonClass().isSubclassOf(BuiltinTypes.SYSTEM_EXIT);
                if (source.isInteractive() && e.isExceptionIncompleteSource()) {
                    throw e;
                }
                int status = handleUncaught(ctx, e.getPythonException());
                if (!exit && (source.isInteractive() || ctx.getEnv().getOptions().get(PythonOptions.Flags).contains("i"))) {
                    return PNone.NONE;
                }
                ctx.getEnv().getContext().closeExited(node, Math.max(status, 0));
                return PNone.NONE;
            }
        }

        @Override
        public String getName() {
            return "<main>";
        }
    }

    /**
     * Prints an uncaught exception like CPython ({@code sys.excepthook}); returns the exit status:
     * the SystemExit code, else 1 (or -1 for a non-exit exception in the REPL).
     */
    @TruffleBoundary
    public static int handleUncaught(PythonContext ctx, PBaseException exc) {
        flushStd(ctx);
        if (exc.getPythonClass().isSubclassOf(BuiltinTypes.SYSTEM_EXIT)) {
            Object code = PyOps.lookupAttribute(exc, "code");
            if (code == null) {
                Object[] args = exc.getArgs();
                code = args.length == 0 ? PNone.NONE : args.length == 1 ? args[0] : new PTuple(args);
            }
            if (code == PNone.NONE) {
                return 0;
            }
            if (code instanceof Long l) {
                return (int) (long) l;
            }
            if (code instanceof Boolean b) {
                return b ? 1 : 0;
            }
            writeErr(ctx, PyOps.str(code) + "\n");
            return 1;
        }
        Object hook = ctx.getSys() == null ? null : ctx.getSys().getAttr("excepthook");
        Object defaultHook = ctx.getSys() == null ? null : ctx.getSys().getAttr("__excepthook__");
        if (hook != null && hook != defaultHook) {
            try {
                CallSupport.call(hook, exc.getPythonClass(), exc, exc.getTraceback());
                flushStd(ctx);
                return 1;
            } catch (PException e) {
                writeErr(ctx, "Error in sys.excepthook:\n" + TracebackPrinter.format(e.getPythonException()) + "\nOriginal exception was:\n");
            }
        }
        writeErr(ctx, TracebackPrinter.format(exc));
        return 1;
    }

    @TruffleBoundary
    static void flushStd(PythonContext ctx) {
        if (ctx.getSys() == null) {
            return;
        }
        for (String name : new String[]{"stdout", "stderr"}) {
            Object stream = ctx.getSys().getAttr(name);
            if (stream != null && stream != PNone.NONE) {
                try {
                    Object flush = PyOps.lookupAttribute(stream, "flush");
                    if (flush != null) {
                        CallSupport.call(flush);
                    }
                } catch (PException e) {
                    // CPython ignores flush errors at this point too.
                }
            }
        }
    }

    @TruffleBoundary
    static void writeErr(PythonContext ctx, String text) {
        try {
            OutputStream err = ctx.getStandardErr();
            err.write(text.getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            // nowhere left to report it
        }
    }

    @TruffleBoundary
    static PythonModule mainModule(PythonContext ctx, String filename, boolean isFile) {
        Object existing = ctx.getSysModules().get("__main__");
        if (existing instanceof PythonModule m) {
            if (isFile) {
                m.setAttr("__file__", filename);
            }
            return m;
        }
        PythonModule main = new PythonModule("__main__");
        main.setAttr("__doc__", PNone.NONE);
        main.setAttr("__package__", PNone.NONE);
        main.setAttr("__loader__", PNone.NONE);
        main.setAttr("__spec__", PNone.NONE);
        main.setAttr("__annotations__", new PDict());
        if (ctx.getBuiltins() != null) {
            main.setAttr("__builtins__", ctx.getBuiltins());
        }
        if (isFile) {
            main.setAttr("__file__", filename);
        }
        ctx.getSysModules().put("__main__", main);
        return main;
    }

    /** Parses and translates; a syntax error becomes the Python exception. */
    @TruffleBoundary
    static PCode compileSource(Source source, String filename, Module.Mode mode, boolean returnLastExpression) {
        Module module = parseAndCheck(source.getCharacters().toString(), filename, mode);
        if (returnLastExpression && mode == Module.Mode.EXEC && !module.body().isEmpty()
                        && module.body().get(module.body().size() - 1) instanceof org.cinderj.ast.Stmt.ExprStmt) {
            java.util.List<org.cinderj.ast.Stmt> body = new java.util.ArrayList<>(module.body());
            org.cinderj.ast.Stmt.ExprStmt last = (org.cinderj.ast.Stmt.ExprStmt) body.remove(body.size() - 1);
            body.add(new org.cinderj.ast.Stmt.Return(last.line(), last.col(), last.value()));
            module = new Module(body, mode);
        }
        return Translator.translateModule(getLanguage(), source, filename, module);
    }

    /** The AST of {@code text} after CPython's compile-time checks; a syntax error becomes the Python exception. */
    private static Module parseAndCheck(String text, String filename, Module.Mode mode) {
        Module module;
        java.util.List<PythonSyntaxError> deprecations = new java.util.ArrayList<>();
        try {
            module = PythonParser.parse(text, filename, mode, deprecations);
        } catch (PythonSyntaxError e) {
            warnDeprecations(deprecations, filename);
            throw syntaxError(e);
        } catch (org.cinderj.parser.CompilationRecursionError e) {
            throw PythonErrors.raise(BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded during compilation");
        }
        warnDeprecations(deprecations, filename);
        try {
            // The checks CPython makes in its symbol table and compiler ('return' outside
            // function, nonlocal/global rules, ...). CPython reads their source line back from
            // the file, so sources that are not files show none.
            org.cinderj.compiler.ScopeAnalyzer.analyze(module, filename, filename.startsWith("<") ? null : text, text);
        } catch (PythonSyntaxError e) {
            throw syntaxError(e);
        } catch (org.cinderj.parser.CompilationRecursionError e) {
            throw PythonErrors.raise(BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded during compilation");
        }
        return module;
    }

    /** The tokenizer's DeprecationWarnings; one a filter turns into an error is a SyntaxError there. */
    private static void warnDeprecations(java.util.List<PythonSyntaxError> deprecations, String filename) {
        for (PythonSyntaxError d : deprecations) {
            try {
                org.cinderj.runtime.exception.Warnings.warnExplicit(BuiltinTypes.DEPRECATION_WARNING, d.message, filename, d.lineno);
            } catch (PException e) {
                if (PythonErrors.isInstance(e, BuiltinTypes.DEPRECATION_WARNING)) {
                    throw syntaxError(d);
                }
                throw e;
            }
        }
    }

    /**
     * The code of an imported module's source file: its AST comes from the {@link AstCache} when
     * the file was imported before, and is cached otherwise (unless -B or PYTHONDONTWRITEBYTECODE
     * said not to write caches; like CPython, a cache is still read then).
     */
    @TruffleBoundary
    static PCode compileModuleFile(Source source, String text, String filename) {
        Module module = AstCache.load(filename, text);
        if (module == null) {
            module = parseAndCheck(text, filename, Module.Mode.EXEC);
            PythonContext ctx = PythonContext.get(null);
            if (ctx.getEnv().getOptions().get(PythonOptions.Flags).indexOf('B') < 0) {
                AstCache.store(filename, text, module);
            }
        }
        return Translator.translateModule(getLanguage(), source, filename, module);
    }

    static PythonLanguage getLanguage() {
        return PythonLanguage.get(null);
    }

    /** The Python SyntaxError (or IndentationError/TabError) for a parser error. */
    @TruffleBoundary
    public static PException syntaxError(PythonSyntaxError e) {
        var cls = switch (e.kind) {
            case INDENTATION_ERROR -> BuiltinTypes.INDENTATION_ERROR;
            case TAB_ERROR -> BuiltinTypes.TAB_ERROR;
            default -> BuiltinTypes.SYNTAX_ERROR;
        };
        Object text = e.text == null ? PNone.NONE : e.text;
        Object endOffset = e.endOffset == PythonSyntaxError.NO_END_OFFSET ? PNone.NONE : (Object) (long) e.endOffset;
        PTuple details = new PTuple(new Object[]{e.filename, (long) e.lineno, (long) e.offset, text, (long) e.endLineno, endOffset});
        PBaseException exc = PythonErrors.create(cls, e.message, details);
        PException pe = PythonErrors.raiseObject(exc);
        pe.setIncompleteSource(isIncomplete(e));
        return pe;
    }

    /** Whether more input could complete the source (what the REPL's continuation prompt is for). */
    static boolean isIncomplete(PythonSyntaxError e) {
        String m = e.message;
        return m.startsWith("expected an indented block") || m.contains("was never closed") || m.startsWith("unterminated triple-quoted")
                        || m.startsWith("unexpected EOF") || m.contains("incomplete input");
    }

    /**
     * {@code compile(source, filename, mode)}: mode is "exec", "eval" or "single". Raises the
     * Python SyntaxError for invalid source.
     */
    @TruffleBoundary
    public static PCode compile(String source, String filename, String mode) {
        Module.Mode m = switch (mode) {
            case "exec" -> Module.Mode.EXEC;
            case "eval" -> Module.Mode.EVAL;
            case "single" -> Module.Mode.SINGLE;
            default -> throw PythonErrors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        };
        Source src = Source.newBuilder(PythonLanguage.ID, source, filename).build();
        return compileSource(src, filename, m, false);
    }

    /**
     * Runs a code object made by {@link #compile} with the given globals and locals (a mapping,
     * or the same dict as globals). Returns the value for "eval" mode code, None otherwise.
     */
    @TruffleBoundary
    public static Object exec(PCode code, PDict globals, Object locals) {
        Object r = run(code, globals, locals == null ? globals : locals);
        return r == null ? PNone.NONE : r;
    }

    private static Object run(PCode code, PDict globals, Object locals) {
        PFunction f = new PFunction(code, globals, new org.cinderj.runtime.function.PCell[0], new Object[0], null,
                        globals.get("__name__") == null ? PNone.NONE : globals.get("__name__"));
        return code.getCallTarget().call(f, locals);
    }

    /** Import: runs the source of a module file in the module's namespace. */
    @TruffleBoundary
    public static void execModule(String source, String filename, PythonModule module) {
        Source src = Source.newBuilder(PythonLanguage.ID, source, filename).build();
        PCode code = compileModuleFile(src, source, filename);
        run(code, module.getDict(), module.getDict());
    }
}
