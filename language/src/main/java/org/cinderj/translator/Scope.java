package org.cinderj.translator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the translator needs to know about one scope: how each name is stored. */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    enum Var {
        /** A frame slot. */
        LOCAL,
        /** A frame slot holding a cell, because an inner scope captures it. */
        CELL,
        /** A frame slot holding a cell from the enclosing function's closure. */
        FREE,
        /** {@code global x}. */
        GLOBAL_EXPLICIT,
        /** Not bound anywhere enclosing: globals, then builtins. */
        GLOBAL_IMPLICIT,
        /** Module and class bodies: the locals mapping, then globals and builtins. */
        NAME,
        /** A free variable read in a class body: the class namespace, then the cell. */
        CLASS_DEREF
    }

    final Kind kind;
    final Scope parent;
    final String name;
    String qualname;
    /** The name of the innermost enclosing class (this one for a class body): private names are mangled with it. */
    String privateName;
    final LinkedHashSet<String> params = new LinkedHashSet<>();
    final LinkedHashSet<String> assigned = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new LinkedHashSet<>();
    final Set<String> declaredNonlocal = new LinkedHashSet<>();
    final List<Scope> children = new ArrayList<>();
    final Map<String, Var> vars = new LinkedHashMap<>();
    /** Cell variables in order; free variables in order (closure layout). */
    final List<String> cells = new ArrayList<>();
    final List<String> frees = new ArrayList<>();
    boolean generator;
    boolean coroutine;
    boolean usesClassCell;
    boolean isComprehension;
    boolean isLambda;
    /** For class scopes: a method uses super() or __class__, so the body creates a __class__ cell. */
    boolean needsClassCell;

    Scope(Kind kind, Scope parent, String name) {
        this.kind = kind;
        this.parent = parent;
        this.name = name;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /**
     * Private name mangling: inside a class {@code C}, an identifier {@code __x} (not ending in two
     * underscores, without dots) stands for {@code _C__x}; leading underscores of the class name are
     * dropped, and a class named only with underscores mangles nothing.
     */
    static String mangle(String privateName, String name) {
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

    String mangle(String name) {
        return mangle(privateName, name);
    }

    Var varOf(String n) {
        Var v = vars.get(n);
        if (v != null) {
            return v;
        }
        return kind == Kind.FUNCTION ? Var.GLOBAL_IMPLICIT : Var.NAME;
    }

    boolean binds(String n) {
        return params.contains(n) || assigned.contains(n);
    }
}
