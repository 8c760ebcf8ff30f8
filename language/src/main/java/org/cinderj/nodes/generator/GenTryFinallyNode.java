package org.cinderj.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.exception.ExceptionSupport;
import org.cinderj.runtime.exception.PException;

/**
 * {@code try/finally} inside a generator. State 1 means the final block is running, with the
 * pending jump or exception (if any) kept in a slot until it completes.
 */
public final class GenTryFinallyNode extends StmtNode {
    @Child private StmtNode body;
    @Child private StmtNode finalBody;
    private final int stateSlot;
    private final int pendingSlot;

    public GenTryFinallyNode(StmtNode body, StmtNode finalBody, int stateSlot, int pendingSlot) {
        this.body = body;
        this.finalBody = finalBody;
        this.stateSlot = stateSlot;
        this.pendingSlot = pendingSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (GenState.get(frame, stateSlot) == 0) {
            Object pending = null;
            try {
                body.executeVoid(frame);
            } catch (YieldException y) {
                throw y;
            } catch (PException | ControlFlowException e) {
                pending = e;
            }
            frame.setObject(pendingSlot, pending);
            GenState.set(frame, stateSlot, 1);
        }
        Object pending = frame.getObject(pendingSlot);
        try {
            finalBody.executeVoid(frame);
        } catch (YieldException y) {
            throw y;
        } catch (PException inner) {
            reset(frame);
            if (pending instanceof PException p) {
                ExceptionSupport.chain(inner, p.getPythonException());
            }
            throw inner;
        } catch (ControlFlowException c) {
            reset(frame);
            throw c;
        }
        reset(frame);
        if (pending instanceof PException p) {
            throw p;
        } else if (pending instanceof ControlFlowException c) {
            throw c;
        }
    }

    private void reset(VirtualFrame frame) {
        GenState.set(frame, stateSlot, 0);
        frame.setObject(pendingSlot, null);
    }
}
