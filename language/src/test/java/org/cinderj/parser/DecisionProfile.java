package org.cinderj.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.antlr.v4.runtime.atn.PredictionMode;

/** Prints the parser decisions that cost most (for grammar tuning). */
public final class DecisionProfile {
    public static void main(String[] args) throws Exception {
        long[] time = null;
        long[] maxLook = null;
        long[] totLook = null;
        long[] invocations = null;
        long[] atnTrans = null;
        Python310Parser last = null;
        for (Path p : StdlibSweep.pyFiles(Path.of(args[0]))) {
            String text;
            try {
                text = PythonParser.normalizeNewlines(PythonSourceDecoder.decode(Files.readAllBytes(p), p.toString()));
                Python310Lexer lexer = new Python310Lexer(CharStreams.fromString(text));
                lexer.setSource(new SourceText(text, "x"));
                CommonTokenStream tokens = new CommonTokenStream(lexer);
                tokens.fill();
                Python310Parser parser = new Python310Parser(tokens);
                parser.removeErrorListeners();
                parser.setErrorHandler(new BailErrorStrategy());
                parser.setProfile(true);
                parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
                parser.file_input();
                DecisionInfo[] di = parser.getParseInfo().getDecisionInfo();
                if (time == null) {
                    time = new long[di.length];
                    maxLook = new long[di.length];
                    totLook = new long[di.length];
                    invocations = new long[di.length];
                    atnTrans = new long[di.length];
                }
                for (int i = 0; i < di.length; i++) {
                    time[i] += di[i].timeInPrediction;
                    maxLook[i] = Math.max(maxLook[i], di[i].SLL_MaxLook);
                    totLook[i] += di[i].SLL_TotalLook;
                    invocations[i] += di[i].invocations;
                    atnTrans[i] += di[i].SLL_ATNTransitions;
                }
                last = parser;
            } catch (Exception e) {
                // skip
            }
        }
        Integer[] idx = new Integer[time.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        final long[] t = time;
        Arrays.sort(idx, Comparator.comparingLong(i -> -t[i]));
        for (int k = 0; k < 25; k++) {
            int i = idx[k];
            int rule = last.getATN().getDecisionState(i).ruleIndex;
            System.out.printf("decision %3d %-22s time %7.1f ms inv %8d avgLook %.2f maxLook %4d atnTrans %d%n", i,
                            Python310Parser.ruleNames[rule], time[i] / 1e6, invocations[i],
                            invocations[i] == 0 ? 0.0 : (double) totLook[i] / invocations[i], maxLook[i], atnTrans[i]);
        }
    }
}
