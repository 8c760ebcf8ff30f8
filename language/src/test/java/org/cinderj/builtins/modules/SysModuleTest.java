package org.cinderj.builtins.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.io.PTextIO;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.tuple.PTuple;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/** Context start-up: builtins/sys creation, sys values, stdout buffering and flushing, import of builtin modules. */
class SysModuleTest {
    @Test
    void startup() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context c = Context.newBuilder("python").out(out).option("python.XOptions", "dev\u0001a=b").arguments("python", new String[]{"-c", "x"})
                        .build()) {
            c.initialize("python");
            c.enter();
            try {
                PythonContext ctx = PythonContext.get(null);
                PythonModule sys = ctx.getSys();
                assertNotNull(sys);
                PTuple vi = (PTuple) sys.getAttr("version_info");
                assertEquals(3L, vi.get(0));
                assertEquals(10L, vi.get(1));
                assertEquals(8L, vi.get(2));
                assertEquals(0x030a08f0L, sys.getAttr("hexversion"));
                assertTrue(((String) sys.getAttr("version")).startsWith("3.10.8 (cinderj, "));
                assertEquals(Long.MAX_VALUE, sys.getAttr("maxsize"));
                assertEquals("linux", sys.getAttr("platform"));
                var xo = (org.cinderj.runtime.dict.PDict) sys.getAttr("_xoptions");
                assertEquals(true, xo.get("dev"));
                assertEquals("b", xo.get("a"));
                assertEquals("", ((org.cinderj.runtime.list.PList) sys.getAttr("path")).get(0));
                PTextIO stdout = (PTextIO) sys.getAttr("stdout");
                stdout.write("héllo\n");
                IoModule.flushStdStreams(ctx);
                assertEquals("héllo\n", out.toString(java.nio.charset.StandardCharsets.UTF_8));
                Object math = ImportSystem.importName(ctx, "math", null, null, 0);
                assertTrue(math instanceof PythonModule pm && pm.getModuleName().equals("math"));
                assertTrue(ctx.getSysModules().get("math") == math);
                assertEquals("built-in", org.cinderj.builtins.modules.PyUtil.getObjAttr((org.cinderj.runtime.object.PythonObject) ((PythonModule) math).getAttr("__spec__"), "origin"));
            } finally {
                c.leave();
            }
        }
    }
}
