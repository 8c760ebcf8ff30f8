package org.cinderj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.cinderj.ast.Expr;
import org.cinderj.ast.Module;
import org.cinderj.ast.Stmt;
import org.junit.jupiter.api.Test;

/** AST shapes for tricky constructs. */
public class ParserAstTest {

    static String ast(String src) {
        return Sexp.of(PythonParser.parse(src, "<test>", Module.Mode.EXEC));
    }

    static Expr expr(String src) {
        Module m = PythonParser.parse(src, "<test>", Module.Mode.EVAL);
        return ((Stmt.ExprStmt) m.body().get(0)).value();
    }

    static Object constant(String src) {
        return ((Expr.Constant) expr(src)).value();
    }

    @Test
    public void assignmentContexts() {
        assertEquals("[Assign([Tuple([Name('a' STORE), Starred(Name('b' STORE) STORE), ListExpr([Name('c' STORE), "
                        + "Attribute(Name('d' LOAD) 'e' STORE)] STORE)] STORE), Subscript(Name('x' LOAD) Constant(0) STORE)] "
                        + "Name('y' LOAD))]", ast("a, *b, [c, d.e] = x[0] = y"));
        assertEquals("[Delete([Name('a' DEL), Tuple([Name('b' DEL), Subscript(Name('c' LOAD) Name('d' LOAD) DEL)] DEL)])]",
                        ast("del a, (b, c[d])"));
        assertEquals("[AugAssign(Attribute(Name('a' LOAD) 'b' STORE) FLOORDIV Constant(2))]", ast("a.b //= 2"));
        assertEquals("[AnnAssign(Name('x' STORE) Name('int' LOAD) null true), AnnAssign(Name('y' STORE) Name('int' LOAD) "
                        + "Constant(1) false)]", ast("x: int\n(y): int = 1"));
        assertEquals("[For(Tuple([Name('x' STORE), Starred(Name('y' STORE) STORE)] STORE) Tuple([Starred(Name('a' LOAD) LOAD), "
                        + "Name('b' LOAD)] LOAD) [Pass()] [] false)]", ast("for x, *y in *a, b: pass"));
        assertEquals("[Return(Tuple([Starred(Name('a' LOAD) LOAD), Name('b' LOAD)] LOAD))]", ast("return *a, b"));
    }

    @Test
    public void softKeywords() {
        assertEquals("[Assign([Name('match' STORE)] Constant(1)), ExprStmt(Call(Name('match' LOAD) [Name('x' LOAD)] [])), "
                        + "ExprStmt(Attribute(Name('case' LOAD) 'x' LOAD)), Assign([Name('_' STORE)] Name('match' LOAD))]",
                        ast("match = 1\nmatch(x)\ncase.x\n_ = match\n"));
        String m = ast("match p:\n case [1, *rest] | {'k': v, **kw} if v:\n  pass\n case Point(x=0, y=_) as pt:\n  pass\n"
                        + " case -1 | 1+2j | None | 'a' 'b' | a.b.c:\n  pass\n case (x, y, *_):\n  pass\n case _:\n  pass\n");
        assertEquals("[Match(Name('p' LOAD) [MatchCase(MatchOr([MatchSequence([MatchValue(Constant(1)), MatchStar('rest')]), "
                        + "MatchMapping([Constant('k')] [MatchAs(null 'v')] 'kw')]) Name('v' LOAD) [Pass()]), "
                        + "MatchCase(MatchAs(MatchClass(Name('Point' LOAD) [] ['x', 'y'] [MatchValue(Constant(0)), MatchAs(null null)]) "
                        + "'pt') null [Pass()]), MatchCase(MatchOr([MatchValue(UnaryOp(USUB Constant(1))), "
                        + "MatchValue(BinOp(Constant(1) ADD Constant(2.0j))), MatchSingleton(NONE), MatchValue(Constant('ab')), "
                        + "MatchValue(Attribute(Attribute(Name('a' LOAD) 'b' LOAD) 'c' LOAD))]) null [Pass()]), "
                        + "MatchCase(MatchSequence([MatchAs(null 'x'), MatchAs(null 'y'), MatchStar(null)]) null [Pass()]), "
                        + "MatchCase(MatchAs(null null) null [Pass()])])]", m);
    }

    @Test
    public void fstrings() {
        assertEquals("JoinedStr([Constant('a'), FormattedValue(Name('x' LOAD) -1 null), Constant('{b}')])",
                        Sexp.of(expr("f'a{x}{{b}}'")));
        assertEquals("JoinedStr([Constant('x='), FormattedValue(Name('x' LOAD) 114 null)])", Sexp.of(expr("f'{x=}'")));
        assertEquals("JoinedStr([Constant('x = '), FormattedValue(Name('x' LOAD) -1 JoinedStr([Constant('>10')]))])",
                        Sexp.of(expr("f'{x = :>10}'")));
        assertEquals("JoinedStr([FormattedValue(Name('x' LOAD) 115 JoinedStr([FormattedValue(Name('w' LOAD) -1 null), "
                        + "Constant('.'), FormattedValue(Name('p' LOAD) -1 null)]))])", Sexp.of(expr("f'{x!s:{w}.{p}}'")));
        assertEquals("JoinedStr([Constant('ab'), FormattedValue(Tuple([Name('a' LOAD), Name('b' LOAD)] LOAD) 97 null), "
                        + "Constant('c')])", Sexp.of(expr("'a' f'b{a, b!a}' 'c'")));
        assertEquals("JoinedStr([FormattedValue(JoinedStr([FormattedValue(Name('y' LOAD) -1 null)]) -1 null)])",
                        Sexp.of(expr("f'''{f\"{y}\"}'''")));
        assertEquals("JoinedStr([FormattedValue(Compare(Name('a' LOAD) [NOT_EQ] [Name('b' LOAD)]) -1 null)])",
                        Sexp.of(expr("f'{a!=b}'")));
        // in a raw f-string \N is not an escape: {DASH} is a replacement field (as in CPython)
        assertEquals("JoinedStr([Constant('\\N'), FormattedValue(Name('DASH' LOAD) -1 null), Constant('-'), "
                        + "FormattedValue(Name('x' LOAD) -1 null)])", Sexp.of(expr("rf'\\N{DASH}-{x}'")));
        assertEquals("JoinedStr([Constant('\u2013'), FormattedValue(Name('x' LOAD) -1 null)])",
                        Sexp.of(expr("f'\\N{EN DASH}{x}'")));
    }

    @Test
    public void literals() {
        assertEquals(1_000_000L, constant("1_000_000"));
        assertEquals(255L, constant("0xFF"));
        assertEquals(8L, constant("0o10"));
        assertEquals(5L, constant("0b101"));
        assertEquals(new BigInteger("123456789012345678901234567890"), constant("123456789012345678901234567890"));
        assertEquals(Long.MAX_VALUE, constant("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), constant("9223372036854775808"));
        assertEquals(1.5e10, constant("1.5e10"));
        assertEquals(0.5, constant(".5"));
        assertEquals(1.0, constant("1."));
        assertEquals(new Expr.ComplexLiteral(2.5), constant("2.5j"));
        assertEquals("a\nb\tc\u00e9\u20ac\ud83d\ude00", constant("'a\\nb\\tc\\xe9\\u20ac\\U0001F600'"));
        assertEquals("\\n", constant("r'\\n'"));
        assertEquals("ab", constant("'a' \"b\""));
        assertEquals("x\ny", constant("'''x\ny'''"));
        assertEquals("ab", constant("'a\\\nb'"));
        assertEquals("A\u00e9", constant("'\\N{LATIN CAPITAL LETTER A}\\N{latin small letter e with acute}'"));
        assertEquals("\\d", constant("'\\d'"));
        assertTrue(java.util.Arrays.equals(new byte[] {'a', 0, (byte) 0xff, '\\', 'q'}, (byte[]) constant("b'a\\0\\xff' rB'\\q'")));
        assertEquals(Expr.Singleton.ELLIPSIS, constant("..."));
        assertEquals(Expr.Singleton.NONE, constant("None"));
        assertEquals(Boolean.TRUE, constant("True"));
        assertEquals("\u00e9", constant("U'\u00e9'"));
    }

    @Test
    public void callsAndComprehensions() {
        assertEquals("Call(Name('f' LOAD) [Name('a' LOAD), Starred(Name('b' LOAD) LOAD), Starred(Name('d' LOAD) LOAD)] "
                        + "[Keyword('c' Constant(1)), Keyword(null Name('e' LOAD))])", Sexp.of(expr("f(a, *b, c=1, *d, **e)")));
        assertEquals("Call(Name('f' LOAD) [GeneratorExp(Name('x' LOAD) [Comprehension(Name('x' STORE) Name('y' LOAD) "
                        + "[Name('c' LOAD), Name('d' LOAD)] false), Comprehension(Name('z' STORE) Name('x' LOAD) [] true)])] [])",
                        Sexp.of(expr("f(x for x in y if c if d async for z in x)")));
        assertEquals("DictComp(Name('k' LOAD) Name('v' LOAD) [Comprehension(Tuple([Name('k' STORE), Name('v' STORE)] STORE) "
                        + "Name('d' LOAD) [] false)])", Sexp.of(expr("{k: v for k, v in d}")));
        assertEquals("Dict([Constant(1), null] [Constant(2), Name('m' LOAD)])", Sexp.of(expr("{1: 2, **m}")));
        assertEquals("SetExpr([Constant(1), Starred(Name('s' LOAD) LOAD)])", Sexp.of(expr("{1, *s}")));
        assertEquals("Subscript(Name('a' LOAD) Tuple([Slice(Constant(1) null null), Slice(null null Constant(2)), "
                        + "Constant(3)] LOAD) LOAD)", Sexp.of(expr("a[1:, ::2, 3]")));
        assertEquals("ListComp(NamedExpr(Name('y' STORE) Name('x' LOAD)) [Comprehension(Name('x' STORE) Name('z' LOAD) [] false)])",
                        Sexp.of(expr("[y := x for x in z]")));
        assertEquals("Lambda(Arguments([Arg('a' null)] [Arg('b' null)] Arg('args' null) [Arg('k' null)] [null] Arg('kw' null) "
                        + "[Constant(1)]) Constant(0))", Sexp.of(expr("lambda a, /, b=1, *args, k, **kw: 0")));
    }

    @Test
    public void statements() {
        assertEquals("[FunctionDef('f' Arguments([] [Arg('a' Name('int' LOAD))] null [Arg('b' null)] [Constant(2)] null []) "
                        + "[Return(null)] [Attribute(Name('x' LOAD) 'y' LOAD), Call(Subscript(Name('b' LOAD) Constant(0) LOAD) [] [])] "
                        + "Name('str' LOAD) true)]", ast("@x.y\n@b[0]()\nasync def f(a: int, *, b=2) -> str:\n    return\n"));
        assertEquals("[With([WithItem(Name('a' LOAD) Name('b' STORE)), WithItem(Name('c' LOAD) null)] [Pass()] false)]",
                        ast("with (a as b, c):\n    pass\n"));
        assertEquals("[With([WithItem(Tuple([Name('a' LOAD), Name('b' LOAD)] LOAD) Name('c' STORE))] [Pass()] false)]",
                        ast("with (a, b) as c: pass"));
        assertEquals("[If(Name('a' LOAD) [Pass()] [If(Name('b' LOAD) [Pass()] [ExprStmt(Constant(ELLIPSIS))])])]",
                        ast("if a: pass\nelif b: pass\nelse: ..."));
        assertEquals("[Try([Pass()] [ExceptHandler(Tuple([Name('A' LOAD), Name('B' LOAD)] LOAD) 'e' [Pass()]), "
                        + "ExceptHandler(null null [Pass()])] [Pass()] [Pass()])]",
                        ast("try: pass\nexcept (A, B) as e: pass\nexcept: pass\nelse: pass\nfinally: pass"));
        assertEquals("[ImportFrom('a.b' [Alias('c' 'd'), Alias('e' null)] 2), ImportFrom(null [Alias('*' null)] 3), "
                        + "Import([Alias('os.path' 'p')])]", ast("from ..a.b import (c as d, e,)\nfrom ... import *\nimport os.path as p"));
        assertEquals("[ClassDef('C' [Name('B' LOAD)] [Keyword('metaclass' Name('M' LOAD))] [Pass()] [])]",
                        ast("class C(B, metaclass=M): pass"));
        assertEquals("[Global(['a', 'b']), Nonlocal(['c']), Assert(Name('x' LOAD) Constant('m')), Raise(Name('E' LOAD) "
                        + "Name('e' LOAD))]", ast("global a, b; nonlocal c; assert x, 'm'; raise E from e"));
    }

    @Test
    public void layout() {
        assertEquals("[If(Name('x' LOAD) [Assign([Name('y' STORE)] ListExpr([Constant(1), Constant(2)] LOAD)), "
                        + "Pass()] [])]", ast("\ufeff# -*- coding: utf-8 -*-\nif x:\n\ty = [1,\n  2]\n\t# c\n\n\tpass"));
        assertEquals("[ExprStmt(BinOp(Constant(1) ADD Constant(2)))]", ast("1 + \\\n  2"));
        assertEquals("[Pass(), Pass()]", ast("pass;pass;"));
        assertEquals("[Pass()]", ast("\f\npass\r\n"));
        assertEquals("[]", ast("\n\n# only a comment"));
        assertEquals("[While(Constant(1) [Break()] [Continue()])]", ast("while 1:\n    break\nelse:\n    continue"));
        Module single = PythonParser.parse("x = 1\n", "<stdin>", Module.Mode.SINGLE);
        assertEquals(1, single.body().size());
        Module multi = PythonParser.parse("if 1:\n  x\n\n", "<stdin>", Module.Mode.SINGLE);
        assertEquals(1, multi.body().size());
    }

    @Test
    public void positions() {
        Stmt.FunctionDef f = (Stmt.FunctionDef) PythonParser.parse("@d\ndef f(): pass", "<t>", Module.Mode.EXEC).body().get(0);
        assertEquals(2, f.line());
        assertEquals(0, f.col());
        Expr.Call c = (Expr.Call) expr("  (a + b).c()".trim());
        assertEquals(0, c.col());
        Expr.JoinedStr j = (Expr.JoinedStr) expr("f'ab{xy}'");
        Expr.FormattedValue fv = (Expr.FormattedValue) j.values().get(1);
        assertEquals(5, fv.value().col());
        Expr e = ((Stmt.ExprStmt) PythonParser.parse("x = 1\n\u00e9 + y", "<t>", Module.Mode.EXEC).body().get(1)).value();
        assertEquals(4, ((Expr.BinOp) e).right().col());
    }

    @Test
    public void errorsAreReported() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> PythonParser.parse("x = (1,\n", "f.py", Module.Mode.EXEC));
        assertEquals("'(' was never closed", e.message);
        assertEquals("f.py", e.filename);
        assertEquals(1, e.lineno);
        assertEquals(5, e.offset);
        assertEquals("x = (1,\n", e.text);
        e = assertThrows(PythonSyntaxError.class, () -> PythonParser.parse("if x:\n\ty\n        z", "f.py", Module.Mode.EXEC));
        assertEquals(PythonSyntaxError.Kind.TAB_ERROR, e.kind);
        e = assertThrows(PythonSyntaxError.class, () -> PythonParser.parse("x = 1; y = 2", "f", Module.Mode.EVAL));
        assertEquals("invalid syntax", e.message);
    }

    @Test
    public void incompleteInput() {
        assertTrue(PythonParser.isIncompleteInput("x = (1,\n"));
        assertTrue(PythonParser.isIncompleteInput("if x:\n"));
        assertTrue(PythonParser.isIncompleteInput("def f():\n    '''doc\n"));
        assertTrue(PythonParser.isIncompleteInput("x = 1 + \\\n"));
        assertEquals(false, PythonParser.isIncompleteInput("x = 1\n"));
        assertEquals(false, PythonParser.isIncompleteInput("x = )\n"));
        assertEquals(false, PythonParser.isIncompleteInput("if x:\npass\n"));
    }

    @Test
    public void nfkcIdentifiers() {
        assertEquals("[Assign([Name('fi' STORE)] Constant(1))]", ast("\ufb01 = 1"));
        assertEquals(List.of(), PythonParser.parse("", "e", Module.Mode.EXEC).body());
    }
}
