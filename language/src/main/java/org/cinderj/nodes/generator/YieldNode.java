package org.cinderj.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.generator.PGenerator;
import org.cinderj.runtime.object.PNone;

/**
 * {@code yield value}. The first execution suspends the generator; when the statement holding it
 * is resumed, the same node returns the value sent in (or raises the exception thrown in).
 */
public final class YieldNode extends ExprNode {
    @Child private ExprNode value;
    private final int stateSlot;
    private final int generatorSlot;

    public YieldNode(ExprNode value, int stateSlot, int generatorSlot) {
        this.value = value;
        this.stateSlot = stateSlot;
        this.generatorSlot = generatorSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (GenState.get(frame, stateSlot) == 1) {
            GenState.set(frame, stateSlot, 0);
            PGenerator g = GenState.generator(frame, generatorSlot);
            PException thrown = g.takeThrown();
            if (thrown != null) {
                // as CPython on resuming with an exception: an exception the generator itself is
                // handling at this yield becomes its context (not one its caller is handling)
                chainIfOwn(thrown, org.cinderj.runtime.PythonContext.get(this).getCaughtException(), g.takeCallerHandled());
                throw thrown;
            }
            Object sent = g.takeSent();
            return sent == null ? PNone.NONE : sent;
        }
        Object v = value == null ? PNone.NONE : value.execute(frame);
        GenState.set(frame, stateSlot, 1);
        throw new YieldException(v);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void chainIfOwn(PException thrown, org.cinderj.runtime.exception.PBaseException current,
                    org.cinderj.runtime.exception.PBaseException callerHandled) {
        if (current != callerHandled) {
            org.cinderj.nodes.exception.ExceptionSupport.chain(thrown, current);
        }
    }
}
