package org.cinderj.builtins.types.generator;

import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.exception.PFrame;
import org.cinderj.runtime.exception.PTraceback;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The attributes of traceback and frame objects that the traceback and inspect modules read. */
public final class FrameBuiltins {
    private FrameBuiltins() {
    }

    public static void install() {
        PythonClass tb = BuiltinTypes.TRACEBACK;
        BuiltinDef.getter(tb, "tb_frame", self -> ((PTraceback) self).getFrame());
        BuiltinDef.getter(tb, "tb_lineno", self -> (long) ((PTraceback) self).getLineno());
        BuiltinDef.getter(tb, "tb_lasti", self -> -1L);
        BuiltinDef.getter(tb, "tb_next", self -> ((PTraceback) self).getNext());
        PythonClass f = BuiltinTypes.FRAME;
        BuiltinDef.getter(f, "f_code", self -> ((PFrame) self).getCode());
        BuiltinDef.getter(f, "f_globals", self -> orNone(((PFrame) self).getGlobals()));
        BuiltinDef.getter(f, "f_builtins", self -> PNone.NONE);
        BuiltinDef.getter(f, "f_lineno", self -> (long) ((PFrame) self).getLineno());
        BuiltinDef.getter(f, "f_lasti", self -> -1L);
        BuiltinDef.getter(f, "f_back", self -> orNone(((PFrame) self).getBack()));
        BuiltinDef.getter(f, "f_trace", self -> PNone.NONE);
        BuiltinDef.getter(f, "f_locals", self -> {
            Object l = ((PFrame) self).getLocals();
            return l == null ? new PDict() : l;
        });
        BuiltinDef.method(f, "clear", "(self)", a -> PNone.NONE);
        BuiltinDef.method(f, "__repr__", "(self)", a -> {
            PFrame fr = (PFrame) a[0];
            return "<frame at 0x" + Integer.toHexString(System.identityHashCode(fr)) + ", file '" + fr.getCode().getFilename() + "', line "
                            + fr.getLineno() + ", code " + fr.getCode().getName() + ">";
        });
    }

    private static Object orNone(Object o) {
        return o == null ? PNone.NONE : o;
    }
}
