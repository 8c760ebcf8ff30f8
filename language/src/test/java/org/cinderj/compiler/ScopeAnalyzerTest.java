package org.cinderj.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cinderj.ast.Expr;
import org.cinderj.ast.Module;
import org.cinderj.ast.Stmt;
import org.cinderj.compiler.Scope.NameKind;
import org.cinderj.parser.PythonParser;
import org.cinderj.parser.PythonSyntaxError;
import org.junit.jupiter.api.Test;

public class ScopeAnalyzerTest {

    static ScopeAnalyzer analyze(String src) {
        Module m = PythonParser.parse(src, "<t>", Module.Mode.EXEC);
        return ScopeAnalyzer.analyze(m, "<t>", src);
    }

    static Scope find(Scope s, String name) {
        if (s.name().equals(name)) {
            return s;
        }
        for (Scope c : s.children()) {
            Scope r = find(c, name);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    @Test
    public void closures() {
        ScopeAnalyzer a = analyze("""
                        g = 0
                        def outer(p, q=1, *args, k, **kw):
                            x = 1
                            y = 2
                            def inner():
                                nonlocal y
                                y = x + g + p
                                return z
                            global z
                            return inner
                        """);
        Scope outer = find(a.module(), "outer");
        Scope inner = find(a.module(), "inner");
        assertEquals(Scope.Kind.FUNCTION, outer.kind());
        assertEquals(List.of("p", "q", "k", "args", "kw"), outer.params());
        assertEquals(NameKind.CELL, outer.kindOf("x"));
        assertEquals(NameKind.CELL, outer.kindOf("y"));
        assertEquals(NameKind.CELL, outer.kindOf("p"));
        assertEquals(NameKind.LOCAL, outer.kindOf("q"));
        assertEquals(NameKind.LOCAL, outer.kindOf("inner"));
        assertEquals(NameKind.GLOBAL_EXPLICIT, outer.kindOf("z"));
        assertEquals(List.of("p", "x", "y"), outer.cellVars());
        assertEquals(List.of("p", "q", "k", "args", "kw", "x", "y", "inner"), outer.localNames());
        assertEquals(NameKind.FREE, inner.kindOf("x"));
        assertEquals(NameKind.FREE, inner.kindOf("y"));
        assertEquals(NameKind.FREE, inner.kindOf("p"));
        assertEquals(NameKind.GLOBAL_IMPLICIT, inner.kindOf("g"));
        assertEquals(NameKind.GLOBAL_IMPLICIT, inner.kindOf("z"));
        assertEquals(List.of("p", "x", "y"), inner.freeVars());
        Stmt.FunctionDef def = (Stmt.FunctionDef) PythonParser.parse("def f(): pass", "t", Module.Mode.EXEC).body().get(0);
        assertTrue(a.scopeOf(def) == null);
    }

    @Test
    public void classes() {
        ScopeAnalyzer a = analyze("""
                        def f():
                            x = 1
                            class C:
                                x = 2
                                y = x
                                def m(self):
                                    return super().m() + x
                                def n(self):
                                    return __class__
                            return C
                        class D:
                            a = 1
                            b = [a for _ in range(3)]
                            def m(self):
                                return a
                        """);
        Scope c = find(a.module(), "C");
        assertEquals(Scope.Kind.CLASS, c.kind());
        assertTrue(c.needsClassCell());
        assertEquals(List.of("__class__"), c.cellVars());
        assertEquals(NameKind.LOCAL, c.kindOf("x"));
        assertEquals(List.of("x"), c.freeVars());
        Scope m = find(c, "m");
        assertEquals(NameKind.FREE, m.kindOf("x"));
        assertEquals(NameKind.FREE, m.kindOf("__class__"));
        assertTrue(m.usesClassCell());
        assertTrue(find(c, "n").usesClassCell());
        assertEquals(NameKind.CELL, find(a.module(), "f").kindOf("x"));
        Scope d = find(a.module(), "D");
        assertFalse(d.needsClassCell());
        Scope comp = find(d, "<listcomp>");
        assertEquals(Scope.Kind.COMPREHENSION, comp.kind());
        assertEquals(NameKind.GLOBAL_IMPLICIT, comp.kindOf("a"));
        assertEquals(NameKind.GLOBAL_IMPLICIT, find(d, "m").kindOf("a"));
    }

    @Test
    public void comprehensionsAndGenerators() {
        ScopeAnalyzer a = analyze("""
                        def f(xs):
                            ys = [y := x for x in xs if x]
                            g = (x for x in range(3))
                            return y
                        def gen():
                            yield 1
                        async def co():
                            await x
                        async def agen():
                            yield 1
                        async def ac():
                            return [v async for v in w]
                        """);
        Scope f = find(a.module(), "f");
        Scope lc = find(f, "<listcomp>");
        assertEquals(NameKind.CELL, f.kindOf("y"));
        assertEquals(NameKind.FREE, lc.kindOf("y"));
        assertEquals(NameKind.LOCAL, lc.kindOf("x"));
        assertEquals(List.of(".0"), lc.params());
        assertEquals(NameKind.LOCAL, f.kindOf("xs"));
        assertTrue(find(f, "<genexpr>").isGenerator());
        assertTrue(find(a.module(), "gen").isGenerator());
        Scope co = find(a.module(), "co");
        assertTrue(co.isCoroutine());
        assertFalse(co.isGenerator());
        assertTrue(find(a.module(), "agen").isAsyncGenerator());
        assertTrue(find(find(a.module(), "ac"), "<listcomp>").isCoroutine());
        Module m = PythonParser.parse("[x for x in y]", "t", Module.Mode.EXEC);
        ScopeAnalyzer b = ScopeAnalyzer.analyze(m, "t");
        Expr comp = ((Stmt.ExprStmt) m.body().get(0)).value();
        assertEquals(Scope.Kind.COMPREHENSION, b.scopeOf(comp).kind());
        assertEquals(NameKind.GLOBAL_IMPLICIT, b.module().kindOf("y"));
        ScopeAnalyzer mod = analyze("[z := 1 for _ in ()]\n");
        assertEquals(NameKind.LOCAL, mod.module().kindOf("z"));
        assertEquals(NameKind.GLOBAL_EXPLICIT, find(mod.module(), "<listcomp>").kindOf("z"));
    }

    @Test
    public void manglingAndFutures() {
        ScopeAnalyzer a = analyze("""
                        from __future__ import annotations
                        class _Spam:
                            __x = 1
                            __y__ = 2
                            def m(self, __p):
                                return __x + self.__x
                        """);
        Scope spam = find(a.module(), "_Spam");
        assertEquals("_Spam", spam.privateName());
        assertEquals("_Spam__x", ScopeAnalyzer.mangle(spam.privateName(), "__x"));
        assertEquals("__y__", ScopeAnalyzer.mangle(spam.privateName(), "__y__"));
        assertEquals(NameKind.LOCAL, spam.kindOf("_Spam__x"));
        assertTrue(spam.mentions("__y__"));
        Scope m = find(spam, "m");
        assertEquals("_Spam", m.privateName());
        assertEquals(List.of("self", "_Spam__p"), m.params());
        assertEquals(NameKind.GLOBAL_IMPLICIT, m.kindOf("_Spam__x"));
        assertTrue(a.futureFeatures().contains("annotations"));
        assertEquals(null, a.module().privateName());
        org.cinderj.parser.PythonParser.warmUp();
    }

    @Test
    public void errors() {
        assertEquals("name 'x' is parameter and global",
                        assertThrows(PythonSyntaxError.class, () -> analyze("def f(x):\n global x")).message);
        assertEquals("no binding for nonlocal 'x' found",
                        assertThrows(PythonSyntaxError.class, () -> analyze("def f():\n nonlocal x")).message);
        assertEquals("'return' outside function", assertThrows(PythonSyntaxError.class, () -> analyze("return")).message);
        assertEquals("assignment expression within a comprehension cannot be used in a class body",
                        assertThrows(PythonSyntaxError.class, () -> analyze("class A:\n [(y := 1) for x in z]")).message);
        assertEquals("too many statically nested blocks", assertThrows(PythonSyntaxError.class,
                        () -> analyze("for x in y:\n".repeat(1) + nested(21))).message);
    }

    private static String nested(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(" ".repeat(i + 1)).append("while x:\n");
        }
        sb.append(" ".repeat(n + 1)).append("pass\n");
        return sb.toString();
    }
}
