package org.cinderj.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.Guards;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.expression.BinaryNode;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code obj[key]}, {@code obj[key] = v}, {@code del obj[key]}, and slice objects. */
public final class SubscriptNodes {
    private SubscriptNodes() {
    }

    @ImportStatic(Guards.class)
    public abstract static class GetItemNode extends BinaryNode {
        @Override
        protected String dunderName() {
            return "__getitem__";
        }

        @Override
        protected Object slowPath(Object obj, Object key) {
            return generic(obj, key);
        }

        @Specialization(guards = {"isList(l)", "inBounds(i, l.size())"})
        protected Object doList(PList l, long i) {
            return l.get((int) (i >= 0 ? i : i + l.size()));
        }

        @Specialization(guards = {"isTuple(t)", "inBounds(i, t.size())"})
        protected Object doTuple(PTuple t, long i) {
            return t.get((int) (i >= 0 ? i : i + t.size()));
        }

        @Specialization(guards = {"isDict(d)"})
        protected Object doDict(PDict d, Object key) {
            Object v = d.get(key);
            if (v == null) {
                return generic(d, key);
            }
            return v;
        }

        @Specialization
        protected Object doGeneric(Object obj, Object key) {
            return generic(obj, key);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        static Object generic(Object obj, Object key) {
            return PyOps.getItem(obj, key);
        }
    }

    @ImportStatic(Guards.class)
    public abstract static class SetItemNode extends com.oracle.truffle.api.nodes.Node {
        public abstract void executeSet(Object obj, Object key, Object value);

        @Specialization(guards = {"isList(l)", "inBounds(i, l.size())"})
        protected void doList(PList l, long i, Object value) {
            l.set((int) (i >= 0 ? i : i + l.size()), value);
        }

        @Specialization(guards = {"isDict(d)"})
        protected void doDict(PDict d, Object key, Object value) {
            d.put(key, value);
        }

        @Specialization
        protected void doGeneric(Object obj, Object key, Object value) {
            generic(obj, key, value);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        static void generic(Object obj, Object key, Object value) {
            PyOps.setItem(obj, key, value);
        }
    }

    public static final class SubscriptTargetNode extends TargetNode {
        @Child private ExprNode receiver;
        @Child private ExprNode key;
        @Child private SetItemNode set = SubscriptNodesFactory.SetItemNodeGen.create();

        public SubscriptTargetNode(ExprNode receiver, ExprNode key) {
            this.receiver = receiver;
            this.key = key;
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object value) {
            Object r = receiver.execute(frame);
            Object k = key.execute(frame);
            set.executeSet(r, k, value);
        }
    }

    public static final class DeleteItemNode extends StmtNode {
        @Child private ExprNode receiver;
        @Child private ExprNode key;

        public DeleteItemNode(ExprNode receiver, ExprNode key) {
            this.receiver = receiver;
            this.key = key;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object r = receiver.execute(frame);
            Object k = key.execute(frame);
            delete(r, k);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static void delete(Object r, Object k) {
            PyOps.deleteItem(r, k);
        }
    }

    /** {@code lower:upper:step} inside a subscript: a slice object. */
    public static final class SliceNode extends ExprNode {
        @Child private ExprNode lower;
        @Child private ExprNode upper;
        @Child private ExprNode step;

        public SliceNode(ExprNode lower, ExprNode upper, ExprNode step) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object l = lower == null ? PNone.NONE : lower.execute(frame);
            Object u = upper == null ? PNone.NONE : upper.execute(frame);
            Object s = step == null ? PNone.NONE : step.execute(frame);
            return make(l, u, s);
        }

        private static Object make(Object l, Object u, Object s) {
            return new org.cinderj.runtime.slice.PSlice(l, u, s);
        }
    }

    /** Used by {@code @NodeChild}-less construction of GetItem with two children. */
    public static ExprNode getItem(ExprNode receiver, ExprNode key) {
        return SubscriptNodesFactory.GetItemNodeGen.create(receiver, key);
    }
}
