package org.cinderj.nodes.access;

import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Stores into a fast local. The slot's kind starts illegal and settles on long, double or boolean
 * while only such values are stored, otherwise becomes Object for good.
 */
@NodeField(name = "slot", type = int.class)
public abstract class WriteLocalNode extends TargetNode {
    protected abstract int getSlot();

    @Specialization(guards = "isKind(frame, LONG)")
    protected void writeLong(VirtualFrame frame, long value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Long);
        frame.setLong(getSlot(), value);
    }

    @Specialization(guards = "isKind(frame, DOUBLE)")
    protected void writeDouble(VirtualFrame frame, double value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Double);
        frame.setDouble(getSlot(), value);
    }

    @Specialization(guards = "isKind(frame, BOOLEAN)")
    protected void writeBoolean(VirtualFrame frame, boolean value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Boolean);
        frame.setBoolean(getSlot(), value);
    }

    @Specialization(replaces = {"writeLong", "writeDouble", "writeBoolean"})
    protected void writeObject(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Object);
        frame.setObject(getSlot(), value);
    }

    protected static final FrameSlotKind LONG = FrameSlotKind.Long;
    protected static final FrameSlotKind DOUBLE = FrameSlotKind.Double;
    protected static final FrameSlotKind BOOLEAN = FrameSlotKind.Boolean;

    protected boolean isKind(VirtualFrame frame, FrameSlotKind kind) {
        FrameSlotKind current = frame.getFrameDescriptor().getSlotKind(getSlot());
        return current == kind || current == FrameSlotKind.Illegal;
    }
}
