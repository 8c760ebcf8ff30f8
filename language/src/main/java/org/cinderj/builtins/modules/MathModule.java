package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;
import static org.cinderj.builtins.modules.PyUtil.absent;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.cinderj.ast.Operator;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** The {@code math} module, with CPython 3.10's special cases and messages. */
public final class MathModule {
    private MathModule() {
    }

    static PException domainError() {
        return PythonErrors.valueError("math domain error");
    }

    static PException rangeError() {
        return PythonErrors.overflowError("math range error");
    }

    /** CPython's math_1: NaN from non-NaN is a domain error; inf from finite is range (or domain) error. */
    static double math1(double x, DoubleUnaryOperator f, boolean canOverflow) {
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    static double d(Object o) {
        return PyUtil.toDouble(o);
    }

    private static void f1(PythonModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        BuiltinDef.function(m, name, "(x, /)", a -> math1(d(a[0]), f, canOverflow));
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("math");
        m.setAttr("__doc__", "This module provides access to the mathematical functions\ndefined by the C standard.");
        m.setAttr("pi", Math.PI);
        m.setAttr("e", Math.E);
        m.setAttr("tau", 2 * Math.PI);
        m.setAttr("inf", Double.POSITIVE_INFINITY);
        m.setAttr("nan", Double.NaN);
        f1(m, "acos", Math::acos, false);
        f1(m, "asin", Math::asin, false);
        f1(m, "atan", Math::atan, false);
        f1(m, "acosh", MathModule::acosh, false);
        f1(m, "asinh", MathModule::asinh, false);
        f1(m, "atanh", MathModule::atanh, false);
        f1(m, "cos", MathModule::cos, false);
        f1(m, "sin", MathModule::sin, false);
        f1(m, "tan", MathModule::tan, false);
        f1(m, "cosh", Math::cosh, true);
        f1(m, "sinh", Math::sinh, true);
        f1(m, "tanh", Math::tanh, false);
        f1(m, "exp", Math::exp, true);
        f1(m, "expm1", Math::expm1, true);
        f1(m, "fabs", Math::abs, false);
        f1(m, "sqrt", Math::sqrt, false);
        f1(m, "erf", SpecialFunctions::erf, false);
        f1(m, "erfc", SpecialFunctions::erfc, false);
        BuiltinDef.function(m, "log1p", "(x, /)", a -> {
            double x = d(a[0]);
            if (x <= -1.0) {
                throw domainError();
            }
            return math1(x, Math::log1p, false);
        });
        BuiltinDef.function(m, "gamma", "(x, /)", a -> SpecialFunctions.gamma(d(a[0])));
        BuiltinDef.function(m, "lgamma", "(x, /)", a -> SpecialFunctions.lgamma(d(a[0])));
        BuiltinDef.function(m, "degrees", "(x, /)", a -> d(a[0]) * (180.0 / Math.PI));
        BuiltinDef.function(m, "radians", "(x, /)", a -> d(a[0]) * (Math.PI / 180.0));
        BuiltinDef.function(m, "isfinite", "(x, /)", a -> Double.isFinite(d(a[0])));
        BuiltinDef.function(m, "isinf", "(x, /)", a -> Double.isInfinite(d(a[0])));
        BuiltinDef.function(m, "isnan", "(x, /)", a -> Double.isNaN(d(a[0])));
        BuiltinDef.function(m, "atan2", "(y, x, /)", a -> Math.atan2(d(a[0]), d(a[1])));
        BuiltinDef.function(m, "copysign", "(x, y, /)", a -> Math.copySign(d(a[0]), d(a[1])));
        BuiltinDef.function(m, "fmod", "(x, y, /)", a -> fmod(d(a[0]), d(a[1])));
        BuiltinDef.function(m, "remainder", "(x, y, /)", a -> remainder(d(a[0]), d(a[1])));
        BuiltinDef.function(m, "pow", "(x, y, /)", a -> pow(d(a[0]), d(a[1])));
        BuiltinDef.function(m, "frexp", "(x, /)", a -> {
            double x = d(a[0]);
            if (x == 0 || !Double.isFinite(x)) {
                return PyUtil.tuple(x, 0L);
            }
            int e = Math.getExponent(x);
            double mant;
            if (e == Double.MIN_EXPONENT - 1) { // subnormal
                double scaled = x * 0x1p54;
                e = Math.getExponent(scaled) - 54;
                mant = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
            } else {
                mant = x / Math.scalb(1.0, e + 1);
            }
            return PyUtil.tuple(mant, (long) (e + 1));
        });
        BuiltinDef.function(m, "ldexp", "(x, i, /)", a -> {
            double x = d(a[0]);
            if (!PyUtil.isInt(a[1])) {
                throw PythonErrors.typeError("Expected an int as second argument to ldexp.");
            }
            Object io = PyUtil.index(a[1]);
            long e = io instanceof Long l ? l : (((BigInteger) io).signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
            if (x == 0 || !Double.isFinite(x)) {
                return x;
            }
            int ei = (int) Math.max(-100000, Math.min(100000, e));
            double r = Math.scalb(x, ei);
            if (Double.isInfinite(r)) {
                throw rangeError();
            }
            return r;
        });
        BuiltinDef.function(m, "modf", "(x, /)", a -> {
            double x = d(a[0]);
            if (Double.isInfinite(x)) {
                return PyUtil.tuple(Math.copySign(0.0, x), x);
            }
            if (Double.isNaN(x)) {
                return PyUtil.tuple(x, x);
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyUtil.tuple(Math.copySign(x - ip, x), ip);
        });
        BuiltinDef.function(m, "log", "(x, base=?, /)", a -> {
            double num = loghelper(a[0], Math::log);
            if (PyUtil.isMissing(a[1])) {
                return num;
            }
            double den = loghelper(a[1], Math::log);
            if (den == 0) {
                throw PythonErrors.zeroDivisionError("float division by zero");
            }
            return num / den;
        });
        BuiltinDef.function(m, "log2", "(x, /)", a -> loghelper(a[0], MathModule::log2));
        BuiltinDef.function(m, "log10", "(x, /)", a -> loghelper(a[0], Math::log10));
        BuiltinDef.function(m, "ceil", "(x, /)", a -> roundTo(a[0], "__ceil__", true));
        BuiltinDef.function(m, "floor", "(x, /)", a -> roundTo(a[0], "__floor__", false));
        BuiltinDef.function(m, "trunc", "(x, /)", a -> {
            Object f = PyOps.lookupSpecial(a[0], "__trunc__");
            if (f == null) {
                throw PythonErrors.typeError("type %s doesn't define __trunc__ method", PyUtil.typeName(a[0]));
            }
            return PyUtil.call(f, a[0]);
        });
        BuiltinDef.function(m, "isclose", "(a, b, *, rel_tol=1e-09, abs_tol=0.0)", a -> isclose(d(a[0]), d(a[1]), d(a[2]), d(a[3])));
        BuiltinDef.function(m, "nextafter", "(x, y, /)", a -> {
            double x = d(a[0]);
            double y = d(a[1]);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Double.NaN;
            }
            return x == y ? y : Math.nextAfter(x, y);
        });
        BuiltinDef.function(m, "ulp", "(x, /)", a -> ulp(d(a[0])));
        BuiltinDef.function(m, "fsum", "(seq, /)", a -> fsum(a[0]));
        BuiltinDef.function(m, "hypot", "(*coordinates)", a -> {
            Object[] items = ((PTuple) a[0]).getItems();
            double[] v = new double[items.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = d(items[i]);
            }
            return vectorNorm(v);
        });
        BuiltinDef.function(m, "dist", "(p, q, /)", a -> {
            if (!(a[0] instanceof PTuple) && !(a[0] instanceof org.cinderj.runtime.list.PList) || !(a[1] instanceof PTuple)
                            && !(a[1] instanceof org.cinderj.runtime.list.PList)) {
                Object[] p = PyUtil.toArray(a[0]);
                Object[] q = PyUtil.toArray(a[1]);
                return dist(p, q);
            }
            return dist(PyUtil.toArray(a[0]), PyUtil.toArray(a[1]));
        });
        BuiltinDef.function(m, "factorial", "(x, /)", a -> factorial(a[0]));
        BuiltinDef.function(m, "gcd", "(*integers)", a -> {
            Object[] items = ((PTuple) a[0]).getItems();
            if (items.length == 0) {
                return 0L;
            }
            Object g = PyUtil.index(items[0]);
            if (items.length == 1) {
                return abs(g);
            }
            for (int i = 1; i < items.length; i++) {
                g = gcd(g, PyUtil.index(items[i]));
            }
            return g;
        });
        BuiltinDef.function(m, "lcm", "(*integers)", a -> {
            Object[] items = ((PTuple) a[0]).getItems();
            if (items.length == 0) {
                return 1L;
            }
            BigInteger r = PyUtil.toBig(items[0]).abs();
            for (int i = 1; i < items.length; i++) {
                BigInteger b = PyUtil.toBig(items[i]);
                if (r.signum() == 0 || b.signum() == 0) {
                    r = BigInteger.ZERO;
                    // CPython still validates the remaining arguments
                    continue;
                }
                r = r.divide(r.gcd(b)).multiply(b).abs();
            }
            return PyUtil.normalize(r);
        });
        BuiltinDef.function(m, "isqrt", "(n, /)", a -> {
            BigInteger n = PyUtil.toBig(a[0]);
            if (n.signum() < 0) {
                throw PythonErrors.valueError("isqrt() argument must be nonnegative");
            }
            return PyUtil.normalize(n.sqrt());
        });
        BuiltinDef.function(m, "comb", "(n, k, /)", a -> comb(a[0], a[1]));
        BuiltinDef.function(m, "perm", "(n, k=None, /)", a -> perm(a[0], a[1]));
        BuiltinDef.function(m, "prod", "(iterable, /, *, start=1)", a -> {
            Object acc = a[1];
            Object it = PyOps.getIter(a[0]);
            Object x;
            while ((x = PyOps.next(it)) != null) {
                if (acc instanceof Long p && x instanceof Long q) {
                    long hi = Math.multiplyHigh(p, q);
                    long lo = p * q;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        acc = lo;
                        continue;
                    }
                    acc = BigInteger.valueOf(p).multiply(BigInteger.valueOf(q));
                } else if (acc instanceof Double p && x instanceof Double q) {
                    acc = p * q;
                } else {
                    acc = PyOps.binaryOp(acc, x, Operator.MULT);
                }
            }
            return acc;
        });
        return m;
    }

    // ------------------------------------------------------------------ elementary functions

    static double cos(double x) {
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        return Math.cos(x);
    }

    static double sin(double x) {
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        return Math.sin(x);
    }

    static double tan(double x) {
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        return Math.tan(x);
    }

    static final double LN2 = 0.6931471805599453;

    static double asinh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double r;
        if (ax < 0x1p-28) {
            return x;
        } else if (ax > 0x1p28) {
            r = Math.log(ax) + LN2;
        } else if (ax > 2.0) {
            r = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            r = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(r, x);
    }

    static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1.0) {
            return Double.NaN;
        } else if (x >= 0x1p28) {
            if (Double.isInfinite(x)) {
                return x;
            }
            return Math.log(x) + LN2;
        } else if (x == 1.0) {
            return 0.0;
        } else if (x > 2.0) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax > 1.0) {
            return Double.NaN;
        }
        if (ax == 1.0) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (ax < 0x1p-28) {
            return x;
        }
        double t;
        if (ax < 0.5) {
            t = ax + ax;
            t = 0.5 * Math.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * Math.log1p((ax + ax) / (1.0 - ax));
        }
        return Math.copySign(t, x);
    }

    static double log2(double x) {
        if (x > 0 && Double.isFinite(x)) {
            // exact for powers of two
            int e = Math.getExponent(x);
            if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) {
                return e;
            }
            double m = x / Math.scalb(1.0, e); // in [1, 2)
            if (m > Math.sqrt(2.0)) {
                m /= 2;
                e++;
            }
            return e + Math.log(m) / LN2;
        }
        return Math.log(x) / LN2;
    }

    static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        return r;
    }

    static double remainder(double x, double y) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (Double.isInfinite(x) || y == 0.0) {
            throw domainError();
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        return Math.IEEEremainder(x, y);
    }

    static double pow(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (x == 0.0 && y < 0.0) {
                throw domainError();
            }
            if (x < 0.0 && y != Math.rint(y)) {
                throw domainError();
            }
            double r = Math.pow(x, y);
            if (Double.isInfinite(r)) {
                throw rangeError();
            }
            return r;
        }
        if (y == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(y) && Math.abs(x) == 1.0) {
            return 1.0;
        }
        return Math.pow(x, y);
    }

    static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        double x2 = Math.nextUp(x);
        if (Double.isInfinite(x2)) {
            x2 = Math.nextDown(x);
            return x - x2;
        }
        return x2 - x;
    }

    static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw PythonErrors.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    /** log of an int or float argument; big ints beyond the double range are handled exactly. */
    static double loghelper(Object x, DoubleUnaryOperator f) {
        if (x instanceof BigInteger b) {
            if (b.signum() <= 0) {
                throw domainError();
            }
            double dv = b.doubleValue();
            if (Double.isInfinite(dv)) {
                int shift = b.bitLength() - 60;
                double mant = b.shiftRight(shift).doubleValue();
                // f(mant * 2**shift) = f(mant) + shift * f(2)
                return f.applyAsDouble(mant) + shift * f.applyAsDouble(2.0);
            }
            return math1(dv, v -> logChecked(v, f), false);
        }
        if (x instanceof Long l && l <= 0) {
            throw domainError();
        }
        if (PyUtil.isInt(x) || x instanceof Double) {
            return math1(d(x), v -> logChecked(v, f), false);
        }
        if (PyOps.lookupSpecial(x, "__float__") == null && PyOps.lookupSpecial(x, "__index__") != null) {
            return loghelper(PyUtil.index(x), f);
        }
        return math1(d(x), v -> logChecked(v, f), false);
    }

    private static double logChecked(double v, DoubleUnaryOperator f) {
        if (Double.isNaN(v)) {
            return v;
        }
        if (v <= 0.0) {
            return Double.NaN;
        }
        return f.applyAsDouble(v);
    }

    static Object roundTo(Object x, String dunder, boolean ceil) {
        if (x instanceof Double dv) {
            return floatToInt(ceil ? Math.ceil(dv) : Math.floor(dv));
        }
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        }
        Object f = PyOps.lookupSpecial(x, dunder);
        if (f != null) {
            return PyUtil.call(f, x);
        }
        double dv = d(x);
        return floatToInt(ceil ? Math.ceil(dv) : Math.floor(dv));
    }

    static Object floatToInt(double v) {
        if (Double.isNaN(v)) {
            throw PythonErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw PythonErrors.overflowError("cannot convert float infinity to integer");
        }
        if (v >= -9.223372036854776E18 && v < 9.223372036854776E18) {
            return (long) v;
        }
        return PyUtil.normalize(new java.math.BigDecimal(v).toBigInteger());
    }

    static Object abs(Object i) {
        if (i instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        }
        return PyUtil.normalize(((BigInteger) i).abs());
    }

    static Object gcd(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
            x = Math.abs(x);
            y = Math.abs(y);
            while (y != 0) {
                long t = x % y;
                x = y;
                y = t;
            }
            return x;
        }
        BigInteger x = a instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) a;
        BigInteger y = b instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) b;
        return PyUtil.normalize(x.gcd(y));
    }

    // ------------------------------------------------------------------ fsum, hypot, dist

    static double fsum(Object iterable) {
        List<Object> items = PyUtil.toList(iterable);
        double[] v = new double[items.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = d(items.get(i));
        }
        return fsumArray(v);
    }

    static double fsumArray(double[] values) {
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (double item : values) {
            double x = item;
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw PythonErrors.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = java.util.Arrays.copyOf(p, n * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PythonErrors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    /** Accurate Euclidean norm (scaled, compensated sum of exact squares, one correction step). */
    static double vectorNorm(double[] v) {
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < v.length; i++) {
            double x = Math.abs(v[i]);
            v[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || v.length <= 1) {
            return max;
        }
        int maxE = Math.getExponent(max) + 1;
        if (maxE < -1023 + 1) {
            // subnormal: scale up first
            for (int i = 0; i < v.length; i++) {
                v[i] *= 0x1p1022;
            }
            return vectorNorm(v) / 0x1p1022;
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        for (double x0 : v) {
            double x = x0 * scale;
            double hi = x * x;
            double lo = Math.fma(x, x, -hi);
            double oldCsum = csum;
            csum += hi;
            frac1 += (oldCsum - csum) + hi;
            frac2 += lo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double pr = h * h;
        double prLo = Math.fma(h, h, -pr);
        double x = csum - 1.0 - pr;
        x += (frac1 + frac2) - prLo;
        h += x / (2.0 * h);
        return h / scale;
    }

    static double dist(Object[] p, Object[] q) {
        if (p.length != q.length) {
            throw PythonErrors.valueError("both points must have the same number of dimensions");
        }
        double[] diffs = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            diffs[i] = Math.abs(d(p[i]) - d(q[i]));
        }
        return vectorNorm(diffs);
    }

    // ------------------------------------------------------------------ integer functions

    static Object factorial(Object x) {
        // 3.10 no longer accepts floats, not even integral ones
        Object i = PyUtil.index(x);
        if (i instanceof BigInteger b) {
            if (b.signum() < 0) {
                throw PythonErrors.valueError("factorial() not defined for negative values");
            }
            throw PythonErrors.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
        }
        long n = (Long) i;
        if (n < 0) {
            throw PythonErrors.valueError("factorial() not defined for negative values");
        }
        if (n <= 20) {
            long r = 1;
            for (long k = 2; k <= n; k++) {
                r *= k;
            }
            return r;
        }
        return PyUtil.normalize(productRange(1, n));
    }

    /** The product lo * (lo+1) * ... * hi by binary splitting. */
    static BigInteger productRange(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long k = lo + 1; k <= hi; k++) {
                r = r.multiply(BigInteger.valueOf(k));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return productRange(lo, mid).multiply(productRange(mid + 1, hi));
    }

    static Object comb(Object no, Object ko) {
        BigInteger n = PyUtil.toBig(no);
        BigInteger k = PyUtil.toBig(ko);
        if (n.signum() < 0) {
            throw PythonErrors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PythonErrors.valueError("k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return 0L;
        }
        BigInteger nk = n.subtract(k);
        if (nk.compareTo(k) < 0) {
            k = nk;
        }
        if (k.bitLength() > 62) {
            throw PythonErrors.overflowError("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        }
        long kk = k.longValue();
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kk; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
        }
        return PyUtil.normalize(r);
    }

    static Object perm(Object no, Object ko) {
        BigInteger n = PyUtil.toBig(no);
        if (absent(ko)) {
            if (n.signum() < 0) {
                throw PythonErrors.valueError("n must be a non-negative integer");
            }
            return factorial(PyUtil.normalize(n));
        }
        BigInteger k = PyUtil.toBig(ko);
        if (n.signum() < 0) {
            throw PythonErrors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PythonErrors.valueError("k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return 0L;
        }
        if (k.bitLength() > 62) {
            throw PythonErrors.overflowError("k must not exceed %d", Long.MAX_VALUE);
        }
        long kk = k.longValue();
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kk; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        }
        return PyUtil.normalize(r);
    }

    static List<Object> unused() {
        return new ArrayList<>(List.of(NONE, BuiltinTypes.INT));
    }
}
