package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code _contextvars}: Context, ContextVar, Token, copy_context. */
public final class ContextvarsModule {
    private ContextvarsModule() {
    }

    static final PythonClass CONTEXT = PyUtil.newFinalClass("_contextvars", "Context");
    static final PythonClass CONTEXT_VAR = PyUtil.newFinalClass("_contextvars", "ContextVar");
    static final PythonClass TOKEN = PyUtil.newFinalClass("_contextvars", "Token");
    static final PythonObject MISSING = new PythonObject(PyUtil.newFinalClass("_contextvars", "Token.MISSING"));

    static final class PCtx extends PythonObject {
        Map<PVar, Object> vars = new LinkedHashMap<>();
        boolean entered;
        PCtx prev;

        PCtx() {
            super(CONTEXT);
        }
    }

    static final class PVar extends PythonObject {
        final String name;
        final Object dflt;

        PVar(String name, Object dflt) {
            super(CONTEXT_VAR);
            this.name = name;
            this.dflt = dflt;
        }
    }

    static final class PToken extends PythonObject {
        final PCtx ctx;
        final PVar var;
        final Object old;
        boolean used;

        PToken(PCtx ctx, PVar var, Object old) {
            super(TOKEN);
            this.ctx = ctx;
            this.var = var;
            this.old = old;
        }
    }

    private static final ThreadLocal<PCtx> CURRENT = new ThreadLocal<>();

    static PCtx current() {
        PCtx c = CURRENT.get();
        if (c == null) {
            c = new PCtx();
            CURRENT.set(c);
        }
        return c;
    }

    static PCtx ctx(Object o) {
        if (o instanceof PCtx c) {
            return c;
        }
        throw PythonErrors.typeError("a Context object is required, not '%s'", PyUtil.typeName(o));
    }

    static PVar var(Object o) {
        if (o instanceof PVar v) {
            return v;
        }
        throw PythonErrors.typeError("a ContextVar key was expected, got %s", PyOps.repr(o));
    }

    static PCtx copy(PCtx c) {
        PCtx n = new PCtx();
        n.vars = new LinkedHashMap<>(c.vars);
        return n;
    }

    @TruffleBoundary
    static Object run(PCtx c, Object fn, Object[] args, PDict kwargs) {
        if (c.entered) {
            throw PythonErrors.runtimeError("cannot enter context: %s is already entered", PyOps.repr(c));
        }
        c.prev = current();
        c.entered = true;
        CURRENT.set(c);
        try {
            if (kwargs == null || PyOps.length(kwargs) == 0) {
                return PyUtil.call(fn, args);
            }
            int n = (int) PyOps.length(kwargs);
            String[] names = new String[n];
            Object[] values = new Object[n];
            int i = 0;
            Object it = PyOps.getIter(kwargs);
            Object k;
            while ((k = PyOps.next(it)) != null) {
                names[i] = (String) k;
                values[i++] = PyOps.getItem(kwargs, k);
            }
            return PyUtil.callKw(fn, args, names, values);
        } finally {
            CURRENT.set(c.prev);
            c.prev = null;
            c.entered = false;
        }
    }

    static {
        PythonClass c = CONTEXT;
        PyUtil.constructor(c, "(cls)", a -> new PCtx());
        PyUtil.method(c, "run", "(self, callable, /, *args, **kwargs)", a -> run(ctx(a[0]), a[1], ((PTuple) a[2]).getItems(), (PDict) a[3]));
        PyUtil.method(c, "copy", "(self)", a -> copy(ctx(a[0])));
        PyUtil.method(c, "__getitem__", "(self, key, /)", a -> {
            Object v = ctx(a[0]).vars.get(var(a[1]));
            if (v == null) {
                throw PythonErrors.keyError(a[1]);
            }
            return v;
        });
        PyUtil.method(c, "get", "(self, key, default=None, /)", a -> {
            Object v = ctx(a[0]).vars.get(var(a[1]));
            return v == null ? a[2] : v;
        });
        PyUtil.method(c, "__contains__", "(self, key, /)", a -> a[1] instanceof PVar v && ctx(a[0]).vars.containsKey(v));
        PyUtil.method(c, "__len__", "(self)", a -> (long) ctx(a[0]).vars.size());
        PyUtil.method(c, "keys", "(self)", a -> new PList(ctx(a[0]).vars.keySet().toArray()));
        PyUtil.method(c, "values", "(self)", a -> new PList(ctx(a[0]).vars.values().toArray()));
        PyUtil.method(c, "items", "(self)", a -> {
            PList l = new PList();
            for (var e : ctx(a[0]).vars.entrySet()) {
                l.append(PyUtil.tuple(e.getKey(), e.getValue()));
            }
            return l;
        });
        PyUtil.method(c, "__iter__", "(self)", a -> PyOps.getIter(new PList(ctx(a[0]).vars.keySet().toArray())));
        c.define("__hash__", NONE);

        PythonClass v = CONTEXT_VAR;
        PyUtil.constructor(v, "(cls, name, *, default=?)", a -> {
            if (!(a[1] instanceof String s)) {
                throw PythonErrors.typeError("context variable name must be a str");
            }
            return new PVar(s, a[2]);
        });
        BuiltinDef.getter(v, "name", self -> ((PVar) self).name);
        PyUtil.method(v, "get", "(self, default=?, /)", a -> {
            PVar pv = var(a[0]);
            Object val = current().vars.get(pv);
            if (val != null) {
                return val;
            }
            if (a[1] != Missing.VALUE) {
                return a[1];
            }
            if (pv.dflt != Missing.VALUE) {
                return pv.dflt;
            }
            throw PythonErrors.raise(BuiltinTypes.LOOKUP_ERROR, "%s", PyOps.repr(pv));
        });
        PyUtil.method(v, "set", "(self, value, /)", a -> {
            PVar pv = var(a[0]);
            PCtx cur = current();
            Object old = cur.vars.get(pv);
            cur.vars = new LinkedHashMap<>(cur.vars);
            cur.vars.put(pv, a[1]);
            return new PToken(cur, pv, old == null ? MISSING : old);
        });
        PyUtil.method(v, "reset", "(self, token, /)", a -> {
            PVar pv = var(a[0]);
            if (!(a[1] instanceof PToken t)) {
                throw PythonErrors.typeError("expected an instance of Token, got %s", PyOps.repr(a[1]));
            }
            if (t.used) {
                throw PythonErrors.runtimeError("%s has already been used once", PyOps.repr(t));
            }
            if (t.var != pv) {
                throw PythonErrors.valueError("%s was created by a different ContextVar", PyOps.repr(t));
            }
            PCtx cur = current();
            if (t.ctx != cur) {
                throw PythonErrors.valueError("%s was created in a different Context", PyOps.repr(t));
            }
            t.used = true;
            cur.vars = new LinkedHashMap<>(cur.vars);
            if (t.old == MISSING) {
                cur.vars.remove(pv);
            } else {
                cur.vars.put(pv, t.old);
            }
            return NONE;
        });
        PyUtil.method(v, "__repr__", "(self)", a -> {
            PVar pv = var(a[0]);
            String d = pv.dflt == Missing.VALUE ? "" : " default=" + PyOps.repr(pv.dflt);
            return "<ContextVar name=" + PyOps.repr(pv.name) + d + String.format(" at 0x%x>", System.identityHashCode(pv));
        });
        PyUtil.method(v, "__class_getitem__", "(cls, item, /)", a -> a[0]);
        c.define("__class_getitem__", NONE);

        PythonClass t = TOKEN;
        BuiltinDef.getter(t, "var", self -> ((PToken) self).var);
        BuiltinDef.getter(t, "old_value", self -> ((PToken) self).old);
        t.define("MISSING", MISSING);
        PyUtil.method(t, "__repr__", "(self)", a -> {
            PToken tk = (PToken) a[0];
            return "<Token" + (tk.used ? " used" : "") + " var=" + PyOps.repr(tk.var) + String.format(" at 0x%x>", System.identityHashCode(tk));
        });
        PyUtil.method(MISSING.getPythonClass(), "__repr__", "(self)", a -> "<Token.MISSING>");
    }

    public static PythonModule create(PythonContext pc) {
        PythonModule m = new PythonModule("_contextvars");
        m.setAttr("Context", CONTEXT);
        m.setAttr("ContextVar", CONTEXT_VAR);
        m.setAttr("Token", TOKEN);
        PyUtil.fn(m, "copy_context", "()", a -> copy(current()));
        return m;
    }
}
