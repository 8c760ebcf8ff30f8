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
