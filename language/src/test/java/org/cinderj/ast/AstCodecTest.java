package org.cinderj.ast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cinderj.parser.PythonParser;
import org.cinderj.parser.PythonSyntaxError;
import org.junit.jupiter.api.Test;

/** The AST cache's encoding: complete over the AST's types, and lossless. */
public class AstCodecTest {

    /** Every record and enum reachable from a module's components. */
    private static void collect(Type t, Set<Class<?>> found) {
        if (t instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                collect(arg, found);
            }
        } else if (t instanceof Class<?> c && c.getPackageName().equals("org.cinderj.ast")) {
            if ((c.isRecord() || c.isEnum()) && found.add(c) && c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    collect(rc.getGenericType(), found);
                }
            } else if (c.isSealed()) {
                for (Class<?> sub : c.getPermittedSubclasses()) {
                    collect(sub, found);
                }
            }
        }
    }

    @Test
    public void tablesListEveryAstTypeAndSchemaIsCurrent() {
        Set<Class<?>> found = new HashSet<>();
        collect(Module.class, found);
        // the values of Object-typed components (Constant.value, MatchSingleton.value)
        collect(Expr.ComplexLiteral.class, found);
        collect(Expr.Singleton.class, found);
        Set<Class<?>> listed = new HashSet<>(Arrays.asList(AstCodec.KINDS));
        listed.addAll(Arrays.asList(AstCodec.ENUMS));
        assertEquals(found, listed, "AstCodec.KINDS/ENUMS must list every AST record and enum");
        assertEquals(AstCodec.KINDS.length, new HashSet<>(Arrays.asList(AstCodec.KINDS)).size());
        assertEquals(AstCodec.fingerprint(), AstCodec.SCHEMA,
                        "the AST changed: update AstCodec.make and set SCHEMA to " + AstCodec.fingerprint() + "L");
    }

    private static final String SAMPLE = """
                    '''doc \\udc80 \\U0001f600 é'''
                    from __future__ import annotations
                    import a.b as c
                    from .. import (d, e as f)
                    x: int = -9223372036854775808 + 9223372036854775807 * 10**40 + 0xFFFFFFFFFFFFFFFFFFFF
                    y = (1.5, 1e400, -0.0, 3j, b'\\x00\\xff', None, True, False, ..., 'ü', f"{x!r:>{y}} {z=}")
                    del y[1:2, ::3], x.attr
                    async def g(p, /, q=1, *r, s, t=2, **u) -> List[int]:
                        global G
                        async with a as (b, *c):
                            await b
                        async for i in j:
                            yield i
                        return [k async for k in l if k] + {m: n for m, n in o} | {*p} and not q or r
                    @deco(1)
                    class C(B, metaclass=M, **kw):
                        def h(self):
                            nonlocal_name = lambda v, *w, x=3: (yield from v)
                            try:
                                raise E from None
                            except (A, B) as e:
                                pass
                            else:
                                pass
                            finally:
                                assert x, "m"
                            while x < y <= z is not w: break
                            for i in range(3): continue
                            with open(f) as g, h: pass
                            x += 1; x @= y
                    match command:
                        case [1, *rest] if rest: pass
                        case {"k": v, **others}: pass
                        case Point(x=0, y=_) | Point(1, 2) as p: pass
                        case None | True | -1 | 1+2j | "s": pass
                        case _: pass
                    """;

    @Test
    public void sampleRoundTrips() {
        Module m = PythonParser.parse(SAMPLE, "<sample>", Module.Mode.EXEC);
        assertSameTree(m, AstCodec.decode(AstCodec.encode(m), 0), "<sample>");
        Module e = PythonParser.parse("a if b else c", "<eval>", Module.Mode.EVAL);
        assertSameTree(e, AstCodec.decode(AstCodec.encode(e), 0), "<eval>");
    }

    @Test
    public void stdlibSampleRoundTrips() throws Exception {
        Path lib = org.cinderj.parser.CPythonReference.stdlib();
        assumeTrue(lib != null && Files.isDirectory(lib), "CPython reference build not found");
        List<Path> files;
        try (Stream<Path> s = Files.walk(lib)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        int checked = 0;
        for (int i = 0; i < files.size(); i += 8) {
            String text = new String(Files.readAllBytes(files.get(i)), StandardCharsets.UTF_8);
            Module m;
            try {
                m = PythonParser.parse(text, files.get(i).toString(), Module.Mode.EXEC);
            } catch (PythonSyntaxError | org.cinderj.parser.CompilationRecursionError e) {
                continue;
            }
            byte[] bytes = AstCodec.encode(m);
            Module back = AstCodec.decode(bytes, 0);
            assertSameTree(m, back, files.get(i).toString());
            assertArrayEquals(bytes, AstCodec.encode(back));
            checked++;
        }
        assertTrue(checked > 250, "only " + checked + " files checked");
    }

    @Test
    public void corruptDataIsRejected() {
        byte[] good = AstCodec.encode(PythonParser.parse("x = [1, 'two', 3.0]\n", "<t>", Module.Mode.EXEC));
        for (int cut = 0; cut < good.length; cut++) {
            byte[] truncated = Arrays.copyOf(good, cut);
            assertThrows(IllegalArgumentException.class, () -> AstCodec.decode(truncated, 0), "cut at " + cut);
        }
        byte[] badTag = good.clone();
        badTag[0] = 99;
        assertThrows(IllegalArgumentException.class, () -> AstCodec.decode(badTag, 0));
        byte[] trailing = Arrays.copyOf(good, good.length + 1);
        assertThrows(IllegalArgumentException.class, () -> AstCodec.decode(trailing, 0));
    }

    /** Structural equality; byte[] constants compare by content, and Double by bits (-0.0, NaN). */
    private static void assertSameTree(Object a, Object b, String where) {
        if (a instanceof Record r) {
            assertEquals(a.getClass(), b.getClass(), where);
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    assertSameTree(rc.getAccessor().invoke(a), rc.getAccessor().invoke(b), where + "." + rc.getName());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else if (a instanceof List<?> la) {
            List<?> lb = (List<?>) b;
            assertEquals(la.size(), lb.size(), where);
            for (int i = 0; i < la.size(); i++) {
                assertSameTree(la.get(i), lb.get(i), where + "[" + i + "]");
            }
        } else if (a instanceof byte[] ba) {
            assertArrayEquals(ba, (byte[]) b, where);
        } else {
            assertEquals(a, b, where);
            if (a != null) {
                assertEquals(a.getClass(), b.getClass(), where);
            }
        }
    }
}
