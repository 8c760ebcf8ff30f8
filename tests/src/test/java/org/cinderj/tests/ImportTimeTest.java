package org.cinderj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cinderj.launcher.ContextConfig;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/** {@code -X importtime}: CPython's per-import report on stderr. */
public class ImportTimeTest {
    private static final Pattern LINE = Pattern.compile("import time: +(\\d+) \\| +(\\d+) \\| ( *)(\\S+)");

    @Test
    void reportsEachNewImportNested() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ContextConfig cfg = new ContextConfig();
        cfg.stdLibHome = ContextConfig.findStdLibHome();
        cfg.runAsMain = false;
        cfg.flags = "B";
        cfg.xOptions.add("importtime");
        cfg.err = err;
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build();
                        Context c = cfg.builder(engine).build()) {
            c.eval("python", "import json\nimport json\nimport json.decoder\n");
        }
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("import time: self [us] | cumulative | imported package", lines[0]);
        List<String> names = new ArrayList<>();
        int jsonIndent = -1;
        int decoderIndent = -1;
        for (int i = 1; i < lines.length; i++) {
            Matcher m = LINE.matcher(lines[i]);
            assertTrue(m.matches(), "not an import time line: " + lines[i]);
            assertTrue(Long.parseLong(m.group(1)) <= Long.parseLong(m.group(2)), "self > cumulative: " + lines[i]);
            names.add(m.group(4));
            if (m.group(4).equals("json")) {
                jsonIndent = m.group(3).length();
            } else if (m.group(4).equals("json.decoder")) {
                decoderIndent = m.group(3).length();
            }
        }
        // json's package body imports json.decoder: reported first (it ends first), one level deeper
        assertTrue(names.indexOf("json.decoder") >= 0 && names.indexOf("json.decoder") < names.indexOf("json"), names.toString());
        assertEquals(jsonIndent + 2, decoderIndent);
        // modules already in sys.modules are not reported again (failed imports are, as in CPython)
        for (String once : new String[]{"json", "re"}) {
            assertEquals(1, names.stream().filter(once::equals).count(), names.toString());
        }
        assertEquals(1, names.stream().filter(n -> n.equals("json.decoder")).count(), names.toString());
    }
}
