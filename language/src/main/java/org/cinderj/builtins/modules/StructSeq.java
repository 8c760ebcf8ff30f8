package org.cinderj.builtins.modules;

import java.util.Map;
import java.util.WeakHashMap;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * CPython's struct sequences ({@code sys.flags}, {@code time.struct_time}, {@code os.stat_result}
 * ...): tuple subclasses whose items are also named attributes. Fields past {@code nVisible} are
 * attributes only (kept in a side table).
 */
public final class StructSeq {
    private StructSeq() {
    }

    private static final Map<PTuple, Object[]> HIDDEN = new WeakHashMap<>();

    public static PythonClass type(String module, String name, String[] fields, int nVisible) {
        PythonClass c = new PythonClass(BuiltinTypes.TYPE, name, new PythonClass[]{BuiltinTypes.TUPLE}, false);
        c.define("__module__", module);
        c.setFlags(c.getFlags() & ~PythonClass.FLAG_BASETYPE);
        c.define("n_sequence_fields", (long) nVisible);
        c.define("n_fields", (long) fields.length);
        c.define("n_unnamed_fields", 0L);
        PTuple matchArgs = new PTuple(java.util.Arrays.copyOf(fields, nVisible, Object[].class));
        c.define("__match_args__", matchArgs);
        for (int i = 0; i < fields.length; i++) {
            final int idx = i;
            BuiltinDef.getter(c, fields[i], self -> get((PTuple) self, idx, nVisible));
        }
        String qual = module.equals("builtins") ? name : module + "." + name;
        BuiltinDef.method(c, "__repr__", "(self)", a -> {
            PTuple t = (PTuple) a[0];
            StringBuilder sb = new StringBuilder(qual).append('(');
            for (int i = 0; i < nVisible; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(fields[i]).append('=').append(PyOps.repr(t.get(i)));
            }
            return sb.append(')').toString();
        });
        BuiltinDef.method(c, "__reduce__", "(self)", a -> {
            PTuple t = (PTuple) a[0];
            return PyUtil.tuple(c, PyUtil.tuple(new PTuple(t.getItems()), new org.cinderj.runtime.dict.PDict()));
        });
        BuiltinDef.staticMethod(c, "__new__", "(cls, sequence, dict=None)", a -> {
            Object[] items = PyUtil.toArray(a[1]);
            int min = nVisible;
            int max = fields.length;
            if (items.length < min) {
                throw PythonErrors.typeError("%s() takes an at least %d-sequence (%d-sequence given)", qual, min, items.length);
            }
            if (items.length > max) {
                throw PythonErrors.typeError("%s() takes an at most %d-sequence (%d-sequence given)", qual, max, items.length);
            }
            Object[] all = new Object[fields.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = i < items.length ? items[i] : PNone.NONE;
            }
            if (a[2] instanceof org.cinderj.runtime.dict.PDict d) {
                for (int i = items.length; i < fields.length; i++) {
                    Object v = d.get(fields[i]);
                    if (v != null) {
                        all[i] = v;
                    }
                }
            }
            return make((PythonClass) a[0], nVisible, all);
        });
        return c;
    }

    /** A new instance; {@code values} holds all fields (visible ones first). */
    public static PTuple make(PythonClass cls, int nVisible, Object... values) {
        Object[] visible = java.util.Arrays.copyOf(values, nVisible);
        PTuple t = new PTuple(cls, visible);
        if (values.length > nVisible) {
            synchronized (HIDDEN) {
                HIDDEN.put(t, java.util.Arrays.copyOfRange(values, nVisible, values.length));
            }
        }
        return t;
    }

    private static Object get(PTuple t, int idx, int nVisible) {
        if (idx < nVisible) {
            return t.get(idx);
        }
        Object[] h;
        synchronized (HIDDEN) {
            h = HIDDEN.get(t);
        }
        return h == null || idx - nVisible >= h.length ? PNone.NONE : h[idx - nVisible];
    }
}
