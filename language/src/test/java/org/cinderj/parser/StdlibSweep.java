package org.cinderj.parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cinderj.ast.Module;
import org.cinderj.compiler.ScopeAnalyzer;

/** Parses (and analyses) every .py file under a directory; a main for manual runs. */
public final class StdlibSweep {
    public final Map<String, String> failures = new LinkedHashMap<>();
    public int files;
    public long nanos;

    public static List<Path> pyFiles(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().forEach(out::add);
        }
        return out;
    }

    public void run(Path root, boolean analyze) throws IOException {
        for (Path p : pyFiles(root)) {
            byte[] data = Files.readAllBytes(p);
            String rel = root.relativize(p).toString();
            files++;
            long t0 = System.nanoTime();
            try {
                String text = PythonSourceDecoder.decode(data, p.toString());
                Module m = PythonParser.parse(text, p.toString(), Module.Mode.EXEC);
                if (analyze) {
                    ScopeAnalyzer.analyze(m, p.toString());
                }
            } catch (PythonSyntaxError e) {
                failures.put(rel, e.kind.pythonName + ": " + e.message + "\t" + e.lineno);
            } catch (RuntimeException | StackOverflowError e) {
                failures.put(rel, "CRASH " + e);
            }
            nanos += System.nanoTime() - t0;
        }
    }

    public static void main(String[] args) throws IOException {
        StdlibSweep s = new StdlibSweep();
        s.run(Path.of(args[0]), args.length > 1 && args[1].equals("analyze"));
        for (var e : s.failures.entrySet()) {
            System.out.println("FAIL\t" + e.getKey() + "\t" + e.getValue());
        }
        System.out.printf("COUNT\t%d%nTIME\t%.3f%n", s.files, s.nanos / 1e9);
    }
}
