package org.cinderj.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void scriptAndArguments() throws Exception {
        CommandLine cl = CommandLine.parse(new String[]{"-u", "prog.py", "-c", "x"});
        assertEquals(CommandLine.Mode.SCRIPT, cl.mode);
        assertEquals("prog.py", cl.target);
        assertEquals(List.of("-c", "x"), cl.programArgs);
        assertTrue(cl.unbuffered);
        assertEquals("u", cl.flags.toString());
    }

    @Test
    void commandEndsOptions() throws Exception {
        CommandLine cl = CommandLine.parse(new String[]{"-OO", "-c", "print(1)", "-i", "arg"});
        assertEquals(CommandLine.Mode.COMMAND, cl.mode);
        assertEquals("print(1)", cl.target);
        assertEquals(List.of("-i", "arg"), cl.programArgs);
        assertEquals("OO", cl.flags.toString());
        assertFalse(cl.inspect);
    }

    @Test
    void attachedValues() throws Exception {
        CommandLine cl = CommandLine.parse(new String[]{"-Werror", "-Xdev", "-X", "jit=0", "-mjson.tool", "f"});
        assertEquals(List.of("error"), cl.warnOptions);
        assertEquals(List.of("dev", "jit=0"), cl.xOptions);
        assertEquals("0", cl.xOption("jit"));
        assertEquals("", cl.xOption("dev"));
        assertNull(cl.xOption("nothing"));
        assertEquals(CommandLine.Mode.MODULE, cl.mode);
        assertEquals("json.tool", cl.target);
        assertEquals(List.of("f"), cl.programArgs);
    }

    @Test
    void groupedFlagsAndStdin() throws Exception {
        CommandLine cl = CommandLine.parse(new String[]{"-qiB", "-", "a"});
        assertEquals(CommandLine.Mode.STDIN, cl.mode);
        assertEquals("-", cl.target);
        assertEquals(List.of("a"), cl.programArgs);
        assertTrue(cl.quiet && cl.inspect);
        CommandLine none = CommandLine.parse(new String[]{});
        assertEquals(CommandLine.Mode.STDIN, none.mode);
        assertNull(none.target);
    }

    @Test
    void isolatedImpliesEAndS() throws Exception {
        CommandLine cl = CommandLine.parse(new String[]{"-I", "x.py"});
        assertTrue(cl.isolated && cl.ignoreEnvironment);
        assertEquals("EsI", cl.flags.toString());
        cl.applyEnvironment(Map.of("PYTHONINSPECT", "1"));
        assertFalse(cl.inspect);
    }

    @Test
    void environment() throws Exception {
        CommandLine cl = CommandLine.parse(new String[]{"-O", "-W", "error", "x.py"});
        cl.applyEnvironment(Map.of("PYTHONOPTIMIZE", "2", "PYTHONUNBUFFERED", "x", "PYTHONWARNINGS", "ignore,default"));
        assertEquals("OuO", cl.flags.toString());
        assertTrue(cl.unbuffered);
        assertEquals(List.of("ignore", "default", "error"), cl.warnOptions);
    }

    @Test
    void errors() {
        assertEquals("Unknown option: -Z", assertThrows(CommandLine.UsageError.class, () -> CommandLine.parse(new String[]{"-Z"})).getMessage());
        assertEquals("unknown option --foo", assertThrows(CommandLine.UsageError.class, () -> CommandLine.parse(new String[]{"--foo"})).getMessage());
        assertEquals("Argument expected for the -c option", assertThrows(CommandLine.UsageError.class, () -> CommandLine.parse(new String[]{"-c"})).getMessage());
        assertEquals("Argument expected for the -m option", assertThrows(CommandLine.UsageError.class, () -> CommandLine.parse(new String[]{"-m"})).getMessage());
    }

    @Test
    void versionHelpAndPolyglotOptions() throws Exception {
        CommandLine cl = CommandLine.parse(new String[]{"-VV", "--help", "--engine.TraceCompilation", "--python.Foo=bar", "--check-hash-based-pycs", "never"});
        assertEquals(2, cl.version);
        assertTrue(cl.help);
        assertEquals(Map.of("engine.TraceCompilation", "true", "python.Foo", "bar"), cl.polyglotOptions);
    }

    @Test
    void reprOfPaths() {
        assertEquals("'/tmp/x.py'", CinderjMain.pyRepr("/tmp/x.py"));
        assertEquals("\"it's\"", CinderjMain.pyRepr("it's"));
        assertEquals("'a\\\\b'", CinderjMain.pyStr("a\\b"));
    }
}
