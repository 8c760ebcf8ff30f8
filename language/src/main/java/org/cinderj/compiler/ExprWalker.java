package org.cinderj.compiler;

import java.util.List;
import org.cinderj.ast.Comprehension;
import org.cinderj.ast.Expr;

/**
 * The traversal of expressions shared by the compile-time passes: every kind of expression whose
 * sub-expressions are simply visited is walked here; the kinds that bind or use names, open a
 * scope or are checked are hooks that each pass implements.
 */
abstract class ExprWalker {
    protected final void expr(Expr e) {
        if (e == null) {
            return;
        }
        switch (e) {
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.NamedExpr n -> namedExpr(n);
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> lambda(l);
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                for (Expr k : d.keys()) {
                    expr(k); // null for a **mapping entry
                }
                exprs(d.values());
            }
            case Expr.SetExpr s -> sequence(s, s.elts(), Expr.Ctx.LOAD);
            case Expr.ListComp c -> comprehension(c, c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c, c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, c.generators(), c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension(c, c.generators(), c.elt(), null);
            case Expr.Await a -> await(a);
            case Expr.Yield y -> yieldExpr(y, y.value());
            case Expr.YieldFrom y -> yieldExpr(y, y.value());
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> call(c);
            case Expr.FormattedValue f -> {
                expr(f.value());
                expr(f.formatSpec());
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> {
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> starred(s);
            case Expr.Name n -> name(n);
            case Expr.ListExpr l -> sequence(l, l.elts(), l.ctx());
            case Expr.Tuple t -> sequence(t, t.elts(), t.ctx());
            case Expr.Slice s -> {
                expr(s.lower());
                expr(s.upper());
                expr(s.step());
            }
        }
    }

    protected final void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    protected abstract void namedExpr(Expr.NamedExpr n);

    protected abstract void lambda(Expr.Lambda l);

    /** A list/set/dict comprehension or generator expression ({@code value} only for dicts). */
    protected abstract void comprehension(Expr node, List<Comprehension> gens, Expr elt, Expr value);

    protected abstract void await(Expr.Await a);

    /** {@code yield} or {@code yield from} ({@code value} may be null). */
    protected abstract void yieldExpr(Expr node, Expr value);

    protected abstract void call(Expr.Call c);

    protected abstract void starred(Expr.Starred s);

    protected abstract void name(Expr.Name n);

    /** A list, tuple or set display, or a list/tuple target ({@code ctx} STORE or DEL). */
    protected abstract void sequence(Expr node, List<Expr> elts, Expr.Ctx ctx);
}
