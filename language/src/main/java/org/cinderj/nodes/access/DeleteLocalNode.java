package org.cinderj.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.StmtNode;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code del x} for a fast local: the slot becomes unbound again. */
public final class DeleteLocalNode extends StmtNode {
    private final int slot;
    private final String name;

    public DeleteLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (frame.getValue(slot) == null) {
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.raise(BuiltinTypes.UNBOUND_LOCAL_ERROR, "local variable '%s' referenced before assignment", name);
        }
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        frame.setObject(slot, null);
    }
}
