package org.cinderj.translator;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import java.util.HashMap;
import java.util.Map;
import org.cinderj.nodes.exception.TryExceptNode;
import org.cinderj.runtime.function.PCode;

/** Translation state of one code object: its scope, frame layout and temporaries. */
final class CodeUnit implements TryExceptNode.HandlerFrame {
    final Scope scope;
    final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
    final Map<String, Integer> slots = new HashMap<>();
    final boolean isGenerator;
    /** Slot holding the generator object, in generator units. */
    int generatorSlot = -1;
    /** Counts yields created so far: compound statements compare before/after to pick resumable nodes. */
    int yieldCount;
    /** The first positional parameter, for zero-argument super(). */
    String firstParam;
    PCode code;

    CodeUnit(Scope scope) {
        this.scope = scope;
        this.isGenerator = scope.generator || (scope.coroutine && scope.kind == Scope.Kind.FUNCTION);
        if (isGenerator) {
            generatorSlot = newTemp();
        }
    }

    int slotOf(String name) {
        Integer s = slots.get(name);
        if (s == null) {
            s = frame.addSlot(FrameSlotKind.Illegal, name, null);
            slots.put(name, s);
        }
        return s;
    }

    int newTemp() {
        return frame.addSlot(FrameSlotKind.Illegal, null, null);
    }

    @Override
    public PCode code() {
        return code;
    }
}
