package org.cinderj.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.runtime.function.PCell;
import org.cinderj.runtime.function.PFunction;

/** Prologue pieces: reading bound arguments, creating cells, installing closure cells. */
public final class FrameSetupNodes {
    private FrameSetupNodes() {
    }

    /** Parameter {@code index} of the bound layout (argument 0 is the function itself). */
    public static final class ReadArgNode extends ExprNode {
        private final int index;

        public ReadArgNode(int index) {
            this.index = index;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return frame.getArguments()[index + 1];
        }
    }

    /** A fresh cell for a captured local; filled from an argument when the local is a parameter. */
    public static final class InitCellNode extends StmtNode {
        private final int slot;
        private final int argIndex;

        public InitCellNode(int slot, int argIndex) {
            this.slot = slot;
            this.argIndex = argIndex;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setObject(slot, argIndex < 0 ? new PCell() : new PCell(frame.getArguments()[argIndex + 1]));
        }
    }

    /** Copies the function's closure cells into their frame slots. */
    public static final class LoadClosureNode extends StmtNode {
        @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] slots;

        public LoadClosureNode(int[] slots) {
            this.slots = slots;
        }

        @Override
        @com.oracle.truffle.api.nodes.ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            PCell[] closure = ((PFunction) frame.getArguments()[0]).getClosure();
            for (int i = 0; i < slots.length; i++) {
                frame.setObject(slots[i], closure[i]);
            }
        }
    }
}
