package org.cinderj.builtins.types;

import org.cinderj.ast.CmpOperator;
import org.cinderj.ast.Operator;
import org.cinderj.ast.UnaryOperator;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.Protocol;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** A minimal stand-in for the real protocol so the type methods can be tested alone. */
public final class TestProtocol implements Protocol {
    private static boolean installed;

    public static synchronized void install() {
        if (!installed) {
            PyOps.setImplementation(new TestProtocol());
            org.cinderj.builtins.types.numbers.NumberAndTextTypes.install();
            installed = true;
        }
    }

    public long hash(Object obj) {
        return (Long) PyOps.callSpecial(obj, "__hash__");
    }

    public boolean equals(Object a, Object b) {
        return a == b || Boolean.TRUE.equals(PyOps.callSpecial(a, "__eq__", b));
    }

    public boolean isTrue(Object obj) {
        if (obj instanceof Boolean b) {
            return b;
        }
        if (obj == PNone.NONE) {
            return false;
        }
        Object r = PyOps.callSpecial(obj, "__bool__");
        return r == null || (Boolean) r;
    }

    public String repr(Object obj) {
        if (obj == PNone.NONE) {
            return "None";
        }
        Object r = PyOps.callSpecial(obj, "__repr__");
        return r == null ? obj.toString() : (String) r;
    }

    public String str(Object obj) {
        Object m = PyOps.lookupSpecial(obj, "__str__");
        if (m == null) {
            return repr(obj);
        }
        return (String) PyOps.callSpecial(obj, "__str__");
    }

    public Object getAttribute(Object obj, String name) {
        throw new UnsupportedOperationException();
    }

    public Object lookupAttribute(Object obj, String name) {
        throw new UnsupportedOperationException();
    }

    public void setAttribute(Object obj, String name, Object value) {
        throw new UnsupportedOperationException();
    }

    public void deleteAttribute(Object obj, String name) {
        throw new UnsupportedOperationException();
    }

    public Object getIter(Object obj) {
        return PyOps.callSpecial(obj, "__iter__");
    }

    public Object next(Object iterator) {
        try {
            return PyOps.callSpecial(iterator, "__next__");
        } catch (org.cinderj.runtime.exception.PException e) {
            if (PythonErrors.isInstance(e, BuiltinTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    public long length(Object obj) {
        return (Long) PyOps.callSpecial(obj, "__len__");
    }

    public Object getItem(Object obj, Object key) {
        if (obj instanceof PDict d) {
            Object v = d.get(key);
            if (v == null) {
                throw PythonErrors.keyError(key);
            }
            return v;
        }
        if (obj instanceof org.cinderj.runtime.list.PList list) {
            return list.get((int) (long) (Long) key);
        }
        Object r = PyOps.lookupSpecial(obj, "__getitem__");
        if (r == null) {
            throw PythonErrors.typeError("'%s' object is not subscriptable", BuiltinTypes.typeOf(obj).getName());
        }
        return PyOps.callSpecial(obj, "__getitem__", key);
    }

    public void setItem(Object obj, Object key, Object value) {
        PyOps.callSpecial(obj, "__setitem__", key, value);
    }

    public void deleteItem(Object obj, Object key) {
        PyOps.callSpecial(obj, "__delitem__", key);
    }

    public Object binaryOp(Object a, Object b, Operator op) {
        throw new UnsupportedOperationException();
    }

    public Object inplaceOp(Object a, Object b, Operator op) {
        throw new UnsupportedOperationException();
    }

    public Object unaryOp(Object a, UnaryOperator op) {
        throw new UnsupportedOperationException();
    }

    public Object richCompare(Object a, Object b, CmpOperator op) {
        throw new UnsupportedOperationException();
    }

    public boolean contains(Object container, Object item) {
        return (Boolean) PyOps.callSpecial(container, "__contains__", item);
    }

    public boolean isInstance(Object obj, Object classinfo) {
        return BuiltinTypes.typeOf(obj).isSubclassOf((PythonClass) classinfo);
    }

    public boolean isSubclass(Object cls, Object classinfo) {
        return ((PythonClass) cls).isSubclassOf((PythonClass) classinfo);
    }

    public Object index(Object obj) {
        Object i = IntOps.asInt(obj);
        return i != null ? i : PyOps.callSpecial(obj, "__index__");
    }

    public String format(Object obj, String spec) {
        return (String) PyOps.callSpecial(obj, "__format__", spec);
    }

    public Object callClass(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues) {
        Object nw = cls.lookup("__new__");
        Object f = ((org.cinderj.runtime.function.PStaticMethod) nw).getCallable();
        Object[] full = new Object[args.length + 1];
        full[0] = cls;
        System.arraycopy(args, 0, full, 1, args.length);
        Object r = org.cinderj.runtime.function.CallSupport.call(f, full, kwNames, kwValues);
        Object init = cls.lookup("__init__");
        if (init != null) {
            org.cinderj.runtime.function.CallSupport.call(init, prepend(r, args), kwNames, kwValues);
        }
        return r;
    }

    private static Object[] prepend(Object x, Object[] args) {
        Object[] full = new Object[args.length + 1];
        full[0] = x;
        System.arraycopy(args, 0, full, 1, args.length);
        return full;
    }
}
