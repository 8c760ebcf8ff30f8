package org.cinderj.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.cinderj.nodes.StmtNode;
import org.cinderj.runtime.exception.PException;

/**
 * A statement sequence inside a generator: remembers which statement was running when the
 * generator suspended, and resumes there.
 */
public final class GenBlockNode extends StmtNode {
    @Children private final StmtNode[] statements;
    private final int[] lines;
    private final int indexSlot;

    public GenBlockNode(StmtNode[] statements, int[] lines, int indexSlot) {
        this.statements = statements;
        this.lines = lines;
        this.indexSlot = indexSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        int start = GenState.get(frame, indexSlot);
        for (int i = 0; i < statements.length; i++) {
            if (i < start) {
                continue;
            }
            GenState.set(frame, indexSlot, i);
            try {
                statements[i].executeVoid(frame);
            } catch (YieldException y) {
                throw y;
            } catch (PException e) {
                GenState.set(frame, indexSlot, 0);
                e.recordLine(lines[i]);
                throw e;
            } catch (ControlFlowException c) {
                GenState.set(frame, indexSlot, 0);
                throw c;
            }
        }
        GenState.set(frame, indexSlot, 0);
    }
}
