package org.cinderj.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.number.PComplex;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * {@code cmath}: complex elementary functions. The inverse functions use Kahan's formulas
 * ("Branch cuts for complex elementary functions", 1987), which keep the branch cuts and the
 * signs of zeros right.
 */
public final class CmathModule {
    private CmathModule() {
    }

    private record C(double re, double im) {
    }

    private interface F {
        C apply(C z);
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("cmath");
        m.setAttr("__doc__", "This module provides access to mathematical functions for complex\nnumbers.");
        m.setAttr("pi", Math.PI);
        m.setAttr("e", Math.E);
        m.setAttr("tau", 2 * Math.PI);
        m.setAttr("inf", Double.POSITIVE_INFINITY);
        m.setAttr("nan", Double.NaN);
        m.setAttr("infj", new PComplex(0.0, Double.POSITIVE_INFINITY));
        m.setAttr("nanj", new PComplex(0.0, Double.NaN));
        f(m, "sqrt", CmathModule::sqrt);
        f(m, "exp", CmathModule::exp);
        f(m, "log10", z -> {
            C l = log(z);
            return new C(l.re / Math.log(10), l.im / Math.log(10));
        });
        f(m, "sin", z -> {
            C r = sinh(new C(-z.im, z.re));
            return new C(r.im, -r.re);
        });
        f(m, "cos", z -> cosh(new C(-z.im, z.re)));
        f(m, "tan", z -> {
            C r = tanh(new C(-z.im, z.re));
            return new C(r.im, -r.re);
        });
        f(m, "sinh", CmathModule::sinh);
        f(m, "cosh", CmathModule::cosh);
        f(m, "tanh", CmathModule::tanh);
        f(m, "asinh", CmathModule::asinh);
        f(m, "asin", z -> {
            C r = asinh(new C(-z.im, z.re));
            return new C(r.im, -r.re);
        });
        f(m, "acos", CmathModule::acos);
        f(m, "acosh", CmathModule::acosh);
        f(m, "atanh", CmathModule::atanh);
        f(m, "atan", z -> {
            C r = atanh(new C(-z.im, z.re));
            return new C(r.im, -r.re);
        });
        BuiltinDef.function(m, "log", "(x, base=?, /)", a -> {
            C z = arg(a[0]);
            C l = log(z);
            if (a[1] != Missing.VALUE) {
                C b = log(arg(a[1]));
                double den = b.re * b.re + b.im * b.im;
                if (den == 0) {
                    throw PythonErrors.zeroDivisionError("complex division by zero");
                }
                l = div(l, b);
            }
            return result(z, l);
        });
        BuiltinDef.function(m, "phase", "(z, /)", a -> {
            C z = arg(a[0]);
            return Math.atan2(z.im, z.re);
        });
        BuiltinDef.function(m, "polar", "(z, /)", a -> {
            C z = arg(a[0]);
            double r = Math.hypot(z.re, z.im);
            if (Double.isInfinite(r) && Double.isFinite(z.re) && Double.isFinite(z.im)) {
                throw PythonErrors.overflowError("math range error");
            }
            return new PTuple(new Object[]{r, Math.atan2(z.im, z.re)});
        });
        BuiltinDef.function(m, "rect", "(r, phi, /)", a -> {
            double r = PyUtil.toDouble(a[0]);
            double phi = PyUtil.toDouble(a[1]);
            if (Double.isFinite(r) && Double.isInfinite(phi)) {
                throw PythonErrors.valueError("math domain error");
            }
            if (r == 0 || (Double.isFinite(phi) && phi == 0)) {
                return new PComplex(r, phi == 0 ? phi * r : 0.0 * phi);
            }
            return new PComplex(r * Math.cos(phi), r * Math.sin(phi));
        });
        BuiltinDef.function(m, "isfinite", "(z, /)", a -> {
            C z = arg(a[0]);
            return Double.isFinite(z.re) && Double.isFinite(z.im);
        });
        BuiltinDef.function(m, "isinf", "(z, /)", a -> {
            C z = arg(a[0]);
            return Double.isInfinite(z.re) || Double.isInfinite(z.im);
        });
        BuiltinDef.function(m, "isnan", "(z, /)", a -> {
            C z = arg(a[0]);
            return Double.isNaN(z.re) || Double.isNaN(z.im);
        });
        BuiltinDef.function(m, "isclose", "(a, b, *, rel_tol=1e-09, abs_tol=0.0)", a -> isclose(arg(a[0]), arg(a[1]), PyUtil.toDouble(a[2]), PyUtil.toDouble(a[3])));
        return m;
    }

    private static void f(PythonModule m, String name, F fn) {
        BuiltinDef.function(m, name, "(z, /)", a -> {
            C z = arg(a[0]);
            return result(z, fn.apply(z));
        });
    }

    /** The complex value of an argument: complex, {@code __complex__}, or a real number. */
    @TruffleBoundary
    static C arg(Object o) {
        if (o instanceof PComplex c) {
            return new C(c.getReal(), c.getImag());
        }
        Object m = PyOps.lookupSpecial(o, "__complex__");
        if (m != null) {
            Object r = org.cinderj.runtime.function.CallSupport.call(m, o);
            if (!(r instanceof PComplex c)) {
                throw PythonErrors.typeError("__complex__ returned non-complex (type %s)", BuiltinTypes.typeOf(r).getName());
            }
            return new C(c.getReal(), c.getImag());
        }
        return new C(PyUtil.toDouble(o), 0.0);
    }

    /** Finite input with an infinite result is an overflow, a NaN result from non-NaN input a domain error. */
    private static PComplex result(C in, C out) {
        boolean inFinite = Double.isFinite(in.re) && Double.isFinite(in.im);
        if (inFinite && (Double.isInfinite(out.re) || Double.isInfinite(out.im))) {
            throw PythonErrors.overflowError("math range error");
        }
        if (!Double.isNaN(in.re) && !Double.isNaN(in.im) && inFinite && (Double.isNaN(out.re) || Double.isNaN(out.im))) {
            throw PythonErrors.valueError("math domain error");
        }
        return new PComplex(out.re, out.im);
    }

    private static C div(C a, C b) {
        double den = b.re * b.re + b.im * b.im;
        return new C((a.re * b.re + a.im * b.im) / den, (a.im * b.re - a.re * b.im) / den);
    }

    static C sqrt(C z) {
        double x = z.re;
        double y = z.im;
        if (Double.isInfinite(y)) {
            return new C(Double.POSITIVE_INFINITY, y);
        }
        if (Double.isNaN(x)) {
            return new C(x, Double.isNaN(y) ? y : Double.NaN);
        }
        if (Double.isInfinite(x)) {
            if (x > 0) {
                return new C(x, Double.isNaN(y) ? y : Math.copySign(0.0, y));
            }
            return new C(Double.isNaN(y) ? Math.abs(y) : 0.0, Double.isNaN(y) ? y : Math.copySign(Double.POSITIVE_INFINITY, y));
        }
        if (Double.isNaN(y)) {
            return new C(y, y);
        }
        if (x == 0 && y == 0) {
            return new C(0.0, y);
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // subnormal inputs: scale by 2**54 to keep precision, the root by 2**-27
            double sx = Math.scalb(ax, 54);
            double sy = Math.scalb(ay, 54);
            s = Math.scalb(Math.sqrt((sx + Math.hypot(sx, sy)) / 2), -27);
        } else {
            // sqrt((ax + |z|) / 2), computed without overflow
            ax /= 8;
            s = 2 * Math.sqrt(ax + Math.hypot(ax, ay / 8));
        }
        double d = ay / (2 * s);
        if (x >= 0) {
            return new C(s, Math.copySign(d, y));
        }
        return new C(d, Math.copySign(s, y));
    }

    static C exp(C z) {
        double x = z.re;
        double y = z.im;
        if (Double.isInfinite(x) && x < 0 && !Double.isFinite(y)) {
            return new C(0.0, 0.0);
        }
        if (y == 0 && !Double.isNaN(x)) {
            return new C(Math.exp(x), y);
        }
        if (Double.isInfinite(x) && x > 0 && !Double.isFinite(y)) {
            return new C(x, Double.NaN);
        }
        double r;
        if (x > 708) {
            r = Math.exp(x - 1);
            return new C(r * Math.cos(y) * Math.E, r * Math.sin(y) * Math.E);
        }
        r = Math.exp(x);
        return new C(r * Math.cos(y), r * Math.sin(y));
    }

    static C log(C z) {
        double x = z.re;
        double y = z.im;
        if (x == 0 && y == 0) {
            throw PythonErrors.valueError("math domain error");
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double re;
        double h = Math.hypot(ax, ay);
        if (h > 0.71 && h < 1.73) {
            double am = Math.max(ax, ay);
            double an = Math.min(ax, ay);
            re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
        } else {
            re = Math.log(h);
        }
        return new C(re, Math.atan2(y, x));
    }

    static C sinh(C z) {
        double x = z.re;
        double y = z.im;
        if (y == 0 && Double.isFinite(x)) {
            return new C(Math.sinh(x), y);
        }
        if (Math.abs(x) > 708 && Double.isFinite(x)) {
            double r = Math.exp(Math.abs(x) - 1) * Math.E / 2;
            return new C(Math.copySign(r, x) * Math.cos(y), r * Math.sin(y));
        }
        return new C(Math.sinh(x) * Math.cos(y), Math.cosh(x) * Math.sin(y));
    }

    static C cosh(C z) {
        double x = z.re;
        double y = z.im;
        if (y == 0 && Double.isFinite(x)) {
            return new C(Math.cosh(x), Math.sinh(x) * y);
        }
        if (Math.abs(x) > 708 && Double.isFinite(x)) {
            double r = Math.exp(Math.abs(x) - 1) * Math.E / 2;
            return new C(r * Math.cos(y), Math.copySign(r, x) * Math.sin(y));
        }
        return new C(Math.cosh(x) * Math.cos(y), Math.sinh(x) * Math.sin(y));
    }

    static C tanh(C z) {
        double x = z.re;
        double y = z.im;
        if (Math.abs(x) > 20) {
            return new C(Math.copySign(1.0, x), 4 * Math.sin(y) * Math.cos(y) * Math.exp(-2 * Math.abs(x)));
        }
        double t = Math.tanh(x);
        double ty = Math.tan(y);
        double cx = 1 / Math.cosh(x);
        double txty = t * ty;
        double denom = 1 + txty * txty;
        return new C(t * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    static C asinh(C z) {
        C s1 = sqrt(new C(1 + z.im, -z.re));
        C s2 = sqrt(new C(1 - z.im, z.re));
        double re = asinhReal(s1.re * s2.im - s2.re * s1.im);
        double im = Math.atan2(z.im, s1.re * s2.re - s1.im * s2.im);
        return new C(re, im);
    }

    static C acos(C z) {
        C s1 = sqrt(new C(1 - z.re, -z.im));
        C s2 = sqrt(new C(1 + z.re, z.im));
        double re = 2 * Math.atan2(s1.re, s2.re);
        double im = asinhReal(s2.re * s1.im - s2.im * s1.re);
        return new C(re, im);
    }

    static C acosh(C z) {
        C s1 = sqrt(new C(z.re - 1, z.im));
        C s2 = sqrt(new C(z.re + 1, z.im));
        double re = asinhReal(s1.re * s2.re + s1.im * s2.im);
        double im = 2 * Math.atan2(s1.im, s2.re);
        return new C(re, im);
    }

    static C atanh(C z) {
        if (z.re < 0 || (z.re == 0 && Math.copySign(1.0, z.re) < 0)) {
            C r = atanh(new C(-z.re, -z.im));
            return new C(-r.re, -r.im);
        }
        double x = z.re;
        double y = z.im;
        if (x == 1 && y == 0) {
            throw PythonErrors.valueError("math domain error");
        }
        double ay = Math.abs(y);
        double re = Math.log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4;
        double im = Math.atan2(2 * y, (1 - x) * (1 + x) - ay * ay) / 2;
        return new C(re, im);
    }

    private static double asinhReal(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        double r = a > 1e8 ? Math.log(a) + Math.log(2) : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    static boolean isclose(C a, C b, double rel, double abs) {
        if (rel < 0 || abs < 0) {
            throw PythonErrors.valueError("tolerances must be non-negative");
        }
        if (a.re == b.re && a.im == b.im) {
            return true;
        }
        if (Double.isInfinite(a.re) || Double.isInfinite(a.im) || Double.isInfinite(b.re) || Double.isInfinite(b.im)) {
            return false;
        }
        double diff = Math.hypot(a.re - b.re, a.im - b.im);
        return diff <= rel * Math.hypot(b.re, b.im) || diff <= rel * Math.hypot(a.re, a.im) || diff <= abs;
    }
}
