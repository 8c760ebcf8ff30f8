package org.cinderj.builtins.types.core;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.function.PSuper;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * {@code super(type, obj)}. The compiler rewrites zero-argument {@code super()} into
 * {@code super(__class__, <first argument>)}, so only the explicit forms exist here.
 */
public final class SuperBuiltins {
    private SuperBuiltins() {
    }

    public static void install() {
        PythonClass S = BuiltinTypes.SUPER;
        Support.defineNew(S, "(cls, /, *args, **kwargs)", a -> ObjectBuiltins.allocate(Support.asClass(a[0], "super.__new__(X): X")));
        BuiltinDef.method(S, "__init__", "(self, type=?, obj=?, /)", a -> {
            init((PSuper) a[0], a[1], a[2]);
            return PNone.NONE;
        });
        BuiltinDef.method(S, "__getattribute__", "(self, name, /)", a -> {
            String name = Support.attrName(a[1]);
            Object r = lookup((PSuper) a[0], name);
            if (r == null) {
                throw ProtocolImpl.noAttribute(a[0], name);
            }
            return r;
        });
        BuiltinDef.method(S, "__get__", "(self, instance, owner=None, /)", a -> {
            PSuper s = (PSuper) a[0];
            if (a[1] == PNone.NONE || s.getObj() != null) {
                return s;
            }
            PSuper r = new PSuper(BuiltinTypes.SUPER);
            init(r, s.getType(), a[1]);
            return r;
        });
        BuiltinDef.method(S, "__repr__", "(self, /)", a -> {
            PSuper s = (PSuper) a[0];
            String t = s.getType() == null ? "NULL" : PyOps.repr(s.getType());
            if (s.getObjType() != null) {
                return "<super: " + t + ", <" + s.getObjType().getName() + " object>>";
            }
            return "<super: " + t + ", NULL>";
        });
        BuiltinDef.getter(S, "__thisclass__", self -> orNone(((PSuper) self).getType()));
        BuiltinDef.member(S, "__self__", self -> orNone(((PSuper) self).getObj()));
        BuiltinDef.getter(S, "__self_class__", self -> orNone(((PSuper) self).getObjType()));
    }

    private static Object orNone(Object o) {
        return o == null ? PNone.NONE : o;
    }

    @TruffleBoundary
    public static void init(PSuper self, Object type, Object obj) {
        if (type == Missing.VALUE) {
            throw PythonErrors.runtimeError("super(): no arguments");
        }
        if (!(type instanceof PythonClass t)) {
            throw PythonErrors.typeError("super() argument 1 must be type, not %s", Support.typeName(type));
        }
        if (obj == Missing.VALUE || obj == PNone.NONE) {
            self.init(t, null, null);
            return;
        }
        self.init(t, obj, checkSuper(t, obj));
    }

    /** type(obj) when obj is an instance of type, obj when it is a subclass; else TypeError. */
    @TruffleBoundary
    static PythonClass checkSuper(PythonClass type, Object obj) {
        if (obj instanceof PythonClass c && c.isSubclassOf(type)) {
            return c;
        }
        PythonClass t = BuiltinTypes.typeOf(obj);
        if (t.isSubclassOf(type)) {
            return t;
        }
        Object k = PyOps.lookupAttribute(obj, "__class__");
        if (k instanceof PythonClass kc && kc != t && kc.isSubclassOf(type)) {
            return kc;
        }
        throw PythonErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /** super's attribute lookup: the MRO of type(obj) after {@code type}; null when missing. */
    @TruffleBoundary
    public static Object lookup(PSuper s, String name) {
        PythonClass start = s.getObjType();
        if (start != null && !name.equals("__class__")) {
            PythonClass[] mro = start.getMro();
            int i = 0;
            while (i < mro.length && mro[i] != s.getType()) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                Object res = mro[i].getOwn(name);
                if (res != null) {
                    Object inst = s.getObj() == start ? null : s.getObj();
                    return ProtocolImpl.descrGet(res, inst, start);
                }
            }
        }
        return ProtocolImpl.objectGetAttr(s, s.getPythonClass(), name);
    }
}
