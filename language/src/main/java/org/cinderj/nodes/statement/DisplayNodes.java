package org.cinderj.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.function.CallSupport;

/** Interactive mode: an expression statement's value goes to {@code sys.displayhook}. */
public final class DisplayNodes {
    private DisplayNodes() {
    }

    public static final class PrintExprNode extends StmtNode {
        @Child private ExprNode value;

        public PrintExprNode(ExprNode value) {
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            display(PythonContext.get(this), value.execute(frame));
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static void display(PythonContext ctx, Object v) {
            Object hook = ctx.getSys() == null ? null : ctx.getSys().getAttr("displayhook");
            if (hook != null) {
                CallSupport.call(hook, v);
            }
        }
    }
}
