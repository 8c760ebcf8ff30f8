package org.cinderj.runtime.number;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.str.FormatSpec;

/** complex arithmetic, formatting and parsing with CPython's algorithms and messages. */
public final class ComplexOps {
    private ComplexOps() {
    }

    /**
     * The complex value of an operand of complex arithmetic: complex, float or int. Null when
     * {@code o} is none of these (the dunder returns NotImplemented).
     */
    public static PComplex asComplex(Object o) {
        if (o instanceof PComplex c) {
            return c;
        }
        Double d = FloatOps.asDouble(o);
        return d == null ? null : new PComplex(d, 0.0);
    }

    @TruffleBoundary
    public static String repr(double real, double imag) {
        String im = FloatFormatter.toString(imag, 'r', 0, false, false, false);
        if (real == 0 && Math.copySign(1.0, real) > 0) {
            return im + "j";
        }
        String re = FloatFormatter.toString(real, 'r', 0, false, false, false);
        String imSigned = FloatFormatter.toString(imag, 'r', 0, false, false, true);
        return "(" + re + imSigned + "j)";
    }

    public static PComplex add(PComplex a, PComplex b) {
        return new PComplex(a.getReal() + b.getReal(), a.getImag() + b.getImag());
    }

    public static PComplex sub(PComplex a, PComplex b) {
        return new PComplex(a.getReal() - b.getReal(), a.getImag() - b.getImag());
    }

    public static PComplex mul(PComplex a, PComplex b) {
        return mul(a.getReal(), a.getImag(), b.getReal(), b.getImag());
    }

    private static PComplex mul(double ar, double ai, double br, double bi) {
        return new PComplex(ar * br - ai * bi, ar * bi + ai * br);
    }

    public static PComplex div(PComplex a, PComplex b) {
        PComplex r = quot(a.getReal(), a.getImag(), b.getReal(), b.getImag());
        if (r == null) {
            throw PythonErrors.zeroDivisionError("complex division by zero");
        }
        return r;
    }

    /** Smith's algorithm as CPython's _Py_c_quot; null on division by zero. */
    private static PComplex quot(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new PComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        } else if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new PComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return new PComplex(Double.NaN, Double.NaN);
    }

    /** {@code a ** b}; small integral exponents use repeated multiplication like CPython. */
    @TruffleBoundary
    public static PComplex pow(double ar, double ai, double br, double bi) {
        PComplex r;
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            int n = (int) br;
            if (n > 0) {
                r = powu(ar, ai, n);
            } else if (n == 0) {
                r = new PComplex(1.0, 0.0);
            } else {
                PComplex p = powu(ar, ai, -n);
                r = quot(1.0, 0.0, p.getReal(), p.getImag());
                if (r == null) {
                    throw PythonErrors.zeroDivisionError("0.0 to a negative or complex power");
                }
            }
        } else if (br == 0.0 && bi == 0.0) {
            r = new PComplex(1.0, 0.0);
        } else if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) {
                throw PythonErrors.zeroDivisionError("0.0 to a negative or complex power");
            }
            r = new PComplex(0.0, 0.0);
        } else {
            double vabs = Math.hypot(ar, ai);
            double len = Math.pow(vabs, br);
            double at = Math.atan2(ai, ar);
            double phase = at * br;
            if (bi != 0.0) {
                len /= Math.exp(at * bi);
                phase += bi * Math.log(vabs);
            }
            r = new PComplex(len * Math.cos(phase), len * Math.sin(phase));
        }
        if ((Double.isInfinite(r.getReal()) || Double.isInfinite(r.getImag())) && Double.isFinite(ar) && Double.isFinite(ai)
                        && Double.isFinite(br) && Double.isFinite(bi)) {
            throw PythonErrors.overflowError("complex exponentiation");
        }
        return r;
    }

    private static PComplex powu(double xr, double xi, int n) {
        double rr = 1.0;
        double ri = 0.0;
        double pr = xr;
        double pi = xi;
        int mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new PComplex(rr, ri);
    }

    /** {@code abs(z)}. */
    public static double abs(PComplex z) {
        double re = z.getReal();
        double im = z.getImag();
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return Double.NaN;
        }
        double r = Math.hypot(re, im);
        if (Double.isInfinite(r)) {
            throw PythonErrors.overflowError("absolute value too large");
        }
        return r;
    }

    public static long hash(PComplex z) {
        return NumberHash.hashComplex(z.getReal(), z.getImag());
    }

    /** {@code complex(s)}; ValueError "complex() arg is a malformed string". */
    @TruffleBoundary
    public static PComplex parse(String text) {
        String s = StrWhitespace.asciiDigits(StrWhitespace.strip(text));
        if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) {
            s = StrWhitespace.strip(s.substring(1, s.length() - 1));
        }
        PComplex r = parseInner(s);
        if (r == null) {
            throw PythonErrors.valueError("complex() arg is a malformed string");
        }
        return r;
    }

    private static PComplex parseInner(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char last = s.charAt(s.length() - 1);
        if (last != 'j' && last != 'J') {
            Double re = FloatOps.parseStrict(s);
            return re == null ? null : new PComplex(re, 0.0);
        }
        String body = s.substring(0, s.length() - 1);
        // find the split between the real and imaginary parts: a sign not following an 'e'
        int split = -1;
        for (int i = body.length() - 1; i > 0; i--) {
            char c = body.charAt(i);
            if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                split = i;
                break;
            }
        }
        String rePart = split < 0 ? null : body.substring(0, split);
        String imPart = split < 0 ? body : body.substring(split);
        double im;
        if (imPart.isEmpty() || imPart.equals("+")) {
            im = 1.0;
        } else if (imPart.equals("-")) {
            im = -1.0;
        } else {
            Double v = FloatOps.parseStrict(imPart);
            if (v == null) {
                return null;
            }
            im = v;
        }
        double re = 0.0;
        if (rePart != null) {
            Double v = FloatOps.parseStrict(rePart);
            if (v == null) {
                return null;
            }
            re = v;
        }
        return new PComplex(re, im);
    }

    /** {@code format(z, spec)}. */
    @TruffleBoundary
    public static String format(PComplex z, String spec) {
        if (spec.isEmpty()) {
            return repr(z.getReal(), z.getImag());
        }
        FormatSpec f = FormatSpec.parse(spec, '>');
        if (f.fill == '0' && f.align == '=' && !f.fillGiven) {
            throw PythonErrors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw PythonErrors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        char type = f.type;
        int precision = f.precision;
        boolean parens = false;
        boolean addDot0 = false;
        switch (type) {
            case 0:
                parens = true;
                if (precision < 0) {
                    type = 'r';
                } else {
                    type = 'g';
                }
                break;
            case 'e', 'E', 'f', 'F', 'g', 'G':
                break;
            case 'n':
                type = 'g';
                break;
            default:
                throw FormatSpec.unknownCode(type, "complex");
        }
        if (precision < 0 && type != 'r') {
            precision = 6;
        }
        double re = z.getReal();
        double im = z.getImag();
        boolean skipRe = parens && re == 0 && Math.copySign(1.0, re) > 0;
        StringBuilder sb = new StringBuilder();
        if (parens && !skipRe) {
            sb.append('(');
        }
        if (!skipRe) {
            boolean neg = Math.copySign(1.0, re) < 0 && !Double.isNaN(re);
            sb.append(neg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "");
            sb.append(FloatFormatter.unsigned(Math.abs(re), type, precision, f.alternate, addDot0));
        }
        boolean imNeg = Math.copySign(1.0, im) < 0 && !Double.isNaN(im);
        if (skipRe) {
            sb.append(imNeg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "");
        } else {
            sb.append(imNeg ? "-" : "+");
        }
        sb.append(FloatFormatter.unsigned(Math.abs(im), type, precision, f.alternate, addDot0));
        sb.append('j');
        if (parens && !skipRe) {
            sb.append(')');
        }
        return f.pad(sb.toString(), 0);
    }
}
