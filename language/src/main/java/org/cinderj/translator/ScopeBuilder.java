package org.cinderj.translator;

import java.util.IdentityHashMap;
import java.util.List;
import org.cinderj.ast.Arg;
import org.cinderj.ast.Arguments;
import org.cinderj.ast.Comprehension;
import org.cinderj.ast.ExceptHandler;
import org.cinderj.ast.Expr;
import org.cinderj.ast.Keyword;
import org.cinderj.ast.MatchCase;
import org.cinderj.ast.Module;
import org.cinderj.ast.Pattern;
import org.cinderj.ast.Stmt;
import org.cinderj.ast.WithItem;

/**
 * Symbol table pass: for each module, class, function, lambda and comprehension, which names are
 * bound where, then how each name must be accessed (fast local, cell, free, global, mapping).
 * Syntax errors of global/nonlocal misuse are reported by the parser's own checks.
 */
final class ScopeBuilder {
    private final IdentityHashMap<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope current;

    static ScopeBuilder build(Module module, Scope.Kind kind) {
        ScopeBuilder b = new ScopeBuilder();
        b.current = new Scope(kind, null, "<module>");
        b.current.qualname = "";
        b.scopes.put(module, b.current);
        b.stmts(module.body());
        b.resolve(b.current);
        return b;
    }

    Scope scopeOf(Object node) {
        return scopes.get(node);
    }

    Scope root() {
        Scope s = current;
        while (s.parent != null) {
            s = s.parent;
        }
        return s;
    }

    // ---- pass 1: collect ----

    private Scope push(Object node, Scope.Kind kind, String name) {
        Scope s = new Scope(kind, current, name);
        String prefix = current.kind == Scope.Kind.MODULE ? "" : current.qualname + (current.kind == Scope.Kind.FUNCTION ? ".<locals>." : ".");
        // a function or class whose name the enclosing scope declares global is named as a
        // module-level one (CPython's compiler_set_qualname)
        boolean declaredGlobal = current.declaredGlobal.contains(current.mangle(name));
        s.qualname = declaredGlobal ? name : prefix + name;
        s.privateName = kind == Scope.Kind.CLASS ? name : current.privateName;
        scopes.put(node, s);
        current = s;
        return s;
    }

    private void pop() {
        current = current.parent;
    }

    private void bind(String name) {
        current.assigned.add(current.mangle(name));
    }

    private void use(String name) {
        current.used.add(current.mangle(name));
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                for (Expr d : f.decoratorList()) {
                    expr(d);
                }
                argDefaults(f.args());
                argAnnotations(f.args());
                if (f.returns() != null) {
                    expr(f.returns());
                }
                bind(f.name());
                Scope fs = push(f, Scope.Kind.FUNCTION, f.name());
                fs.coroutine = f.isAsync();
                params(f.args());
                stmts(f.body());
                pop();
            }
            case Stmt.ClassDef c -> {
                for (Expr d : c.decoratorList()) {
                    expr(d);
                }
                for (Expr b : c.bases()) {
                    expr(b);
                }
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
                bind(c.name());
                push(c, Scope.Kind.CLASS, c.name());
                stmts(c.body());
                pop();
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                }
            }
            case Stmt.Delete d -> d.targets().forEach(this::target);
            case Stmt.Assign a -> {
                expr(a.value());
                a.targets().forEach(this::target);
            }
            case Stmt.AugAssign a -> {
                expr(a.value());
                if (a.target() instanceof Expr.Name n) {
                    use(n.id());
                }
                target(a.target());
            }
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value());
                }
                if (!(a.target() instanceof Expr.Name) || current.kind != Scope.Kind.FUNCTION) {
                    expr(a.annotation());
                }
                if (a.target() instanceof Expr.Name n) {
                    if (a.value() != null || current.kind == Scope.Kind.FUNCTION) {
                        bind(n.id());
                    }
                } else {
                    target(a.target());
                }
            }
            case Stmt.For f -> {
                expr(f.iter());
                target(f.target());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    expr(item.contextExpr());
                    if (item.optionalVars() != null) {
                        target(item.optionalVars());
                    }
                }
                stmts(w.body());
            }
            case Stmt.Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    if (c.guard() != null) {
                        expr(c.guard());
                    }
                    stmts(c.body());
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                }
                if (r.cause() != null) {
                    expr(r.cause());
                }
            }
            case Stmt.Try t -> {
                stmts(t.body());
                for (ExceptHandler h : t.handlers()) {
                    if (h.type() != null) {
                        expr(h.type());
                    }
                    if (h.name() != null) {
                        bind(h.name());
                    }
                    stmts(h.body());
                }
                stmts(t.orelse());
                stmts(t.finalbody());
            }
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Stmt.Import i -> i.names().forEach(al -> bind(al.asname() != null ? al.asname() : topName(al.name())));
            case Stmt.ImportFrom i -> i.names().forEach(al -> {
                if (!al.name().equals("*")) {
                    bind(al.asname() != null ? al.asname() : al.name());
                }
            });
            case Stmt.Global g -> g.names().forEach(n -> {
                current.declaredGlobal.add(current.mangle(n));
                // as CPython's symbol table, a global declaration anywhere makes the name an
                // explicit global of the module scope too (it matters for exec with separate
                // globals and locals: module-level code then stores it in the globals)
                Scope top = current;
                while (top.parent != null) {
                    top = top.parent;
                }
                top.declaredGlobal.add(current.mangle(n));
            });
            case Stmt.Nonlocal n -> n.names().forEach(x -> current.declaredNonlocal.add(current.mangle(x)));
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
            }
            case Stmt.Continue c -> {
            }
        }
    }

    static String topName(String dotted) {
        int i = dotted.indexOf('.');
        return i < 0 ? dotted : dotted.substring(0, i);
    }

    private void argDefaults(Arguments a) {
        a.defaults().forEach(this::expr);
        for (Expr e : a.kwDefaults()) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void argAnnotations(Arguments a) {
        for (Arg arg : allArgs(a)) {
            if (arg.annotation() != null) {
                expr(arg.annotation());
            }
        }
    }

    static List<Arg> allArgs(Arguments a) {
        java.util.ArrayList<Arg> all = new java.util.ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        return all;
    }

    private void params(Arguments a) {
        for (Arg arg : allArgs(a)) {
            current.params.add(current.mangle(arg.arg()));
        }
    }

    private void target(Expr e) {
        switch (e) {
            case Expr.Name n -> bind(n.id());
            case Expr.Tuple t -> t.elts().forEach(this::target);
            case Expr.ListExpr l -> l.elts().forEach(this::target);
            case Expr.Starred s -> target(s.value());
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            default -> expr(e);
        }
    }

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value());
            case Pattern.MatchSingleton s -> {
            }
            case Pattern.MatchSequence s -> s.patterns().forEach(this::pattern);
            case Pattern.MatchMapping m -> {
                m.keys().forEach(this::expr);
                m.patterns().forEach(this::pattern);
                if (m.rest() != null) {
                    bind(m.rest());
                }
            }
            case Pattern.MatchClass c -> {
                expr(c.cls());
                c.patterns().forEach(this::pattern);
                c.kwdPatterns().forEach(this::pattern);
            }
            case Pattern.MatchStar s -> {
                if (s.name() != null) {
                    bind(s.name());
                }
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    pattern(a.pattern());
                }
                if (a.name() != null) {
                    bind(a.name());
                }
            }
            case Pattern.MatchOr o -> o.patterns().forEach(this::pattern);
        }
    }

    private void comprehension(Object node, List<Comprehension> gens, Runnable elements, String name, boolean generator) {
        expr(gens.get(0).iter());
        Scope s = push(node, Scope.Kind.FUNCTION, name);
        s.isComprehension = true;
        s.generator = generator;
        s.params.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            if (i > 0) {
                expr(c.iter());
            }
            target(c.target());
            c.ifs().forEach(this::expr);
            if (c.isAsync()) {
                s.coroutine = true;
            }
        }
        elements.run();
        pop();
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> b.values().forEach(this::expr);
            case Expr.NamedExpr n -> {
                expr(n.value());
                String id = current.mangle(((Expr.Name) n.target()).id());
                Scope s = current;
                // A walrus in a comprehension binds in the nearest enclosing non-comprehension scope.
                while (s.isComprehension) {
                    s.declaredNonlocal.add(id);
                    s = s.parent;
                }
                if (s != current) {
                    if (s.kind == Scope.Kind.MODULE) {
                        Scope c = current;
                        while (c.isComprehension) {
                            c.declaredNonlocal.remove(id);
                            c.declaredGlobal.add(id);
                            c = c.parent;
                        }
                    }
                    s.assigned.add(id);
                } else {
                    bind(id);
                }
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                argDefaults(l.args());
                Scope s = push(l, Scope.Kind.FUNCTION, "<lambda>");
                s.isLambda = true;
                params(l.args());
                expr(l.body());
                pop();
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                for (Expr k : d.keys()) {
                    if (k != null) {
                        expr(k);
                    }
                }
                d.values().forEach(this::expr);
            }
            case Expr.SetExpr s -> s.elts().forEach(this::expr);
            case Expr.ListComp c -> comprehension(c, c.generators(), () -> expr(c.elt()), "<listcomp>", false);
            case Expr.SetComp c -> comprehension(c, c.generators(), () -> expr(c.elt()), "<setcomp>", false);
            case Expr.DictComp c -> comprehension(c, c.generators(), () -> {
                expr(c.key());
                expr(c.value());
            }, "<dictcomp>", false);
            case Expr.GeneratorExp c -> comprehension(c, c.generators(), () -> expr(c.elt()), "<genexpr>", true);
            case Expr.Await a -> {
                expr(a.value());
                current.coroutine = true;
            }
            case Expr.Yield y -> {
                if (y.value() != null) {
                    expr(y.value());
                }
                current.generator = true;
            }
            case Expr.YieldFrom y -> {
                expr(y.value());
                current.generator = true;
            }
            case Expr.Compare c -> {
                expr(c.left());
                c.comparators().forEach(this::expr);
            }
            case Expr.Call c -> {
                expr(c.func());
                c.args().forEach(this::expr);
                c.keywords().forEach(k -> expr(k.value()));
                if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty()) {
                    current.usesClassCell = true;
                }
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                }
            }
            case Expr.JoinedStr j -> j.values().forEach(this::expr);
            case Expr.Constant c -> {
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.Name n -> {
                if (n.ctx() == Expr.Ctx.LOAD) {
                    use(n.id());
                    if (n.id().equals("__class__")) {
                        current.usesClassCell = true;
                    }
                } else {
                    bind(n.id());
                }
            }
            case Expr.ListExpr l -> l.elts().forEach(this::expr);
            case Expr.Tuple t -> t.elts().forEach(this::expr);
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower());
                }
                if (s.upper() != null) {
                    expr(s.upper());
                }
                if (s.step() != null) {
                    expr(s.step());
                }
            }
        }
    }

    // ---- pass 2: resolve ----

    private void resolve(Scope s) {
        if (s.kind == Scope.Kind.FUNCTION && s.usesClassCell) {
            // super()/__class__ inside a method: __class__ is free here, a cell in the class body.
            Scope c = s.parent;
            while (c != null && c.kind == Scope.Kind.FUNCTION) {
                c = c.parent;
            }
            if (c != null && c.kind == Scope.Kind.CLASS) {
                c.needsClassCell = true;
                s.used.add("__class__");
            }
        }
        for (Scope child : s.children) {
            resolve(child);
        }
        for (String n : s.declaredGlobal) {
            s.vars.put(n, Scope.Var.GLOBAL_EXPLICIT);
        }
        switch (s.kind) {
            case MODULE -> {
                for (String n : s.assigned) {
                    s.vars.putIfAbsent(n, Scope.Var.NAME);
                }
            }
            case CLASS -> {
                for (String n : s.assigned) {
                    s.vars.putIfAbsent(n, Scope.Var.NAME);
                }
                for (String n : s.declaredNonlocal) {
                    s.vars.put(n, Scope.Var.FREE);
                    requestFree(s.parent, n);
                    addFree(s, n);
                }
                for (String n : s.used) {
                    if (!s.vars.containsKey(n) && enclosingFunctionBinds(s.parent, n)) {
                        s.vars.put(n, Scope.Var.CLASS_DEREF);
                        requestFree(s.parent, n);
                        addFree(s, n);
                    }
                }
                if (s.needsClassCell) {
                    s.cells.add("__class__");
                }
            }
            case FUNCTION -> {
                for (String n : s.declaredNonlocal) {
                    s.vars.put(n, Scope.Var.FREE);
                    requestFree(s.parent, n);
                    addFree(s, n);
                }
                for (String n : s.params) {
                    s.vars.putIfAbsent(n, Scope.Var.LOCAL);
                }
                for (String n : s.assigned) {
                    s.vars.putIfAbsent(n, Scope.Var.LOCAL);
                }
                for (String n : s.used) {
                    if (s.vars.containsKey(n)) {
                        continue;
                    }
                    if (n.equals("__class__") && s.usesClassCell && classCellAvailable(s)) {
                        s.vars.put(n, Scope.Var.FREE);
                        requestFreeClassCell(s.parent);
                        addFree(s, n);
                    } else if (enclosingFunctionBinds(s.parent, n)) {
                        s.vars.put(n, Scope.Var.FREE);
                        requestFree(s.parent, n);
                        addFree(s, n);
                    } else {
                        s.vars.put(n, Scope.Var.GLOBAL_IMPLICIT);
                    }
                }
            }
        }
    }

    private static boolean classCellAvailable(Scope s) {
        Scope c = s.parent;
        while (c != null && c.kind == Scope.Kind.FUNCTION) {
            c = c.parent;
        }
        return c != null && c.kind == Scope.Kind.CLASS;
    }

    /** Marks __class__ as free in the functions between a method and its class. */
    private static void requestFreeClassCell(Scope s) {
        while (s != null && s.kind == Scope.Kind.FUNCTION) {
            s.vars.putIfAbsent("__class__", Scope.Var.FREE);
            addFree(s, "__class__");
            s = s.parent;
        }
    }

    private static void addFree(Scope s, String n) {
        if (!s.frees.contains(n)) {
            s.frees.add(n);
        }
    }

    /** Whether a function scope at or above {@code s} (class scopes skipped) binds {@code n}. */
    private static boolean enclosingFunctionBinds(Scope s, String n) {
        while (s != null) {
            if (s.kind == Scope.Kind.FUNCTION) {
                if (s.declaredGlobal.contains(n)) {
                    return false;
                }
                if (s.binds(n) || s.declaredNonlocal.contains(n)) {
                    return true;
                }
            } else if (s.kind == Scope.Kind.MODULE) {
                return false;
            }
            s = s.parent;
        }
        return false;
    }

    /** The binding function scope makes {@code n} a cell; scopes in between pass it down as free. */
    private static void requestFree(Scope s, String n) {
        while (s != null) {
            if (s.kind == Scope.Kind.FUNCTION) {
                if (s.declaredNonlocal.contains(n) || (!s.binds(n) && s.kind == Scope.Kind.FUNCTION && !s.declaredGlobal.contains(n))) {
                    s.vars.put(n, Scope.Var.FREE);
                    addFree(s, n);
                    if (s.declaredNonlocal.contains(n)) {
                        requestFree(s.parent, n);
                        return;
                    }
                } else if (s.binds(n)) {
                    s.vars.put(n, Scope.Var.CELL);
                    if (!s.cells.contains(n)) {
                        s.cells.add(n);
                    }
                    return;
                }
            } else if (s.kind == Scope.Kind.MODULE) {
                return;
            } else {
                // a class body between the user and the binder passes the cell on to its methods
                addFree(s, n);
            }
            s = s.parent;
        }
    }
}
