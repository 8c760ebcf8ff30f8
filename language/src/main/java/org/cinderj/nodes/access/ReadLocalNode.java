package org.cinderj.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * Reads a fast local from its frame slot. Slots hold primitives while a variable has only ever
 * held values of one primitive kind (see {@link WriteLocalNode}); an empty slot means unbound.
 */
@NodeField(name = "slot", type = int.class)
@NodeField(name = "name", type = String.class)
public abstract class ReadLocalNode extends ExprNode {
    protected abstract int getSlot();

    protected abstract String getName();

    @Specialization(guards = "frame.isLong(getSlot())")
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(getSlot());
    }

    @Specialization(guards = "frame.isDouble(getSlot())")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(getSlot());
    }

    @Specialization(guards = "frame.isBoolean(getSlot())")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(getSlot());
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean"})
    protected Object readObject(VirtualFrame frame) {
        int slot = getSlot();
        Object value;
        if (frame.isObject(slot)) {
            value = frame.getObject(slot);
        } else {
            value = frame.getValue(slot);
        }
        if (value == null) {
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.raise(BuiltinTypes.UNBOUND_LOCAL_ERROR, "local variable '%s' referenced before assignment", getName());
        }
        return value;
    }
}
