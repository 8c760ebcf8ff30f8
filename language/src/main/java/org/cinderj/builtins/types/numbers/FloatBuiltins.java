package org.cinderj.builtins.types.numbers;

import static org.cinderj.runtime.object.PNotImplemented.NOT_IMPLEMENTED;

import java.util.function.DoubleBinaryOperator;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.number.FloatFormatter;
import org.cinderj.runtime.number.FloatOps;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.number.NumberHash;
import org.cinderj.runtime.number.PBoxed;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.str.StrOps;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The methods of {@code float}. Values are Double, or a {@link PBoxed} for subclass instances. */
public final class FloatBuiltins {
    private FloatBuiltins() {
    }

    private static final PythonClass FLOAT = BuiltinTypes.FLOAT;

    static double self(Object o, String method) {
        Object v = PBoxed.unwrap(o);
        if (v instanceof Double d) {
            return d;
        }
        throw NumberSupport.descriptorError(method, FLOAT, o);
    }

    /** The other operand of a binary float dunder: float or int, else null (NotImplemented). */
    static Double other(Object o) {
        return FloatOps.asDouble(o);
    }

    private static void binary(String name, String rname, DoubleBinaryOperator op) {
        BuiltinDef.inlinableMethod(FLOAT, name, "(self, value, /)", args -> {
            double a = self(args[0], name);
            Double b = other(args[1]);
            return b == null ? NOT_IMPLEMENTED : (Object) op.applyAsDouble(a, b);
        });
        BuiltinDef.inlinableMethod(FLOAT, rname, "(self, value, /)", args -> {
            double a = self(args[0], rname);
            Double b = other(args[1]);
            return b == null ? NOT_IMPLEMENTED : (Object) op.applyAsDouble(b, a);
        });
    }

    /** Ordering and equality with exact int comparison; NaN compares false except for !=. */
    private static void compare(String name, int lt, int eq, int gt) {
        BuiltinDef.inlinableMethod(FLOAT, name, "(self, value, /)", args -> {
            double a = self(args[0], name);
            Object o = PBoxed.unwrap(args[1]);
            int c;
            if (o instanceof Double d) {
                if (Double.isNaN(a) || Double.isNaN(d)) {
                    return name.equals("__ne__");
                }
                c = a < d ? -1 : a == d ? 0 : 1;
            } else if (IntOps.isInt(o)) {
                if (Double.isNaN(a)) {
                    return name.equals("__ne__");
                }
                c = FloatOps.compareWithInt(a, o);
            } else {
                return NOT_IMPLEMENTED;
            }
            return (c < 0 ? lt : c == 0 ? eq : gt) != 0;
        });
    }

    public static void install() {
        BuiltinDef.staticMethod(FLOAT, "__new__", "(cls, x=?, /)", args -> {
            PythonClass cls = NumberSupport.checkNewCls(args[0], FLOAT);
            double v = NumberSupport.isMissing(args[1]) ? 0.0 : floatValue(args[1]);
            return cls == FLOAT ? (Object) v : new PBoxed(cls, v);
        });
        binary("__add__", "__radd__", (a, b) -> a + b);
        binary("__sub__", "__rsub__", (a, b) -> a - b);
        binary("__mul__", "__rmul__", (a, b) -> a * b);
        binary("__truediv__", "__rtruediv__", FloatOps::div);
        binary("__floordiv__", "__rfloordiv__", FloatOps::floorDiv);
        binary("__mod__", "__rmod__", FloatOps::mod);
        BuiltinDef.inlinableMethod(FLOAT, "__divmod__", "(self, value, /)", args -> {
            double a = self(args[0], "__divmod__");
            Double b = other(args[1]);
            return b == null ? NOT_IMPLEMENTED : divmod(a, b);
        });
        BuiltinDef.inlinableMethod(FLOAT, "__rdivmod__", "(self, value, /)", args -> {
            double a = self(args[0], "__rdivmod__");
            Double b = other(args[1]);
            return b == null ? NOT_IMPLEMENTED : divmod(b, a);
        });
        BuiltinDef.method(FLOAT, "__pow__", "(self, value, mod=None, /)", args -> {
            double a = self(args[0], "__pow__");
            Double b = other(args[1]);
            if (b == null) {
                return NOT_IMPLEMENTED;
            }
            checkNoMod(args[2]);
            return FloatOps.pow(a, b);
        });
        BuiltinDef.method(FLOAT, "__rpow__", "(self, value, mod=None, /)", args -> {
            double a = self(args[0], "__rpow__");
            Double b = other(args[1]);
            if (b == null) {
                return NOT_IMPLEMENTED;
            }
            checkNoMod(args[2]);
            return FloatOps.pow(b, a);
        });
        compare("__lt__", 1, 0, 0);
        compare("__le__", 1, 1, 0);
        compare("__eq__", 0, 1, 0);
        compare("__ne__", 1, 0, 1);
        compare("__gt__", 0, 0, 1);
        compare("__ge__", 0, 1, 1);
        BuiltinDef.inlinableMethod(FLOAT, "__neg__", "(self, /)", args -> -self(args[0], "__neg__"));
        BuiltinDef.inlinableMethod(FLOAT, "__pos__", "(self, /)", args -> self(args[0], "__pos__"));
        BuiltinDef.inlinableMethod(FLOAT, "__abs__", "(self, /)", args -> Math.abs(self(args[0], "__abs__")));
        BuiltinDef.inlinableMethod(FLOAT, "__bool__", "(self, /)", args -> self(args[0], "__bool__") != 0.0);
        BuiltinDef.inlinableMethod(FLOAT, "__float__", "(self, /)", args -> self(args[0], "__float__"));
        BuiltinDef.inlinableMethod(FLOAT, "conjugate", "(self, /)", args -> self(args[0], "conjugate"));
        BuiltinDef.method(FLOAT, "__int__", "(self, /)", args -> IntOps.fromDouble(self(args[0], "__int__")));
        BuiltinDef.method(FLOAT, "__trunc__", "(self, /)", args -> IntOps.fromDouble(self(args[0], "__trunc__")));
        BuiltinDef.method(FLOAT, "__floor__", "(self, /)", args -> IntOps.fromDouble(Math.floor(self(args[0], "__floor__"))));
        BuiltinDef.method(FLOAT, "__ceil__", "(self, /)", args -> IntOps.fromDouble(Math.ceil(self(args[0], "__ceil__"))));
        BuiltinDef.method(FLOAT, "__round__", "(self, ndigits=None, /)", args -> {
            double x = self(args[0], "__round__");
            if (args[1] == PNone.NONE) {
                return FloatOps.roundToInt(x);
            }
            Object n = NumberSupport.index(args[1]);
            long nd = n instanceof Long l ? l : IntOps.signum(n) < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            return FloatOps.round(x, nd);
        });
        BuiltinDef.method(FLOAT, "__hash__", "(self, /)", args -> {
            double x = self(args[0], "__hash__");
            return Double.isNaN(x) ? NumberHash.hashNaN(args[0]) : NumberHash.hash(x);
        });
        BuiltinDef.method(FLOAT, "__repr__", "(self, /)", args -> FloatFormatter.repr(self(args[0], "__repr__")));
        BuiltinDef.method(FLOAT, "__format__", "(self, format_spec, /)", args -> {
            double x = self(args[0], "__format__");
            String spec = StrOps.asStr(args[1]);
            if (spec == null) {
                throw PythonErrors.typeError("__format__() argument must be str, not %s", BuiltinTypes.typeOf(args[1]).getName());
            }
            if (spec.isEmpty()) {
                return PyOps.str(args[0]);
            }
            return FloatFormatter.format(x, spec);
        });
        BuiltinDef.method(FLOAT, "__getnewargs__", "(self, /)", args -> PTuple.of(self(args[0], "__getnewargs__")));
        BuiltinDef.method(FLOAT, "is_integer", "(self, /)", args -> FloatOps.isInteger(self(args[0], "is_integer")));
        BuiltinDef.method(FLOAT, "as_integer_ratio", "(self, /)", args -> new PTuple(FloatOps.asIntegerRatio(self(args[0], "as_integer_ratio"))));
        BuiltinDef.method(FLOAT, "hex", "(self, /)", args -> FloatOps.hex(self(args[0], "hex")));
        BuiltinDef.classMethod(FLOAT, "fromhex", "(cls, string, /)", args -> {
            String s = StrOps.asStr(args[1]);
            if (s == null) {
                throw PythonErrors.typeError("fromhex() argument must be str, not %s", BuiltinTypes.typeOf(args[1]).getName());
            }
            double v = FloatOps.fromHex(s);
            if (args[0] == FLOAT) {
                return v;
            }
            return PyOps.callClass((PythonClass) args[0], new Object[]{v}, null, null);
        });
        BuiltinDef.classMethod(FLOAT, "__getformat__", "(cls, typestr, /)", args -> {
            String s = StrOps.asStr(args[1]);
            if (s == null) {
                throw PythonErrors.typeError("__getformat__() argument must be str, not %s", BuiltinTypes.typeOf(args[1]).getName());
            }
            if (!s.equals("double") && !s.equals("float")) {
                throw PythonErrors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return "IEEE, little-endian";
        });
        BuiltinDef.classMethod(FLOAT, "__setformat__", "(cls, typestr, fmt, /)", args -> {
            throw PythonErrors.valueError("can only set double format to 'unknown' or the detected platform value");
        });
        BuiltinDef.getter(FLOAT, "real", o -> self(o, "real"));
        BuiltinDef.getter(FLOAT, "imag", o -> 0.0);
    }

    private static void checkNoMod(Object mod) {
        if (mod != PNone.NONE) {
            throw PythonErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
    }

    private static PTuple divmod(double a, double b) {
        double[] r = FloatOps.divmod(a, b);
        return PTuple.of(r[0], r[1]);
    }

    /** {@code float(x)} for one argument. */
    public static double floatValue(Object x) {
        Object raw = PBoxed.unwrap(x);
        if (raw instanceof Double d && !(x instanceof PBoxed)) {
            return d;
        }
        String s = StrOps.asStr(x);
        if (s != null) {
            return FloatOps.parse(s);
        }
        if (PyOps.lookupSpecial(x, "__float__") != null) {
            Object r = PyOps.callSpecial(x, "__float__");
            Object rv = PBoxed.unwrap(r);
            if (rv instanceof Double d) {
                return d;
            }
            throw PythonErrors.typeError("%s.__float__ returned non-float (type %s)", BuiltinTypes.typeOf(x).getName(),
                            BuiltinTypes.typeOf(r).getName());
        }
        if (PyOps.lookupSpecial(x, "__index__") != null) {
            return IntOps.toDouble(PyOps.index(x));
        }
        byte[] b = BytesOps.bytesIfBytesLike(x);
        if (b != null) {
            String text = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            try {
                return FloatOps.parse(text);
            } catch (org.cinderj.runtime.exception.PException e) {
                throw PythonErrors.valueError("could not convert string to float: %s", BytesOps.repr(b, b.length, "b"));
            }
        }
        throw PythonErrors.typeError("float() argument must be a string or a real number, not '%s'", BuiltinTypes.typeOf(x).getName());
    }
}
