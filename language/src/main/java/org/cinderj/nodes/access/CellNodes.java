package org.cinderj.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.PCell;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * Variables captured by closures live in {@link PCell}s; the cell itself sits in a frame slot
 * (created at frame entry for cell variables, copied from the closure for free variables).
 */
public final class CellNodes {
    private CellNodes() {
    }

    static PCell cell(VirtualFrame frame, int slot) {
        return (PCell) frame.getObject(slot);
    }

    static RuntimeException unbound(String name, boolean free) {
        CompilerDirectives.transferToInterpreter();
        if (free) {
            return PythonErrors.nameError("free variable '%s' referenced before assignment in enclosing scope", name);
        }
        return PythonErrors.raise(BuiltinTypes.UNBOUND_LOCAL_ERROR, "local variable '%s' referenced before assignment", name);
    }

    public static final class ReadCellNode extends ExprNode {
        private final int slot;
        private final String name;
        private final boolean free;

        public ReadCellNode(int slot, String name, boolean free) {
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = cell(frame, slot).get();
            if (v == null) {
                throw unbound(name, free);
            }
            return v;
        }
    }

    public static final class WriteCellNode extends TargetNode {
        private final int slot;

        public WriteCellNode(int slot) {
            this.slot = slot;
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object value) {
            cell(frame, slot).set(value);
        }
    }

    public static final class DeleteCellNode extends StmtNode {
        private final int slot;
        private final String name;
        private final boolean free;

        public DeleteCellNode(int slot, String name, boolean free) {
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            PCell c = cell(frame, slot);
            if (c.get() == null) {
                throw unbound(name, free);
            }
            c.set(null);
        }
    }

    /** Reads the cell object itself (to build a closure tuple). */
    public static final class LoadCellObjectNode extends ExprNode {
        private final int slot;

        public LoadCellObjectNode(int slot) {
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return frame.getObject(slot);
        }
    }
}
