package org.cinderj.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.cinderj.nodes.StmtNode;
import org.cinderj.runtime.exception.PException;

/**
 * A sequence of statements. It records the line of the statement a Python exception escapes from,
 * which becomes the frame's line in the traceback; on the normal path the handler costs nothing.
 */
public final class BlockNode extends StmtNode {
    @Children private final StmtNode[] statements;
    private final int[] lines;

    public BlockNode(StmtNode[] statements, int[] lines) {
        this.statements = statements;
        this.lines = lines;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (int i = 0; i < statements.length; i++) {
            try {
                statements[i].executeVoid(frame);
            } catch (PException e) {
                e.recordLine(lines[i]);
                throw e;
            }
        }
    }

    public StmtNode[] getStatements() {
        return statements;
    }

    public int[] getLines() {
        return lines;
    }
}
