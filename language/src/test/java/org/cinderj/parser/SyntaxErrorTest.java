package org.cinderj.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cinderj.ast.Module;
import org.cinderj.compiler.ScopeAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Compile-time errors: message, exception kind, line and offset must be those of CPython 3.10.8
 * (the expectations in syntax_errors.tsv were produced by the reference interpreter).
 */
public class SyntaxErrorTest {

    record Case(String source, String kind, String msg, int line, int offset, boolean known) {}

    static final String[] FILES = {"syntax_errors.tsv", "syntax_errors_cpython_tests.tsv", "syntax_errors_common.tsv"};

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String f : FILES) {
            out.addAll(cases(f));
        }
        return out;
    }

    static List<Case> cases(String file) throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        SyntaxErrorTest.class.getResourceAsStream(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                boolean known = line.startsWith("?");
                if (known) {
                    line = line.substring(1);
                }
                String[] f = line.split("\t", -1);
                out.add(new Case(unjson(f[0]), f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), known));
            }
        }
        return out;
    }

    static String unjson(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'f' -> sb.append('\f');
                case 'b' -> sb.append('\b');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /** What cinderj says about a source: "OK" or "kind\tmsg\tline\toffset". */
    static String compile(String src) {
        try {
            Module m = PythonParser.parse(src, "<s>", Module.Mode.EXEC);
            ScopeAnalyzer.analyze(m, "<s>", src);
            return "OK\t\t0\t0";
        } catch (PythonSyntaxError e) {
            return e.kind.pythonName + "\t" + e.message + "\t" + e.lineno + "\t" + e.offset;
        } catch (RuntimeException | StackOverflowError e) {
            return "CRASH\t" + e;
        }
    }

    @Test
    public void messagesMatchCPython() throws IOException {
        int ok = 0;
        int knownDiffs = 0;
        List<String> failures = new ArrayList<>();
        for (Case c : cases()) {
            String expected = c.kind + "\t" + c.msg + "\t" + c.line + "\t" + c.offset;
            String actual = compile(c.source);
            if (expected.equals(actual)) {
                ok++;
            } else if (c.known) {
                knownDiffs++;
                System.out.println("known difference " + c.source.replace("\n", "\\n") + "\n  CPython: " + expected
                                + "\n  cinderj: " + actual);
            } else {
                failures.add(c.source.replace("\n", "\\n") + "\n  CPython: " + expected + "\n  cinderj: " + actual);
            }
        }
        System.out.println("syntax errors: " + ok + " match CPython, " + knownDiffs + " known differences, "
                        + failures.size() + " failures");
        failures.forEach(f -> System.out.println("MISMATCH " + f));
        assertTrue(failures.isEmpty(), failures.size() + " mismatches");
    }

    public static void main(String[] args) throws IOException {
        for (Case c : cases()) {
            String expected = c.kind + "\t" + c.msg + "\t" + c.line + "\t" + c.offset;
            String actual = compile(c.source);
            if (!expected.equals(actual)) {
                System.out.println((c.known ? "KNOWN " : "") + c.source.replace("\n", "\\n") + "\n  CPython: " + expected
                                + "\n  cinderj: " + actual);
            }
        }
    }
}
