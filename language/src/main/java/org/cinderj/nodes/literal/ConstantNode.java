package org.cinderj.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;

/** A literal value (or any object fixed at translation time). */
public final class ConstantNode extends ExprNode {
    private final Object value;

    private ConstantNode(Object value) {
        this.value = value;
    }

    public static ExprNode create(Object value) {
        if (value instanceof Long l) {
            return new LongConstantNode(l);
        } else if (value instanceof Double d) {
            return new DoubleConstantNode(d);
        }
        return new ConstantNode(value);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }

    static final class LongConstantNode extends ExprNode {
        private final long value;

        LongConstantNode(long value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return value;
        }
    }

    static final class DoubleConstantNode extends ExprNode {
        private final double value;

        DoubleConstantNode(double value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return value;
        }
    }
}
