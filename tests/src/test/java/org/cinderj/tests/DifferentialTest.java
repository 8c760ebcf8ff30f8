package org.cinderj.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential tests: every program of the corpus ({@code tests/src/test/python}) runs on
 * cinderj, in this JVM, and on the reference CPython 3.10.8; the test passes when
 * <ul>
 * <li>stdout is identical (byte for byte after decoding, LF line ends),</li>
 * <li>the exit status is identical,</li>
 * <li>stderr is identical after normalisation ({@link RunResult#normaliseStderr}: the corpus,
 * stdlib and executable paths become {@code <corpus>}, {@code <stdlib>}, {@code <python>};
 * object addresses become {@code 0x?}) — so tracebacks must match CPython's, source lines
 * included. A program may relax this with a {@code # stderr: last-line} or
 * {@code # stderr: ignore} header.</li>
 * </ul>
 *
 * <p>Corpus layout: {@code <group>/<name>.py} is a program when it sits directly in a group
 * folder and its name does not start with '_'. Anything else (sub-folders, {@code _helper.py})
 * is support: modules and packages the programs import (a program's folder is its
 * sys.path[0]). See {@link Program} for the header comments ({@code # args:}, {@code # stdin:}).
 *
 * <p>System properties: {@code cinderj.tests.filter} (substring of the program name, e.g.
 * {@code classes/}, or a comma-separated list), {@code cinderj.tests.timeout} (seconds, default
 * 60), {@code cinderj.tests.selfcheck=true} (run CPython on both sides, without the cache: checks
 * the harness and that the programs are deterministic), {@code cinderj.tests.sharedEngine=false}
 * (a new Engine per program).
 */
public class DifferentialTest {
    private static CinderjRunner runner;

    static Path corpus() {
        String c = System.getProperty("cinderj.tests.corpus");
        return (c != null ? Path.of(c) : Path.of("src/test/python")).toAbsolutePath().normalize();
    }

    /** Programs: {@code <corpus>/<group>/<name>.py}, name not starting with '_'. */
    static boolean isProgram(Path corpus, Path f) {
        Path rel = corpus.relativize(f.toAbsolutePath().normalize());
        String name = rel.getFileName().toString();
        return rel.getNameCount() == 2 && name.endsWith(".py") && !name.startsWith("_");
    }

    static List<Program> programs(Path corpus) throws IOException {
        List<String> filters = new ArrayList<>();
        String f = System.getProperty("cinderj.tests.filter", "");
        for (String part : f.split(",")) {
            if (!part.isBlank()) {
                filters.add(part.strip());
            }
        }
        List<Program> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus, 2)) {
            for (Path p : s.filter(Files::isRegularFile).filter(x -> isProgram(corpus, x)).sorted().toList()) {
                Program prog = new Program(corpus, p);
                if (filters.isEmpty() || filters.stream().anyMatch(prog.name::contains)) {
                    out.add(prog);
                }
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicNode> corpusPrograms() throws IOException {
        Path corpus = corpus();
        if (!Files.isDirectory(corpus)) {
            fail("corpus not found: " + corpus);
        }
        Reference ref = Reference.locate();
        boolean selfcheck = Boolean.getBoolean("cinderj.tests.selfcheck");
        String executable = executable();
        RunResult.Paths paths = new RunResult.Paths(corpus.toString(), ref.stdlib(), ref.root.toString(),
                        new String[]{ref.binary.toString(), executable});
        if (!selfcheck) {
            runner = new CinderjRunner(ref.stdlib(), executable);
        }
        int defaultTimeout = Integer.getInteger("cinderj.tests.timeout", 60);
        java.util.Set<String> known = knownFailures(corpus);

        Map<String, List<DynamicNode>> groups = new TreeMap<>();
        for (Program p : programs(corpus)) {
            String group = p.name.substring(0, p.name.indexOf('/'));
            String display = p.name.substring(group.length() + 1);
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(DynamicTest.dynamicTest(display, () -> {
                RunResult expected = ref.get(p, corpus, paths);
                RunResult actual;
                if (selfcheck) {
                    actual = ref.run(p).normalised(paths);
                } else {
                    int timeout = p.timeoutSeconds > 0 ? p.timeoutSeconds : defaultTimeout;
                    actual = runner.run(p, timeout).normalised(paths);
                }
                if (known.contains(p.name) && !selfcheck) {
                    try {
                        compare(p, expected, actual);
                    } catch (AssertionError e) {
                        // Tracked in known-failures.txt: reported as skipped, not as a regression.
                        org.junit.jupiter.api.Assumptions.abort("known failure (tests/known-failures.txt): " + firstLine(e.getMessage()));
                    }
                    return;
                }
                compare(p, expected, actual);
            }));
        }
        return groups.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(), e.getValue().stream()));
    }

    /**
     * Programs listed in tests/known-failures.txt (one corpus path per line, '#' comments) are not
     * yet expected to pass: a failure there is reported as skipped, so that the suite fails only on
     * regressions. Remove a line as soon as its program passes.
     */
    static java.util.Set<String> knownFailures(Path corpus) throws IOException {
        Path list = corpus.getParent().getParent().getParent().resolve("known-failures.txt");
        java.util.Set<String> names = new java.util.HashSet<>();
        if (Files.isRegularFile(list)) {
            for (String line : Files.readAllLines(list)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    names.add(t);
                }
            }
        }
        return names;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    @AfterAll
    static void closeEngine() {
        if (runner != null) {
            runner.close();
        }
    }

    static String executable() {
        String home = System.getProperty("cinderj.home");
        return home != null ? Path.of(home, "cinderj").toString() : "cinderj";
    }

    static void compare(Program p, RunResult expected, RunResult actual) {
        StringBuilder problems = new StringBuilder();
        if (actual.harnessNote() != null) {
            problems.append("=== cinderj run: ").append(actual.harnessNote().strip()).append('\n');
        }
        if (expected.status() != actual.status()) {
            problems.append("=== exit status: CPython ").append(expected.status()).append(", cinderj ").append(actual.status()).append('\n');
        }
        if (!expected.stdout().equals(actual.stdout())) {
            problems.append("=== stdout differs (- CPython, + cinderj):\n").append(TextDiff.diff(expected.stdout(), actual.stdout()));
        }
        String es = expected.stderr();
        String as = actual.stderr();
        switch (p.stderrMode) {
            case "ignore" -> {
                es = "";
                as = "";
            }
            case "last-line" -> {
                es = lastLine(es);
                as = lastLine(as);
            }
            default -> {
            }
        }
        if (!es.equals(as)) {
            problems.append("=== stderr differs (- CPython, + cinderj; normalised):\n").append(TextDiff.diff(es, as));
        }
        if (problems.length() > 0) {
            fail(p.name + "\n" + problems);
        }
    }

    private static String lastLine(String s) {
        String t = s.stripTrailing();
        int nl = t.lastIndexOf('\n');
        return nl < 0 ? t : t.substring(nl + 1);
    }
}
