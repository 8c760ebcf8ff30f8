package org.cinderj.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.cinderj.ast.Module;

/** Where parse time goes: lexing, SLL parsing, LL fallbacks, AST building. */
public final class PerfProbe {
    private static final java.lang.management.ThreadMXBean MX = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Thread CPU time: less disturbed by other processes than wall time. */
    private static long cpu() {
        return MX.getCurrentThreadCpuTime();
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<String> texts = new ArrayList<>();
        for (Path p : StdlibSweep.pyFiles(root)) {
            try {
                texts.add(PythonParser.normalizeNewlines(PythonSourceDecoder.decode(Files.readAllBytes(p), p.toString())));
            } catch (PythonSyntaxError e) {
                // skip
            }
        }
        for (int r = 0; r < rounds; r++) {
            long lex = 0, sll = 0, ll = 0, total = 0;
            int fallbacks = 0;
            for (String text : texts) {
                long t0 = cpu();
                SourceText src = new SourceText(text, "x");
                Python310Lexer lexer = new Python310Lexer(CharStreams.fromString(text));
                lexer.setSource(src);
                lexer.removeErrorListeners();
                CommonTokenStream tokens = new CommonTokenStream(lexer);
                try {
                    tokens.fill();
                } catch (PythonSyntaxError e) {
                    continue;
                }
                long t1 = cpu();
                lex += t1 - t0;
                Python310Parser parser = new Python310Parser(tokens);
                parser.removeErrorListeners();
                parser.setErrorHandler(new BailErrorStrategy());
                parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
                try {
                    parser.file_input();
                } catch (ParseCancellationException e) {
                    fallbacks++;
                    long t2 = cpu();
                    tokens.seek(0);
                    parser.reset();
                    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                    try {
                        parser.file_input();
                    } catch (ParseCancellationException e2) {
                        // error file
                    }
                    ll += cpu() - t2;
                }
                sll += cpu() - t1;
                long t3 = cpu();
                try {
                    PythonParser.parse(text, "x", Module.Mode.EXEC);
                } catch (PythonSyntaxError e) {
                    // ignore
                }
                total += cpu() - t3;
            }
            System.out.printf("round %d: lex %.2f s, parse %.2f s (LL fallback %.2f s in %d files), full parse+build %.2f s%n", r,
                            lex / 1e9, sll / 1e9, ll / 1e9, fallbacks, total / 1e9);
        }
    }
}
