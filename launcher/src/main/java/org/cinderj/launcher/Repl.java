package org.cinderj.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The interactive loop ({@code >>> } / {@code ... } prompts, written to stderr like CPython does
 * without readline).
 *
 * <h2>Protocol with the language</h2>
 * Each input is evaluated as {@code Source.newBuilder("python", text, "<stdin>").interactive(true)}:
 * <ol>
 * <li>The language compiles an interactive source in CPython's {@code 'single'} mode and echoes
 * the values of expression statements through {@code sys.displayhook} (which also sets
 * {@code builtins._}). It should make the returned value invisible to Truffle
 * ({@code TruffleLanguage.isVisible} false, or return None with isVisible false for None), or the
 * polyglot layer prints it a second time.</li>
 * <li><b>Incomplete input.</b> When the text is a valid prefix of a longer input, the language
 * throws, at parse time, a SyntaxError exception whose interop
 * {@code isExceptionIncompleteSource()} is true (so {@link PolyglotException#isIncompleteSource()}
 * is true), prints nothing and runs nothing. The launcher then reads another line with the
 * {@code ... } prompt and retries with the longer text. Incomplete means: the input ends inside
 * brackets, a triple-quoted string, after a backslash continuation, after a block opener
 * ({@code if x:}) with no body yet, or inside an indented block that no blank line has closed
 * yet (CPython's "don't imply dedent" rule: {@code "if x:\n  f()\n"} is incomplete,
 * {@code "if x:\n  f()\n\n"} is complete). A blank last line closes every block: after it,
 * a missing body is a real error (IndentationError), not incomplete input.</li>
 * <li><b>Errors.</b> For interactive sources the language prints SyntaxErrors and tracebacks
 * itself (like the RunAsMain mode) but does not exit: eval returns normally. SystemExit exits
 * the context as usual (the launcher sees {@link PolyglotException#isExit()}).</li>
 * </ol>
 * Lines are read byte by byte from the same stream the context uses as stdin, so {@code input()}
 * in the program sees exactly the bytes after the current line.
 */
final class Repl {
    private final Context context;
    private final InputStream in;
    private final OutputStream out;
    private final PrintStream err;
    private final ToIntFunction<PolyglotException> reporter;
    private final boolean banner;
    private final String jitStatus;

    Repl(Context context, InputStream in, OutputStream out, PrintStream err, ToIntFunction<PolyglotException> reporter,
                    boolean banner, String jitStatus) {
        this.context = context;
        this.in = in;
        this.out = out;
        this.err = err;
        this.reporter = reporter;
        this.banner = banner;
        this.jitStatus = jitStatus;
    }

    /** Runs until EOF or exit; returns the exit status. */
    int run() throws IOException {
        if (banner) {
            err.println("Python " + CinderjMain.VERSION + " (cinderj " + CinderjMain.CINDERJ_VERSION + ", " + jitStatus + ") [Java "
                            + System.getProperty("java.vm.version") + "] on linux");
            err.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
        }
        StringBuilder buffer = new StringBuilder();
        while (true) {
            boolean continuation = buffer.length() > 0;
            out.flush();
            err.print(continuation ? "... " : ">>> ");
            err.flush();
            String line = readLine();
            if (line == null) {
                err.println();
                return 0;
            }
            if (!continuation && line.isBlank()) {
                continue;
            }
            buffer.append(line).append('\n');
            Source source = Source.newBuilder(ContextConfig.LANGUAGE, buffer.toString(), "<stdin>").interactive(true).build();
            try {
                context.eval(source);
            } catch (PolyglotException e) {
                if (e.isIncompleteSource()) {
                    continue;
                }
                if (e.isExit()) {
                    return e.getExitStatus();
                }
                if (e.isInternalError() || e.isCancelled()) {
                    reporter.applyAsInt(e);
                } else {
                    // The language should print errors of interactive sources itself; if one
                    // escapes, show it and go on.
                    reporter.applyAsInt(e);
                }
            }
            buffer.setLength(0);
        }
    }

    /** One line without its end of line, or null at EOF (a partial last line is returned). */
    private String readLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                break;
            }
            bytes.write(c);
        }
        if (c < 0 && bytes.size() == 0) {
            return null;
        }
        String s = bytes.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
