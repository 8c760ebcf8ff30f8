package org.cinderj.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.ArrayList;
import org.cinderj.nodes.ExprNode;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** List, tuple, set and dict displays, with {@code *iterable} and {@code **mapping} splats. */
public final class CollectionNodes {
    private CollectionNodes() {
    }

    /** Marks an element expression that is a {@code *iterable} splat. */
    public static final class StarredNode extends ExprNode {
        @Child public ExprNode value;

        public StarredNode(ExprNode value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value.execute(frame);
        }
    }

    static boolean hasStar(ExprNode[] elts) {
        for (ExprNode e : elts) {
            if (e instanceof StarredNode) {
                return true;
            }
        }
        return false;
    }

    @ExplodeLoop
    static Object[] evaluate(VirtualFrame frame, ExprNode[] elts) {
        Object[] values = new Object[elts.length];
        for (int i = 0; i < elts.length; i++) {
            values[i] = elts[i].execute(frame);
        }
        return values;
    }

    @ExplodeLoop
    static Object[] evaluateWithStars(VirtualFrame frame, ExprNode[] elts) {
        ArrayList<Object> out = new ArrayList<>();
        for (ExprNode e : elts) {
            Object v = e.execute(frame);
            if (e instanceof StarredNode) {
                extend(out, v);
            } else {
                add(out, v);
            }
        }
        return toArray(out);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static void add(ArrayList<Object> out, Object v) {
        out.add(v);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static Object[] toArray(ArrayList<Object> out) {
        return out.toArray();
    }

    /** Appends every item of an iterable. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static void extend(ArrayList<Object> out, Object iterable) {
        if (iterable instanceof PList l && l.getPythonClass() == BuiltinTypes.LIST) {
            for (int i = 0; i < l.size(); i++) {
                out.add(l.get(i));
            }
            return;
        }
        if (iterable instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE) {
            for (Object o : t.getItems()) {
                out.add(o);
            }
            return;
        }
        Object it = PyOps.getIter(iterable);
        for (Object o = PyOps.next(it); o != null; o = PyOps.next(it)) {
            out.add(o);
        }
    }

    /** Every item of an iterable, as an array. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE) {
            return t.getItems();
        }
        ArrayList<Object> out = new ArrayList<>();
        extend(out, iterable);
        return out.toArray();
    }

    public static final class ListNode extends ExprNode {
        @Children private final ExprNode[] elts;
        private final boolean star;

        public ListNode(ExprNode[] elts) {
            this.elts = elts;
            this.star = hasStar(elts);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] items = star ? evaluateWithStars(frame, elts) : evaluate(frame, elts);
            if (items.length < 4 && !star) {
                Object[] store = new Object[4];
                System.arraycopy(items, 0, store, 0, items.length);
                return new PList(BuiltinTypes.LIST, store, items.length);
            }
            return new PList(items);
        }
    }

    public static final class TupleNode extends ExprNode {
        @Children private final ExprNode[] elts;
        private final boolean star;

        public TupleNode(ExprNode[] elts) {
            this.elts = elts;
            this.star = hasStar(elts);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (elts.length == 0) {
                return PTuple.EMPTY;
            }
            return new PTuple(star ? evaluateWithStars(frame, elts) : evaluate(frame, elts));
        }
    }

    public static final class SetNode extends ExprNode {
        @Children private final ExprNode[] elts;

        public SetNode(ExprNode[] elts) {
            this.elts = elts;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] items = evaluateWithStars(frame, elts);
            return makeSet(items);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static Object makeSet(Object[] items) {
            org.cinderj.runtime.set.PSet set = new org.cinderj.runtime.set.PSet();
            for (Object o : items) {
                set.add(o);
            }
            return set;
        }
    }

    /** {@code {k: v, **m}}: keys[i] is null for a {@code **m} entry. */
    public static final class DictNode extends ExprNode {
        @Children private final ExprNode[] keys;
        @Children private final ExprNode[] values;

        public DictNode(ExprNode[] keys, ExprNode[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            PDict d = new PDict();
            for (int i = 0; i < values.length; i++) {
                if (keys[i] == null) {
                    update(d, values[i].execute(frame));
                } else {
                    Object k = keys[i].execute(frame);
                    d.put(k, values[i].execute(frame));
                }
            }
            return d;
        }
    }

    /** {@code d.update(mapping)} for {@code **} splats in displays and calls. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static void update(PDict d, Object mapping) {
        if (mapping instanceof PDict src) {
            for (PDict.Entry e : src.entriesArray()) {
                d.put(e.key, e.value);
            }
            return;
        }
        Object keysMethod = PyOps.lookupAttribute(mapping, "keys");
        if (keysMethod == null) {
            throw PythonErrors.typeError("'%s' object is not a mapping", BuiltinTypes.typeOf(mapping).getName());
        }
        Object keys = org.cinderj.runtime.function.CallSupport.call(keysMethod);
        Object it = PyOps.getIter(keys);
        for (Object k = PyOps.next(it); k != null; k = PyOps.next(it)) {
            d.put(k, PyOps.getItem(mapping, k));
        }
    }
}
