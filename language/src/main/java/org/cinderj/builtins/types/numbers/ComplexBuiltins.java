package org.cinderj.builtins.types.numbers;

import static org.cinderj.runtime.object.PNotImplemented.NOT_IMPLEMENTED;

import java.util.function.BinaryOperator;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.number.ComplexOps;
import org.cinderj.runtime.number.FloatOps;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.number.PBoxed;
import org.cinderj.runtime.number.PComplex;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.str.StrOps;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The methods of {@code complex} ({@link PComplex}). */
public final class ComplexBuiltins {
    private ComplexBuiltins() {
    }

    private static final PythonClass COMPLEX = BuiltinTypes.COMPLEX;

    static PComplex self(Object o, String method) {
        if (o instanceof PComplex c) {
            return c;
        }
        throw NumberSupport.descriptorError(method, COMPLEX, o);
    }

    private static void binary(String name, String rname, BinaryOperator<PComplex> op) {
        BuiltinDef.inlinableMethod(COMPLEX, name, "(self, value, /)", args -> {
            PComplex a = self(args[0], name);
            PComplex b = ComplexOps.asComplex(args[1]);
            return b == null ? NOT_IMPLEMENTED : op.apply(a, b);
        });
        if (rname != null) {
            BuiltinDef.inlinableMethod(COMPLEX, rname, "(self, value, /)", args -> {
                PComplex a = self(args[0], rname);
                PComplex b = ComplexOps.asComplex(args[1]);
                return b == null ? NOT_IMPLEMENTED : op.apply(b, a);
            });
        }
    }

    public static void install() {
        BuiltinDef.staticMethod(COMPLEX, "__new__", "(cls, real=?, imag=?)", args -> newComplex(args[0], args[1], args[2]));
        binary("__add__", "__radd__", ComplexOps::add);
        binary("__sub__", "__rsub__", ComplexOps::sub);
        binary("__mul__", "__rmul__", ComplexOps::mul);
        binary("__truediv__", "__rtruediv__", ComplexOps::div);
        BuiltinDef.method(COMPLEX, "__pow__", "(self, value, mod=None, /)", args -> {
            PComplex a = self(args[0], "__pow__");
            PComplex b = ComplexOps.asComplex(args[1]);
            if (b == null) {
                return NOT_IMPLEMENTED;
            }
            if (args[2] != PNone.NONE) {
                throw PythonErrors.valueError("complex modulo");
            }
            return ComplexOps.pow(a.getReal(), a.getImag(), b.getReal(), b.getImag());
        });
        BuiltinDef.method(COMPLEX, "__rpow__", "(self, value, mod=None, /)", args -> {
            PComplex a = self(args[0], "__rpow__");
            PComplex b = ComplexOps.asComplex(args[1]);
            if (b == null) {
                return NOT_IMPLEMENTED;
            }
            if (args[2] != PNone.NONE) {
                throw PythonErrors.valueError("complex modulo");
            }
            return ComplexOps.pow(b.getReal(), b.getImag(), a.getReal(), a.getImag());
        });
        for (String name : new String[]{"__eq__", "__ne__"}) {
            BuiltinDef.inlinableMethod(COMPLEX, name, "(self, value, /)", args -> {
                PComplex a = self(args[0], name);
                Object eq = equal(a, args[1]);
                if (eq == NOT_IMPLEMENTED) {
                    return eq;
                }
                return name.equals("__eq__") == (Boolean) eq;
            });
        }
        for (String name : new String[]{"__lt__", "__le__", "__gt__", "__ge__"}) {
            BuiltinDef.inlinableMethod(COMPLEX, name, "(self, value, /)", args -> {
                self(args[0], name);
                return NOT_IMPLEMENTED;
            });
        }
        BuiltinDef.inlinableMethod(COMPLEX, "__neg__", "(self, /)", args -> {
            PComplex a = self(args[0], "__neg__");
            return new PComplex(-a.getReal(), -a.getImag());
        });
        BuiltinDef.inlinableMethod(COMPLEX, "__pos__", "(self, /)", args -> {
            PComplex a = self(args[0], "__pos__");
            return a.getPythonClass() == COMPLEX ? a : new PComplex(a.getReal(), a.getImag());
        });
        BuiltinDef.inlinableMethod(COMPLEX, "conjugate", "(self, /)", args -> {
            PComplex a = self(args[0], "conjugate");
            return new PComplex(a.getReal(), -a.getImag());
        });
        BuiltinDef.inlinableMethod(COMPLEX, "__abs__", "(self, /)", args -> ComplexOps.abs(self(args[0], "__abs__")));
        BuiltinDef.inlinableMethod(COMPLEX, "__bool__", "(self, /)", args -> {
            PComplex a = self(args[0], "__bool__");
            return a.getReal() != 0.0 || a.getImag() != 0.0;
        });
        BuiltinDef.method(COMPLEX, "__hash__", "(self, /)", args -> ComplexOps.hash(self(args[0], "__hash__")));
        BuiltinDef.method(COMPLEX, "__repr__", "(self, /)", args -> {
            PComplex a = self(args[0], "__repr__");
            return ComplexOps.repr(a.getReal(), a.getImag());
        });
        BuiltinDef.method(COMPLEX, "__format__", "(self, format_spec, /)", args -> {
            PComplex a = self(args[0], "__format__");
            String spec = StrOps.asStr(args[1]);
            if (spec == null) {
                throw PythonErrors.typeError("__format__() argument must be str, not %s", BuiltinTypes.typeOf(args[1]).getName());
            }
            if (spec.isEmpty()) {
                return PyOps.str(args[0]);
            }
            return ComplexOps.format(a, spec);
        });
        BuiltinDef.method(COMPLEX, "__getnewargs__", "(self, /)", args -> {
            PComplex a = self(args[0], "__getnewargs__");
            return PTuple.of(a.getReal(), a.getImag());
        });
        BuiltinDef.getter(COMPLEX, "real", o -> self(o, "real").getReal());
        BuiltinDef.getter(COMPLEX, "imag", o -> self(o, "imag").getImag());
    }

    /** complex == other: exact for ints; NotImplemented for non-numbers. */
    private static Object equal(PComplex a, Object other) {
        Object o = PBoxed.unwrap(other);
        if (o instanceof PComplex b) {
            return a.getReal() == b.getReal() && a.getImag() == b.getImag();
        }
        if (o instanceof Double d) {
            return a.getImag() == 0.0 && a.getReal() == d;
        }
        if (IntOps.isInt(o)) {
            if (a.getImag() != 0.0 || Double.isNaN(a.getReal())) {
                return false;
            }
            return FloatOps.compareWithInt(a.getReal(), o) == 0;
        }
        return NOT_IMPLEMENTED;
    }

    /** The value of a complex() argument: complex (via __complex__), float or int; null otherwise. */
    private static PComplex toComplex(Object x) {
        if (x instanceof PComplex c && c.getPythonClass() == COMPLEX) {
            return c;
        }
        if (PyOps.lookupSpecial(x, "__complex__") != null) {
            Object r = PyOps.callSpecial(x, "__complex__");
            if (r instanceof PComplex c) {
                return c;
            }
            throw PythonErrors.typeError("__complex__ returned non-complex (type %s)", BuiltinTypes.typeOf(r).getName());
        }
        if (x instanceof PComplex c) {
            return c;
        }
        Object raw = PBoxed.unwrap(x);
        if (raw instanceof Double || IntOps.isInt(raw)) {
            return new PComplex(FloatOps.asDouble(raw), 0.0);
        }
        if (PyOps.lookupSpecial(x, "__float__") != null || PyOps.lookupSpecial(x, "__index__") != null) {
            return new PComplex(FloatBuiltins.floatValue(x), 0.0);
        }
        return null;
    }

    static Object newComplex(Object clsObj, Object real, Object imag) {
        PythonClass cls = NumberSupport.checkNewCls(clsObj, COMPLEX);
        double re;
        double im;
        if (NumberSupport.isMissing(real)) {
            re = 0.0;
            im = 0.0;
            if (!NumberSupport.isMissing(imag)) {
                PComplex ci = secondArg(imag);
                if (isComplexArg(imag)) {
                    re -= ci.getImag();
                }
                im = ci.getReal();
            }
        } else {
            String s = StrOps.asStr(real);
            if (s != null) {
                if (!NumberSupport.isMissing(imag)) {
                    throw PythonErrors.typeError("complex() can't take second arg if first is a string");
                }
                PComplex c = ComplexOps.parse(s);
                re = c.getReal();
                im = c.getImag();
            } else {
                if (cls == COMPLEX && real instanceof PComplex c && c.getPythonClass() == COMPLEX && NumberSupport.isMissing(imag)) {
                    return c;
                }
                PComplex cr = toComplex(real);
                if (cr == null) {
                    throw PythonErrors.typeError("complex() first argument must be a string or a number, not '%s'",
                                    BuiltinTypes.typeOf(real).getName());
                }
                re = cr.getReal();
                im = cr.getImag();
                if (!NumberSupport.isMissing(imag)) {
                    // as CPython: only complex parts combine, so signed zeros of real arguments survive
                    PComplex ci = secondArg(imag);
                    if (isComplexArg(imag)) {
                        re -= ci.getImag();
                    }
                    im = isComplexArg(real) ? im + ci.getReal() : ci.getReal();
                }
            }
        }
        return cls == COMPLEX ? new PComplex(re, im) : new PComplex(cls, re, im);
    }

    /** A complex number or an object with __complex__ (not a plain real number). */
    private static boolean isComplexArg(Object o) {
        return o instanceof PComplex || org.cinderj.runtime.PyOps.lookupSpecial(o, "__complex__") != null;
    }

    private static PComplex secondArg(Object imag) {
        if (StrOps.asStr(imag) != null) {
            throw PythonErrors.typeError("complex() second arg can't be a string");
        }
        PComplex ci = imag instanceof PComplex c ? c : toComplex(imag);
        if (ci == null) {
            throw PythonErrors.typeError("complex() second argument must be a number, not '%s'", BuiltinTypes.typeOf(imag).getName());
        }
        return ci;
    }
}
