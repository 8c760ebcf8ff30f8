package org.cinderj.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.Arrays;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.function.PCell;
import org.cinderj.runtime.function.PFunction;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * {@code __build_class__}: resolves {@code __mro_entries__}, picks the metaclass, prepares the
 * namespace, runs the class body in it and calls the metaclass.
 */
public final class ClassBuilder {
    private ClassBuilder() {
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object build(PFunction body, String name, Object[] bases, String[] kwNames, Object[] kwValues) {
        Object[] origBases = bases;
        bases = resolveMroEntries(bases);
        Object metaclass = null;
        ArrayList<String> names = new ArrayList<>(Arrays.asList(kwNames));
        ArrayList<Object> values = new ArrayList<>(Arrays.asList(kwValues));
        int mi = names.indexOf("metaclass");
        if (mi >= 0) {
            metaclass = values.get(mi);
            names.remove(mi);
            values.remove(mi);
        }
        boolean isClass = false;
        if (metaclass == null) {
            metaclass = bases.length == 0 ? BuiltinTypes.TYPE : BuiltinTypes.typeOf(bases[0]);
            isClass = true;
        } else {
            isClass = metaclass instanceof PythonClass;
        }
        if (isClass) {
            metaclass = calculateMeta((PythonClass) metaclass, bases);
        }
        String[] kn = names.toArray(new String[0]);
        Object[] kv = values.toArray();
        PTuple basesTuple = new PTuple(bases);
        Object ns;
        Object prepare = PyOps.lookupAttribute(metaclass, "__prepare__");
        if (prepare != null) {
            ns = CallSupport.call(prepare, new Object[]{name, basesTuple}, kn, kv);
        } else {
            ns = new PDict();
        }
        if (!(ns instanceof PDict) && PyOps.lookupSpecial(ns, "__getitem__") == null) {
            throw PythonErrors.typeError("%s.__prepare__() must return a mapping, not %s",
                            metaclass instanceof PythonClass mc ? mc.getName() : "<metaclass>", BuiltinTypes.typeOf(ns).getName());
        }
        Object cell = body.getCode().getCallTarget().call(body, ns);
        if (origBases != bases) {
            PyOps.setItem(ns, "__orig_bases__", new PTuple(origBases));
        }
        Object cls = CallSupport.call(metaclass, new Object[]{name, basesTuple, ns}, kn, kv);
        if (cell instanceof PCell c) {
            if (c.get() == null) {
                c.set(cls);
            } else if (c.get() != cls) {
                throw PythonErrors.typeError("__class__ set to %s defining '%s' as %s", PyOps.repr(c.get()), name, PyOps.repr(cls));
            }
        }
        return cls;
    }

    private static Object[] resolveMroEntries(Object[] bases) {
        ArrayList<Object> out = null;
        for (int i = 0; i < bases.length; i++) {
            Object b = bases[i];
            if (b instanceof PythonClass) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            Object me = PyOps.lookupAttribute(b, "__mro_entries__");
            if (me == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(Arrays.asList(bases).subList(0, i));
            }
            Object entries = CallSupport.call(me, new PTuple(bases));
            if (!(entries instanceof PTuple t)) {
                throw PythonErrors.typeError("__mro_entries__ must return a tuple");
            }
            out.addAll(Arrays.asList(t.getItems()));
        }
        return out == null ? bases : out.toArray();
    }

    /** The most derived metaclass among the given one and the bases' metaclasses. */
    public static PythonClass calculateMeta(PythonClass meta, Object[] bases) {
        PythonClass winner = meta;
        for (Object b : bases) {
            PythonClass bm = BuiltinTypes.typeOf(b);
            if (winner.isSubclassOf(bm)) {
                continue;
            }
            if (bm.isSubclassOf(winner)) {
                winner = bm;
                continue;
            }
            throw PythonErrors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }
}
