package org.cinderj.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.ArrayList;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.literal.CollectionNodes;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * {@code f(a, *b, k=c, **d)}. Arguments are evaluated left to right into a positional array and
 * keyword name/value arrays, then dispatched.
 */
public class CallNode extends ExprNode {
    @Child protected ExprNode callee;
    @Children protected final ExprNode[] args;
    /** Keyword names; null entries are {@code **mapping} splats. */
    protected final String[] kwNames;
    @Children protected final ExprNode[] kwValues;
    protected final boolean hasStar;
    protected final boolean hasDoubleStar;
    @Child protected DispatchCallNode dispatch = DispatchCallNode.create();

    public CallNode(ExprNode callee, ExprNode[] args, String[] kwNames, ExprNode[] kwValues) {
        this.callee = callee;
        this.args = args;
        this.kwNames = kwNames;
        this.kwValues = kwValues;
        boolean star = false;
        for (ExprNode a : args) {
            star |= a instanceof CollectionNodes.StarredNode;
        }
        boolean dstar = false;
        for (String k : kwNames) {
            dstar |= k == null;
        }
        this.hasStar = star;
        this.hasDoubleStar = dstar;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object f = callee.execute(frame);
        return callWith(frame, f, null);
    }

    /** Evaluates the arguments (with {@code self} first when not null) and dispatches. */
    protected final Object callWith(VirtualFrame frame, Object f, Object self) {
        Object[] positional = evaluatePositional(frame, self, f);
        if (kwNames.length == 0) {
            return dispatch.execute(f, positional, DispatchCallNode.NO_NAMES, EMPTY);
        }
        if (!hasDoubleStar) {
            Object[] values = evaluateKeywords(frame);
            return dispatch.execute(f, positional, kwNames, values);
        }
        Object[][] kw = evaluateKeywordsWithSplats(frame, f);
        return dispatch.execute(f, positional, (String[]) kw[0], kw[1]);
    }

    private static final Object[] EMPTY = new Object[0];

    @ExplodeLoop
    private Object[] evaluatePositional(VirtualFrame frame, Object self, Object f) {
        int offset = self == null ? 0 : 1;
        if (!hasStar) {
            Object[] values = new Object[args.length + offset];
            if (self != null) {
                values[0] = self;
            }
            for (int i = 0; i < args.length; i++) {
                values[i + offset] = args[i].execute(frame);
            }
            return values;
        }
        ArrayList<Object> out = new ArrayList<>();
        if (self != null) {
            add(out, self);
        }
        for (ExprNode a : args) {
            Object v = a.execute(frame);
            if (a instanceof CollectionNodes.StarredNode) {
                extendStar(out, v, f);
            } else {
                add(out, v);
            }
        }
        return toArray(out);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static void extendStar(ArrayList<Object> out, Object v, Object f) {
        if (PyOps.lookupSpecial(v, "__iter__") == null && PyOps.lookupSpecial(v, "__getitem__") == null) {
            throw PythonErrors.typeError("%s argument after * must be an iterable, not %s", calleeName(f), BuiltinTypes.typeOf(v).getName());
        }
        CollectionNodes.extend(out, v);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static void add(ArrayList<Object> out, Object v) {
        out.add(v);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static Object[] toArray(ArrayList<Object> out) {
        return out.toArray();
    }

    @ExplodeLoop
    private Object[] evaluateKeywords(VirtualFrame frame) {
        Object[] values = new Object[kwValues.length];
        for (int i = 0; i < kwValues.length; i++) {
            values[i] = kwValues[i].execute(frame);
        }
        return values;
    }

    @ExplodeLoop
    private Object[][] evaluateKeywordsWithSplats(VirtualFrame frame, Object f) {
        ArrayList<String> names = new ArrayList<>();
        ArrayList<Object> values = new ArrayList<>();
        for (int i = 0; i < kwValues.length; i++) {
            Object v = kwValues[i].execute(frame);
            if (kwNames[i] != null) {
                addKeyword(names, values, kwNames[i], v, f);
            } else {
                splat(names, values, v, f);
            }
        }
        return pack(names, values);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static Object[][] pack(ArrayList<String> names, ArrayList<Object> values) {
        return new Object[][]{names.toArray(new String[0]), values.toArray()};
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static void addKeyword(ArrayList<String> names, ArrayList<Object> values, String name, Object v, Object f) {
        if (names.contains(name)) {
            throw PythonErrors.typeError("%s got multiple values for keyword argument '%s'", calleeName(f), name);
        }
        names.add(name);
        values.add(v);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static void splat(ArrayList<String> names, ArrayList<Object> values, Object mapping, Object f) {
        PDict d;
        if (mapping instanceof PDict pd) {
            d = pd;
        } else {
            if (PyOps.lookupAttribute(mapping, "keys") == null) {
                throw PythonErrors.typeError("%s argument after ** must be a mapping, not %s", calleeName(f), BuiltinTypes.typeOf(mapping).getName());
            }
            d = new PDict();
            CollectionNodes.update(d, mapping);
        }
        for (PDict.Entry e : d.entriesArray()) {
            if (!(e.key instanceof String s)) {
                throw PythonErrors.typeError("keywords must be strings");
            }
            addKeyword(names, values, s, e.value, f);
        }
    }

    /** CPython's {@code _PyObject_FunctionStr}: {@code module.qualname()}, or {@code str(f)} without a qualname. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    static String calleeName(Object f) {
        Object qualname;
        try {
            qualname = org.cinderj.runtime.PyOps.lookupAttribute(f, "__qualname__");
        } catch (org.cinderj.runtime.exception.PException e) {
            qualname = null;
        }
        if (qualname == null) {
            return org.cinderj.runtime.PyOps.str(f);
        }
        Object module;
        try {
            module = org.cinderj.runtime.PyOps.lookupAttribute(f, "__module__");
        } catch (org.cinderj.runtime.exception.PException e) {
            module = null;
        }
        if (module != null && module != org.cinderj.runtime.object.PNone.NONE && !"builtins".equals(module)) {
            return org.cinderj.runtime.PyOps.str(module) + "." + org.cinderj.runtime.PyOps.str(qualname) + "()";
        }
        return org.cinderj.runtime.PyOps.str(qualname) + "()";
    }
}
