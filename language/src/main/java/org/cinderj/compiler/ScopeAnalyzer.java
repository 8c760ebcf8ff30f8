package org.cinderj.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.cinderj.ast.WithItem;
import org.cinderj.parser.PythonSyntaxError;
import org.cinderj.parser.SourceText;

/**
 * CPython's symbol table pass: finds the scopes of a module and resolves every name in each, and
 * makes the compile-time checks of CPython's symtable and compiler (see {@link CompileChecks}).
 * Use {@link #analyze(Module, String, String)} and query the result with {@link #scopeOf}.
 */
public final class ScopeAnalyzer extends ExprWalker {
    private final SourceText source;
    private final IdentityHashMap<Node, Scope> scopes = new IdentityHashMap<>();
    private final Scope module;
    private Scope cur;
    /** Name of the innermost enclosing class (for private name mangling), or null. */
    private String privateName;

    private ScopeAnalyzer(Module m, SourceText source) {
        this.source = source;
        this.module = new Scope(Scope.Kind.MODULE, "<module>", null, null);
        this.cur = module;
    }

    /** Analyses a parsed module; throws {@link PythonSyntaxError} for compile-time errors. */
    public static ScopeAnalyzer analyze(Module m, String filename) {
        return analyze(m, filename, null);
    }

    /**
     * Analyses a parsed module; {@code sourceText} (may be null) is only used to fill in
     * {@link PythonSyntaxError#text}.
     */
    public static ScopeAnalyzer analyze(Module m, String filename, String sourceText) {
        return analyze(m, filename, sourceText, sourceText);
    }

    /**
     * Analyses a parsed module. {@code displayText} (may be null) fills in
     * {@link PythonSyntaxError#text}; {@code parsedText} (may be null), the source {@code m} was
     * parsed from, gives errors the end of the node they are about.
     */
    public static ScopeAnalyzer analyze(Module m, String filename, String displayText, String parsedText) {
        try {
            return analyzeImpl(m, filename, displayText, parsedText);
        } catch (StackOverflowError e) {
            throw new org.cinderj.parser.CompilationRecursionError();
        }
    }

    private static ScopeAnalyzer analyzeImpl(Module m, String filename, String displayText, String parsedText) {
        SourceText src = new SourceText(displayText == null ? "" : displayText, filename);
        ScopeAnalyzer a = new ScopeAnalyzer(m, src);
        a.parsedText = parsedText;
        a.mode = m.mode();
        for (Stmt s : m.body()) {
            a.stmt(s);
        }
        a.resolve(a.module, Set.of(), Set.of());
        new CompileChecks(src, a).check(m);
        return a;
    }

    final Set<String> futureFeatures = new java.util.LinkedHashSet<>();

    /** The {@code from __future__ import} features of the module (e.g. "annotations"). */
    public Set<String> futureFeatures() {
        return java.util.Collections.unmodifiableSet(futureFeatures);
    }

    /** The module scope. */
    public Scope module() {
        return module;
    }

    /**
     * The scope opened by a {@link Stmt.FunctionDef}, {@link Stmt.ClassDef}, {@link Expr.Lambda},
     * {@link Expr.ListComp}, {@link Expr.SetComp}, {@link Expr.DictComp} or
     * {@link Expr.GeneratorExp} node (by identity), or null.
     */
    public Scope scopeOf(Node node) {
        return scopes.get(node);
    }

    // ------------------------------------------------------------------ errors

    private String parsedText;
    private Module.Mode mode;

    /** An error at {@code n} whose end_offset is None. */
    PythonSyntaxError errorWithoutEnd(String msg, Node n) {
        return source.error(msg, n.line(), n.col() + 1, n.line(), PythonSyntaxError.NO_END_OFFSET);
    }

    /** An error at {@code n}, spanning its source as CPython's symbol table and compiler report it. */
    PythonSyntaxError error(String msg, Node n) {
        int[] end = parsedText == null ? null : org.cinderj.parser.PythonParser.endOf(parsedText, source.filename, mode, n);
        if (end == null) {
            return source.error(msg, n.line(), n.col() + 1, n.line(), n.col() + 1);
        }
        return source.error(msg, n.line(), n.col() + 1, end[0], end[1]);
    }

    // ------------------------------------------------------------------ pass 1: collect symbols

    /**
     * CPython's private name mangling: inside class {@code C}, {@code __spam} (not ending in
     * "__", no dot) becomes {@code _C__spam}. Scope lookups use mangled names; the compiler must
     * mangle attribute names the same way. {@code privateName} is {@link Scope#privateName()}.
     */
    public static String mangle(String privateName, String name) {
        if (privateName == null || name == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    private String m(String name) {
        return mangle(privateName, name);
    }

    private void addDef(String rawName, int flag, Node at) {
        String name = m(rawName);
        Scope s = cur;
        int old = s.flagsOf(name);
        if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
            throw error("duplicate argument '" + name + "' in function definition", at);
        }
        s.flags.put(name, old | flag);
    }

    private Scope enter(Scope.Kind kind, String name, Node node) {
        Scope s = new Scope(kind, name, node, cur);
        s.privateName = kind == Scope.Kind.CLASS ? name : privateName;
        scopes.put(node, s);
        cur = s;
        return s;
    }

    private void exit() {
        cur = cur.parent;
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f: {
                addDef(f.name(), Scope.DEF_LOCAL, f);
                defaults(f.args());
                annotations(f.args(), f.returns());
                exprs(f.decoratorList());
                Scope fs = enter(Scope.Kind.FUNCTION, f.name(), f);
                fs.isAsyncDef = f.isAsync();
                fs.coroutine = f.isAsync();
                params(f.args());
                stmts(f.body());
                exit();
                break;
            }
            case Stmt.ClassDef c: {
                addDef(c.name(), Scope.DEF_LOCAL, c);
                exprs(c.bases());
                keywords(c.keywords());
                exprs(c.decoratorList());
                String savedPrivate = privateName;
                enter(Scope.Kind.CLASS, c.name(), c);
                privateName = c.name();
                stmts(c.body());
                exit();
                privateName = savedPrivate;
                break;
            }
            case Stmt.Return r:
                expr(r.value());
                break;
            case Stmt.Delete d:
                exprs(d.targets());
                break;
            case Stmt.Assign a:
                exprs(a.targets());
                expr(a.value());
                break;
            case Stmt.AugAssign a:
                expr(a.target());
                expr(a.value());
                break;
            case Stmt.AnnAssign a: {
                if (a.target() instanceof Expr.Name n) {
                    int old = cur.flagsOf(m(n.id()));
                    if ((old & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && a.simple()) {
                        throw error("annotated name '" + n.id() + "' can't be "
                                        + ((old & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal"), a);
                    }
                    if (a.simple()) {
                        addDef(n.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL, a);
                    } else if (a.value() != null) {
                        addDef(n.id(), Scope.DEF_LOCAL, a);
                    }
                } else {
                    expr(a.target());
                }
                expr(a.annotation());
                expr(a.value());
                break;
            }
            case Stmt.For f:
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
                break;
            case Stmt.While w:
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
                break;
            case Stmt.If i:
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
                break;
            case Stmt.With w:
                for (WithItem it : w.items()) {
                    expr(it.contextExpr());
                    expr(it.optionalVars());
                }
                stmts(w.body());
                break;
            case Stmt.Match m:
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    expr(c.guard());
                    stmts(c.body());
                }
                break;
            case Stmt.Raise r:
                expr(r.exc());
                expr(r.cause());
                break;
            case Stmt.Try t:
                stmts(t.body());
                stmts(t.orelse());
                for (ExceptHandler h : t.handlers()) {
                    expr(h.type());
                    if (h.name() != null) {
                        addDef(h.name(), Scope.DEF_LOCAL, h);
                    }
                    stmts(h.body());
                }
                stmts(t.finalbody());
                break;
            case Stmt.Assert a:
                expr(a.test());
                expr(a.msg());
                break;
            case Stmt.Import i:
                for (org.cinderj.ast.Alias al : i.names()) {
                    String n = al.asname() != null ? al.asname() : al.name();
                    int dot = n.indexOf('.');
                    addDef(dot >= 0 ? n.substring(0, dot) : n, Scope.DEF_IMPORT, al);
                }
                break;
            case Stmt.ImportFrom i:
                for (org.cinderj.ast.Alias al : i.names()) {
                    if (al.name().equals("*")) {
                        if (cur.kind != Scope.Kind.MODULE) {
                            throw error("import * only allowed at module level", al);
                        }
                        continue;
                    }
                    addDef(al.asname() != null ? al.asname() : al.name(), Scope.DEF_IMPORT, al);
                }
                break;
            case Stmt.Global g:
                declare(g.names(), g, "global", Scope.DEF_GLOBAL, Scope.DEF_NONLOCAL);
                break;
            case Stmt.Nonlocal g:
                declare(g.names(), g, "nonlocal", Scope.DEF_NONLOCAL, Scope.DEF_GLOBAL);
                break;
            case Stmt.ExprStmt e:
                expr(e.value());
                break;
            case Stmt.Pass p:
                break;
            case Stmt.Break b:
                break;
            case Stmt.Continue c:
                break;
        }
    }

    private void defaults(Arguments a) {
        exprs(a.defaults());
        for (Expr e : a.kwDefaults()) {
            expr(e);
        }
    }

    private void annotations(Arguments a, Expr returns) {
        for (Arg x : a.posonlyargs()) {
            expr(x.annotation());
        }
        for (Arg x : a.args()) {
            expr(x.annotation());
        }
        if (a.vararg() != null) {
            expr(a.vararg().annotation());
        }
        for (Arg x : a.kwonlyargs()) {
            expr(x.annotation());
        }
        if (a.kwarg() != null) {
            expr(a.kwarg().annotation());
        }
        expr(returns);
    }

    private void params(Arguments a) {
        for (Arg x : a.posonlyargs()) {
            param(x);
        }
        for (Arg x : a.args()) {
            param(x);
        }
        for (Arg x : a.kwonlyargs()) {
            param(x);
        }
        if (a.vararg() != null) {
            param(a.vararg());
        }
        if (a.kwarg() != null) {
            param(a.kwarg());
        }
    }

    private void param(Arg a) {
        addDef(a.arg(), Scope.DEF_PARAM, a);
        cur.params.add(m(a.arg()));
    }

    private void keywords(List<Keyword> ks) {
        for (Keyword k : ks) {
            expr(k.value());
        }
    }

    @Override
    protected void lambda(Expr.Lambda l) {
        defaults(l.args());
        enter(Scope.Kind.LAMBDA, "<lambda>", l);
        params(l.args());
        expr(l.body());
        exit();
    }

    @Override
    protected void await(Expr.Await a) {
        if (cur.kind == Scope.Kind.COMPREHENSION) {
            cur.coroutine = true;
        }
        expr(a.value());
    }

    @Override
    protected void yieldExpr(Expr node, Expr value) {
        onYield(node);
        expr(value);
    }

    @Override
    protected void call(Expr.Call c) {
        expr(c.func());
        exprs(c.args());
        keywords(c.keywords());
    }

    @Override
    protected void starred(Expr.Starred s) {
        expr(s.value());
    }

    @Override
    protected void name(Expr.Name n) {
        if (n.ctx() == Expr.Ctx.LOAD) {
            addDef(n.id(), Scope.USE, n);
            if (cur.isFunctionLike() && n.id().equals("super")) {
                addDef("__class__", Scope.USE, n);
            }
        } else {
            addDef(n.id(), Scope.DEF_LOCAL, n);
        }
    }

    @Override
    protected void sequence(Expr node, List<Expr> elts, Expr.Ctx ctx) {
        exprs(elts);
    }

    private void onYield(Expr e) {
        if (cur.kind == Scope.Kind.COMPREHENSION) {
            Expr c = (Expr) cur.node;
            String what = c instanceof Expr.ListComp ? "list comprehension"
                            : c instanceof Expr.SetComp ? "set comprehension"
                                            : c instanceof Expr.DictComp ? "dict comprehension" : "generator expression";
            throw error("'yield' inside " + what, e);
        }
        if (cur.isFunctionLike()) {
            cur.generator = true;
        }
    }

    @Override
    protected void comprehension(Expr node, List<Comprehension> gens, Expr elt, Expr value) {
        String name = switch (node) {
            case Expr.ListComp c -> "<listcomp>";
            case Expr.SetComp c -> "<setcomp>";
            case Expr.DictComp c -> "<dictcomp>";
            default -> "<genexpr>";
        };
        boolean genexp = node instanceof Expr.GeneratorExp;
        Comprehension first = gens.get(0);
        // the outermost iterable is evaluated in the enclosing scope
        cur.compIterDepth++;
        expr(first.iter());
        cur.compIterDepth--;
        int outerIter = cur.compIterDepth;
        Scope s = enter(Scope.Kind.COMPREHENSION, name, node);
        s.compIterDepth = outerIter;
        s.isGenexp = genexp;
        s.generator = genexp;
        if (first.isAsync()) {
            s.coroutine = true;
        }
        addDef(".0", Scope.DEF_PARAM, node);
        s.params.add(".0");
        compTarget(first.target());
        for (Expr i : first.ifs()) {
            expr(i);
        }
        for (int k = 1; k < gens.size(); k++) {
            Comprehension g = gens.get(k);
            if (g.isAsync()) {
                s.coroutine = true;
            }
            compTarget(g.target());
            s.compIterDepth++;
            expr(g.iter());
            s.compIterDepth--;
            for (Expr i : g.ifs()) {
                expr(i);
            }
        }
        if (value != null) {
            expr(elt);
            expr(value);
        } else {
            expr(elt);
        }
        exit();
    }

    private void compTarget(Expr target) {
        markCompIter(target);
        expr(target);
    }

    private void markCompIter(Expr t) {
        switch (t) {
            case Expr.Name n: {
                String id = m(n.id());
                if ((cur.flagsOf(id) & Scope.DEF_COMP_WALRUS) != 0) {
                    throw error("comprehension inner loop cannot rebind assignment expression target '" + id + "'", n);
                }
                cur.flags.put(id, cur.flagsOf(id) | Scope.DEF_COMP_ITER);
                break;
            }
            case Expr.Tuple tu:
                for (Expr x : tu.elts()) {
                    markCompIter(x);
                }
                break;
            case Expr.ListExpr l:
                for (Expr x : l.elts()) {
                    markCompIter(x);
                }
                break;
            case Expr.Starred st:
                markCompIter(st.value());
                break;
            default:
                break;
        }
    }

    @Override
    protected void namedExpr(Expr.NamedExpr n) {
        if (cur.compIterDepth > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", n);
        }
        expr(n.value());
        Expr.Name target = (Expr.Name) n.target();
        if (cur.kind == Scope.Kind.COMPREHENSION) {
            // binds in the nearest enclosing scope that is not a comprehension
            String id = m(target.id());
            Scope s = cur;
            while (s.kind == Scope.Kind.COMPREHENSION) {
                if ((s.flagsOf(id) & Scope.DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + id + "'", target);
                }
                s = s.parent;
            }
            if (s.kind == Scope.Kind.CLASS) {
                throw error("assignment expression within a comprehension cannot be used in a class body", n);
            }
            int implicit = s.kind == Scope.Kind.MODULE || (s.flagsOf(id) & Scope.DEF_GLOBAL) != 0 ? Scope.DEF_GLOBAL
                            : Scope.DEF_NONLOCAL;
            for (Scope c = cur; c != s; c = c.parent) {
                c.flags.put(id, c.flagsOf(id) | implicit | Scope.USE | Scope.DEF_COMP_WALRUS);
            }
            if ((s.flagsOf(id) & Scope.DEF_GLOBAL) == 0) {
                s.flags.put(id, s.flagsOf(id) | Scope.DEF_LOCAL);
            }
            return;
        }
        expr(target);
    }

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v:
                expr(v.value());
                break;
            case Pattern.MatchSingleton s:
                break;
            case Pattern.MatchSequence s:
                for (Pattern x : s.patterns()) {
                    pattern(x);
                }
                break;
            case Pattern.MatchMapping m:
                for (Expr k : m.keys()) {
                    expr(k);
                }
                for (Pattern x : m.patterns()) {
                    pattern(x);
                }
                if (m.rest() != null) {
                    addDef(m.rest(), Scope.DEF_LOCAL, m);
                }
                break;
            case Pattern.MatchClass c:
                expr(c.cls());
                for (Pattern x : c.patterns()) {
                    pattern(x);
                }
                for (Pattern x : c.kwdPatterns()) {
                    pattern(x);
                }
                break;
            case Pattern.MatchStar s:
                if (s.name() != null) {
                    addDef(s.name(), Scope.DEF_LOCAL, s);
                }
                break;
            case Pattern.MatchAs a:
                if (a.pattern() != null) {
                    pattern(a.pattern());
                }
                if (a.name() != null) {
                    addDef(a.name(), Scope.DEF_LOCAL, a);
                }
                break;
            case Pattern.MatchOr o:
                for (Pattern x : o.patterns()) {
                    pattern(x);
                }
                break;
        }
    }

    // ------------------------------------------------------------------ pass 2: resolve

    /**
     * Resolves the names of scope s given the names bound in enclosing function scopes and the
     * names declared global in enclosing scopes; returns the names s needs from its enclosing scope.
     */
    private Set<String> resolve(Scope s, Set<String> boundAbove, Set<String> globalsAbove) {
        Set<String> local = new HashSet<>();
        Set<String> explicitGlobals = new HashSet<>();
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            String n = e.getKey();
            int f = e.getValue();
            Scope.NameKind k;
            if ((f & Scope.DEF_GLOBAL) != 0) {
                k = Scope.NameKind.GLOBAL_EXPLICIT;
                explicitGlobals.add(n);
            } else if ((f & Scope.DEF_NONLOCAL) != 0) {
                if (!boundAbove.contains(n)) {
                    throw error("no binding for nonlocal '" + n + "' found", s.directives.getOrDefault(n, s.node));
                }
                k = Scope.NameKind.FREE;
            } else if ((f & Scope.DEF_BOUND) != 0) {
                k = Scope.NameKind.LOCAL;
                local.add(n);
            } else if (s.kind != Scope.Kind.MODULE && boundAbove.contains(n)) {
                k = Scope.NameKind.FREE;
            } else {
                k = Scope.NameKind.GLOBAL_IMPLICIT;
            }
            s.kinds.put(n, k);
        }
        Set<String> childBound;
        Set<String> childGlobals = new HashSet<>(globalsAbove);
        childGlobals.addAll(explicitGlobals);
        if (s.kind == Scope.Kind.MODULE) {
            childBound = new HashSet<>();
        } else if (s.kind == Scope.Kind.CLASS) {
            childBound = new HashSet<>(boundAbove);
            childBound.removeAll(explicitGlobals);
            childBound.add("__class__");
        } else {
            childBound = new HashSet<>(boundAbove);
            childBound.addAll(local);
            childBound.removeAll(explicitGlobals);
            childGlobals.removeAll(local);
        }
        Set<String> childFree = new HashSet<>();
        for (Scope c : s.children) {
            childFree.addAll(resolve(c, childBound, childGlobals));
        }
        Set<String> free = new HashSet<>();
        for (String n : childFree) {
            Scope.NameKind k = s.kinds.get(n);
            if (s.kind == Scope.Kind.CLASS && n.equals("__class__")) {
                s.needsClassCell = true;
                continue;
            }
            if (s.isFunctionLike() && (k == Scope.NameKind.LOCAL || k == Scope.NameKind.CELL)) {
                s.kinds.put(n, Scope.NameKind.CELL);
                continue;
            }
            if (s.kind == Scope.Kind.CLASS && (k == Scope.NameKind.LOCAL || k == Scope.NameKind.GLOBAL_EXPLICIT
                            || k == Scope.NameKind.GLOBAL_IMPLICIT && s.flags.containsKey(n)
                                            && (s.flagsOf(n) & Scope.DEF_BOUND) != 0)) {
                s.flags.put(n, s.flagsOf(n) | Scope.DEF_FREE_CLASS);
                free.add(n);
                continue;
            }
            if (k == null || k == Scope.NameKind.GLOBAL_IMPLICIT) {
                s.kinds.put(n, Scope.NameKind.FREE);
            }
            free.add(n);
        }
        for (Map.Entry<String, Scope.NameKind> e : s.kinds.entrySet()) {
            if (e.getValue() == Scope.NameKind.FREE) {
                free.add(e.getKey());
            }
        }
        return free;
    }

    static List<String> names(List<Scope> ss) {
        List<String> out = new ArrayList<>();
        for (Scope s : ss) {
            out.add(s.name);
        }
        return out;
    }

    /**
     * A {@code global} or {@code nonlocal} statement ({@code word}): CPython's conflicts with earlier
     * uses of each name, and with the other kind of declaration ({@code otherFlag}).
     */
    private void declare(java.util.List<String> names, Stmt at, String word, int flag, int otherFlag) {
        for (String n0 : names) {
            String n = m(n0);
            int old = cur.flagsOf(n);
            if ((old & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT | Scope.DEF_IMPORT)) != 0) {
                String msg;
                if ((old & Scope.DEF_PARAM) != 0) {
                    msg = "name '" + n + "' is parameter and " + word;
                } else if ((old & Scope.DEF_ANNOT) != 0) {
                    msg = "annotated name '" + n + "' can't be " + word;
                } else if ((old & (Scope.DEF_LOCAL | Scope.DEF_IMPORT)) != 0) {
                    msg = "name '" + n + "' is assigned to before " + word + " declaration";
                } else {
                    msg = "name '" + n + "' is used prior to " + word + " declaration";
                }
                throw error(msg, at);
            }
            if ((old & otherFlag) != 0) {
                throw error("name '" + n + "' is nonlocal and global", cur.directives.getOrDefault(n, at));
            }
            cur.directives.putIfAbsent(n, at);
            if (flag == Scope.DEF_NONLOCAL && cur.kind == Scope.Kind.MODULE) {
                throw error("nonlocal declaration not allowed at module level", at);
            }
            cur.flags.put(n, old | flag);
        }
    }
}
