package org.cinderj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Parses and analyses every .py file of CPython's standard library (with its test suite and the
 * lib2to3 test data) and checks that exactly the files CPython 3.10.8 rejects are rejected.
 */
public class StdlibParseTest {

    @Test
    public void stdlibAgreesWithCPython() throws Exception {
        Path lib = CPythonReference.stdlib();
        assumeTrue(lib != null && Files.isDirectory(lib), "CPython reference build not found");
        Path cache = Path.of("target", "cpython-verdict.txt");
        String verdict;
        if (Files.exists(cache)) {
            verdict = Files.readString(cache);
        } else {
            verdict = CPythonReference.run("cpython_verdict.py", List.of(lib.toString()));
            Files.createDirectories(cache.getParent());
            Files.writeString(cache, verdict);
        }
        TreeMap<String, String> expected = new TreeMap<>();
        double cpythonTime = 0;
        int cpythonCount = 0;
        for (String line : verdict.split("\n")) {
            String[] f = line.split("\t");
            if (f[0].equals("FAIL")) {
                expected.put(f[1], f[2]);
            } else if (f[0].equals("TIME")) {
                cpythonTime = Double.parseDouble(f[1]);
            } else if (f[0].equals("COUNT")) {
                cpythonCount = Integer.parseInt(f[1]);
            }
        }
        StdlibSweep cold = new StdlibSweep();
        cold.run(lib, true);
        StdlibSweep warm = null;
        if (Boolean.getBoolean("cinderj.sweep.warm")) {
            warm = new StdlibSweep();
            warm.run(lib, true);
        }
        System.out.printf("stdlib sweep: %d files, %d rejected (CPython: %d files, %d rejected)%n", cold.files,
                        cold.failures.size(), cpythonCount, expected.size());
        System.out.printf("parse+analyze time: %.2f s (cold JVM)%s; CPython compile() of the same files: %.2f s%n",
                        cold.nanos / 1e9, warm == null ? "" : String.format(", %.2f s second pass", warm.nanos / 1e9),
                        cpythonTime);
        TreeMap<String, String> wrong = new TreeMap<>();
        for (var e : cold.failures.entrySet()) {
            if (!expected.containsKey(e.getKey())) {
                wrong.put(e.getKey(), "rejected, CPython accepts: " + e.getValue());
            }
        }
        for (var e : expected.entrySet()) {
            if (!cold.failures.containsKey(e.getKey())) {
                wrong.put(e.getKey(), "accepted, CPython rejects: " + e.getValue());
            }
        }
        wrong.forEach((k, v) -> System.out.println("MISMATCH " + k + ": " + v));
        assertEquals(new TreeMap<String, String>(), wrong);
        assertEquals(cpythonCount, cold.files);
    }
}
