package org.cinderj.launcher;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The {@code cinderj} command: CPython 3.10's command line over the polyglot API.
 *
 * <p>System properties set by the {@code cinderj} script: {@code cinderj.argv0} (the name the
 * command was invoked by, for messages), {@code cinderj.executable} (sys.executable),
 * {@code cinderj.home} (the repository), {@code cinderj.stdin.tty} / {@code cinderj.stdout.tty}
 * ("1" when a terminal), {@code cinderj.stackSize} (stack of the interpreter thread, default 1g).
 */
public final class CinderjMain {
    static final String VERSION = "3.10.8";
    static final String CINDERJ_VERSION = "0.1.0";

    private final String argv0 = System.getProperty("cinderj.argv0", "cinderj");
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final OutputStream rawOut;
    private final OutputStream rawErr;
    private boolean javaTrace;

    private CinderjMain() {
        rawOut = new FileOutputStream(FileDescriptor.out);
        rawErr = new FileOutputStream(FileDescriptor.err);
        stdout = new PrintStream(rawOut, true, StandardCharsets.UTF_8);
        stderr = new PrintStream(rawErr, true, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) {
        int[] status = {1};
        Runnable body = () -> status[0] = new CinderjMain().run(args);
        Thread t = new Thread(null, body, "main", stackSize());
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(status[0]);
    }

    static long stackSize() {
        String s = System.getProperty("cinderj.stackSize", "1g").trim().toLowerCase();
        long mult = 1;
        if (s.endsWith("k")) {
            mult = 1L << 10;
        } else if (s.endsWith("m")) {
            mult = 1L << 20;
        } else if (s.endsWith("g")) {
            mult = 1L << 30;
        }
        if (mult != 1) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return Long.parseLong(s) * mult;
        } catch (NumberFormatException e) {
            return 1L << 30;
        }
    }

    String usageLine() {
        return "usage: " + argv0 + " [option] ... [-c cmd | -m mod | file | -] [arg] ...";
    }

    int run(String[] args) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (CommandLine.UsageError e) {
            stderr.println(e.getMessage());
            stderr.println(usageLine());
            stderr.println("Try `python -h' for more information.");
            return 2;
        }
        cl.applyEnvironment(System.getenv());
        javaTrace = cl.hasXOption("javatrace");
        if (cl.help) {
            stdout.print(Help.text(usageLine()));
            stdout.flush();
            return 0;
        }
        if (cl.version > 0) {
            if (cl.version == 1) {
                stdout.println("Python " + VERSION);
            } else {
                stdout.println("Python " + VERSION + " (cinderj " + CINDERJ_VERSION + ") [Java " + System.getProperty("java.vm.version") + "]");
            }
            return 0;
        }
        try {
            return runProgram(cl);
        } catch (PolyglotException e) {
            return reportPolyglotException(e);
        } catch (IllegalArgumentException e) {
            // Bad polyglot option (--engine.X / --python.X) or option value.
            stderr.println(argv0 + ": " + e.getMessage());
            return 2;
        } catch (Throwable e) {
            return internalError(e);
        }
    }

    private int runProgram(CommandLine cl) throws IOException {
        Map<String, String> env = System.getenv();
        boolean stdinTty = isTty("cinderj.stdin.tty", true);
        boolean stdoutTty = isTty("cinderj.stdout.tty", false);

        ContextConfig cfg = new ContextConfig();
        cfg.stdLibHome = ContextConfig.findStdLibHome();
        cfg.executable = System.getProperty("cinderj.executable", "");
        cfg.flags = cl.flags.toString();
        cfg.xOptions = cl.xOptions;
        cfg.warnOptions = cl.warnOptions;
        cfg.pythonPath = ContextConfig.pythonPathFromEnv(env, cl.ignoreEnvironment);
        cfg.in = System.in;
        OutputStream out = (cl.unbuffered || stdoutTty) ? rawOut : new BufferedOutputStream(rawOut, 1 << 16);
        cfg.out = out;
        cfg.err = rawErr;

        // The program to run, sys.argv and sys.path[0].
        Source source = null;
        boolean repl = false;
        String[] argv;
        String path0;
        switch (cl.mode) {
            case COMMAND -> {
                source = Source.newBuilder(ContextConfig.LANGUAGE, cl.target, "<string>").build();
                argv = withArgs("-c", cl);
                path0 = "";
            }
            case MODULE -> {
                String snippet = "__import__('runpy')._run_module_as_main(" + pyStr(cl.target) + ")";
                // internal: CPython's traceback starts in runpy, not in this glue
                source = Source.newBuilder(ContextConfig.LANGUAGE, snippet, "<run_module>").internal(true).build();
                argv = withArgs("-m", cl);
                path0 = Path.of("").toAbsolutePath().toString();
            }
            case SCRIPT -> {
                Path typed = Path.of(cl.target);
                Path abs = typed.toAbsolutePath(); // like CPython: cwd + name, not normalised
                argv = withArgs(cl.target, cl);
                if (Files.isDirectory(abs)) {
                    // A directory with __main__.py: run it as the __main__ module, dir on sys.path.
                    if (!Files.isRegularFile(abs.resolve("__main__.py"))) {
                        stderr.println(argv0 + ": can't find '__main__' module in " + pyRepr(cl.target));
                        return 1;
                    }
                    source = Source.newBuilder(ContextConfig.LANGUAGE,
                                    "__import__('runpy')._run_module_as_main('__main__', False)", "<run_path>").internal(true).build();
                    path0 = abs.toString();
                } else {
                    try {
                        source = ContextConfig.scriptSource(abs, cl.skipFirstLine);
                    } catch (NoSuchFileException e) {
                        stderr.println(argv0 + ": can't open file " + pyRepr(abs.toString()) + ": [Errno 2] No such file or directory");
                        return 2;
                    } catch (AccessDeniedException e) {
                        stderr.println(argv0 + ": can't open file " + pyRepr(abs.toString()) + ": [Errno 13] Permission denied");
                        return 2;
                    }
                    Path real;
                    try {
                        real = abs.toRealPath();
                    } catch (IOException e) {
                        real = abs;
                    }
                    path0 = ContextConfig.dirOf(real);
                }
            }
            default -> {
                // STDIN: the REPL for a terminal (or -i), else the whole of stdin is the program.
                argv = withArgs(cl.target == null ? "" : "-", cl);
                path0 = "";
                if (stdinTty || cl.inspect) {
                    repl = true;
                } else {
                    String text = readAll(System.in);
                    source = Source.newBuilder(ContextConfig.LANGUAGE, text, "<stdin>").build();
                }
            }
        }
        cfg.argv = argv;
        cfg.path0 = cl.isolated ? null : path0;
        for (Map.Entry<String, String> e : cl.polyglotOptions.entrySet()) {
            if (!ContextConfig.isEngineOption(e.getKey())) {
                cfg.contextOptions.put(e.getKey(), e.getValue());
            }
        }

        Map<String, String> engineOptions = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : cl.polyglotOptions.entrySet()) {
            if (ContextConfig.isEngineOption(e.getKey())) {
                engineOptions.put(e.getKey(), e.getValue());
            }
        }
        String jitX = cl.xOption("jit");
        boolean jit = !("0".equals(jitX) || "off".equals(jitX) || "false".equals(jitX) || "0".equals(env.get("CINDERJ_JIT")));
        cfg.compilationEnabled = jit;

        int status = 0;
        timing("engine");
        // The engine is not closed: closing it waits for the JIT's compiler threads, and the
        // process exits right after anyway. The context is closed (atexit, flushing).
        Engine engine = ContextConfig.newEngine(engineOptions, jit, rawErr);
        {
            timing("context");
            Context context = cfg.builder(engine).build();
            try {
                timing("initialize");
                context.initialize(ContextConfig.LANGUAGE);
                timing("eval");
                if (source != null) {
                    try {
                        // parse + executeVoid rather than eval: the program's result (None) is not
                        // converted to a polyglot Value, which would set up host interop for
                        // its class (~20 ms at startup).
                        context.parse(source).executeVoid();
                        timing("evaluated");
                    } catch (PolyglotException e) {
                        if (!cl.inspect || e.isExit() || e.isInternalError()) {
                            throw e;
                        }
                        // -i: the language printed the traceback; go on with the REPL.
                    }
                }
                if (repl || cl.inspect) {
                    out.flush();
                    boolean banner = !cl.quiet && source == null;
                    status = new Repl(context, System.in, out, stderr, this::reportPolyglotException, banner,
                                    ContextConfig.jitStatus(engine, jit)).run();
                }
            } catch (PolyglotException e) {
                status = reportPolyglotException(e);
            } finally {
                try {
                    context.close();
                } catch (PolyglotException e) {
                    if (e.isExit()) {
                        status = e.getExitStatus();
                    } else if (!e.isCancelled()) {
                        status = reportPolyglotException(e);
                    }
                } catch (IllegalStateException e) {
                    // already closed
                }
                out.flush();
            }
            timing("closed");
        }
        return status;
    }

    private static final boolean TIMING = System.getProperty("cinderj.timing") != null;
    private static final long START = System.nanoTime();

    /** -Dcinderj.timing=1: startup phases on stderr (ms since the launcher class was loaded). */
    private void timing(String phase) {
        if (TIMING) {
            long ms = (System.nanoTime() - START) / 1_000_000;
            stderr.println("[cinderj timing] " + ms + " ms: " + phase);
            if (phase.equals("closed")) {
                // Measured last: the management classes take a while to load.
                long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
                long since = (System.nanoTime() - START) / 1_000_000;
                stderr.println("[cinderj timing] JVM start to launcher: " + (uptime - since) + " ms");
            }
        }
    }

    private static String[] withArgs(String first, CommandLine cl) {
        String[] argv = new String[cl.programArgs.size() + 1];
        argv[0] = first;
        for (int i = 0; i < cl.programArgs.size(); i++) {
            argv[i + 1] = cl.programArgs.get(i);
        }
        return argv;
    }

    private static boolean isTty(String property, boolean forStdin) {
        String v = System.getProperty(property);
        if (v != null) {
            return v.equals("1") || v.equals("true");
        }
        java.io.Console c = System.console();
        return c != null && c.isTerminal();
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A Python string literal for {@code s} (for the -m snippet). */
    static String pyStr(String s) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\'') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('\'').toString();
    }

    /** repr() of a str, for messages (single quotes unless the text holds one and no double quote). */
    static String pyRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == q) {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append(q).toString();
    }

    /**
     * Exit status for an exception that reached the launcher. With RunAsMain the language prints
     * Python tracebacks itself and exits, so only exits and internal errors are expected here.
     */
    int reportPolyglotException(PolyglotException e) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isCancelled()) {
            stderr.println("cinderj: execution cancelled");
            return 1;
        }
        if (e.isInternalError() || e.isHostException()) {
            return internalError(e);
        }
        // A guest exception the language did not print (should not happen with RunAsMain).
        StringBuilder tb = new StringBuilder();
        boolean any = false;
        for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
            if (!f.isGuestFrame() || f.getSourceLocation() == null) {
                continue;
            }
            if (!any) {
                tb.append("Traceback (most recent call last):\n");
                any = true;
            }
            var loc = f.getSourceLocation();
            String file = loc.getSource().getPath() != null ? loc.getSource().getPath() : loc.getSource().getName();
            tb.insert(tb.indexOf("\n") + 1, "  File \"" + file + "\", line " + loc.getStartLine() + ", in " + f.getRootName() + "\n");
        }
        stderr.print(tb);
        String msg = e.getMessage();
        stderr.println(msg == null ? "Error" : msg);
        if (javaTrace) {
            e.printStackTrace(stderr);
        }
        return 1;
    }

    int internalError(Throwable e) {
        stderr.println("cinderj: internal error: " + e);
        if (javaTrace) {
            e.printStackTrace(stderr);
        } else {
            stderr.println("(run with -X javatrace for the Java stack trace)");
        }
        return 1;
    }
}
