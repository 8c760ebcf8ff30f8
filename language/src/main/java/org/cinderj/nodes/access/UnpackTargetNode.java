package org.cinderj.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.ArrayList;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code a, b, *rest = value}: sequence unpacking into several targets, with at most one starred. */
public final class UnpackTargetNode extends TargetNode {
    @Children private final TargetNode[] targets;
    /** Index of the starred target, or -1. */
    private final int starIndex;

    public UnpackTargetNode(TargetNode[] targets, int starIndex) {
        this.targets = targets;
        this.starIndex = starIndex;
    }

    @Override
    @ExplodeLoop
    public void executeWrite(VirtualFrame frame, Object value) {
        Object[] items;
        if (value instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE) {
            items = t.getItems();
        } else if (value instanceof PList l && l.getPythonClass() == BuiltinTypes.LIST) {
            items = l.toArray();
        } else {
            items = collect(value, starIndex < 0 ? targets.length : -1);
        }
        if (starIndex < 0) {
            if (items.length != targets.length) {
                throw wrongCount(items.length);
            }
            for (int i = 0; i < targets.length; i++) {
                targets[i].executeWrite(frame, items[i]);
            }
        } else {
            int after = targets.length - starIndex - 1;
            if (items.length < targets.length - 1) {
                throw PythonErrors.valueError("not enough values to unpack (expected at least %d, got %d)", targets.length - 1, items.length);
            }
            for (int i = 0; i < targets.length; i++) {
                if (i < starIndex) {
                    targets[i].executeWrite(frame, items[i]);
                } else if (i == starIndex) {
                    int n = items.length - starIndex - after;
                    Object[] rest = new Object[n];
                    System.arraycopy(items, starIndex, rest, 0, n);
                    targets[i].executeWrite(frame, new PList(rest));
                } else {
                    targets[i].executeWrite(frame, items[items.length - (targets.length - i)]);
                }
            }
        }
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private RuntimeException wrongCount(int got) {
        if (got > targets.length) {
            return PythonErrors.valueError("too many values to unpack (expected %d)", targets.length);
        }
        return PythonErrors.valueError("not enough values to unpack (expected %d, got %d)", targets.length, got);
    }

    /** Iterates; with {@code limit >= 0} stops one past the limit (enough to report "too many"). */
    @TruffleBoundary(transferToInterpreterOnException = false)
    private static Object[] collect(Object value, int limit) {
        Object it;
        try {
            it = PyOps.getIter(value);
        } catch (org.cinderj.runtime.exception.PException e) {
            if (PythonErrors.isInstance(e, BuiltinTypes.TYPE_ERROR) && PyOps.lookupSpecial(value, "__iter__") == null
                            && PyOps.lookupSpecial(value, "__getitem__") == null) {
                throw PythonErrors.typeError("cannot unpack non-iterable %s object", BuiltinTypes.typeOf(value).getName());
            }
            throw e;
        }
        ArrayList<Object> out = new ArrayList<>();
        for (Object o = PyOps.next(it); o != null; o = PyOps.next(it)) {
            out.add(o);
            if (limit >= 0 && out.size() > limit) {
                break;
            }
        }
        return out.toArray();
    }
}
