package org.cinderj.translator;

import java.util.ArrayList;
import java.util.List;
import org.cinderj.ast.ExceptHandler;
import org.cinderj.ast.Expr;
import org.cinderj.ast.Keyword;
import org.cinderj.ast.Stmt;
import org.cinderj.ast.UnaryOperator;
import org.cinderj.ast.WithItem;

/**
 * {@code async with} and {@code async for} rewritten into plain statements with {@code await}s,
 * using hidden locals (names starting with a dot, which Python code cannot spell).
 */
final class AsyncDesugar {
    private AsyncDesugar() {
    }

    private static Expr.Name load(String n, int line) {
        return new Expr.Name(line, 0, n, Expr.Ctx.LOAD);
    }

    private static Expr.Name store(String n, int line) {
        return new Expr.Name(line, 0, n, Expr.Ctx.STORE);
    }

    private static Expr call(Expr f, int line, Expr... args) {
        return new Expr.Call(line, 0, f, List.of(args), List.<Keyword>of());
    }

    private static Expr attr(Expr v, String a, int line) {
        return new Expr.Attribute(line, 0, v, a, Expr.Ctx.LOAD);
    }

    private static Expr await(Expr e, int line) {
        return new Expr.Await(line, 0, e);
    }

    private static Stmt assign(Expr target, Expr value, int line) {
        return new Stmt.Assign(line, 0, List.of(target), value);
    }

    private static Expr constant(Object v, int line) {
        return new Expr.Constant(line, 0, v);
    }

    /**
     * <pre>
     * .mgrN = EXPR; .exitN = type(.mgrN).__aexit__; .okN = True
     * TARGET = await type(.mgrN).__aenter__(.mgrN)
     * try:
     *     try: BODY
     *     except BaseException as .excN:
     *         .okN = False
     *         if not await .exitN(.mgrN, type(.excN), .excN, .excN.__traceback__): raise
     * finally:
     *     if .okN: await .exitN(.mgrN, None, None, None)
     * </pre>
     */
    static Stmt asyncWith(Stmt.With w, int index, int n) {
        int line = w.line();
        WithItem item = w.items().get(index);
        String mgr = ".mgr" + n;
        String exit = ".exit" + n;
        String ok = ".ok" + n;
        String exc = ".exc" + n;
        List<Stmt> out = new ArrayList<>();
        out.add(assign(store(mgr, line), item.contextExpr(), line));
        Expr type = call(load("type", line), line, load(mgr, line));
        out.add(assign(store(exit, line), attr(type, "__aexit__", line), line));
        out.add(assign(store(ok, line), constant(Boolean.TRUE, line), line));
        Expr enter = await(call(attr(call(load("type", line), line, load(mgr, line)), "__aenter__", line), line, load(mgr, line)), line);
        if (item.optionalVars() != null) {
            out.add(assign(item.optionalVars(), enter, line));
        } else {
            out.add(new Stmt.ExprStmt(line, 0, enter));
        }
        List<Stmt> body = index + 1 < w.items().size() ? List.of(nested(w, index + 1)) : w.body();
        Expr excInfoCall = await(call(load(exit, line), line, load(mgr, line), call(load("type", line), line, load(exc, line)), load(exc, line),
                        attr(load(exc, line), "__traceback__", line)), line);
        List<Stmt> handler = List.of(
                        assign(store(ok, line), constant(Boolean.FALSE, line), line),
                        new Stmt.If(line, 0, new Expr.UnaryOp(line, 0, UnaryOperator.NOT, excInfoCall), List.of(new Stmt.Raise(line, 0, null, null)), List.of()));
        Stmt inner = new Stmt.Try(line, 0, body, List.of(new ExceptHandler(line, 0, load("BaseException", line), exc, handler)), List.of(), List.of());
        Expr normalExit = await(call(load(exit, line), line, load(mgr, line), constant(Expr.Singleton.NONE, line), constant(Expr.Singleton.NONE, line),
                        constant(Expr.Singleton.NONE, line)), line);
        Stmt fin = new Stmt.If(line, 0, load(ok, line), List.of(new Stmt.ExprStmt(line, 0, normalExit)), List.of());
        out.add(new Stmt.Try(line, 0, List.of(inner), List.of(), List.of(), List.of(fin)));
        return new Stmt.If(line, 0, constant(Boolean.TRUE, line), out, List.of());
    }

    private static Stmt nested(Stmt.With w, int index) {
        return new Stmt.With(w.line(), w.col(), w.items().subList(index, w.items().size()), w.body(), true);
    }

    /**
     * <pre>
     * .itN = aiter(ITER); .doneN = False
     * while True:
     *     try: TARGET = await anext(.itN)
     *     except StopAsyncIteration:
     *         .doneN = True
     *         break
     *     BODY
     * if .doneN: ELSE
     * </pre>
     */
    static Stmt asyncFor(Stmt.For f, int n) {
        int line = f.line();
        String it = ".it" + n;
        String done = ".done" + n;
        List<Stmt> out = new ArrayList<>();
        out.add(assign(store(it, line), call(load("aiter", line), line, f.iter()), line));
        out.add(assign(store(done, line), constant(Boolean.FALSE, line), line));
        Stmt fetch = new Stmt.Try(line, 0, List.of(assign(f.target(), await(call(load("anext", line), line, load(it, line)), line), line)),
                        List.of(new ExceptHandler(line, 0, load("StopAsyncIteration", line), null,
                                        List.of(assign(store(done, line), constant(Boolean.TRUE, line), line), new Stmt.Break(line, 0)))),
                        List.of(), List.of());
        List<Stmt> loopBody = new ArrayList<>();
        loopBody.add(fetch);
        loopBody.addAll(f.body());
        out.add(new Stmt.While(line, 0, constant(Boolean.TRUE, line), loopBody, List.of()));
        if (!f.orelse().isEmpty()) {
            out.add(new Stmt.If(line, 0, load(done, line), f.orelse(), List.of()));
        }
        return new Stmt.If(line, 0, constant(Boolean.TRUE, line), out, List.of());
    }

}
