package org.cinderj.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.access.TargetNode;
import org.cinderj.nodes.exception.WithNode;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.function.CallSupport;

/** {@code with} inside a generator: the manager and its {@code __exit__} survive a yield in slots. */
public final class GenWithNode extends StmtNode {
    @Child private ExprNode manager;
    @Child private TargetNode target;
    @Child private StmtNode body;
    private final int stateSlot;
    private final int managerSlot;
    private final int exitSlot;

    private final org.cinderj.nodes.exception.TryExceptNode.HandlerFrame frameInfo;

    public GenWithNode(ExprNode manager, TargetNode target, StmtNode body, int stateSlot, int managerSlot, int exitSlot,
                    org.cinderj.nodes.exception.TryExceptNode.HandlerFrame frameInfo) {
        this.frameInfo = frameInfo;
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.stateSlot = stateSlot;
        this.managerSlot = managerSlot;
        this.exitSlot = exitSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (GenState.get(frame, stateSlot) == 0) {
            Object mgr = manager.execute(frame);
            Object[] enterExit = WithNode.lookup(mgr);
            Object entered = CallSupport.call(enterExit[0], mgr);
            frame.setObject(managerSlot, mgr);
            frame.setObject(exitSlot, enterExit[1]);
            GenState.set(frame, stateSlot, 1);
            if (target != null) {
                target.executeWrite(frame, entered);
            }
        }
        Object mgr = frame.getObject(managerSlot);
        Object exit = frame.getObject(exitSlot);
        try {
            body.executeVoid(frame);
        } catch (YieldException y) {
            throw y;
        } catch (ControlFlowException c) {
            reset(frame);
            WithNode.callExit(exit, mgr, null);
            throw c;
        } catch (PException e) {
            reset(frame);
            WithNode.exitOrRethrow(this, frame, frameInfo, exit, mgr, e);
            return;
        }
        reset(frame);
        WithNode.callExit(exit, mgr, null);
    }

    private void reset(VirtualFrame frame) {
        GenState.set(frame, stateSlot, 0);
        frame.setObject(managerSlot, null);
        frame.setObject(exitSlot, null);
    }
}
