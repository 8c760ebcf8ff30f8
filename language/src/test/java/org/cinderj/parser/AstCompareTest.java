package org.cinderj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cinderj.ast.Module;
import org.junit.jupiter.api.Test;

/**
 * Compares the AST of every top-level module of the standard library (node kinds, fields,
 * constants, contexts, line and column of every node) with CPython's {@code ast} module.
 * Set {@code -Dcinderj.astcompare.all=true} to compare the whole library (slow: ~500 MB of dumps).
 */
public class AstCompareTest {

    /** Snippets of tricky syntax (valid_snippets.txt, Python literals) compared the same way. */
    @Test
    public void snippetsMatchCPython() throws Exception {
        Path lib = CPythonReference.stdlib();
        assumeTrue(lib != null && Files.isDirectory(lib), "CPython reference build not found");
        Path dir = Path.of("target", "ast-snippets").toAbsolutePath();
        Path srcDir = dir.resolve("src");
        Path pyDir = dir.resolve("cpython");
        if (Files.isDirectory(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(srcDir);
        List<String> lines = new String(AstCompareTest.class.getResourceAsStream("valid_snippets.txt").readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        // the literals are decoded by CPython itself, which also writes the files
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            script.append(lines.get(i)).append('\n');
        }
        Path listing = dir.resolve("snippets.txt");
        Files.writeString(listing, script);
        CPythonReference.run("write_snippets.py", List.of(listing.toString(), srcDir.toString()));
        CPythonReference.run("ast_dump.py", List.of(srcDir.toString(), pyDir.toString()));
        List<String> differing = new ArrayList<>();
        int compared = 0;
        for (Path p : StdlibSweep.pyFiles(srcDir)) {
            Path expectedFile = pyDir.resolve(srcDir.relativize(p) + ".txt");
            String text = Files.readString(p);
            String mine;
            try {
                mine = AstDump.dump(PythonParser.parse(text, p.toString(), Module.Mode.EXEC));
            } catch (PythonSyntaxError e) {
                mine = "SyntaxError: " + e.message;
            }
            if (!Files.exists(expectedFile)) {
                continue; // CPython rejects it (checked by SyntaxErrorTest-style tests)
            }
            compared++;
            if (!Files.readString(expectedFile).equals(mine)) {
                differing.add(text.replace("\n", "\\n"));
            }
        }
        System.out.println("AST snippets: " + compared + " compared, " + differing.size() + " differ");
        differing.forEach(d -> System.out.println("AST DIFF " + d));
        assertEquals(List.of(), differing);
    }

    @Test
    public void astMatchesCPython() throws Exception {
        Path lib = CPythonReference.stdlib();
        assumeTrue(lib != null && Files.isDirectory(lib), "CPython reference build not found");
        boolean all = Boolean.getBoolean("cinderj.astcompare.all");
        Path out = Path.of("target", all ? "cpython-ast-all" : "cpython-ast-top").toAbsolutePath();
        if (!Files.isDirectory(out)) {
            List<String> args = new ArrayList<>(List.of(lib.toString(), out.toString()));
            if (!all) {
                args.add("top");
            }
            CPythonReference.run("ast_dump.py", args);
        }
        List<String> differing = new ArrayList<>();
        int compared = 0;
        for (Path p : StdlibSweep.pyFiles(lib)) {
            Path rel = lib.relativize(p);
            Path expectedFile = out.resolve(rel + ".txt");
            if (!Files.exists(expectedFile)) {
                continue;
            }
            String text = PythonSourceDecoder.decode(Files.readAllBytes(p), p.toString());
            if (rel.toString().equals("test/test_source_encoding.py")) {
                continue; // CPython's columns there are UTF-8 offsets of a non-UTF-8 file
            }
            String mine = AstDump.dump(PythonParser.parse(text, p.toString(), Module.Mode.EXEC));
            compared++;
            String expected = Files.readString(expectedFile);
            if (!expected.equals(mine)) {
                String[] a = expected.split("\n");
                String[] b = mine.split("\n");
                int i = 0;
                while (i < a.length && i < b.length && a[i].equals(b[i])) {
                    i++;
                }
                differing.add(rel + " (dump line " + (i + 1) + ": CPython '" + (i < a.length ? a[i].trim() : "<end>")
                                + "' cinderj '" + (i < b.length ? b[i].trim() : "<end>") + "')");
            }
        }
        System.out.println("AST comparison: " + compared + " files, " + differing.size() + " differ");
        differing.forEach(d -> System.out.println("AST DIFF " + d));
        assertEquals(List.of(), differing);
    }
}
