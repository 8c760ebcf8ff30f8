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
        @Override
        protected String dunderName() {
            return "__isnode_never__";
        }

        @Override
        protected Object slowPath(Object left, Object right) {
            return executeWith(left, right);
        }

        @Specialization
        protected boolean doIs(Object a, Object b) {
            return is(a, b);
        }
    }

    public abstract static class IsNotNode extends BinaryNode {
        @Override
        protected String dunderName() {
            return "__isnotnode_never__";
        }

        @Override
        protected Object slowPath(Object left, Object right) {
            return executeWith(left, right);
        }

        @Specialization
        protected boolean doIsNot(Object a, Object b) {
            return !is(a, b);
        }
    }

    public abstract static class InNode extends BinaryNode {
        @Override
        protected String dunderName() {
            return "__innode_never__";
        }

        @Override
        protected Object slowPath(Object left, Object right) {
            return executeWith(left, right);
        }

        @Specialization
        protected boolean doIn(Object a, Object b) {
            return contains(b, a);
        }
    }

    public abstract static class NotInNode extends BinaryNode {
        @Override
        protected String dunderName() {
            return "__notinnode_never__";
        }

        @Override
        protected Object slowPath(Object left, Object right) {
            return executeWith(left, right);
        }

        @Specialization
        protected boolean doNotIn(Object a, Object b) {
            return !contains(b, a);
        }
    }

    @TruffleBoundary
    static boolean contains(Object container, Object item) {
        return PyOps.contains(container, item);
    }
}
