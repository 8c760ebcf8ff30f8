package org.cinderj.nodes.exception;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.cinderj.nodes.StmtNode;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PException;

/**
 * {@code try: body finally: final}. The final block runs on every way out of the body; if it ends
 * with its own return/break/continue/raise, that replaces the pending one.
 */
public final class TryFinallyNode extends StmtNode {
    @Child private StmtNode body;
    @Child private StmtNode finalBody;

    public TryFinallyNode(StmtNode body, StmtNode finalBody) {
        this.body = body;
        this.finalBody = finalBody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (ControlFlowException c) {
            finalBody.executeVoid(frame);
            throw c;
        } catch (PException e) {
            PythonContext ctx = PythonContext.get(this);
            PBaseException previous = ctx.getCaughtException();
            ctx.setCaughtException(e.getPythonException());
            try {
                finalBody.executeVoid(frame);
            } catch (PException inner) {
                ExceptionSupport.chain(inner, e.getPythonException());
                throw inner;
            } finally {
                ctx.setCaughtException(previous);
            }
            throw e;
        }
        finalBody.executeVoid(frame);
    }
}
