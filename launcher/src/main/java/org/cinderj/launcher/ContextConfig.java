package org.cinderj.launcher;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.options.OptionDescriptor;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Language;

/**
 * How a cinderj {@link Context} is configured: used by the {@code cinderj} command and by the
 * test harness (so that tests run programs exactly as the command does).
 *
 * <h2>Contract with the language (options of {@code org.cinderj.PythonOptions})</h2>
 * <ul>
 * <li>{@code python.StdLibHome}: CPython 3.10.8's {@code lib/python3.10} folder.</li>
 * <li>{@code python.PythonPath}: PYTHONPATH entries (path-separator separated), after sys.path[0].</li>
 * <li>{@code python.Executable}: sys.executable.</li>
 * <li>{@code python.Flags}: the letters of the single-letter flags, repeated per use ("OO").</li>
 * <li>{@code python.XOptions} / {@code python.WarnOptions}: joined by U+0001.</li>
 * <li>{@code python.RunAsMain=true}: the language prints tracebacks itself and exits with 1;
 * SystemExit exits (the launcher sees {@code PolyglotException.isExit()}).</li>
 * <li>{@code python.JitStatus}: "Graal JIT" or "interpreter only" (for sys.version).</li>
 * <li>{@code python.Path0} (requested, set only when the language declares it): the value of
 * sys.path[0]: the script's directory (absolute), "" for -c, - and the REPL, the current
 * directory for -m. Not set (embedding, or -I): no such entry.</li>
 * </ul>
 * The program arguments go through {@code Context.Builder.arguments("python", argv)}: that is
 * sys.argv, argv[0] being the script path as typed, "-c", "-m" (runpy replaces it) or "".
 */
public final class ContextConfig {
    public static final String LANGUAGE = "python";
    /** Separator of the XOptions and WarnOptions entries. */
    public static final String SEP = "\u0001";

    public String stdLibHome = "";
    public String executable = "";
    public String flags = "";
    public List<String> xOptions = new ArrayList<>();
    public List<String> warnOptions = new ArrayList<>();
    public String pythonPath = "";
    /** sys.path[0], or null for none. */
    public String path0;
    public String[] argv = new String[]{""};
    public Path cwd;
    public InputStream in;
    public OutputStream out;
    public OutputStream err;
    public boolean runAsMain = true;
    /** False when the engine was built with engine.Compilation=false. */
    public boolean compilationEnabled = true;
    /** Extra context options (python.* given on the command line). */
    public final Map<String, String> contextOptions = new LinkedHashMap<>();

    /** A context builder on {@code engine} with this configuration. */
    public Context.Builder builder(Engine engine) {
        Context.Builder b = Context.newBuilder(LANGUAGE)
                        .engine(engine)
                        .allowAllAccess(true)
                        .allowExperimentalOptions(true)
                        .arguments(LANGUAGE, argv)
                        .option("python.StdLibHome", stdLibHome)
                        .option("python.Executable", executable)
                        .option("python.Flags", flags)
                        .option("python.XOptions", String.join(SEP, xOptions))
                        .option("python.WarnOptions", String.join(SEP, warnOptions))
                        .option("python.PythonPath", pythonPath)
                        .option("python.RunAsMain", Boolean.toString(runAsMain))
                        .option("python.JitStatus", jitStatus(engine, compilationEnabled));
        if (path0 != null && hasOption(engine, "python.Path0")) {
            b.option("python.Path0", path0);
        }
        if (cwd != null) {
            b.currentWorkingDirectory(cwd.toAbsolutePath());
        }
        if (in != null) {
            b.in(in);
        }
        if (out != null) {
            b.out(out);
        }
        if (err != null) {
            b.err(err);
        }
        for (Map.Entry<String, String> e : contextOptions.entrySet()) {
            b.option(e.getKey(), e.getValue());
        }
        return b;
    }

    /** True when the language declares the option (lets the launcher run against older languages). */
    public static boolean hasOption(Engine engine, String name) {
        Language lang = engine.getLanguages().get(LANGUAGE);
        if (lang == null) {
            return false;
        }
        OptionDescriptor d = lang.getOptions().get(name);
        return d != null;
    }

    /**
     * "Graal JIT" when Truffle runs with the Graal compiler (implementation name "GraalVM CE" or
     * another Graal name) and compilation was not turned off, else "interpreter only".
     */
    public static String jitStatus(Engine engine, boolean compilationEnabled) {
        String impl = engine.getImplementationName();
        boolean jit = compilationEnabled && impl != null && impl.contains("Graal");
        return jit ? "Graal JIT" : "interpreter only";
    }

    /**
     * A new engine. {@code engineOptions} are engine.*, compiler.* and log.* options;
     * {@code jit=false} sets engine.Compilation=false. Logs (e.g. engine.TraceCompilation) go to
     * {@code log}, never as the polyglot banner.
     */
    public static Engine newEngine(Map<String, String> engineOptions, boolean jit, OutputStream log) {
        Engine engine = buildEngine(engineOptions, false, log);
        if (!jit && engine.getImplementationName().contains("Graal")) {
            // A JIT-capable runtime asked to interpret only (the fallback runtime has no such option).
            engine.close();
            engine = buildEngine(engineOptions, true, log);
        }
        return engine;
    }

    private static Engine buildEngine(Map<String, String> engineOptions, boolean noCompilation, OutputStream log) {
        Engine.Builder eb = Engine.newBuilder(LANGUAGE)
                        .allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false");
        if (log != null) {
            eb.logHandler(new NonClosing(log));
        }
        for (Map.Entry<String, String> e : engineOptions.entrySet()) {
            eb.option(e.getKey(), e.getValue());
        }
        if (noCompilation) {
            eb.option("engine.Compilation", "false");
        }
        return eb.build();
    }

    /** The engine closes its log stream: keep stderr open. */
    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            out.flush();
        }
    }

    /**
     * The Source of a script file, as the cinderj command builds it: the path as given (absolute,
     * not normalised, like CPython's __file__), UTF-8 text (Latin-1 when not valid UTF-8, for the
     * language to decode by the coding cookie), optionally without its first line (-x).
     */
    public static org.graalvm.polyglot.Source scriptSource(Path absolute, boolean skipFirstLine) throws java.io.IOException {
        String text;
        byte[] bytes = Files.readAllBytes(absolute);
        try {
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        if (skipFirstLine) {
            int nl = text.indexOf('\n');
            text = nl < 0 ? "" : text.substring(nl + 1);
        }
        return org.graalvm.polyglot.Source.newBuilder(LANGUAGE, absolute.toFile()).content(text).build();
    }

    /** True for options that belong to the engine rather than to a context. */
    public static boolean isEngineOption(String name) {
        return name.startsWith("engine.") || name.startsWith("compiler.") || name.startsWith("log.");
    }

    /**
     * The CPython 3.10.8 root (bin/, lib/python3.10) unpacked by lib-python, found from (1) the
     * system property {@code cinderj.cpython.home} (the folder holding org/bytedeco/... or the
     * root itself), (2) {@code cinderj.home} (the repository), (3) the location of this jar or
     * class folder (launcher/target/...), (4) the current directory. Null when not found.
     */
    public static Path findCPythonRoot() {
        List<Path> candidates = new ArrayList<>();
        String p = System.getProperty("cinderj.cpython.home");
        if (p != null && !p.isEmpty()) {
            candidates.add(Path.of(p));
            candidates.add(Path.of(p).resolve("org/bytedeco/cpython/linux-x86_64"));
        }
        String home = System.getProperty("cinderj.home");
        if (home != null && !home.isEmpty()) {
            candidates.add(repoCPython(Path.of(home)));
        }
        try {
            Path self = Path.of(ContextConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // launcher/target/x.jar or launcher/target/classes -> repository root is 3 levels up
            for (Path q = self; q != null; q = q.getParent()) {
                if (Files.isRegularFile(q.resolve("pom.xml")) && Files.isDirectory(q.resolve("lib-python"))) {
                    candidates.add(repoCPython(q));
                    break;
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // ignore: fall through to the current directory
        }
        candidates.add(repoCPython(Path.of("").toAbsolutePath()));
        for (Path c : candidates) {
            if (Files.isDirectory(c.resolve("lib/python3.10"))) {
                return c.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    private static Path repoCPython(Path repo) {
        return repo.resolve("lib-python/target/cpython/org/bytedeco/cpython/linux-x86_64");
    }

    /** The stdlib folder (lib/python3.10), or "" when not found. */
    public static String findStdLibHome() {
        String explicit = System.getProperty("cinderj.stdlib");
        if (explicit != null && !explicit.isEmpty()) {
            return explicit;
        }
        Path root = findCPythonRoot();
        return root == null ? "" : root.resolve("lib/python3.10").toString();
    }

    /** PYTHONPATH from the environment (ignored by -E/-I), normalised to absolute-or-as-is entries. */
    public static String pythonPathFromEnv(Map<String, String> env, boolean ignoreEnvironment) {
        if (ignoreEnvironment) {
            return "";
        }
        String pp = env.get("PYTHONPATH");
        return pp == null ? "" : pp;
    }

    static String dirOf(Path absoluteScript) {
        Path parent = absoluteScript.getParent();
        return parent == null ? File.separator : parent.toString();
    }
}
