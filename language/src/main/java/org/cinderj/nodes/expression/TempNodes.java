package org.cinderj.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;

/** Compiler temporaries in frame slots (evaluate-once operands of desugared statements). */
public final class TempNodes {
    private TempNodes() {
    }

    public static final class WriteTempNode extends ExprNode {
        @Child private ExprNode value;
        private final int slot;

        public WriteTempNode(ExprNode value, int slot) {
            this.value = value;
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            frame.setObject(slot, v);
            return v;
        }
    }

    public static final class ReadTempNode extends ExprNode {
        private final int slot;

        public ReadTempNode(int slot) {
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return frame.getObject(slot);
        }
    }

    /** Runs a statement, then yields an expression's value. */
    public static final class StmtThenExprNode extends ExprNode {
        @Child private StmtNode stmt;
        @Child private ExprNode expr;

        public StmtThenExprNode(StmtNode stmt, ExprNode expr) {
            this.stmt = stmt;
            this.expr = expr;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            stmt.executeVoid(frame);
            return expr.execute(frame);
        }
    }

    /** {@code (target := value)}. */
    public static final class NamedExprNode extends ExprNode {
        @Child private ExprNode value;
        @Child private org.cinderj.nodes.access.TargetNode target;

        public NamedExprNode(ExprNode value, org.cinderj.nodes.access.TargetNode target) {
            this.value = value;
            this.target = target;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            target.executeWrite(frame, v);
            return v;
        }
    }
}
