package org.cinderj.builtins.types.containers;

import org.cinderj.ast.CmpOperator;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.builtins.types.core.Support;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.slice.PSlice;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code slice}. */
public final class SliceBuiltins {
    private SliceBuiltins() {
    }

    public static void install() {
        PythonClass S = BuiltinTypes.SLICE;
        S.define("__hash__", PNone.NONE);
        Support.defineNew(S, "(cls, start_or_stop, stop=?, step=?, /)", a -> {
            if (a[2] == Missing.VALUE) {
                return new PSlice(PNone.NONE, a[1], PNone.NONE);
            }
            return new PSlice(a[1], a[2], a[3] == Missing.VALUE ? PNone.NONE : a[3]);
        });
        BuiltinDef.method(S, "__repr__", "(self, /)", a -> {
            PSlice s = (PSlice) a[0];
            return "slice(" + PyOps.repr(s.start) + ", " + PyOps.repr(s.stop) + ", " + PyOps.repr(s.step) + ")";
        });
        BuiltinDef.method(S, "indices", "(self, length, /)", a -> {
            Object n = PyOps.index(a[1]);
            long len = n instanceof Long l ? l : Long.MAX_VALUE;
            if (len < 0 || (n instanceof java.math.BigInteger b && b.signum() < 0)) {
                throw PythonErrors.valueError("length should not be negative");
            }
            long[] ix = ((PSlice) a[0]).computeIndices(len);
            return new PTuple(new Object[]{ix[0], ix[1], ix[2]});
        });
        for (CmpOperator op : new CmpOperator[]{CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.LT, CmpOperator.LT_E, CmpOperator.GT, CmpOperator.GT_E}) {
            BuiltinDef.method(S, op.dunder, "(self, other, /)", a -> {
                if (!(a[1] instanceof PSlice o)) {
                    return SequenceSupport.NI;
                }
                PSlice s = (PSlice) a[0];
                Object[] x = {s.start, s.stop, s.step};
                Object[] y = {o.start, o.stop, o.step};
                return SequenceSupport.compare(x, 3, y, 3, op);
            });
        }
        BuiltinDef.method(S, "__reduce__", "(self, /)", a -> {
            PSlice s = (PSlice) a[0];
            return new PTuple(new Object[]{S, new PTuple(new Object[]{s.start, s.stop, s.step})});
        });
        BuiltinDef.getter(S, "start", self -> ((PSlice) self).start);
        BuiltinDef.getter(S, "stop", self -> ((PSlice) self).stop);
        BuiltinDef.getter(S, "step", self -> ((PSlice) self).step);
    }
}
