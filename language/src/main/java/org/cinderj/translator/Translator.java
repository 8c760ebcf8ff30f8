package org.cinderj.translator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.cinderj.PythonLanguage;
import org.cinderj.ast.Alias;
import org.cinderj.ast.Arg;
import org.cinderj.ast.Arguments;
import org.cinderj.ast.CmpOperator;
import org.cinderj.ast.Comprehension;
import org.cinderj.ast.ExceptHandler;
import org.cinderj.ast.Expr;
import org.cinderj.ast.Keyword;
import org.cinderj.ast.Module;
import org.cinderj.ast.Operator;
import org.cinderj.ast.Stmt;
import org.cinderj.ast.WithItem;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.access.AttributeNodes;
import org.cinderj.nodes.access.AttributeNodesFactory;
import org.cinderj.nodes.access.CellNodes;
import org.cinderj.nodes.access.DeleteLocalNode;
import org.cinderj.nodes.access.GlobalNodes;
import org.cinderj.nodes.access.NameNodes;
import org.cinderj.nodes.access.ReadLocalNodeGen;
import org.cinderj.nodes.access.SubscriptNodes;
import org.cinderj.nodes.access.TargetNode;
import org.cinderj.nodes.access.UnpackTargetNode;
import org.cinderj.nodes.access.WriteLocalNodeGen;
import org.cinderj.nodes.call.CallNode;
import org.cinderj.nodes.call.MethodCallNode;
import org.cinderj.nodes.control.BlockNode;
import org.cinderj.nodes.control.ForNode;
import org.cinderj.nodes.control.IfExpNode;
import org.cinderj.nodes.control.IfNode;
import org.cinderj.nodes.control.SimpleStatements;
import org.cinderj.nodes.control.WhileNode;
import org.cinderj.nodes.exception.AssertNode;
import org.cinderj.nodes.exception.RaiseNode;
import org.cinderj.nodes.exception.TryExceptNode;
import org.cinderj.nodes.exception.TryFinallyNode;
import org.cinderj.nodes.exception.WithNode;
import org.cinderj.nodes.expression.*;
import org.cinderj.nodes.function.FrameSetupNodes;
import org.cinderj.nodes.function.MakeFunctionNode;
import org.cinderj.nodes.function.PythonRootNode;
import org.cinderj.nodes.generator.*;
import org.cinderj.nodes.literal.CollectionNodes;
import org.cinderj.nodes.literal.ComprehensionNodes;
import org.cinderj.nodes.literal.ConstantNode;
import org.cinderj.nodes.statement.ClassDefNode;
import org.cinderj.nodes.statement.DisplayNodes;
import org.cinderj.nodes.statement.ImportNodes;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.function.Signature;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.object.PEllipsis;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * AST to Truffle nodes. One {@link CodeUnit} per code object (module, class body, function,
 * lambda, comprehension); names become frame-slot, cell, global or mapping accesses according to
 * the scope analysis; generator bodies get resumable statement nodes where a yield can occur.
 */
public final class Translator {
    private final PythonLanguage language;
    private final Source source;
    private final String filename;
    private final ScopeBuilder scopes;
    private CodeUnit unit;
    /** {@code from __future__ import annotations}: annotations are strings, never evaluated. */
    private boolean stringAnnotations;

    private Translator(PythonLanguage language, Source source, String filename, ScopeBuilder scopes) {
        this.language = language;
        this.source = source;
        this.filename = filename;
        this.scopes = scopes;
    }

    /** Translates a module (or exec/eval/single source) into its code object. */
    public static PCode translateModule(PythonLanguage language, Source source, String filename, Module module) {
        ScopeBuilder scopes = ScopeBuilder.build(module, Scope.Kind.MODULE);
        Translator t = new Translator(language, source, filename, scopes);
        t.stringAnnotations = hasFutureAnnotations(module);
        return t.module(module);
    }

    private static boolean hasFutureAnnotations(Module m) {
        for (Stmt st : m.body()) {
            if (st instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                for (Alias a : f.names()) {
                    if (a.name().equals("annotations")) {
                        return true;
                    }
                }
            } else if (!(st instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant)) {
                return false;
            }
        }
        return false;
    }

    /** An annotation's value: evaluated, or its source text under PEP 563. */
    private ExprNode annotation(Expr e) {
        return stringAnnotations ? ConstantNode.create(Unparser.unparse(e)) : expr(e);
    }

    // ------------------------------------------------------------------ code units

    private PCode module(Module m) {
        CodeUnit u = new CodeUnit(scopes.scopeOf(m));
        CodeUnit saved = unit;
        unit = u;
        StmtNode body;
        List<Stmt> stmts = m.body();
        if (m.mode() == Module.Mode.EVAL) {
            Expr e = ((Stmt.ExprStmt) stmts.get(0)).value();
            body = new SimpleStatements.ReturnNode(expr(e));
        } else {
            List<StmtNode> nodes = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            if (needsAnnotations(stmts)) {
                nodes.add(new NameNodes.SetupAnnotationsNode());
                lines.add(1);
            }
            String doc = docstring(stmts);
            if (doc != null) {
                nodes.add(new SimpleStatements.AssignNode(ConstantNode.create(doc), new TargetNode[]{new NameNodes.WriteNameNode("__doc__")}));
                lines.add(stmts.get(0).line());
            }
            for (Stmt s : stmts) {
                if (m.mode() == Module.Mode.SINGLE && s instanceof Stmt.ExprStmt es) {
                    nodes.add(new DisplayNodes.PrintExprNode(expr(es.value())));
                } else {
                    nodes.add(stmt(s));
                }
                lines.add(s.line());
            }
            body = block(nodes, lines);
        }
        PythonRootNode root = new PythonRootNode(language, u.frame.build(), null, body, "<module>", section(1));
        RootCallTarget target = root.getCallTarget();
        PCode code = new PCode(target, new Signature("<module>", new String[]{"$locals"}, 1, 1, 0, false, false), "<module>", "<module>", filename, 1, 0,
                        new String[0], new String[0], new String[0]);
        code.setSource(source);
        root.setCode(code);
        u.code = code;
        unit = saved;
        return code;
    }

    /** Whether a module or class body has an annotated assignment, in nested blocks too (CPython's find_ann). */
    private static boolean needsAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> needsAnnotations(f.body()) || needsAnnotations(f.orelse());
                case Stmt.While w -> needsAnnotations(w.body()) || needsAnnotations(w.orelse());
                case Stmt.If i -> needsAnnotations(i.body()) || needsAnnotations(i.orelse());
                case Stmt.With w -> needsAnnotations(w.body());
                case Stmt.Try t -> needsAnnotations(t.body()) || needsAnnotations(t.orelse()) || needsAnnotations(t.finalbody())
                                || t.handlers().stream().anyMatch(h -> needsAnnotations(h.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private SourceSection section(int line) {
        if (source == null || line < 1 || line > Math.max(1, source.getLineCount())) {
            return source == null ? null : source.createUnavailableSection();
        }
        try {
            return source.createSection(line);
        } catch (IllegalArgumentException e) {
            return source.createUnavailableSection();
        }
    }

    private static StmtNode block(List<StmtNode> nodes, List<Integer> lines) {
        int[] l = new int[lines.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = lines.get(i);
        }
        return new BlockNode(nodes.toArray(new StmtNode[0]), l);
    }

    private Signature signature(String qualname, Arguments a) {
        List<String> names = new ArrayList<>();
        for (Arg x : a.posonlyargs()) {
            names.add(mangle(x.arg()));
        }
        for (Arg x : a.args()) {
            names.add(mangle(x.arg()));
        }
        if (a.vararg() != null) {
            names.add(mangle(a.vararg().arg()));
        }
        for (Arg x : a.kwonlyargs()) {
            names.add(mangle(x.arg()));
        }
        if (a.kwarg() != null) {
            names.add(mangle(a.kwarg().arg()));
        }
        return new Signature(qualname, names.toArray(new String[0]), a.posonlyargs().size(), a.posonlyargs().size() + a.args().size(),
                        a.kwonlyargs().size(), a.vararg() != null, a.kwarg() != null);
    }

    /** Prologue of a function unit: parameters into slots or cells, other cells, closure cells. */
    private StmtNode prologue(CodeUnit u, Signature sig) {
        List<StmtNode> nodes = new ArrayList<>();
        String[] names = sig.getParameterNames();
        for (int i = 0; i < names.length; i++) {
            String p = names[i];
            Scope.Var v = u.scope.varOf(p);
            if (v == Scope.Var.CELL) {
                nodes.add(new FrameSetupNodes.InitCellNode(u.slotOf(p), i));
            } else {
                nodes.add(new SimpleStatements.AssignNode(new FrameSetupNodes.ReadArgNode(i), new TargetNode[]{WriteLocalNodeGen.create(u.slotOf(p))}));
            }
        }
        for (String c : u.scope.cells) {
            if (!u.scope.params.contains(c)) {
                nodes.add(new FrameSetupNodes.InitCellNode(u.slotOf(c), -1));
            }
        }
        if (!u.scope.frees.isEmpty()) {
            int[] slots = new int[u.scope.frees.size()];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = u.slotOf(u.scope.frees.get(i));
            }
            nodes.add(new FrameSetupNodes.LoadClosureNode(slots));
        }
        return new SimpleStatements.SeqNode(nodes.toArray(new StmtNode[0]));
    }

    private int codeFlags(Scope s, Signature sig) {
        int flags = PCode.CO_OPTIMIZED | PCode.CO_NEWLOCALS;
        if (s.generator && s.coroutine) {
            flags |= PCode.CO_ASYNC_GENERATOR;
        } else if (s.generator) {
            flags |= PCode.CO_GENERATOR;
        } else if (s.coroutine) {
            flags |= PCode.CO_COROUTINE;
        }
        if (sig.hasVarArgs()) {
            flags |= PCode.CO_VARARGS;
        }
        if (sig.hasVarKeywords()) {
            flags |= PCode.CO_VARKEYWORDS;
        }
        if (s.frees.isEmpty() && s.cells.isEmpty()) {
            flags |= PCode.CO_NOFREE;
        }
        return flags;
    }

    /** Translates a function-like unit whose body is built by {@code bodyBuilder}. */
    private PCode functionUnit(Scope s, String name, Signature sig, int line, java.util.function.Supplier<StmtNode> bodyBuilder) {
        CodeUnit u = new CodeUnit(s);
        CodeUnit saved = unit;
        unit = u;
        String[] params = sig.getParameterNames();
        if (sig.getPositionalCount() > 0) {
            u.firstParam = params[0];
        }
        for (String p : params) {
            u.slotOf(p);
        }
        StmtNode prologue = prologue(u, sig);
        StmtNode body = bodyBuilder.get();
        String qualname = s.qualname;
        List<String> varnames = new ArrayList<>(List.of(params));
        for (var e : s.vars.entrySet()) {
            if (e.getValue() == Scope.Var.LOCAL && !varnames.contains(e.getKey())) {
                varnames.add(e.getKey());
            }
        }
        int flags = codeFlags(s, sig);
        PCode code;
        if (u.isGenerator) {
            var cls = s.generator && s.coroutine ? BuiltinTypes.ASYNC_GENERATOR : s.generator ? BuiltinTypes.GENERATOR : BuiltinTypes.COROUTINE;
            MakeGeneratorNode make = new MakeGeneratorNode(cls, u.generatorSlot);
            GeneratorRootNode resume = new GeneratorRootNode(language, body, qualname, section(line));
            PythonRootNode root = new PythonRootNode(language, u.frame.build(), prologue, make, qualname, section(line));
            code = new PCode(root.getCallTarget(), sig, name, qualname, filename, line, flags, varnames.toArray(new String[0]),
                            s.cells.toArray(new String[0]), s.frees.toArray(new String[0]));
            make.setTargets(resume.getCallTarget(), code);
            resume.setCode(code);
            root.setCode(code);
        } else {
            PythonRootNode root = new PythonRootNode(language, u.frame.build(), prologue, body, qualname, section(line));
            code = new PCode(root.getCallTarget(), sig, name, qualname, filename, line, flags, varnames.toArray(new String[0]),
                            s.cells.toArray(new String[0]), s.frees.toArray(new String[0]));
            root.setCode(code);
        }
        code.setSource(source);
        u.code = code;
        unit = saved;
        return code;
    }

    /** Reads of the cells a new function's closure needs, from the current unit's slots. */
    private ExprNode[] closureOf(Scope child) {
        ExprNode[] cells = new ExprNode[child.frees.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new CellNodes.LoadCellObjectNode(unit.slotOf(child.frees.get(i)));
        }
        return cells;
    }

    private ExprNode makeFunction(Scope s, PCode code, Arguments args, Object doc) {
        ExprNode[] defaults = exprs(args.defaults());
        ExprNode[] kwDefaults = new ExprNode[args.kwDefaults().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr e = args.kwDefaults().get(i);
            kwDefaults[i] = e == null ? null : expr(e);
        }
        return new MakeFunctionNode(code, defaults, kwDefaults, closureOf(s), new String[0], new ExprNode[0], doc);
    }

    private ExprNode makeFunctionWithAnnotations(Scope s, PCode code, Stmt.FunctionDef f, Object doc) {
        Arguments args = f.args();
        ExprNode[] defaults = exprs(args.defaults());
        ExprNode[] kwDefaults = new ExprNode[args.kwDefaults().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr e = args.kwDefaults().get(i);
            kwDefaults[i] = e == null ? null : expr(e);
        }
        List<String> an = new ArrayList<>();
        List<ExprNode> av = new ArrayList<>();
        for (Arg a : ScopeBuilder.allArgs(args)) {
            if (a.annotation() != null) {
                an.add(mangle(a.arg()));
                av.add(annotation(a.annotation()));
            }
        }
        if (f.returns() != null) {
            an.add("return");
            av.add(annotation(f.returns()));
        }
        return new MakeFunctionNode(code, defaults, kwDefaults, closureOf(s), an.toArray(new String[0]), av.toArray(new ExprNode[0]), doc);
    }

    // ------------------------------------------------------------------ statements

    private StmtNode body(List<Stmt> stmts) {
        if (stmts.isEmpty()) {
            return new SimpleStatements.PassNode();
        }
        List<StmtNode> nodes = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int before = unit.yieldCount;
        for (Stmt s : stmts) {
            nodes.add(stmt(s));
            lines.add(s.line());
        }
        if (unit.isGenerator && unit.yieldCount != before) {
            int[] l = lines.stream().mapToInt(Integer::intValue).toArray();
            return new GenBlockNode(nodes.toArray(new StmtNode[0]), l, unit.newTemp());
        }
        return block(nodes, lines);
    }

    /** Prebuilt nodes standing for placeholder statements of a desugaring (async comprehensions). */
    private final java.util.IdentityHashMap<Stmt, StmtNode> spliced = new java.util.IdentityHashMap<>();

    private StmtNode stmt(Stmt s) {
        StmtNode prebuilt = spliced.remove(s);
        if (prebuilt != null) {
            return prebuilt;
        }
        return switch (s) {
            case Stmt.ExprStmt e -> new SimpleStatements.ExprStmtNode(expr(e.value()));
            case Stmt.Assign a -> {
                ExprNode value = expr(a.value());
                TargetNode[] targets = new TargetNode[a.targets().size()];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = target(a.targets().get(i));
                }
                yield new SimpleStatements.AssignNode(value, targets);
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.Pass p -> new SimpleStatements.PassNode();
            case Stmt.Break b -> new SimpleStatements.BreakNode();
            case Stmt.Continue c -> new SimpleStatements.ContinueNode();
            case Stmt.Return r -> new SimpleStatements.ReturnNode(r.value() == null ? null : expr(r.value()));
            case Stmt.If i -> ifStmt(i);
            case Stmt.While w -> whileStmt(w);
            case Stmt.For f -> forStmt(f);
            case Stmt.FunctionDef f -> functionDef(f);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Raise r -> new RaiseNode(r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause()));
            case Stmt.Try t -> tryStmt(t);
            case Stmt.With w -> withStmt(w, 0);
            case Stmt.Assert a -> {
                if (a.test() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                    warn(a, "assertion is always true, perhaps remove parentheses?");
                }
                yield new AssertNode(expr(a.test()), a.msg() == null ? null : expr(a.msg()));
            }
            case Stmt.Delete d -> {
                StmtNode[] dels = new StmtNode[d.targets().size()];
                for (int i = 0; i < dels.length; i++) {
                    dels[i] = delete(d.targets().get(i));
                }
                yield new SimpleStatements.SeqNode(dels);
            }
            case Stmt.Global g -> new SimpleStatements.PassNode();
            case Stmt.Nonlocal n -> new SimpleStatements.PassNode();
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Match m -> MatchTranslator.translate(this, m);
        };
    }

    private StmtNode ifStmt(Stmt.If i) {
        int before = unit.yieldCount;
        ExprNode test = expr(i.test());
        StmtNode then = body(i.body());
        StmtNode orelse = i.orelse().isEmpty() ? null : body(i.orelse());
        if (unit.isGenerator && unit.yieldCount != before) {
            return new GenIfNode(test, then, orelse, unit.newTemp());
        }
        return new IfNode(test, then, orelse);
    }

    private StmtNode whileStmt(Stmt.While w) {
        int before = unit.yieldCount;
        ExprNode test = expr(w.test());
        StmtNode b = body(w.body());
        StmtNode orelse = w.orelse().isEmpty() ? null : body(w.orelse());
        if (unit.isGenerator && unit.yieldCount != before) {
            return new GenWhileNode(test, b, orelse, unit.newTemp());
        }
        return new WhileNode(test, b, orelse);
    }

    private StmtNode forStmt(Stmt.For f) {
        if (f.isAsync()) {
            return asyncFor(f);
        }
        int before = unit.yieldCount;
        ExprNode iter = expr(f.iter());
        TargetNode target = target(f.target());
        StmtNode b = body(f.body());
        StmtNode orelse = f.orelse().isEmpty() ? null : body(f.orelse());
        if (unit.isGenerator && unit.yieldCount != before) {
            return new GenForNode(iter, target, b, orelse, unit.newTemp(), unit.newTemp());
        }
        return new ForNode(iter, target, b, orelse, unit.newTemp(), unit.newTemp());
    }

    private StmtNode asyncFor(Stmt.For f) {
        return stmt(AsyncDesugar.asyncFor(f, hiddenCounter++));
    }

    private int hiddenCounter;

    private StmtNode functionDef(Stmt.FunctionDef f) {
        Scope s = scopes.scopeOf(f);
        ExprNode[] decorators = exprs(f.decoratorList());
        Signature sig = signature(s.qualname, f.args());
        String doc = docstring(f.body());
        PCode code = functionUnit(s, f.name(), sig, f.line(), () -> body(f.body()));
        ExprNode fn = makeFunctionWithAnnotations(s, code, f, doc);
        for (int i = decorators.length - 1; i >= 0; i--) {
            fn = new CallNode(decorators[i], new ExprNode[]{fn}, new String[0], new ExprNode[0]);
        }
        return new SimpleStatements.AssignNode(fn, new TargetNode[]{nameTarget(f.name())});
    }

    private StmtNode classDef(Stmt.ClassDef c) {
        Scope s = scopes.scopeOf(c);
        ExprNode[] decorators = exprs(c.decoratorList());
        CodeUnit u = new CodeUnit(s);
        CodeUnit saved = unit;
        unit = u;
        List<StmtNode> nodes = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        // Prologue: cells and closure.
        for (String cell : s.cells) {
            nodes.add(new FrameSetupNodes.InitCellNode(u.slotOf(cell), -1));
            lines.add(c.line());
        }
        if (!s.frees.isEmpty()) {
            int[] slots = new int[s.frees.size()];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = u.slotOf(s.frees.get(i));
            }
            nodes.add(new FrameSetupNodes.LoadClosureNode(slots));
            lines.add(c.line());
        }
        nodes.add(new SimpleStatements.AssignNode(new GlobalNodes.ReadGlobalNode("__name__"), new TargetNode[]{new NameNodes.WriteNameNode("__module__")}));
        lines.add(c.line());
        nodes.add(new SimpleStatements.AssignNode(ConstantNode.create(s.qualname), new TargetNode[]{new NameNodes.WriteNameNode("__qualname__")}));
        lines.add(c.line());
        if (needsAnnotations(c.body())) {
            nodes.add(new NameNodes.SetupAnnotationsNode());
            lines.add(c.line());
        }
        String doc = docstring(c.body());
        if (doc != null) {
            nodes.add(new SimpleStatements.AssignNode(ConstantNode.create(doc), new TargetNode[]{new NameNodes.WriteNameNode("__doc__")}));
            lines.add(c.line());
        }
        for (Stmt st : c.body()) {
            nodes.add(stmt(st));
            lines.add(st.line());
        }
        if (s.needsClassCell) {
            int slot = u.slotOf("__class__");
            nodes.add(new SimpleStatements.AssignNode(new CellNodes.LoadCellObjectNode(slot), new TargetNode[]{new NameNodes.WriteNameNode("__classcell__")}));
            lines.add(c.line());
            nodes.add(new SimpleStatements.ReturnNode(new CellNodes.LoadCellObjectNode(slot)));
            lines.add(c.line());
        }
        StmtNode body = block(nodes, lines);
        PythonRootNode root = new PythonRootNode(language, u.frame.build(), null, body, s.qualname, section(c.line()));
        PCode code = new PCode(root.getCallTarget(), new Signature(c.name(), new String[]{"$ns"}, 1, 1, 0, false, false), c.name(), s.qualname,
                        filename, c.line(), 0, new String[0], s.cells.toArray(new String[0]), s.frees.toArray(new String[0]));
        code.setSource(source);
        root.setCode(code);
        u.code = code;
        unit = saved;
        ExprNode bodyFn = new MakeFunctionNode(code, new ExprNode[0], new ExprNode[0], closureOf(s), new String[0], new ExprNode[0], null);
        List<ExprNode> bases = new ArrayList<>();
        for (Expr b : c.bases()) {
            bases.add(b instanceof Expr.Starred st ? new CollectionNodes.StarredNode(expr(st.value())) : expr(b));
        }
        String[] kwNames = new String[c.keywords().size()];
        ExprNode[] kwValues = new ExprNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            Keyword k = c.keywords().get(i);
            kwNames[i] = k.arg();
            kwValues[i] = expr(k.value());
        }
        ExprNode cls = new ClassDefNode(bodyFn, c.name(), bases.toArray(new ExprNode[0]), kwNames, kwValues);
        for (int i = decorators.length - 1; i >= 0; i--) {
            cls = new CallNode(decorators[i], new ExprNode[]{cls}, new String[0], new ExprNode[0]);
        }
        return new SimpleStatements.AssignNode(cls, new TargetNode[]{nameTarget(c.name())});
    }

    private StmtNode tryStmt(Stmt.Try t) {
        int before = unit.yieldCount;
        StmtNode b = body(t.body());
        StmtNode result = b;
        if (!t.handlers().isEmpty()) {
            int n = t.handlers().size();
            ExprNode[] types = new ExprNode[n];
            TargetNode[] names = new TargetNode[n];
            StmtNode[] unbinders = new StmtNode[n];
            StmtNode[] handlers = new StmtNode[n];
            for (int i = 0; i < n; i++) {
                ExceptHandler h = t.handlers().get(i);
                types[i] = h.type() == null ? null : expr(h.type());
                if (h.name() != null) {
                    names[i] = nameTarget(h.name());
                    unbinders[i] = new UnbindNode(nameDelete(h.name()));
                }
                handlers[i] = body(h.body());
            }
            StmtNode orelse = t.orelse().isEmpty() ? null : body(t.orelse());
            if (unit.isGenerator && unit.yieldCount != before) {
                result = new GenTryExceptNode(b, types, names, unbinders, handlers, orelse, unit, unit.newTemp(), unit.newTemp());
            } else {
                result = new TryExceptNode(b, types, names, unbinders, handlers, orelse, unit);
            }
        } else if (!t.orelse().isEmpty()) {
            StmtNode orelse = body(t.orelse());
            result = unit.isGenerator && unit.yieldCount != before
                            ? new GenBlockNode(new StmtNode[]{b, orelse}, new int[]{t.line(), t.line()}, unit.newTemp())
                            : new SimpleStatements.SeqNode(b, orelse);
        }
        if (!t.finalbody().isEmpty()) {
            int beforeFinal = unit.yieldCount;
            StmtNode fin = body(t.finalbody());
            if (unit.isGenerator && unit.yieldCount != before) {
                result = new GenTryFinallyNode(result, fin, unit.newTemp(), unit.newTemp());
            } else {
                result = new TryFinallyNode(result, fin);
            }
            assert beforeFinal >= 0;
        }
        return result;
    }

    /** {@code del name} after an except clause, tolerating a name the handler already deleted. */
    static final class UnbindNode extends StmtNode {
        @Child private StmtNode delete;

        UnbindNode(StmtNode delete) {
            this.delete = delete;
        }

        @Override
        public void executeVoid(com.oracle.truffle.api.frame.VirtualFrame frame) {
            try {
                delete.executeVoid(frame);
            } catch (org.cinderj.runtime.exception.PException e) {
                // already unbound
            }
        }
    }

    private StmtNode withStmt(Stmt.With w, int index) {
        if (w.isAsync()) {
            return stmt(AsyncDesugar.asyncWith(w, index, hiddenCounter++));
        }
        int before = unit.yieldCount;
        WithItem item = w.items().get(index);
        ExprNode mgr = expr(item.contextExpr());
        TargetNode target = item.optionalVars() == null ? null : target(item.optionalVars());
        StmtNode inner = index + 1 < w.items().size() ? withStmt(w, index + 1) : body(w.body());
        if (unit.isGenerator && unit.yieldCount != before) {
            return new GenWithNode(mgr, target, inner, unit.newTemp(), unit.newTemp(), unit.newTemp(), unit);
        }
        return new WithNode(mgr, target, inner, unit);
    }

    private StmtNode augAssign(Stmt.AugAssign a) {
        Operator op = a.op();
        switch (a.target()) {
            case Expr.Name n -> {
                return new AugAssignNode(nameRead(n.id()), expr(a.value()), binary(op, null, null), nameTarget(n.id()), op);
            }
            case Expr.Attribute at -> {
                int objSlot = unit.newTemp();
                ExprNode obj = new TempNodes.WriteTempNode(expr(at.value()), objSlot);
                ExprNode read = AttributeNodesFactory.GetAttributeNodeGen.create(obj, mangle(at.attr()));
                ExprNode result = new AugAssignNode.InplaceOpNode(read, expr(a.value()), binary(op, null, null), op);
                TargetNode store = new AttributeNodes.AttributeTargetNode(new TempNodes.ReadTempNode(objSlot), mangle(at.attr()));
                return new SimpleStatements.AssignNode(result, new TargetNode[]{store});
            }
            case Expr.Subscript sub -> {
                int objSlot = unit.newTemp();
                int keySlot = unit.newTemp();
                ExprNode obj = new TempNodes.WriteTempNode(expr(sub.value()), objSlot);
                ExprNode key = new TempNodes.WriteTempNode(expr(sub.slice()), keySlot);
                ExprNode read = SubscriptNodes.getItem(obj, key);
                ExprNode result = new AugAssignNode.InplaceOpNode(read, expr(a.value()), binary(op, null, null), op);
                TargetNode store = new SubscriptNodes.SubscriptTargetNode(new TempNodes.ReadTempNode(objSlot), new TempNodes.ReadTempNode(keySlot));
                return new SimpleStatements.AssignNode(result, new TargetNode[]{store});
            }
            default -> throw new IllegalStateException("bad augassign target");
        }
    }

    private StmtNode annAssign(Stmt.AnnAssign a) {
        List<StmtNode> nodes = new ArrayList<>();
        if (a.value() != null) {
            nodes.add(new SimpleStatements.AssignNode(expr(a.value()), new TargetNode[]{target(a.target())}));
        }
        if (unit.scope.kind != Scope.Kind.FUNCTION && a.simple() && a.target() instanceof Expr.Name n) {
            ExprNode ann = SubscriptNodes.getItem(new NameNodes.ReadNameNode("__annotations__"), ConstantNode.create(mangle(n.id())));
            // __annotations__[name] = annotation
            nodes.add(new SimpleStatements.AssignNode(annotation(a.annotation()),
                            new TargetNode[]{new SubscriptNodes.SubscriptTargetNode(new NameNodes.ReadNameNode("__annotations__"), ConstantNode.create(mangle(n.id())))}));
            assert ann != null;
        }
        return new SimpleStatements.SeqNode(nodes.toArray(new StmtNode[0]));
    }

    private StmtNode importStmt(Stmt.Import i) {
        List<StmtNode> nodes = new ArrayList<>();
        for (Alias al : i.names()) {
            if (al.asname() != null) {
                nodes.add(new SimpleStatements.AssignNode(new ImportNodes.ImportNameNode(al.name(), true), new TargetNode[]{nameTarget(al.asname())}));
            } else {
                nodes.add(new SimpleStatements.AssignNode(new ImportNodes.ImportNameNode(al.name(), false),
                                new TargetNode[]{nameTarget(ScopeBuilder.topName(al.name()))}));
            }
        }
        return new SimpleStatements.SeqNode(nodes.toArray(new StmtNode[0]));
    }

    private StmtNode importFrom(Stmt.ImportFrom i) {
        String[] names = new String[i.names().size()];
        for (int k = 0; k < names.length; k++) {
            names[k] = i.names().get(k).name();
        }
        int slot = unit.newTemp();
        ExprNode module = new TempNodes.WriteTempNode(new ImportNodes.ImportFromModuleNode(i.module() == null ? "" : i.module(), names, i.level()), slot);
        if (names.length == 1 && names[0].equals("*")) {
            return new ImportNodes.ImportStarNode(module);
        }
        List<StmtNode> nodes = new ArrayList<>();
        nodes.add(new SimpleStatements.ExprStmtNode(module));
        for (Alias al : i.names()) {
            nodes.add(new SimpleStatements.AssignNode(new ImportNodes.ImportFromNode(new TempNodes.ReadTempNode(slot), al.name()),
                            new TargetNode[]{nameTarget(al.asname() != null ? al.asname() : al.name())}));
        }
        return new SimpleStatements.SeqNode(nodes.toArray(new StmtNode[0]));
    }

    // ------------------------------------------------------------------ names and targets

    /** Compiler-generated names (".mgr0") are locals of the unit, or mapping names at module/class level. */
    private Scope.Var varOf(String name) {
        if (name.startsWith(".") && !unit.scope.vars.containsKey(name)) {
            return unit.scope.kind == Scope.Kind.FUNCTION ? Scope.Var.LOCAL : Scope.Var.NAME;
        }
        return unit.scope.varOf(name);
    }

    /** The identifier as the current scope stores it (private names mangled inside classes). */
    String mangle(String name) {
        return unit.scope.mangle(name);
    }

    ExprNode nameRead(String name) {
        name = mangle(name);
        Scope.Var v = varOf(name);
        return switch (v) {
            case LOCAL -> ReadLocalNodeGen.create(unit.slotOf(name), name);
            case CELL -> new CellNodes.ReadCellNode(unit.slotOf(name), name, false);
            case FREE -> new CellNodes.ReadCellNode(unit.slotOf(name), name, true);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> new GlobalNodes.ReadGlobalNode(name);
            case NAME -> new NameNodes.ReadNameNode(name);
            case CLASS_DEREF -> new NameNodes.ReadClassDerefNode(name, new CellNodes.ReadCellNode(unit.slotOf(name), name, true));
        };
    }

    TargetNode nameTarget(String name) {
        name = mangle(name);
        Scope.Var v = varOf(name);
        return switch (v) {
            case LOCAL -> WriteLocalNodeGen.create(unit.slotOf(name));
            case CELL, FREE, CLASS_DEREF -> new CellNodes.WriteCellNode(unit.slotOf(name));
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> new GlobalNodes.WriteGlobalNode(name);
            case NAME -> new NameNodes.WriteNameNode(name);
        };
    }

    private StmtNode nameDelete(String name) {
        name = mangle(name);
        Scope.Var v = varOf(name);
        return switch (v) {
            case LOCAL -> new DeleteLocalNode(unit.slotOf(name), name);
            case CELL -> new CellNodes.DeleteCellNode(unit.slotOf(name), name, false);
            case FREE, CLASS_DEREF -> new CellNodes.DeleteCellNode(unit.slotOf(name), name, true);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> new GlobalNodes.DeleteGlobalNode(name);
            case NAME -> new NameNodes.DeleteNameNode(name);
        };
    }

    TargetNode target(Expr e) {
        return switch (e) {
            case Expr.Name n -> nameTarget(n.id());
            case Expr.Attribute a -> new AttributeNodes.AttributeTargetNode(expr(a.value()), mangle(a.attr()));
            case Expr.Subscript s -> new SubscriptNodes.SubscriptTargetNode(expr(s.value()), expr(s.slice()));
            case Expr.Tuple t -> unpack(t.elts());
            case Expr.ListExpr l -> unpack(l.elts());
            case Expr.Starred s -> target(s.value());
            default -> throw new IllegalStateException("bad target " + e);
        };
    }

    private TargetNode unpack(List<Expr> elts) {
        TargetNode[] targets = new TargetNode[elts.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                star = i;
            }
            targets[i] = target(elts.get(i));
        }
        return new UnpackTargetNode(targets, star);
    }

    private StmtNode delete(Expr e) {
        return switch (e) {
            case Expr.Name n -> nameDelete(n.id());
            case Expr.Attribute a -> new AttributeNodes.DeleteAttributeNode(expr(a.value()), mangle(a.attr()));
            case Expr.Subscript s -> new SubscriptNodes.DeleteItemNode(expr(s.value()), expr(s.slice()));
            case Expr.Tuple t -> {
                StmtNode[] parts = new StmtNode[t.elts().size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = delete(t.elts().get(i));
                }
                yield new SimpleStatements.SeqNode(parts);
            }
            case Expr.ListExpr l -> {
                StmtNode[] parts = new StmtNode[l.elts().size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = delete(l.elts().get(i));
                }
                yield new SimpleStatements.SeqNode(parts);
            }
            default -> throw new IllegalStateException("bad delete target");
        };
    }

    // ------------------------------------------------------------------ expressions

    ExprNode[] exprs(List<Expr> list) {
        ExprNode[] out = new ExprNode[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(list.get(i));
        }
        return out;
    }

    private ExprNode[] elements(List<Expr> list) {
        ExprNode[] out = new ExprNode[list.size()];
        for (int i = 0; i < out.length; i++) {
            Expr e = list.get(i);
            out[i] = e instanceof Expr.Starred s ? new CollectionNodes.StarredNode(expr(s.value())) : expr(e);
        }
        return out;
    }

    static BinaryNode binary(Operator op, ExprNode l, ExprNode r) {
        return switch (op) {
            case ADD -> AddNodeGen.create(l, r);
            case SUB -> SubNodeGen.create(l, r);
            case MULT -> MulNodeGen.create(l, r);
            case MATMULT -> MatMulNodeGen.create(l, r);
            case DIV -> TrueDivNodeGen.create(l, r);
            case MOD -> ModNodeGen.create(l, r);
            case POW -> PowNodeGen.create(l, r);
            case LSHIFT -> LShiftNodeGen.create(l, r);
            case RSHIFT -> RShiftNodeGen.create(l, r);
            case BITOR -> BitOrNodeGen.create(l, r);
            case BITXOR -> BitXorNodeGen.create(l, r);
            case BITAND -> BitAndNodeGen.create(l, r);
            case FLOORDIV -> FloorDivNodeGen.create(l, r);
        };
    }

    static BinaryNode compare(CmpOperator op, ExprNode l, ExprNode r) {
        return switch (op) {
            case EQ -> EqNodeGen.create(l, r);
            case NOT_EQ -> NeNodeGen.create(l, r);
            case LT -> LtNodeGen.create(l, r);
            case LT_E -> LeNodeGen.create(l, r);
            case GT -> GtNodeGen.create(l, r);
            case GT_E -> GeNodeGen.create(l, r);
            case IS -> IdentityNodesFactory.IsNodeGen.create(l, r);
            case IS_NOT -> IdentityNodesFactory.IsNotNodeGen.create(l, r);
            case IN -> IdentityNodesFactory.InNodeGen.create(l, r);
            case NOT_IN -> IdentityNodesFactory.NotInNodeGen.create(l, r);
        };
    }

    ExprNode expr(Expr e) {
        return switch (e) {
            case Expr.Constant c -> constant(c.value());
            case Expr.Name n -> nameRead(n.id());
            case Expr.BinOp b -> binary(b.op(), expr(b.left()), expr(b.right()));
            case Expr.UnaryOp u -> switch (u.op()) {
                case NOT -> new NotNode(expr(u.operand()));
                case USUB -> UnaryNodesFactory.NegNodeGen.create(expr(u.operand()));
                case UADD -> UnaryNodesFactory.PosNodeGen.create(expr(u.operand()));
                case INVERT -> UnaryNodesFactory.InvertNodeGen.create(expr(u.operand()));
            };
            case Expr.BoolOp b -> {
                ExprNode result = expr(b.values().get(b.values().size() - 1));
                for (int i = b.values().size() - 2; i >= 0; i--) {
                    ExprNode left = expr(b.values().get(i));
                    result = b.op() == org.cinderj.ast.BoolOperator.AND ? new AndNode(left, result) : new OrNode(left, result);
                }
                yield result;
            }
            case Expr.Compare c -> {
                checkIsLiteral(c);
                if (c.ops().size() == 1) {
                    yield compare(c.ops().get(0), expr(c.left()), expr(c.comparators().get(0)));
                }
                ExprNode[] operands = new ExprNode[c.ops().size() + 1];
                operands[0] = expr(c.left());
                BinaryNode[] cmps = new BinaryNode[c.ops().size()];
                for (int i = 0; i < cmps.length; i++) {
                    operands[i + 1] = expr(c.comparators().get(i));
                    cmps[i] = compare(c.ops().get(i), null, null);
                }
                yield new CompareChainNode(operands, cmps);
            }
            case Expr.IfExp i -> new IfExpNode(expr(i.test()), expr(i.body()), expr(i.orelse()));
            case Expr.Attribute a -> AttributeNodesFactory.GetAttributeNodeGen.create(expr(a.value()), mangle(a.attr()));
            case Expr.Subscript s -> {
                checkSubscript(s);
                yield SubscriptNodes.getItem(expr(s.value()), expr(s.slice()));
            }
            case Expr.Slice s -> new SubscriptNodes.SliceNode(s.lower() == null ? null : expr(s.lower()), s.upper() == null ? null : expr(s.upper()),
                            s.step() == null ? null : expr(s.step()));
            case Expr.Call c -> call(c);
            case Expr.ListExpr l -> new CollectionNodes.ListNode(elements(l.elts()));
            case Expr.Tuple t -> new CollectionNodes.TupleNode(elements(t.elts()));
            case Expr.SetExpr s -> new CollectionNodes.SetNode(elements(s.elts()));
            case Expr.Dict d -> {
                ExprNode[] keys = new ExprNode[d.keys().size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
                }
                yield new CollectionNodes.DictNode(keys, exprs(d.values()));
            }
            case Expr.Starred s -> new CollectionNodes.StarredNode(expr(s.value()));
            case Expr.NamedExpr n -> new TempNodes.NamedExprNode(expr(n.value()), target(n.target()));
            case Expr.Lambda l -> lambda(l);
            case Expr.JoinedStr j -> {
                ExprNode[] parts = exprs(j.values());
                yield parts.length == 1 && j.values().get(0) instanceof Expr.Constant ? parts[0] : new FormatNodes.JoinedStrNode(parts);
            }
            case Expr.FormattedValue f -> new FormatNodes.FormattedValueNode(expr(f.value()), f.conversion(), f.formatSpec() == null ? null : expr(f.formatSpec()));
            case Expr.Yield y -> {
                unit.yieldCount++;
                requireGenerator(e);
                ExprNode v = y.value() == null ? null : expr(y.value());
                if (unit.scope.generator && unit.scope.coroutine) {
                    v = new org.cinderj.nodes.generator.AsyncGenWrapNode(v);
                }
                yield new YieldNode(v, unit.newTemp(), unit.generatorSlot);
            }
            case Expr.YieldFrom y -> {
                unit.yieldCount++;
                requireGenerator(e);
                yield new YieldFromNode(expr(y.value()), unit.newTemp(), unit.newTemp(), unit.generatorSlot, false);
            }
            case Expr.Await a -> {
                unit.yieldCount++;
                requireGenerator(e);
                yield new YieldFromNode(expr(a.value()), unit.newTemp(), unit.newTemp(), unit.generatorSlot, true);
            }
            case Expr.ListComp c -> comprehension(c, c.generators(), Kind.LIST, c.elt(), null);
            case Expr.SetComp c -> comprehension(c, c.generators(), Kind.SET, c.elt(), null);
            case Expr.DictComp c -> comprehension(c, c.generators(), Kind.DICT, c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension(c, c.generators(), Kind.GENERATOR, c.elt(), null);
        };
    }

    /** CPython's compile-time SyntaxWarning for {@code x is 5} / {@code x is not "a"}. */
    private void checkIsLiteral(Expr.Compare c) {
        Expr left = c.left();
        for (int i = 0; i < c.ops().size(); i++) {
            Expr right = c.comparators().get(i);
            CmpOperator op = c.ops().get(i);
            if ((op == CmpOperator.IS || op == CmpOperator.IS_NOT) && (isLiteral(left) || isLiteral(right))) {
                String msg = op == CmpOperator.IS ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?";
                warn(c, msg);
            }
            left = right;
        }
    }

    private static boolean isLiteral(Expr e) {
        if (e instanceof Expr.Constant k) {
            return !(k.value() instanceof Expr.Singleton) && !(k.value() instanceof Boolean);
        }
        if (e instanceof Expr.Tuple t) {
            for (Expr x : t.elts()) {
                if (!(x instanceof Expr.Constant)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** A compile-time warning in the default format of the warnings module. */
    /**
     * A compile-time SyntaxWarning, as CPython's compiler issues it: through the warnings module
     * (so filters apply), and raised as a SyntaxError at {@code at} when a filter turns it into
     * an error.
     */
    private void warn(org.cinderj.ast.Node at, String message) {
        try {
            org.cinderj.runtime.exception.Warnings.warnExplicit(BuiltinTypes.SYNTAX_WARNING, message, filename, at.line());
        } catch (org.cinderj.runtime.exception.PException e) {
            if (!PythonErrors.isInstance(e, BuiltinTypes.SYNTAX_WARNING)) {
                throw e;
            }
            String text = null;
            if (source != null && !filename.startsWith("<") && at.line() >= 1 && at.line() <= source.getLineCount()) {
                text = source.getCharacters(at.line()).toString() + "\n";
            }
            int[] end = source == null ? null : org.cinderj.parser.PythonParser.endOf(source.getCharacters().toString(), filename, Module.Mode.EXEC, at);
            throw SourceCompiler.syntaxError(new org.cinderj.parser.PythonSyntaxError(org.cinderj.parser.PythonSyntaxError.Kind.SYNTAX_ERROR, message,
                            filename, at.line(), at.col() + 1, text, end == null ? at.line() : end[0], end == null ? at.col() + 1 : end[1]));
        }
    }

    /** The type CPython's compiler infers for a literal or display, for its "perhaps you missed a comma?" warnings; null if unknown. */
    private static String inferredType(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.SetExpr x -> "set";
            case Expr.SetComp x -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            case Expr.Constant k -> switch (k.value()) {
                case Expr.Singleton sg -> sg == Expr.Singleton.NONE ? "NoneType" : "ellipsis";
                case Boolean b -> "bool";
                case Long l -> "int";
                case BigInteger b -> "int";
                case Double d -> "float";
                case Expr.ComplexLiteral c -> "complex";
                case String str -> "str";
                case byte[] b -> "bytes";
                default -> null;
            };
            default -> null;
        };
    }

    /** {@code "abc"()}: CPython's check_caller. */
    private void checkCaller(Expr.Call c) {
        Expr f = c.func();
        if (f instanceof Expr.Constant || f instanceof Expr.Tuple || f instanceof Expr.ListExpr || f instanceof Expr.ListComp || f instanceof Expr.Dict
                        || f instanceof Expr.DictComp || f instanceof Expr.SetExpr || f instanceof Expr.SetComp || f instanceof Expr.GeneratorExp
                        || f instanceof Expr.JoinedStr || f instanceof Expr.FormattedValue) {
            warn(c, "'" + inferredType(f) + "' object is not callable; perhaps you missed a comma?");
        }
    }

    /** {@code 5[0]} and {@code [1, 2][1, 2]}: CPython's check_subscripter and check_index. */
    private void checkSubscript(Expr.Subscript s) {
        Expr v = s.value();
        boolean notSubscriptable = v instanceof Expr.SetExpr || v instanceof Expr.SetComp || v instanceof Expr.GeneratorExp || v instanceof Expr.Lambda
                        || v instanceof Expr.Constant k && (k.value() instanceof Expr.Singleton || k.value() instanceof Boolean || k.value() instanceof Long || k.value() instanceof BigInteger
                                        || k.value() instanceof Double || k.value() instanceof Expr.ComplexLiteral);
        if (notSubscriptable) {
            warn(s, "'" + inferredType(v) + "' object is not subscriptable; perhaps you missed a comma?");
            return;
        }
        String index = inferredType(s.slice());
        if (index == null || index.equals("int") || index.equals("bool") || s.slice() instanceof Expr.Slice) {
            return;
        }
        boolean sequence = v instanceof Expr.Tuple || v instanceof Expr.ListExpr || v instanceof Expr.ListComp || v instanceof Expr.JoinedStr
                        || v instanceof Expr.FormattedValue || v instanceof Expr.Constant k && (k.value() instanceof String || k.value() instanceof byte[]);
        if (sequence) {
            warn(s, inferredType(v) + " indices must be integers or slices, not " + index + "; perhaps you missed a comma?");
        }
    }

    private void requireGenerator(Expr e) {
        if (!unit.isGenerator) {
            throw PythonErrors.raise(BuiltinTypes.SYNTAX_ERROR, "'yield' outside function");
        }
    }

    private ExprNode constant(Object v) {
        if (v instanceof Expr.Singleton s) {
            return ConstantNode.create(s == Expr.Singleton.NONE ? PNone.NONE : PEllipsis.ELLIPSIS);
        }
        if (v instanceof BigInteger b) {
            return ConstantNode.create(b.bitLength() < 64 ? (Object) b.longValue() : b);
        }
        if (v instanceof Expr.ComplexLiteral c) {
            return ConstantNode.create(CallSupport.call(BuiltinTypes.COMPLEX, 0.0, c.imag()));
        }
        if (v instanceof byte[] bytes) {
            Object[] ints = new Object[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                ints[i] = (long) (bytes[i] & 0xff);
            }
            return ConstantNode.create(CallSupport.call(BuiltinTypes.BYTES, new PList(ints)));
        }
        return ConstantNode.create(v);
    }

    private ExprNode call(Expr.Call c) {
        checkCaller(c);
        ExprNode[] args = elements(c.args());
        String[] kwNames = new String[c.keywords().size()];
        ExprNode[] kwValues = new ExprNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            kwNames[i] = c.keywords().get(i).arg();
            kwValues[i] = expr(c.keywords().get(i).value());
        }
        if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                        && unit.scope.kind == Scope.Kind.FUNCTION && unit.scope.varOf("__class__") == Scope.Var.FREE && unit.firstParam != null) {
            args = new ExprNode[]{nameRead("__class__"), nameRead(unit.firstParam)};
        }
        if (c.func() instanceof Expr.Attribute a) {
            return new MethodCallNode(expr(a.value()), mangle(a.attr()), args, kwNames, kwValues);
        }
        return new CallNode(expr(c.func()), args, kwNames, kwValues);
    }

    private ExprNode lambda(Expr.Lambda l) {
        Scope s = scopes.scopeOf(l);
        Signature sig = signature(s.qualname, l.args());
        PCode code = functionUnit(s, "<lambda>", sig, l.line(), () -> {
            ExprNode body = expr(l.body());
            return new SimpleStatements.ReturnNode(body);
        });
        return makeFunction(s, code, l.args(), null);
    }

    enum Kind { LIST, SET, DICT, GENERATOR }

    private ExprNode comprehension(Expr node, List<Comprehension> gens, Kind kind, Expr elt, Expr value) {
        Scope s = scopes.scopeOf(node);
        ExprNode firstIter = expr(gens.get(0).iter());
        Signature sig = new Signature(s.qualname, new String[]{".0"}, 1, 1, 0, false, false);
        String name = switch (kind) {
            case LIST -> "<listcomp>";
            case SET -> "<setcomp>";
            case DICT -> "<dictcomp>";
            case GENERATOR -> "<genexpr>";
        };
        PCode code = functionUnit(s, name, sig, node.line(), () -> {
            int resultSlot = kind == Kind.GENERATOR ? -1 : unit.newTemp();
            StmtNode inner = switch (kind) {
                case LIST -> new ComprehensionNodes.ListAppendNode(resultSlot, expr(elt));
                case SET -> new SimpleStatements.ExprStmtNode(new MethodCallNode(new TempNodes.ReadTempNode(resultSlot), "add", new ExprNode[]{expr(elt)},
                                new String[0], new ExprNode[0]));
                case DICT -> new ComprehensionNodes.DictSetNode(resultSlot, expr(elt), expr(value));
                case GENERATOR -> {
                    unit.yieldCount++;
                    ExprNode v = expr(elt);
                    if (unit.scope.generator && unit.scope.coroutine) {
                        v = new org.cinderj.nodes.generator.AsyncGenWrapNode(v);
                    }
                    yield new SimpleStatements.ExprStmtNode(new YieldNode(v, unit.newTemp(), unit.generatorSlot));
                }
            };
            // The element's own line, for tracebacks from inside it.
            inner = unit.isGenerator ? new GenBlockNode(new StmtNode[]{inner}, new int[]{elt.line()}, unit.newTemp())
                            : new BlockNode(new StmtNode[]{inner}, new int[]{elt.line()});
            for (int i = gens.size() - 1; i >= 0; i--) {
                Comprehension g = gens.get(i);
                for (int k = g.ifs().size() - 1; k >= 0; k--) {
                    ExprNode cond = expr(g.ifs().get(k));
                    inner = unit.isGenerator ? new GenIfNode(cond, inner, null, unit.newTemp()) : new IfNode(cond, inner, null);
                }
                if (g.isAsync()) {
                    // async for in a comprehension: the statement desugaring, with the inner part spliced in
                    Stmt.Pass placeholder = new Stmt.Pass(node.line(), 0);
                    spliced.put(placeholder, inner);
                    Expr it = i == 0 ? new Expr.Name(node.line(), 0, ".0", Expr.Ctx.LOAD) : g.iter();
                    inner = stmt(AsyncDesugar.asyncFor(new Stmt.For(node.line(), 0, g.target(), it, List.of(placeholder), List.of(), true), hiddenCounter++));
                    continue;
                }
                ExprNode iter = i == 0 ? ReadLocalNodeGen.create(unit.slotOf(".0"), ".0") : expr(g.iter());
                TargetNode t = target(g.target());
                inner = unit.isGenerator ? new GenForNode(iter, t, inner, null, unit.newTemp(), unit.newTemp())
                                : new ForNode(iter, t, inner, null, unit.newTemp(), unit.newTemp());
            }
            if (kind == Kind.GENERATOR) {
                return inner;
            }
            ExprNode factory = switch (kind) {
                case LIST -> new CollectionNodes.ListNode(new ExprNode[0]);
                case SET -> new CollectionNodes.SetNode(new ExprNode[0]);
                default -> new CollectionNodes.DictNode(new ExprNode[0], new ExprNode[0]);
            };
            StmtNode[] parts = {new ComprehensionNodes.InitResultNode(resultSlot, factory), inner,
                            new SimpleStatements.ReturnNode(new TempNodes.ReadTempNode(resultSlot))};
            if (unit.isGenerator) {
                // An async comprehension suspends inside: resume after the result was created.
                return new GenBlockNode(parts, new int[]{node.line(), node.line(), node.line()}, unit.newTemp());
            }
            return new SimpleStatements.SeqNode(parts);
        });
        ExprNode fn = new MakeFunctionNode(code, new ExprNode[0], new ExprNode[0], closureOf(s), new String[0], new ExprNode[0], null);
        boolean asyncFirst = gens.get(0).isAsync();
        if (kind == Kind.GENERATOR && !asyncFirst) {
            firstIter = new GetIterNode(firstIter);
        }
        ExprNode call = new CallNode(fn, new ExprNode[]{firstIter}, new String[0], new ExprNode[0]);
        if (s.coroutine && kind != Kind.GENERATOR) {
            // An async comprehension is a coroutine the enclosing coroutine awaits at once.
            unit.yieldCount++;
            return new YieldFromNode(call, unit.newTemp(), unit.newTemp(), unit.generatorSlot, true);
        }
        return call;
    }

    /** {@code iter(x)}, evaluated eagerly for a generator expression's first iterable. */
    static final class GetIterNode extends ExprNode {
        @Child private ExprNode value;

        GetIterNode(ExprNode value) {
            this.value = value;
        }

        @Override
        public Object execute(com.oracle.truffle.api.frame.VirtualFrame frame) {
            return iter(value.execute(frame));
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        private static Object iter(Object o) {
            return org.cinderj.runtime.PyOps.getIter(o);
        }
    }

    StmtNode bodyOf(List<Stmt> stmts) {
        return body(stmts);
    }

    CodeUnit unit() {
        return unit;
    }
}
