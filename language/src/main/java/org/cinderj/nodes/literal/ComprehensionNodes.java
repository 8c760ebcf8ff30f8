package org.cinderj.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.list.PList;

/** The accumulating statements of list/set/dict comprehensions (the result lives in a slot). */
public final class ComprehensionNodes {
    private ComprehensionNodes() {
    }

    public static final class ListAppendNode extends StmtNode {
        private final int slot;
        @Child private ExprNode value;

        public ListAppendNode(int slot, ExprNode value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            ((PList) frame.getObject(slot)).append(value.execute(frame));
        }
    }

    public static final class DictSetNode extends StmtNode {
        private final int slot;
        @Child private ExprNode key;
        @Child private ExprNode value;

        public DictSetNode(int slot, ExprNode key, ExprNode value) {
            this.slot = slot;
            this.key = key;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object k = key.execute(frame);
            Object v = value.execute(frame);
            ((PDict) frame.getObject(slot)).put(k, v);
        }
    }

    /** Stores a fresh container in the result slot. */
    public static final class InitResultNode extends StmtNode {
        private final int slot;
        @Child private ExprNode factory;

        public InitResultNode(int slot, ExprNode factory) {
            this.slot = slot;
            this.factory = factory;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setObject(slot, factory.execute(frame));
        }
    }
}
