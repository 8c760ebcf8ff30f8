package org.cinderj.parser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cinderj.ast.Module;
import org.cinderj.compiler.ScopeAnalyzer;

/** Time to parse and analyse the given files in a fresh JVM (what interpreter startup sees). */
public final class StartupProbe {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        long bytes = 0;
        for (String a : args) {
            byte[] data = Files.readAllBytes(Path.of(a));
            bytes += data.length;
            long t = System.nanoTime();
            Module m = PythonParser.parse(PythonSourceDecoder.decode(data, a), a, Module.Mode.EXEC);
            ScopeAnalyzer.analyze(m, a);
            System.out.printf("%-40s %7d bytes %6.1f ms%n", Path.of(a).getFileName(), data.length, (System.nanoTime() - t) / 1e6);
        }
        System.out.printf("total %d bytes %.1f ms%n", bytes, (System.nanoTime() - t0) / 1e6);
    }
}
