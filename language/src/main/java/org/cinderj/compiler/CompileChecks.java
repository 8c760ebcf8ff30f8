package org.cinderj.compiler;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cinderj.ast.Alias;
import org.cinderj.ast.Arg;
import org.cinderj.ast.Arguments;
import org.cinderj.ast.Comprehension;
import org.cinderj.ast.ExceptHandler;
import org.cinderj.ast.Expr;
import org.cinderj.ast.Keyword;
import org.cinderj.ast.MatchCase;
import org.cinderj.ast.Module;
import org.cinderj.ast.Node;
import org.cinderj.ast.Pattern;
import org.cinderj.ast.Stmt;
import org.cinderj.ast.UnaryOperator;
import org.cinderj.ast.WithItem;
import org.cinderj.parser.PythonSyntaxError;
import org.cinderj.parser.SourceText;

/**
 * The checks CPython's compiler makes while generating code, run in source order after the
 * symbol table: return/yield/await placement, break/continue outside loops, starred
 * expressions, repeated keyword arguments, {@code __future__} imports, {@code __debug__}
 * assignment, match statement patterns, nesting depth.
 */
final class CompileChecks extends ExprWalker {
    private static final int MAX_BLOCKS = 20;
    private static final Set<String> FUTURES = Set.of("nested_scopes", "generators", "division", "absolute_import",
                    "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
                    "annotations");

    private final SourceText source;
    private final ScopeAnalyzer scopes;
    private Scope scope;
    private int loops;
    private int blocks;

    CompileChecks(SourceText source, ScopeAnalyzer scopes) {
        this.source = source;
        this.scopes = scopes;
        this.scope = scopes.module();
    }

    private PythonSyntaxError error(String msg, Node n) {
        return scopes.error(msg, n);
    }

    void check(Module m) {
        futureImports(m.body());
        stmts(m.body());
    }

    private void futureImports(List<Stmt> body) {
        boolean allowed = true;
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (i == 0 && s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c && c.value() instanceof String) {
                continue;
            }
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0) {
                if (!allowed) {
                    throw error("from __future__ imports must occur at the beginning of the file", s);
                }
                for (Alias a : f.names()) {
                    scopes.futureFeatures.add(a.name());
                    // CPython reports these two without an end offset
                    if (a.name().equals("braces")) {
                        throw scopes.errorWithoutEnd("not a chance", s);
                    }
                    if (!FUTURES.contains(a.name())) {
                        throw scopes.errorWithoutEnd("future feature " + a.name() + " is not defined", s);
                    }
                }
                continue;
            }
            allowed = false;
        }
    }

    // ------------------------------------------------------------------ statements

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void pushBlock(Node at) {
        if (blocks >= MAX_BLOCKS) {
            throw error("too many statically nested blocks", at);
        }
        blocks++;
    }

    private void inLoopBody(Node at, List<Stmt> body) {
        pushBlock(at);
        loops++;
        stmts(body);
        loops--;
        blocks--;
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f: {
                forbidden(f.name(), f);
                exprs(f.decoratorList());
                arguments(f.args(), f);
                expr(f.returns());
                Scope saved = scope;
                int savedLoops = loops;
                int savedBlocks = blocks;
                scope = scopes.scopeOf(f);
                loops = 0;
                blocks = 0;
                stmts(f.body());
                scope = saved;
                loops = savedLoops;
                blocks = savedBlocks;
                break;
            }
            case Stmt.ClassDef c: {
                forbidden(c.name(), c);
                exprs(c.decoratorList());
                callArgs(c.bases(), c.keywords(), c);
                Scope saved = scope;
                int savedLoops = loops;
                int savedBlocks = blocks;
                scope = scopes.scopeOf(c);
                loops = 0;
                blocks = 0;
                stmts(c.body());
                scope = saved;
                loops = savedLoops;
                blocks = savedBlocks;
                break;
            }
            case Stmt.Return r:
                if (!scope.isFunctionLike()) {
                    throw error("'return' outside function", r);
                }
                if (r.value() != null && scope.isCoroutine() && scope.isGenerator()) {
                    throw error("'return' with value in async generator", r);
                }
                expr(r.value());
                break;
            case Stmt.Delete d:
                for (Expr t : d.targets()) {
                    target(t);
                }
                break;
            case Stmt.Assign a:
                for (Expr t : a.targets()) {
                    target(t);
                }
                expr(a.value());
                break;
            case Stmt.AugAssign a:
                target(a.target());
                expr(a.value());
                break;
            case Stmt.AnnAssign a:
                target(a.target());
                expr(a.annotation());
                expr(a.value());
                break;
            case Stmt.For f:
                if (f.isAsync() && !inAsyncFunction()) {
                    throw error("'async for' outside async function", f);
                }
                target(f.target());
                expr(f.iter());
                inLoopBody(f, f.body());
                stmts(f.orelse());
                break;
            case Stmt.While w:
                expr(w.test());
                inLoopBody(w, w.body());
                stmts(w.orelse());
                break;
            case Stmt.If i:
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
                break;
            case Stmt.With w: {
                if (w.isAsync() && !inAsyncFunction()) {
                    throw error("'async with' outside async function", w);
                }
                for (WithItem it : w.items()) {
                    expr(it.contextExpr());
                    if (it.optionalVars() != null) {
                        target(it.optionalVars());
                    }
                }
                int n = w.items().size();
                for (int i = 0; i < n; i++) {
                    pushBlock(w);
                }
                stmts(w.body());
                blocks -= n;
                break;
            }
            case Stmt.Match m:
                expr(m.subject());
                match(m);
                break;
            case Stmt.Raise r:
                expr(r.exc());
                expr(r.cause());
                break;
            case Stmt.Try t: {
                boolean fin = !t.finalbody().isEmpty();
                boolean exc = !t.handlers().isEmpty();
                int pushed = 0;
                if (fin) {
                    pushBlock(t);
                    pushed++;
                }
                if (exc) {
                    pushBlock(t);
                    pushed++;
                }
                stmts(t.body());
                if (exc) {
                    blocks--;
                    pushed--;
                }
                List<ExceptHandler> hs = t.handlers();
                for (int i = 0; i < hs.size(); i++) {
                    ExceptHandler h = hs.get(i);
                    if (h.type() == null && i < hs.size() - 1) {
                        throw error("default 'except:' must be last", h);
                    }
                    expr(h.type());
                    if (h.name() != null) {
                        forbidden(h.name(), h);
                    }
                    int hb = h.name() != null ? 2 : 1;
                    for (int k = 0; k < hb; k++) {
                        pushBlock(h);
                    }
                    stmts(h.body());
                    blocks -= hb;
                }
                stmts(t.orelse());
                if (fin) {
                    blocks--;
                    pushBlock(t);
                    stmts(t.finalbody());
                    blocks--;
                }
                break;
            }
            case Stmt.Assert a:
                expr(a.test());
                expr(a.msg());
                break;
            case Stmt.Import i:
                for (Alias a : i.names()) {
                    if (a.asname() != null) {
                        forbidden(a.asname(), a);
                    }
                }
                break;
            case Stmt.ImportFrom i:
                for (Alias a : i.names()) {
                    forbidden(a.asname() != null ? a.asname() : a.name(), a);
                }
                break;
            case Stmt.Global g:
                break;
            case Stmt.Nonlocal n:
                break;
            case Stmt.ExprStmt e:
                expr(e.value());
                break;
            case Stmt.Pass p:
                break;
            case Stmt.Break b:
                if (loops == 0) {
                    throw error("'break' outside loop", b);
                }
                break;
            case Stmt.Continue c:
                if (loops == 0) {
                    throw error("'continue' not properly in loop", c);
                }
                break;
        }
    }

    private void forbidden(String name, Node at) {
        if ("__debug__".equals(name)) {
            throw error("cannot assign to __debug__", at);
        }
    }

    private void forbidden(String name, Node at, Expr.Ctx ctx) {
        if ("__debug__".equals(name)) {
            throw error(ctx == Expr.Ctx.DEL ? "cannot delete __debug__" : "cannot assign to __debug__", at);
        }
    }

    private void arguments(Arguments a, Node owner) {
        for (Arg x : a.posonlyargs()) {
            forbidden(x.arg(), owner);
            expr(x.annotation());
        }
        for (Arg x : a.args()) {
            forbidden(x.arg(), owner);
            expr(x.annotation());
        }
        if (a.vararg() != null) {
            forbidden(a.vararg().arg(), owner);
            expr(a.vararg().annotation());
        }
        for (Arg x : a.kwonlyargs()) {
            forbidden(x.arg(), owner);
            expr(x.annotation());
        }
        if (a.kwarg() != null) {
            forbidden(a.kwarg().arg(), owner);
            expr(a.kwarg().annotation());
        }
        exprs(a.defaults());
        for (Expr e : a.kwDefaults()) {
            expr(e);
        }
    }

    // ------------------------------------------------------------------ targets

    /** An assignment, deletion or loop target. */
    private void target(Expr t) {
        switch (t) {
            case Expr.Starred s:
                throw error("starred assignment target must be in a list or tuple", s);
            case Expr.Tuple tu:
                unpack(tu.elts(), tu);
                break;
            case Expr.ListExpr l:
                unpack(l.elts(), l);
                break;
            default:
                storeExpr(t);
                break;
        }
    }

    private void unpack(List<Expr> elts, Expr at) {
        boolean seenStar = false;
        int before = 0;
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                if (seenStar) {
                    throw error("multiple starred expressions in assignment", at);
                }
                seenStar = true;
                if (before >= 256 || elts.size() - before - 1 >= (1 << 24)) {
                    throw error("too many expressions in star-unpacking assignment", at);
                }
                target(s.value());
            } else {
                if (!seenStar) {
                    before++;
                }
                target(e);
            }
        }
    }

    private void storeExpr(Expr t) {
        switch (t) {
            case Expr.Name n:
                forbidden(n.id(), n, n.ctx());
                break;
            case Expr.Attribute a:
                if (a.ctx() != Expr.Ctx.LOAD) {
                    forbidden(a.attr(), a, a.ctx());
                }
                expr(a.value());
                break;
            default:
                expr(t);
                break;
        }
    }

    // ------------------------------------------------------------------ expressions

    /** Elements where a starred expression is allowed (displays, call arguments). */
    private void elements(List<Expr> es) {
        for (Expr e : es) {
            if (e instanceof Expr.Starred s) {
                expr(s.value());
            } else {
                expr(e);
            }
        }
    }

    private void callArgs(List<Expr> args, List<Keyword> keywords, Node owner) {
        elements(args);
        Set<String> seen = new HashSet<>();
        for (Keyword k : keywords) {
            if (k.arg() != null) {
                forbidden(k.arg(), owner);
                if (!seen.add(k.arg())) {
                    throw error("keyword argument repeated: " + k.arg(), k);
                }
            }
            expr(k.value());
        }
    }

    @Override
    protected void namedExpr(Expr.NamedExpr n) {
        storeExpr(n.target());
        expr(n.value());
    }

    @Override
    protected void lambda(Expr.Lambda l) {
        arguments(l.args(), l);
        Scope saved = scope;
        scope = scopes.scopeOf(l);
        expr(l.body());
        scope = saved;
    }

    private boolean inAsyncFunction() {
        return scope.kind() == Scope.Kind.FUNCTION && scope.isAsyncDef;
    }

    @Override
    protected void await(Expr.Await a) {
        if (scope.kind() == Scope.Kind.MODULE || scope.kind() == Scope.Kind.CLASS) {
            throw error("'await' outside function", a);
        }
        if (scope.kind() == Scope.Kind.LAMBDA || scope.kind() == Scope.Kind.FUNCTION && !scope.isAsyncDef) {
            throw error("'await' outside async function", a);
        }
        expr(a.value());
    }

    @Override
    protected void yieldExpr(Expr node, Expr value) {
        if (!scope.isFunctionLike()) {
            throw error("'yield' outside function", node);
        }
        if (node instanceof Expr.YieldFrom && scope.isAsyncDef) {
            throw error("'yield from' inside async function", node);
        }
        expr(value);
    }

    @Override
    protected void call(Expr.Call c) {
        expr(c.func());
        callArgs(c.args(), c.keywords(), c);
    }

    @Override
    protected void starred(Expr.Starred s) {
        throw error("can't use starred expression here", s);
    }

    @Override
    protected void name(Expr.Name n) {
        if (n.ctx() != Expr.Ctx.LOAD) {
            forbidden(n.id(), n, n.ctx());
        }
    }

    @Override
    protected void sequence(Expr node, List<Expr> elts, Expr.Ctx ctx) {
        if (ctx == Expr.Ctx.LOAD) {
            elements(elts);
        } else {
            target(node);
        }
    }

    @Override
    protected void comprehension(Expr node, List<Comprehension> gens, Expr elt, Expr value) {
        expr(gens.get(0).iter());
        Scope saved = scope;
        Scope cs = scopes.scopeOf(node);
        if (cs.isCoroutine() && !(node instanceof Expr.GeneratorExp)) {
            boolean ok = saved.kind() == Scope.Kind.COMPREHENSION
                            || saved.kind() == Scope.Kind.FUNCTION && saved.isAsyncDef;
            if (!ok) {
                throw error("asynchronous comprehension outside of an asynchronous function", node);
            }
        }
        scope = cs;
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            target(g.target());
            if (i > 0) {
                expr(g.iter());
            }
            exprs(g.ifs());
        }
        expr(elt);
        expr(value);
        scope = saved;
    }

    // ------------------------------------------------------------------ match statement

    private void match(Stmt.Match m) {
        List<MatchCase> cases = m.cases();
        for (int i = 0; i < cases.size(); i++) {
            MatchCase c = cases.get(i);
            boolean last = i == cases.size() - 1;
            Set<String> bound = new LinkedHashSet<>();
            pattern(c.pattern(), bound, last || c.guard() != null);
            expr(c.guard());
            stmts(c.body());
        }
    }

    private void bind(String name, Set<String> bound, Node at) {
        if (name == null) {
            return;
        }
        forbidden(name, at);
        if (!bound.add(name)) {
            throw error("multiple assignments to name '" + name + "' in pattern", at);
        }
    }

    private static boolean irrefutable(Pattern p) {
        return switch (p) {
            case Pattern.MatchAs a -> a.pattern() == null || irrefutable(a.pattern());
            case Pattern.MatchOr o -> {
                for (Pattern x : o.patterns()) {
                    if (irrefutable(x)) {
                        yield true;
                    }
                }
                yield false;
            }
            default -> false;
        };
    }

    private void pattern(Pattern p, Set<String> bound, boolean allowIrrefutable) {
        switch (p) {
            case Pattern.MatchValue v:
                expr(v.value());
                break;
            case Pattern.MatchSingleton s:
                break;
            case Pattern.MatchSequence s: {
                boolean star = false;
                for (Pattern x : s.patterns()) {
                    if (x instanceof Pattern.MatchStar) {
                        if (star) {
                            throw error("multiple starred names in sequence pattern", s);
                        }
                        star = true;
                    }
                }
                for (Pattern x : s.patterns()) {
                    pattern(x, bound, true);
                }
                break;
            }
            case Pattern.MatchMapping m: {
                Set<Object> keys = new HashSet<>();
                for (Expr k : m.keys()) {
                    if (k instanceof Expr.Constant c) {
                        Object key = c.value() instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.ISO_8859_1) + "\0b" : c.value();
                        if (!keys.add(key)) {
                            throw error("mapping pattern checks duplicate key (" + repr(c.value()) + ")", m);
                        }
                    } else if (!(k instanceof Expr.Attribute || k instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USUB
                                    || k instanceof Expr.BinOp)) {
                        throw error("mapping pattern keys may only match literals and attribute lookups", k);
                    }
                    expr(k);
                }
                for (Pattern x : m.patterns()) {
                    pattern(x, bound, true);
                }
                bind(m.rest(), bound, m);
                break;
            }
            case Pattern.MatchClass c: {
                expr(c.cls());
                Set<String> attrs = new HashSet<>();
                for (int i = 0; i < c.kwdAttrs().size(); i++) {
                    String a = c.kwdAttrs().get(i);
                    forbidden(a, c.kwdPatterns().get(i));
                    if (!attrs.add(a)) {
                        throw error("attribute name repeated in class pattern: " + a, c.kwdPatterns().get(i));
                    }
                }
                for (Pattern x : c.patterns()) {
                    pattern(x, bound, true);
                }
                for (Pattern x : c.kwdPatterns()) {
                    pattern(x, bound, true);
                }
                break;
            }
            case Pattern.MatchStar s:
                bind(s.name(), bound, s);
                break;
            case Pattern.MatchAs a:
                if (a.pattern() == null) {
                    if (!allowIrrefutable) {
                        if (a.name() == null) {
                            throw error("wildcard makes remaining patterns unreachable", a);
                        }
                        throw error("name capture '" + a.name() + "' makes remaining patterns unreachable", a);
                    }
                } else {
                    pattern(a.pattern(), bound, allowIrrefutable);
                }
                bind(a.name(), bound, a);
                break;
            case Pattern.MatchOr o: {
                List<Pattern> alts = o.patterns();
                Set<String> first = null;
                for (int i = 0; i < alts.size(); i++) {
                    Set<String> altBound = new LinkedHashSet<>(bound);
                    pattern(alts.get(i), altBound, i == alts.size() - 1 && allowIrrefutable);
                    altBound.removeAll(bound);
                    if (first == null) {
                        first = altBound;
                    } else if (!first.equals(altBound)) {
                        throw error("alternative patterns bind different names", o);
                    }
                }
                if (first != null) {
                    bound.addAll(first);
                }
                break;
            }
        }
    }

    static String repr(Object v) {
        if (v instanceof String s) {
            StringBuilder sb = new StringBuilder();
            char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
            sb.append(q);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == q || c == '\\') {
                    sb.append('\\').append(c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else if (c == '\r') {
                    sb.append("\\r");
                } else if (c < 32 || c == 127) {
                    sb.append(String.format("\\x%02x", (int) c));
                } else {
                    sb.append(c);
                }
            }
            return sb.append(q).toString();
        }
        if (v == Expr.Singleton.NONE) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof byte[] b) {
            return "b" + repr(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        if (v instanceof Double d) {
            String s = Double.toString(d);
            return s.endsWith(".0") ? s : s.replace("E", "e");
        }
        return String.valueOf(v);
    }
}
