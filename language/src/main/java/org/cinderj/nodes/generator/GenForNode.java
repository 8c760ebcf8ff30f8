package org.cinderj.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.access.TargetNode;
import org.cinderj.nodes.control.ControlFlow;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.generator.GeneratorSupport;
import org.cinderj.runtime.generator.PGenerator;

/**
 * {@code for} inside a generator. The iterator lives in a frame slot; state 0 fresh, 1 in the
 * body, 2 in the else part, 3 fetching the next item.
 */
public final class GenForNode extends StmtNode {
    @Child private ExprNode iterable;
    @Child private TargetNode target;
    @Child private StmtNode body;
    @Child private StmtNode orelse;
    private final int stateSlot;
    private final int iterSlot;

    public GenForNode(ExprNode iterable, TargetNode target, StmtNode body, StmtNode orelse, int stateSlot, int iterSlot) {
        this.iterable = iterable;
        this.target = target;
        this.body = body;
        this.orelse = orelse;
        this.stateSlot = stateSlot;
        this.iterSlot = iterSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            int s = GenState.get(frame, stateSlot);
            if (s == 0) {
                frame.setObject(iterSlot, iter(iterable.execute(frame)));
                s = 3;
                GenState.set(frame, stateSlot, 3);
            }
            while (true) {
                if (s == 1) {
                    try {
                        body.executeVoid(frame);
                    } catch (ControlFlow.BreakException b) {
                        break;
                    } catch (ControlFlow.ContinueException c) {
                        // next item
                    }
                    s = 3;
                    GenState.set(frame, stateSlot, 3);
                } else if (s == 2) {
                    orelse.executeVoid(frame);
                    break;
                } else {
                    Object item = next(frame.getObject(iterSlot));
                    if (item == null) {
                        if (orelse == null) {
                            break;
                        }
                        s = 2;
                        GenState.set(frame, stateSlot, 2);
                        continue;
                    }
                    target.executeWrite(frame, item);
                    s = 1;
                    GenState.set(frame, stateSlot, 1);
                }
            }
        } catch (YieldException y) {
            throw y;
        } catch (PException | ControlFlowException e) {
            GenState.set(frame, stateSlot, 0);
            frame.setObject(iterSlot, null);
            throw e;
        }
        GenState.set(frame, stateSlot, 0);
        frame.setObject(iterSlot, null);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static Object iter(Object o) {
        return PyOps.getIter(o);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static Object next(Object it) {
        if (it instanceof PGenerator g) {
            return GeneratorSupport.nextOrNull(g);
        }
        return PyOps.next(it);
    }
}
