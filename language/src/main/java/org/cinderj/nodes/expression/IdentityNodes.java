package org.cinderj.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.runtime.PyOps;

/** {@code is}, {@code is not}, {@code in}, {@code not in}. */
public final class IdentityNodes {
    private IdentityNodes() {
    }

    /**
     * Python identity. Small ints, floats and strs are Java boxes here, so value equality stands in
     * for identity for them (CPython caches small ints and interns strings; programs relying on
     * identity of other equal numbers are relying on an implementation detail).
     */
    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        return false;
    }

    public abstract static class IsNode extends BinaryNode {

        @Specialization
        protected boolean doIs(Object a, Object b) {
            return is(a, b);
        }
    }

    public abstract static class IsNotNode extends BinaryNode {

        @Specialization
        protected boolean doIsNot(Object a, Object b) {
            return !is(a, b);
        }
    }

    @com.oracle.truffle.api.dsl.ImportStatic(IdentityNodes.class)
    public abstract static class InNode extends BinaryNode {

        @Specialization(guards = "isPlainSet(b)")
        protected boolean doInSet(Object a, org.cinderj.runtime.set.PBaseSet b) {
            return setContains(b, a);
        }

        @Specialization(guards = "isPlainDict(b)")
        protected boolean doInDict(Object a, org.cinderj.runtime.dict.PDict b) {
            return b.containsKey(a);
        }

        @Specialization
        protected boolean doInStr(String a, String b) {
            return substring(b, a);
        }

        @Specialization(guards = "isPlainList(b)")
        protected boolean doInList(Object a, org.cinderj.runtime.list.PList b) {
            return arrayContains(b.getStore(), b.size(), a);
        }

        @Specialization(guards = "isPlainTuple(b)")
        protected boolean doInTuple(Object a, org.cinderj.runtime.tuple.PTuple b) {
            return arrayContains(b.getItems(), b.size(), a);
        }

        @Specialization(replaces = {"doInSet", "doInDict", "doInList", "doInTuple"})
        protected boolean doIn(Object a, Object b) {
            return contains(b, a);
        }
    }

    /** {@code a not in b}: the negation of {@link InNode}, with its fast paths. */
    public abstract static class NotInNode extends BinaryNode {

        @Specialization
        protected boolean doNotIn(Object a, Object b,
                        @com.oracle.truffle.api.dsl.Cached("createIn()") InNode in) {
            return !(Boolean) in.executeWith(a, b);
        }

        protected static InNode createIn() {
            return IdentityNodesFactory.InNodeGen.create(null, null);
        }
    }

    public static boolean isPlainSet(Object o) {
        return o instanceof org.cinderj.runtime.set.PBaseSet s
                        && (s.getPythonClass() == org.cinderj.runtime.type.BuiltinTypes.SET || s.getPythonClass() == org.cinderj.runtime.type.BuiltinTypes.FROZENSET);
    }

    public static boolean isPlainDict(Object o) {
        return o instanceof org.cinderj.runtime.dict.PDict d && d.getPythonClass() == org.cinderj.runtime.type.BuiltinTypes.DICT;
    }

    public static boolean isPlainList(Object o) {
        return o instanceof org.cinderj.runtime.list.PList l && l.getPythonClass() == org.cinderj.runtime.type.BuiltinTypes.LIST;
    }

    public static boolean isPlainTuple(Object o) {
        return o instanceof org.cinderj.runtime.tuple.PTuple t && t.getPythonClass() == org.cinderj.runtime.type.BuiltinTypes.TUPLE;
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static boolean setContains(org.cinderj.runtime.set.PBaseSet s, Object item) {
        return s.containsKey(item);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static boolean substring(String haystack, String needle) {
        return haystack.contains(needle);
    }

    /** {@code item in list}: identity or equality, element by element (as list.__contains__). */
    @TruffleBoundary(transferToInterpreterOnException = false)
    static boolean arrayContains(Object[] items, int n, Object item) {
        for (int i = 0; i < n; i++) {
            Object x = items[i];
            if (x == item || PyOps.equals(x, item)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static boolean contains(Object container, Object item) {
        return PyOps.contains(container, item);
    }
}
