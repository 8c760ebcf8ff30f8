package org.cinderj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cinderj.launcher.ContextConfig;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import system's AST cache ({@code __pycache__/NAME.cinderj-310.pyc}): written on the first
 * import, used by later ones, ignored when stale or damaged, not written under -B.
 */
public class ModuleCacheTest {

    @TempDir
    Path dir;

    /** Imports {@code mod} from {@link #dir} in a fresh context and returns {@code mod.value()}. */
    private String importValue(String flags) {
        ContextConfig cfg = new ContextConfig();
        cfg.stdLibHome = ContextConfig.findStdLibHome();
        cfg.flags = flags;
        cfg.runAsMain = false;
        cfg.pythonPath = dir.toString();
        cfg.cwd = dir;
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build();
                        Context c = cfg.builder(engine).build()) {
            return c.eval("python", "import mod\nmod.value()").asString();
        }
    }

    private Path cacheFile() {
        return dir.resolve("__pycache__").resolve("mod.cinderj-310.pyc");
    }

    @Test
    void writtenThenUsedAndRefreshed() throws Exception {
        Files.writeString(dir.resolve("mod.py"), """
                        import sys
                        def value():
                            s = 'caf\\u00e9 \\udc80 \\U0001f600'
                            return repr((s, 10**30, 2.5j, b'\\x00\\xff', [x * 2 for x in range(3)], __file__.endswith('mod.py')))
                        """);
        String expected = "('café \\udc80 😀', 1000000000000000000000000000000, 2.5j, b'\\x00\\xff', [0, 2, 4], True)";
        assertFalse(Files.exists(cacheFile()));
        assertEquals(expected, importValue(""));
        assertTrue(Files.isRegularFile(cacheFile()), "no cache file after the first import");
        byte[] first = Files.readAllBytes(cacheFile());

        // A second import reads the cache: same result, file untouched.
        long stamp = Files.getLastModifiedTime(cacheFile()).toMillis();
        assertEquals(expected, importValue(""));
        assertEquals(stamp, Files.getLastModifiedTime(cacheFile()).toMillis());

        // An edited source is recompiled and its cache replaced.
        Files.writeString(dir.resolve("mod.py"), "def value():\n    return 'edited'\n");
        assertEquals("edited", importValue(""));
        assertNotEquals(first.length, Files.readAllBytes(cacheFile()).length);

        // A damaged cache is ignored (and rewritten).
        byte[] damaged = Files.readAllBytes(cacheFile());
        for (int i = 28; i < damaged.length; i++) {
            damaged[i] = (byte) 0xEE;
        }
        Files.write(cacheFile(), damaged);
        assertEquals("edited", importValue(""));
        assertEquals("edited", importValue(""));
    }

    @Test
    void notWrittenUnderDashB() throws Exception {
        Files.writeString(dir.resolve("mod.py"), "def value():\n    return 'b'\n");
        assertEquals("b", importValue("B"));
        assertFalse(Files.exists(dir.resolve("__pycache__")), "-B wrote a cache");
    }

    @Test
    void syntaxErrorsAreNotCached() throws Exception {
        Files.writeString(dir.resolve("mod.py"), "def value():\n    return 'x'\nreturn 1\n");
        var e = assertThrows(org.graalvm.polyglot.PolyglotException.class, () -> importValue(""));
        assertTrue(e.getMessage().contains("'return' outside function"), e.getMessage());
        assertFalse(Files.exists(cacheFile()), "a module that failed its compile-time checks was cached");
    }
}
