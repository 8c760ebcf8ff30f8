package org.cinderj.nodes.exception;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.access.TargetNode;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.TracebackSupport;
import org.cinderj.runtime.function.PCode;

/** {@code try: body except T as n: handler ... else: orelse}. */
public final class TryExceptNode extends StmtNode {
    @Child private StmtNode body;
    @Children private final ExprNode[] types;
    @Children private final TargetNode[] names;
    @Children private final StmtNode[] unbinders;
    @Children private final StmtNode[] handlers;
    @Child private StmtNode orelse;
    private final HandlerFrame frameInfo;

    /** Code of the enclosing root, for the traceback entry a caught exception gets. */
    public interface HandlerFrame {
        PCode code();
    }

    public TryExceptNode(StmtNode body, ExprNode[] types, TargetNode[] names, StmtNode[] unbinders, StmtNode[] handlers, StmtNode orelse,
                    HandlerFrame frameInfo) {
        this.body = body;
        this.types = types;
        this.names = names;
        this.unbinders = unbinders;
        this.handlers = handlers;
        this.orelse = orelse;
        this.frameInfo = frameInfo;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            handle(frame, e);
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PException e) {
        for (int i = 0; i < handlers.length; i++) {
            if (types[i] == null || ExceptionSupport.matches(e, types[i].execute(frame))) {
                TracebackSupport.addFrame(e, frameInfo.code(), frame);
                runHandler(frame, e, i);
                return;
            }
        }
        throw e;
    }

    private void runHandler(VirtualFrame frame, PException e, int i) {
        PythonContext ctx = PythonContext.get(this);
        PBaseException previous = ctx.getCaughtException();
        PBaseException exc = e.getPythonException();
        ctx.setCaughtException(exc);
        try {
            if (names[i] != null) {
                names[i].executeWrite(frame, exc);
            }
            handlers[i].executeVoid(frame);
        } catch (PException inner) {
            ExceptionSupport.chain(inner, exc);
            throw inner;
        } finally {
            ctx.setCaughtException(previous);
            if (unbinders[i] != null) {
                unbinders[i].executeVoid(frame);
            }
        }
    }
}
