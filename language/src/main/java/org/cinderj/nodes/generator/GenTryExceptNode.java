package org.cinderj.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.access.TargetNode;
import org.cinderj.nodes.exception.ExceptionSupport;
import org.cinderj.nodes.exception.TryExceptNode;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.TracebackSupport;

/**
 * {@code try/except/else} inside a generator. State: 0 in the body, i+1 in handler i (the caught
 * exception in a slot), handlers+1 in the else part.
 */
public final class GenTryExceptNode extends StmtNode {
    @Child private StmtNode body;
    @Children private final ExprNode[] types;
    @Children private final TargetNode[] names;
    @Children private final StmtNode[] unbinders;
    @Children private final StmtNode[] handlers;
    @Child private StmtNode orelse;
    private final TryExceptNode.HandlerFrame frameInfo;
    private final int stateSlot;
    private final int excSlot;

    public GenTryExceptNode(StmtNode body, ExprNode[] types, TargetNode[] names, StmtNode[] unbinders, StmtNode[] handlers, StmtNode orelse,
                    TryExceptNode.HandlerFrame frameInfo, int stateSlot, int excSlot) {
        this.body = body;
        this.types = types;
        this.names = names;
        this.unbinders = unbinders;
        this.handlers = handlers;
        this.orelse = orelse;
        this.frameInfo = frameInfo;
        this.stateSlot = stateSlot;
        this.excSlot = excSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int s = GenState.get(frame, stateSlot);
        if (s == 0) {
            try {
                body.executeVoid(frame);
                s = handlers.length + 1;
            } catch (YieldException y) {
                throw y;
            } catch (ControlFlowException c) {
                throw c;
            } catch (PException e) {
                int h = findHandler(frame, e);
                if (h < 0) {
                    throw e;
                }
                TracebackSupport.addFrame(e, frameInfo.code(), frame);
                frame.setObject(excSlot, e.getPythonException());
                s = h + 1;
                GenState.set(frame, stateSlot, s);
                if (names[h] != null) {
                    names[h].executeWrite(frame, e.getPythonException());
                }
            }
        }
        if (s == handlers.length + 1) {
            if (orelse == null) {
                GenState.set(frame, stateSlot, 0);
                return;
            }
            GenState.set(frame, stateSlot, s);
            try {
                orelse.executeVoid(frame);
            } catch (YieldException y) {
                throw y;
            } catch (PException | ControlFlowException e) {
                GenState.set(frame, stateSlot, 0);
                throw e;
            }
            GenState.set(frame, stateSlot, 0);
            return;
        }
        int h = s - 1;
        PythonContext ctx = PythonContext.get(this);
        PBaseException exc = (PBaseException) frame.getObject(excSlot);
        PBaseException previous = ctx.getCaughtException();
        ctx.setCaughtException(exc);
        try {
            handlers[h].executeVoid(frame);
        } catch (YieldException y) {
            ctx.setCaughtException(previous);
            throw y;
        } catch (PException inner) {
            ExceptionSupport.chain(inner, exc);
            finish(frame, h, ctx, previous);
            throw inner;
        } catch (ControlFlowException c) {
            finish(frame, h, ctx, previous);
            throw c;
        }
        finish(frame, h, ctx, previous);
    }

    private void finish(VirtualFrame frame, int h, PythonContext ctx, PBaseException previous) {
        ctx.setCaughtException(previous);
        GenState.set(frame, stateSlot, 0);
        frame.setObject(excSlot, null);
        if (unbinders[h] != null) {
            unbinders[h].executeVoid(frame);
        }
    }

    @ExplodeLoop
    private int findHandler(VirtualFrame frame, PException e) {
        for (int i = 0; i < handlers.length; i++) {
            if (types[i] == null || ExceptionSupport.matches(e, types[i].execute(frame))) {
                return i;
            }
        }
        return -1;
    }
}
