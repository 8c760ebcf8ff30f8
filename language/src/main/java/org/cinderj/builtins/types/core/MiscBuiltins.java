package org.cinderj.builtins.types.core;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.object.PEllipsis;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PNotImplemented;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code NoneType}, {@code NotImplementedType}, {@code ellipsis} and {@code types.SimpleNamespace}. */
public final class MiscBuiltins {
    private MiscBuiltins() {
    }

    public static void install() {
        singleton(BuiltinTypes.NONE_TYPE, PNone.NONE, "None");
        BuiltinDef.inlinableMethod(BuiltinTypes.NONE_TYPE, "__bool__", "(self, /)", a -> false);
        singleton(BuiltinTypes.NOT_IMPLEMENTED_TYPE, PNotImplemented.NOT_IMPLEMENTED, "NotImplemented");
        BuiltinDef.method(BuiltinTypes.NOT_IMPLEMENTED_TYPE, "__reduce__", "(self, /)", a -> "NotImplemented");
        singleton(BuiltinTypes.ELLIPSIS_TYPE, PEllipsis.ELLIPSIS, "Ellipsis");
        BuiltinDef.method(BuiltinTypes.ELLIPSIS_TYPE, "__reduce__", "(self, /)", a -> "Ellipsis");
        installSimpleNamespace();
    }

    private static void singleton(PythonClass cls, Object value, String repr) {
        BuiltinDef.staticMethod(cls, "__new__", "(cls, /, *args, **kwargs)", a -> {
            if (((PTuple) a[1]).size() > 0 || ((PDict) a[2]).size() > 0) {
                throw PythonErrors.typeError("%s takes no arguments", cls.getName());
            }
            return value;
        });
        BuiltinDef.method(cls, "__repr__", "(self, /)", a -> repr);
    }

    private static void installSimpleNamespace() {
        PythonClass N = BuiltinTypes.SIMPLE_NAMESPACE;
        N.define("__dict__", TypeBuiltins.instanceDictDescriptor(N));
        N.define("__hash__", PNone.NONE);
        BuiltinDef.method(N, "__init__", "(self, /, *args, **kwargs)", a -> {
            if (((PTuple) a[1]).size() > 0) {
                throw PythonErrors.typeError("no positional arguments expected");
            }
            PythonObject self = (PythonObject) a[0];
            for (PDict.Entry e : ((PDict) a[2]).entriesArray()) {
                DynamicObjectLibrary.getUncached().put(self, e.key, e.value);
            }
            return PNone.NONE;
        });
        BuiltinDef.method(N, "__repr__", "(self, /)", a -> namespaceRepr((PythonObject) a[0]));
        BuiltinDef.method(N, "__eq__", "(self, other, /)", a -> {
            if (!BuiltinTypes.typeOf(a[1]).isSubclassOf(N) || !BuiltinTypes.typeOf(a[0]).isSubclassOf(N)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return PyOps.equals(PDict.mirrorOf((PythonObject) a[0]), PDict.mirrorOf((PythonObject) a[1]));
        });
        BuiltinDef.method(N, "__reduce__", "(self, /)", a -> new PTuple(new Object[]{BuiltinTypes.typeOf(a[0]), PTuple.EMPTY,
                        PDict.mirrorOf((PythonObject) a[0]).copy(BuiltinTypes.DICT)}));
    }

    @TruffleBoundary
    static String namespaceRepr(PythonObject self) {
        PythonClass cls = self.getPythonClass();
        String name = cls == BuiltinTypes.SIMPLE_NAMESPACE ? "namespace" : cls.getName();
        if (!ProtocolImpl.reprEnter(self)) {
            return name + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder(name).append('(');
            boolean first = true;
            for (PDict.Entry e : PDict.mirrorOf(self).entriesArray()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(PyOps.str(e.key)).append('=').append(PyOps.repr(e.value));
            }
            return sb.append(')').toString();
        } finally {
            ProtocolImpl.reprLeave(self);
        }
    }
}
