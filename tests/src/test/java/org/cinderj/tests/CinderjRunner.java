package org.cinderj.tests;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cinderj.launcher.ContextConfig;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs a program on cinderj in this JVM, as the {@code cinderj} command would: a fresh Context
 * per program (on one shared Engine unless {@code cinderj.tests.sharedEngine=false}), the
 * launcher's {@link ContextConfig}, RunAsMain, sys.argv = [absolute path, args...],
 * sys.path[0] and the working directory = the program's folder, captured stdout/stderr, a
 * timeout (the context is cancelled), and a thread with a large stack.
 */
final class CinderjRunner {
    private static final int OUTPUT_LIMIT = 4 << 20;
    private static final long STACK = 512L << 20;

    private final String stdlib;
    private final String executable;
    private Engine shared;

    CinderjRunner(String stdlib, String executable) {
        this.stdlib = stdlib;
        this.executable = executable;
    }

    RunResult run(Program p, int timeoutSeconds) throws InterruptedException {
        RunResult.Capture out = new RunResult.Capture(OUTPUT_LIMIT);
        RunResult.Capture err = new RunResult.Capture(OUTPUT_LIMIT);
        ContextConfig cfg = new ContextConfig();
        cfg.stdLibHome = stdlib;
        cfg.executable = executable;
        List<String> argv = new ArrayList<>();
        argv.add(p.file.toString());
        argv.addAll(p.args);
        cfg.argv = argv.toArray(new String[0]);
        cfg.path0 = p.dir().toString();
        cfg.cwd = p.dir();
        cfg.in = new ByteArrayInputStream(p.stdin.toString().getBytes(StandardCharsets.UTF_8));
        cfg.out = out;
        cfg.err = err;
        cfg.runAsMain = true;
        // The reference runs with PYTHONDONTWRITEBYTECODE=1: neither writes caches into the corpus.
        cfg.flags = "B";

        boolean sharedEngine = !"false".equals(System.getProperty("cinderj.tests.sharedEngine"));
        Engine engine = sharedEngine ? sharedEngine() : ContextConfig.newEngine(java.util.Map.of(), true, System.err);
        int[] status = {0};
        String[] note = {null};
        Context[] ctx = {null};
        Thread t = new Thread(null, () -> {
            try (Context c = cfg.builder(engine).build()) {
                ctx[0] = c;
                Source src = ContextConfig.scriptSource(p.file, false);
                c.eval(src);
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    status[0] = e.getExitStatus();
                } else {
                    status[0] = 1;
                    note[0] = describe(e);
                }
            } catch (Throwable e) {
                status[0] = 1;
                note[0] = "harness: " + stackTrace(e);
            }
        }, "cinderj-test " + p.name, STACK);
        t.setDaemon(true);
        t.start();
        t.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
        if (t.isAlive()) {
            Context c = ctx[0];
            if (c != null) {
                try {
                    c.close(true);
                } catch (RuntimeException e) {
                    // cancelled
                }
            }
            t.join(5000);
            if (!sharedEngine) {
                engine.close(true);
            }
            return new RunResult(out.text(), err.text(), -1, "timeout after " + timeoutSeconds + " s");
        }
        if (!sharedEngine) {
            engine.close();
        }
        return new RunResult(out.text(), err.text(), status[0], note[0]);
    }

    private synchronized Engine sharedEngine() {
        if (shared == null) {
            shared = ContextConfig.newEngine(java.util.Map.of(), true, System.err);
        }
        return shared;
    }

    String jitStatus() {
        return ContextConfig.jitStatus(sharedEngine(), true);
    }

    void close() {
        if (shared != null) {
            shared.close(true);
        }
    }

    /** A PolyglotException that escaped the language (RunAsMain should print and exit instead). */
    static String describe(PolyglotException e) {
        StringBuilder b = new StringBuilder();
        if (e.isInternalError()) {
            b.append("internal error: ");
        } else if (e.isSyntaxError()) {
            b.append("syntax error escaped to the host: ");
        } else if (e.isGuestException()) {
            b.append("guest exception escaped to the host: ");
        } else if (e.isCancelled()) {
            b.append("cancelled: ");
        }
        b.append(e.getMessage()).append('\n');
        int n = 0;
        for (StackTraceElement el : e.getStackTrace()) {
            b.append("    at ").append(el).append('\n');
            if (++n == 12) {
                b.append("    ...\n");
                break;
            }
        }
        if (e.isHostException()) {
            b.append(stackTrace(e.asHostException()));
        }
        return b.toString();
    }

    static String stackTrace(Throwable e) {
        StringWriter sw = new StringWriter();
        e.printStackTrace(new PrintWriter(sw));
        String s = sw.toString();
        return s.length() > 6000 ? s.substring(0, 6000) + "\n...\n" : s;
    }
}
