package org.cinderj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.cinderj.launcher.ContextConfig;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Graal JIT is really on, and compiles a hot Python function. Needs the JVMCI flags (the
 * default surefire execution has them; the interpreter-only execution leaves this class out).
 *
 * <p>Expects the language to name a function's root after its qualname ({@code RootNode.getName()}
 * and {@code toString()}), as TraceCompilation prints it: {@code opt done   id=12  f  |Tier 2|...}.
 */
@Tag("jit")
public class JitCompilationTest {
    private static final String PROGRAM = """
                    def f(x):
                        return x * 2 + 1

                    def loop(n):
                        s = 0
                        for i in range(n):
                            s = f(s) % 1000003
                        return s

                    result = loop(100000)
                    """;

    @Test
    void graalJitIsActive() {
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            assertEquals("GraalVM CE", engine.getImplementationName(),
                            "Truffle fell back to the interpreter-only runtime: check the JVMCI flags and the graal-compiler folder");
            assertEquals("Graal JIT", ContextConfig.jitStatus(engine, true));
        }
    }

    @Test
    void hotFunctionIsCompiled() {
        String trace = compilationTrace(PROGRAM, Map.of());
        // e.g. "[engine] opt done   id=184   f   |Tier 2|Time 120(...)"
        assertTrue(Pattern.compile("opt done\\s+(engine=\\d+\\s+)?id=\\s*\\d+\\s+f\\s").matcher(trace).find(),
                        "no 'opt done' for the root of f in the compilation trace:\n" + tail(trace));
    }

    /**
     * Constructs whose nodes once let the virtual frame escape (a loop over child nodes that was not
     * exploded): Graal then gives up on the whole function ("opt failed ... should not be
     * materialized"), which leaves it in the interpreter for good.
     */
    private static final String FRAME_ESCAPES = """
                    class Base:
                        def __init__(self, name="b", **rest):
                            self.name = name
                            self.rest = rest

                    class Derived(Base):
                        def __init__(self, w, **rest):
                            super().__init__(name="d", **rest)
                            self.w = w

                    def displays(a, b):
                        return len({a, b, a + b}) + len({r for r in range(a & 7)}) + len([*range(b & 3), a])

                    def forwarding(*args, **kwargs):
                        return Derived(*args, **kwargs).w

                    def handlers(n):
                        for i in range(n):
                            try:
                                if i % 3:
                                    raise KeyError(i)
                                yield i
                            except (IndexError, ValueError):
                                yield -1
                            except KeyError:
                                yield -2

                    total = 0
                    for i in range(400):
                        total += displays(i, i + 1) + forwarding(i, extra=i)
                        total += sum(handlers(5))
                    """;

    @Test
    void commonConstructsCompileWithoutBailouts() {
        String trace = compilationTrace(FRAME_ESCAPES, Map.of("engine.MultiTier", "false", "engine.SingleTierCompilationThreshold", "100"));
        assertTrue(trace.contains("opt done"), "nothing was compiled:\n" + tail(trace));
        assertFalse(trace.contains("opt failed"), "a compilation bailed out:\n" + tail(trace));
    }

    /** Runs a program with synchronous compilation and returns the TraceCompilation log. */
    private static String compilationTrace(String program, Map<String, String> engineOptions) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("python")
                        .allowExperimentalOptions(true)
                        .allowAllAccess(true)
                        .option("engine.TraceCompilation", "true")
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.WarnInterpreterOnly", "false")
                        .options(engineOptions)
                        .option("python.StdLibHome", ContextConfig.findStdLibHome())
                        .out(out)
                        .err(out)
                        .logHandler(log)
                        .build()) {
            context.eval("python", program);
        }
        return log.toString(StandardCharsets.UTF_8);
    }

    private static String tail(String s) {
        return s.length() > 4000 ? "...\n" + s.substring(s.length() - 4000) : s;
    }
}
