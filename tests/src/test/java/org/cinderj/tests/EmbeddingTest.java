package org.cinderj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.cinderj.launcher.ContextConfig;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * cinderj as an embedded language, through the plain polyglot API (no RunAsMain): the value of
 * an eval is the value of the source's last expression statement; module-level names are the
 * Python bindings; Python exceptions reach Java as guest PolyglotExceptions.
 */
public class EmbeddingTest {

    private static Context newContext(ByteArrayOutputStream out) {
        Context.Builder b = Context.newBuilder("python")
                        .option("engine.WarnInterpreterOnly", "false")
                        .option("python.StdLibHome", ContextConfig.findStdLibHome());
        if (out != null) {
            b.out(out).err(out);
        }
        return b.build();
    }

    @Test
    void evalExpression() {
        try (Context context = Context.newBuilder("python").option("engine.WarnInterpreterOnly", "false").build()) {
            assertEquals(3, context.eval("python", "1 + 2").asInt());
        }
    }

    @Test
    void defineInPythonCallFromJava() {
        try (Context context = newContext(null)) {
            context.eval("python", "def add(a, b):\n    return a + b\n");
            Value add = context.getBindings("python").getMember("add");
            assertTrue(add != null && add.canExecute(), "the function 'add' is not in the bindings");
            assertEquals(5, add.execute(2, 3).asInt());
            assertEquals("ab", add.execute("a", "b").asString());
        }
    }

    @Test
    void functionValueFromEval() {
        try (Context context = newContext(null)) {
            Value square = context.eval("python", "def square(x):\n    return x * x\nsquare");
            assertEquals(49, square.execute(7).asInt());
            assertEquals(1L << 40, square.execute(1 << 20).asLong());
        }
    }

    @Test
    void printGoesToContextOut() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = newContext(out)) {
            context.eval("python", "print('hello', 42)");
        }
        assertEquals("hello 42\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pythonExceptionReachesJava() {
        try (Context context = newContext(null)) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("python", "1 // 0"));
            assertTrue(e.isGuestException(), "expected a guest exception");
            assertTrue(String.valueOf(e.getMessage()).contains("ZeroDivisionError"), "message: " + e.getMessage());
        }
    }
}
