package org.cinderj.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.cinderj.ast.Node;

/**
 * One scope of a module: the module itself, a class body, a function, a lambda or a
 * comprehension (list/set/dict comprehensions and generator expressions are function scopes of
 * their own; their first iterable is evaluated in the enclosing scope).
 *
 * <p>How to load a name in each scope kind, as CPython does:
 * <ul>
 * <li>MODULE: LOCAL and GLOBAL_* names all live in the module's globals dict (then builtins).</li>
 * <li>CLASS: LOCAL and GLOBAL_IMPLICIT names: class namespace, then globals, then builtins;
 * GLOBAL_EXPLICIT: globals then builtins; FREE: class namespace first, then the cell. A name
 * that is LOCAL in the class but also listed in {@link #freeVars()} (a method uses the
 * enclosing function's variable of the same name) is loaded from the class namespace, then
 * the cell, like FREE; the class body must pass that cell on to its methods.</li>
 * <li>FUNCTION/LAMBDA/COMPREHENSION: LOCAL: fast local; CELL: a cell owned by this frame
 * (parameters that are cells start with the argument value); FREE: a cell from the closure;
 * GLOBAL_*: globals then builtins.</li>
 * </ul>
 */
public final class Scope {
    public enum Kind { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    public enum NameKind { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE_CLASS = 32;
    static final int DEF_IMPORT = 64;
    static final int DEF_ANNOT = 128;
    static final int DEF_COMP_ITER = 256;
    static final int DEF_COMP_WALRUS = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    final Kind kind;
    final String name;
    final Node node;
    final Scope parent;
    /** Symbol flags in order of first appearance. */
    final LinkedHashMap<String, Integer> flags = new LinkedHashMap<>();
    final Map<String, NameKind> kinds = new HashMap<>();
    final List<String> params = new ArrayList<>();
    /** The first global/nonlocal statement naming each name (for error locations). */
    final Map<String, Node> directives = new HashMap<>();
    final List<Scope> children = new ArrayList<>();
    boolean generator;
    boolean coroutine;
    boolean needsClassCell;
    /** Comprehension: a generator expression (as opposed to list/set/dict). */
    boolean isGenexp;
    /** Set while visiting a comprehension's iterable expressions (walrus is forbidden there). */
    int compIterDepth;
    /** Function defined with {@code async def}. */
    boolean isAsyncDef;
    /** The class name used for private name mangling in this scope's body (innermost enclosing class), or null. */
    String privateName;

    Scope(Kind kind, String name, Node node, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /**
     * The class whose name mangles private names ({@code __x}) in this scope: the class itself
     * for a class scope, else the innermost enclosing class; null outside classes. Names passed to
     * {@link #kindOf} must be mangled with {@link ScopeAnalyzer#mangle}.
     */
    public String privateName() {
        return privateName;
    }

    public Kind kind() {
        return kind;
    }

    /** The function, class or comprehension's name ("<module>", "<lambda>", "<listcomp>", ...). */
    public String name() {
        return name;
    }

    /** The AST node that opened the scope (a Stmt.FunctionDef, Stmt.ClassDef, Expr.Lambda, comprehension expr), or null for the module. */
    public Node node() {
        return node;
    }

    public Scope parent() {
        return parent;
    }

    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** How {@code name} is resolved in this scope; names this scope never mentions are GLOBAL_IMPLICIT. */
    public NameKind kindOf(String name) {
        NameKind k = kinds.get(name);
        return k == null ? NameKind.GLOBAL_IMPLICIT : k;
    }

    /** True if this scope mentions the name at all (use, binding or declaration). */
    public boolean mentions(String name) {
        return flags.containsKey(name);
    }

    /** Parameter names in CPython's co_varnames order: positional-only, positional, keyword-only, *args, **kwargs. */
    public List<String> params() {
        return Collections.unmodifiableList(params);
    }

    /**
     * Names stored in this frame's local slots (LOCAL and CELL that are bound here), parameters
     * first, then in order of first appearance.
     */
    public List<String> localNames() {
        List<String> out = new ArrayList<>(params);
        for (Map.Entry<String, Integer> e : flags.entrySet()) {
            NameKind k = kinds.get(e.getKey());
            if ((k == NameKind.LOCAL || k == NameKind.CELL) && !params.contains(e.getKey())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** Locals captured by inner scopes, sorted (CPython's co_cellvars order); includes "__class__" for a class that needs it. */
    public List<String> cellVars() {
        TreeSet<String> out = new TreeSet<>();
        for (Map.Entry<String, NameKind> e : kinds.entrySet()) {
            if (e.getValue() == NameKind.CELL) {
                out.add(e.getKey());
            }
        }
        if (needsClassCell) {
            out.add("__class__");
        }
        return new ArrayList<>(out);
    }

    /**
     * Names that come from the closure, sorted (CPython's co_freevars order). For a class this
     * includes names that are local to the class but passed through to methods.
     */
    public List<String> freeVars() {
        TreeSet<String> out = new TreeSet<>();
        for (Map.Entry<String, NameKind> e : kinds.entrySet()) {
            if (e.getValue() == NameKind.FREE) {
                out.add(e.getKey());
            }
        }
        for (Map.Entry<String, Integer> e : flags.entrySet()) {
            if ((e.getValue() & DEF_FREE_CLASS) != 0) {
                out.add(e.getKey());
            }
        }
        return new ArrayList<>(out);
    }

    /** A function (or generator expression) containing yield. */
    public boolean isGenerator() {
        return generator;
    }

    /** An {@code async def} function, or an asynchronous comprehension. */
    public boolean isCoroutine() {
        return coroutine;
    }

    public boolean isAsyncGenerator() {
        return coroutine && generator;
    }

    /** A class whose methods use {@code super()} or {@code __class__}: its body must create the {@code __class__} cell. */
    public boolean needsClassCell() {
        return needsClassCell;
    }

    /** A function that uses {@code __class__} (directly or through zero-argument {@code super()}). */
    public boolean usesClassCell() {
        return kinds.get("__class__") == NameKind.FREE;
    }

    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.LAMBDA || kind == Kind.COMPREHENSION;
    }

    int flagsOf(String name) {
        Integer f = flags.get(name);
        return f == null ? 0 : f;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(kind).append(' ').append(name);
        Map<String, NameKind> sorted = new java.util.TreeMap<>(kinds);
        sb.append(' ').append(sorted);
        if (generator) {
            sb.append(" generator");
        }
        if (coroutine) {
            sb.append(" coroutine");
        }
        if (needsClassCell) {
            sb.append(" needsClassCell");
        }
        return sb.toString();
    }

    /** A multi-line dump of this scope and its children, for debugging and tests. */
    public String dump() {
        StringBuilder sb = new StringBuilder();
        dump(sb, 0);
        return sb.toString();
    }

    private void dump(StringBuilder sb, int ind) {
        sb.append("  ".repeat(ind)).append(this).append('\n');
        for (Scope c : children) {
            c.dump(sb, ind + 1);
        }
    }

    static final Map<String, Integer> EMPTY = new HashMap<>();
}
