package org.cinderj.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.access.TargetNode;
import org.cinderj.runtime.object.PNone;

/** Statements with no control flow of their own. */
public final class SimpleStatements {
    private SimpleStatements() {
    }

    public static final class ExprStmtNode extends StmtNode {
        @Child private ExprNode expr;

        public ExprStmtNode(ExprNode expr) {
            this.expr = expr;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            expr.execute(frame);
        }
    }

    public static final class PassNode extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
        }
    }

    public static final class BreakNode extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw ControlFlow.BreakException.INSTANCE;
        }
    }

    public static final class ContinueNode extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw ControlFlow.ContinueException.INSTANCE;
        }
    }

    public static final class ReturnNode extends StmtNode {
        @Child private ExprNode value;

        public ReturnNode(ExprNode value) {
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            throw new ControlFlow.ReturnException(value == null ? PNone.NONE : value.execute(frame));
        }

        /** The returned expression ({@code None} for a bare return), for a root that evaluates it itself. */
        public ExprNode detachValue() {
            return value == null ? org.cinderj.nodes.literal.ConstantNode.create(PNone.NONE) : value;
        }
    }

    /** {@code t1 = t2 = value}. */
    public static final class AssignNode extends StmtNode {
        @Child private ExprNode value;
        @Children private final TargetNode[] targets;

        public AssignNode(ExprNode value, TargetNode[] targets) {
            this.value = value;
            this.targets = targets;
        }

        @Override
        @com.oracle.truffle.api.nodes.ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            Object v = value.execute(frame);
            for (TargetNode t : targets) {
                t.executeWrite(frame, v);
            }
        }
    }

    /** Several statements that must run as one (desugarings). */
    public static final class SeqNode extends StmtNode {
        @Children private final StmtNode[] body;

        public SeqNode(StmtNode... body) {
            this.body = body;
        }

        @Override
        @com.oracle.truffle.api.nodes.ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            for (StmtNode s : body) {
                s.executeVoid(frame);
            }
        }
    }
}
