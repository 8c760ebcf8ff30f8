package org.cinderj.builtins.types.numbers;

import static org.cinderj.runtime.object.PNotImplemented.NOT_IMPLEMENTED;

import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code bool}: True/False are Java Booleans; everything else is inherited from int. */
public final class BoolBuiltins {
    private BoolBuiltins() {
    }

    private static final PythonClass BOOL = BuiltinTypes.BOOL;

    static boolean self(Object o, String method) {
        if (o instanceof Boolean b) {
            return b;
        }
        throw NumberSupport.descriptorError(method, BOOL, o);
    }

    /** &, |, ^ stay bool when both operands are bools, otherwise they are the int operations. */
    private static void logical(String name, String rname, int op) {
        for (String n : new String[]{name, rname}) {
            BuiltinDef.inlinableMethod(BOOL, n, "(self, value, /)", args -> {
                boolean a = self(args[0], n);
                if (args[1] instanceof Boolean b) {
                    return switch (op) {
                        case 0 -> a & b;
                        case 1 -> a | b;
                        default -> a ^ b;
                    };
                }
                Object other = IntOps.asInt(args[1]);
                if (other == null) {
                    return NOT_IMPLEMENTED;
                }
                Object ai = a ? 1L : 0L;
                return switch (op) {
                    case 0 -> IntOps.and(ai, other);
                    case 1 -> IntOps.or(ai, other);
                    default -> IntOps.xor(ai, other);
                };
            });
        }
    }

    public static void install() {
        BuiltinDef.staticMethod(BOOL, "__new__", "(cls, x=False, /)", args -> {
            NumberSupport.checkNewCls(args[0], BOOL);
            return PyOps.isTrue(args[1]);
        });
        BuiltinDef.inlinableMethod(BOOL, "__repr__", "(self, /)", args -> self(args[0], "__repr__") ? "True" : "False");
        logical("__and__", "__rand__", 0);
        logical("__or__", "__ror__", 1);
        logical("__xor__", "__rxor__", 2);
    }
}
