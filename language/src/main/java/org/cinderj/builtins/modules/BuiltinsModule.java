package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;
import static org.cinderj.builtins.modules.PyUtil.absent;
import static org.cinderj.builtins.modules.PyUtil.isMissing;
import static org.cinderj.builtins.modules.PyUtil.typeName;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.cinderj.ast.CmpOperator;
import org.cinderj.ast.Operator;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.PBuiltinFunction;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.function.PFunction;
import org.cinderj.runtime.function.PMethod;
import org.cinderj.runtime.io.PTextIO;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PEllipsis;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PNotImplemented;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;
import org.cinderj.translator.SourceCompiler;

/** The {@code builtins} module. */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    static final PythonClass CALLABLE_ITERATOR = PyUtil.newFinalClass("builtins", "callable_iterator");
    static final PythonClass QUITTER = PyUtil.newFinalClass("_sitebuiltins", "Quitter");
    static final PythonClass PRINTER = PyUtil.newFinalClass("_sitebuiltins", "_Printer");

    static {
        PyUtil.method(CALLABLE_ITERATOR, "__iter__", "(self)", a -> a[0]);
        PyUtil.method(CALLABLE_ITERATOR, "__next__", "(self)", a -> {
            CallableIterator ci = (CallableIterator) a[0];
            if (ci.callable == null) {
                throw PythonErrors.stopIteration(null);
            }
            Object v = PyUtil.call(ci.callable);
            if (PyOps.equals(v, ci.sentinel)) {
                ci.callable = null;
                throw PythonErrors.stopIteration(null);
            }
            return v;
        });
        PyUtil.method(QUITTER, "__repr__", "(self)", a -> "Use " + PyOps.getAttribute(a[0], "name") + "() or Ctrl-D (i.e. EOF) to exit");
        PyUtil.method(QUITTER, "__call__", "(self, code=None)", a -> {
            PythonContext ctx = PythonContext.get(null);
            try {
                Object stdin = ctx.getSys().getAttr("stdin");
                if (stdin != null && stdin != NONE) {
                    PyUtil.callMethod(stdin, "close");
                }
            } catch (PException e) {
                // ignored, as site.Quitter does
            }
            throw PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.SYSTEM_EXIT, a[1]));
        });
        PyUtil.method(PRINTER, "__repr__", "(self)", a -> PyOps.getAttribute(a[0], "_text"));
        PyUtil.method(PRINTER, "__call__", "(self)", a -> {
            IoModule.writeTo(PythonContext.get(null).getSys().getAttr("stdout"), PyOps.getAttribute(a[0], "_text") + "\n");
            return NONE;
        });
    }

    static final class CallableIterator extends PythonObject {
        Object callable;
        final Object sentinel;

        CallableIterator(Object callable, Object sentinel) {
            super(CALLABLE_ITERATOR);
            this.callable = callable;
            this.sentinel = sentinel;
        }
    }

    public static PythonModule create(PythonContext ctx, boolean optimize) {
        PythonModule m = new PythonModule("builtins");
        m.setAttr("__doc__", "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices.");
        m.setAttr("__package__", "");
        m.setAttr("None", NONE);
        m.setAttr("Ellipsis", PEllipsis.ELLIPSIS);
        m.setAttr("NotImplemented", PNotImplemented.NOT_IMPLEMENTED);
        m.setAttr("True", true);
        m.setAttr("False", false);
        m.setAttr("__debug__", !optimize);
        PythonClass[] types = {BuiltinTypes.BOOL, BuiltinTypes.MEMORYVIEW, BuiltinTypes.BYTEARRAY, BuiltinTypes.BYTES, BuiltinTypes.CLASSMETHOD,
            BuiltinTypes.COMPLEX, BuiltinTypes.DICT, BuiltinTypes.ENUMERATE, BuiltinTypes.FILTER, BuiltinTypes.FLOAT, BuiltinTypes.FROZENSET,
            BuiltinTypes.PROPERTY, BuiltinTypes.INT, BuiltinTypes.LIST, BuiltinTypes.MAP, BuiltinTypes.OBJECT, BuiltinTypes.RANGE,
            BuiltinTypes.REVERSED, BuiltinTypes.SET, BuiltinTypes.SLICE, BuiltinTypes.STATICMETHOD, BuiltinTypes.STR, BuiltinTypes.SUPER,
            BuiltinTypes.TUPLE, BuiltinTypes.TYPE, BuiltinTypes.ZIP};
        for (PythonClass t : types) {
            m.setAttr(t.getName(), t);
        }
        for (PythonClass e : BuiltinTypes.EXCEPTIONS) {
            m.setAttr(e.getName(), e);
        }
        m.setAttr("EnvironmentError", BuiltinTypes.OS_ERROR);
        m.setAttr("IOError", BuiltinTypes.OS_ERROR);

        defineNumeric(m);
        defineIteration(m);
        defineAttributes(m);
        defineText(m);
        defineCode(m, ctx);
        defineIo(m, ctx);
        defineSite(m);
        return m;
    }

    // ------------------------------------------------------------------ numbers

    private static void defineNumeric(PythonModule m) {
        BuiltinDef.function(m, "abs", "(x, /)", a -> abs(a[0]));
        BuiltinDef.function(m, "divmod", "(x, y, /)", a -> divmod(a[0], a[1]));
        BuiltinDef.function(m, "pow", "(base, exp, mod=None)", a -> pow(a[0], a[1], a[2]));
        BuiltinDef.function(m, "round", "(number, ndigits=None)", a -> {
            Object r = PyOps.lookupSpecial(a[0], "__round__");
            if (r == null) {
                throw PythonErrors.typeError("type %s doesn't define __round__ method", typeName(a[0]));
            }
            return absent(a[1]) ? PyUtil.call(r, a[0]) : PyUtil.call(r, a[0], a[1]);
        });
        BuiltinDef.function(m, "bin", "(number, /)", a -> intToBase(a[0], 2, "0b"));
        BuiltinDef.function(m, "oct", "(number, /)", a -> intToBase(a[0], 8, "0o"));
        BuiltinDef.function(m, "hex", "(number, /)", a -> intToBase(a[0], 16, "0x"));
        BuiltinDef.function(m, "hash", "(obj, /)", a -> PyOps.hash(a[0]));
        BuiltinDef.function(m, "id", "(obj, /)", a -> ObjectIds.id(a[0]));
        BuiltinDef.function(m, "sum", "(iterable, /, start=0)", a -> sum(a[0], a[1]));
        BuiltinDef.function(m, "max", "(*args, key=None, default=?)", a -> minmax((PTuple) a[0], a[1], a[2], true));
        BuiltinDef.function(m, "min", "(*args, key=None, default=?)", a -> minmax((PTuple) a[0], a[1], a[2], false));
    }

    @TruffleBoundary
    static Object abs(Object x) {
        if (x instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        } else if (x instanceof Double d) {
            return Math.abs(d);
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (x instanceof BigInteger b) {
            return PyUtil.normalize(b.abs());
        }
        Object f = PyOps.lookupSpecial(x, "__abs__");
        if (f == null) {
            throw PythonErrors.typeError("bad operand type for abs(): '%s'", typeName(x));
        }
        return PyUtil.call(f, x);
    }

    @TruffleBoundary
    static Object divmod(Object x, Object y) {
        if (x instanceof Long a && y instanceof Long b) {
            if (b == 0) {
                throw PythonErrors.zeroDivisionError("integer division or modulo by zero");
            }
            if (!(a == Long.MIN_VALUE && b == -1)) {
                return PyUtil.tuple(Math.floorDiv(a, b), Math.floorMod(a, b));
            }
        }
        if (x instanceof Double || y instanceof Double) {
            if ((x instanceof Double || PyUtil.isInt(x)) && (y instanceof Double || PyUtil.isInt(y))) {
                double a = PyUtil.toDouble(x);
                double b = PyUtil.toDouble(y);
                if (b == 0.0) {
                    throw PythonErrors.zeroDivisionError("float divmod()");
                }
                double mod = a % b;
                double div = (a - mod) / b;
                if (mod != 0) {
                    if ((b < 0) != (mod < 0)) {
                        mod += b;
                        div -= 1.0;
                    }
                } else {
                    mod = Math.copySign(0.0, b);
                }
                double floordiv;
                if (div != 0) {
                    floordiv = Math.floor(div);
                    if (div - floordiv > 0.5) {
                        floordiv += 1.0;
                    }
                } else {
                    floordiv = Math.copySign(0.0, a / b);
                }
                return PyUtil.tuple(floordiv, mod);
            }
        }
        if (PyUtil.isInt(x) && PyUtil.isInt(y)) {
            BigInteger a = PyUtil.toBig(x);
            BigInteger b = PyUtil.toBig(y);
            if (b.signum() == 0) {
                throw PythonErrors.zeroDivisionError("integer division or modulo by zero");
            }
            BigInteger[] qr = a.divideAndRemainder(b);
            if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
                qr[0] = qr[0].subtract(BigInteger.ONE);
                qr[1] = qr[1].add(b);
            }
            return PyUtil.tuple(PyUtil.normalize(qr[0]), PyUtil.normalize(qr[1]));
        }
        PythonClass tx = BuiltinTypes.typeOf(x);
        PythonClass ty = BuiltinTypes.typeOf(y);
        boolean rightFirst = ty != tx && ty.isSubclassOf(tx) && ty.lookup("__rdivmod__") != tx.lookup("__rdivmod__");
        if (rightFirst) {
            Object r = PyOps.callSpecial(y, "__rdivmod__", x);
            if (r != null && r != PNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Object r = PyOps.callSpecial(x, "__divmod__", y);
        if (r != null && r != PNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        if (!rightFirst && tx != ty) {
            r = PyOps.callSpecial(y, "__rdivmod__", x);
            if (r != null && r != PNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PythonErrors.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'", tx.getName(), ty.getName());
    }

    @TruffleBoundary
    static Object pow(Object base, Object exp, Object mod) {
        if (absent(mod)) {
            return PyOps.binaryOp(base, exp, Operator.POW);
        }
        if (PyUtil.isInt(base) && PyUtil.isInt(exp) && PyUtil.isInt(mod)) {
            BigInteger b = PyUtil.toBig(base);
            BigInteger e = PyUtil.toBig(exp);
            BigInteger md = PyUtil.toBig(mod);
            if (md.signum() == 0) {
                throw PythonErrors.valueError("pow() 3rd argument cannot be 0");
            }
            BigInteger am = md.abs();
            if (e.signum() < 0) {
                try {
                    b = b.modInverse(am);
                } catch (ArithmeticException ex) {
                    throw PythonErrors.valueError("base is not invertible for the given modulus");
                }
                e = e.negate();
            }
            BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : b.modPow(e, am);
            if (md.signum() < 0 && r.signum() != 0) {
                r = r.add(md);
            }
            return PyUtil.normalize(r);
        }
        Object f = PyOps.lookupSpecial(base, "__pow__");
        if (f != null) {
            Object r = PyUtil.call(f, base, exp, mod);
            if (r != PNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PythonErrors.typeError("unsupported operand type(s) for pow(): '%s', '%s', '%s'", typeName(base), typeName(exp), typeName(mod));
    }

    @TruffleBoundary
    static String intToBase(Object x, int radix, String prefix) {
        Object i = PyUtil.index(x);
        String digits;
        boolean neg;
        if (i instanceof Long l) {
            neg = l < 0;
            digits = neg ? BigInteger.valueOf(l).negate().toString(radix) : Long.toString(l, radix);
        } else {
            BigInteger b = (BigInteger) i;
            neg = b.signum() < 0;
            digits = b.abs().toString(radix);
        }
        return (neg ? "-" : "") + prefix + digits;
    }

    @TruffleBoundary
    static Object sum(Object iterable, Object start) {
        if (start instanceof String) {
            throw PythonErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        PythonClass st = BuiltinTypes.typeOf(start);
        if (st == BuiltinTypes.BYTES) {
            throw PythonErrors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        } else if (st == BuiltinTypes.BYTEARRAY) {
            throw PythonErrors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        Object it = PyOps.getIter(iterable);
        Object acc = start;
        Object x;
        while ((x = PyOps.next(it)) != null) {
            if (acc instanceof Long a && x instanceof Long b) {
                long r = a + b;
                if (((a ^ r) & (b ^ r)) < 0) {
                    acc = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
                } else {
                    acc = r;
                }
            } else if (acc instanceof Double a && x instanceof Double b) {
                acc = a + b;
            } else if (acc instanceof Double a && x instanceof Long b) {
                acc = a + (double) b;
            } else {
                acc = PyOps.binaryOp(acc, x, Operator.ADD);
            }
        }
        return acc;
    }

    @TruffleBoundary
    static Object minmax(PTuple args, Object key, Object dflt, boolean max) {
        String name = max ? "max" : "min";
        Object[] items = args.getItems();
        Object iterable;
        if (items.length == 0) {
            throw PythonErrors.typeError("%s expected at least 1 argument, got 0", name);
        } else if (items.length == 1) {
            iterable = items[0];
        } else {
            if (!isMissing(dflt)) {
                throw PythonErrors.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
            }
            iterable = args;
        }
        boolean hasKey = !absent(key);
        Object it = PyOps.getIter(iterable);
        Object best = null;
        Object bestKey = null;
        Object x;
        CmpOperator op = max ? CmpOperator.GT : CmpOperator.LT;
        while ((x = PyOps.next(it)) != null) {
            Object k = hasKey ? PyUtil.call(key, x) : x;
            if (best == null) {
                best = x;
                bestKey = k;
            } else {
                boolean better;
                if (k instanceof Long a && bestKey instanceof Long b) {
                    better = max ? a > b : a < b;
                } else {
                    better = PyUtil.truthy(PyOps.richCompare(k, bestKey, op));
                }
                if (better) {
                    best = x;
                    bestKey = k;
                }
            }
        }
        if (best == null) {
            if (!isMissing(dflt)) {
                return dflt;
            }
            throw PythonErrors.valueError("%s() arg is an empty sequence", name);
        }
        return best;
    }

    // ------------------------------------------------------------------ iteration

    private static void defineIteration(PythonModule m) {
        BuiltinDef.function(m, "all", "(iterable, /)", a -> {
            Object it = PyOps.getIter(a[0]);
            Object x;
            while ((x = PyOps.next(it)) != null) {
                if (!PyUtil.truthy(x)) {
                    return false;
                }
            }
            return true;
        });
        BuiltinDef.function(m, "any", "(iterable, /)", a -> {
            Object it = PyOps.getIter(a[0]);
            Object x;
            while ((x = PyOps.next(it)) != null) {
                if (PyUtil.truthy(x)) {
                    return true;
                }
            }
            return false;
        });
        BuiltinDef.function(m, "iter", "(object, sentinel=?, /)", a -> {
            if (isMissing(a[1])) {
                return PyOps.getIter(a[0]);
            }
            if (!callable(a[0])) {
                throw PythonErrors.typeError("iter(v, w): v must be callable");
            }
            return new CallableIterator(a[0], a[1]);
        });
        BuiltinDef.function(m, "next", "(iterator, default=?, /)", a -> next(a[0], a[1]));
        BuiltinDef.function(m, "len", "(obj, /)", a -> PyOps.length(a[0]));
        BuiltinDef.function(m, "sorted", "(iterable, /, *, key=None, reverse=False)", a -> {
            PList l = new PList(PyUtil.toArray(a[0]));
            PyUtil.callKw(PyOps.getAttribute(l, "sort"), new Object[0], new String[]{"key", "reverse"}, new Object[]{a[1], a[2]});
            return l;
        });
        BuiltinDef.function(m, "aiter", "(async_iterable, /)", a -> {
            Object f = PyOps.lookupSpecial(a[0], "__aiter__");
            if (f == null) {
                throw PythonErrors.typeError("'%s' object is not an async iterable", typeName(a[0]));
            }
            Object r = PyUtil.call(f, a[0]);
            if (PyOps.lookupSpecial(r, "__anext__") == null) {
                throw PythonErrors.typeError("aiter() returned not an async iterator of type '%s'", typeName(r));
            }
            return r;
        });
        BuiltinDef.function(m, "anext", "(aiterator, default=?, /)", a -> {
            Object f = PyOps.lookupSpecial(a[0], "__anext__");
            if (f == null) {
                throw PythonErrors.typeError("'%s' object is not an async iterator", typeName(a[0]));
            }
            if (!isMissing(a[1])) {
                throw PythonErrors.notImplementedError("anext() with a default value is not supported yet");
            }
            return PyUtil.call(f, a[0]);
        });
    }

    @TruffleBoundary
    static Object next(Object iterator, Object dflt) {
        Object f = PyOps.lookupSpecial(iterator, "__next__");
        if (f == null) {
            throw PythonErrors.typeError("'%s' object is not an iterator", typeName(iterator));
        }
        if (isMissing(dflt)) {
            return PyUtil.call(f, iterator);
        }
        try {
            return PyUtil.call(f, iterator);
        } catch (PException e) {
            if (PythonErrors.isInstance(e, BuiltinTypes.STOP_ITERATION)) {
                return dflt;
            }
            throw e;
        }
    }

    static boolean callable(Object o) {
        if (o instanceof PFunction || o instanceof PBuiltinFunction || o instanceof PMethod || o instanceof PythonClass) {
            return true;
        }
        return BuiltinTypes.typeOf(o).lookup("__call__") != null;
    }

    // ------------------------------------------------------------------ attributes

    private static String attrName(Object name, String fn) {
        if (name instanceof String s) {
            return s;
        }
        if (name instanceof PythonObject po && po.getPythonClass().isSubclassOf(BuiltinTypes.STR)) {
            return PyOps.str(name);
        }
        throw PythonErrors.typeError("%sattribute name must be string%s", fn, fn.isEmpty() ? ", not '" + typeName(name) + "'" : "");
    }

    private static void defineAttributes(PythonModule m) {
        BuiltinDef.function(m, "getattr", "(object, name, default=?, /)", a -> {
            String n = attrName(a[1], "getattr(): ");
            if (isMissing(a[2])) {
                return PyOps.getAttribute(a[0], n);
            }
            try {
                return PyOps.getAttribute(a[0], n);
            } catch (PException e) {
                if (PythonErrors.isInstance(e, BuiltinTypes.ATTRIBUTE_ERROR)) {
                    return a[2];
                }
                throw e;
            }
        });
        BuiltinDef.function(m, "setattr", "(obj, name, value, /)", a -> {
            PyOps.setAttribute(a[0], attrName(a[1], ""), a[2]);
            return NONE;
        });
        BuiltinDef.function(m, "delattr", "(obj, name, /)", a -> {
            PyOps.deleteAttribute(a[0], attrName(a[1], ""));
            return NONE;
        });
        BuiltinDef.function(m, "hasattr", "(obj, name, /)", a -> {
            String n = attrName(a[1], "hasattr(): ");
            try {
                PyOps.getAttribute(a[0], n);
                return true;
            } catch (PException e) {
                if (PythonErrors.isInstance(e, BuiltinTypes.ATTRIBUTE_ERROR)) {
                    return false;
                }
                throw e;
            }
        });
        BuiltinDef.function(m, "isinstance", "(obj, class_or_tuple, /)", a -> PyOps.isInstance(a[0], a[1]));
        BuiltinDef.function(m, "issubclass", "(cls, class_or_tuple, /)", a -> PyOps.isSubclass(a[0], a[1]));
        BuiltinDef.function(m, "callable", "(obj, /)", a -> callable(a[0]));
        BuiltinDef.function(m, "dir", "(object=?, /)", a -> {
            Object keys;
            if (isMissing(a[0])) {
                keys = PyUtil.callMethod(frameAccess().currentLocals(), "keys");
            } else {
                Object f = PyOps.lookupSpecial(a[0], "__dir__");
                if (f == null) {
                    throw PythonErrors.typeError("object does not provide __dir__");
                }
                keys = PyUtil.call(f, a[0]);
            }
            PList l = new PList(PyUtil.toArray(keys));
            PyUtil.callMethod(l, "sort");
            return l;
        });
        BuiltinDef.function(m, "vars", "(object=?, /)", a -> {
            if (isMissing(a[0])) {
                return frameAccess().currentLocals();
            }
            Object d = PyOps.lookupAttribute(a[0], "__dict__");
            if (d == null) {
                throw PythonErrors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        BuiltinDef.function(m, "globals", "()", a -> frameAccess().currentGlobals());
        BuiltinDef.function(m, "locals", "()", a -> frameAccess().currentLocals());
    }

    static FrameAccess frameAccess() {
        FrameAccess f = FrameAccess.get();
        if (f == null) {
            throw PythonErrors.runtimeError("frame access is not available");
        }
        return f;
    }

    // ------------------------------------------------------------------ text

    private static void defineText(PythonModule m) {
        BuiltinDef.function(m, "repr", "(obj, /)", a -> PyOps.repr(a[0]));
        BuiltinDef.function(m, "ascii", "(obj, /)", a -> ascii(PyOps.repr(a[0])));
        BuiltinDef.function(m, "format", "(value, format_spec='', /)", a -> {
            if (!(a[1] instanceof String s)) {
                throw PythonErrors.typeError("format() argument 2 must be str, not %s", typeName(a[1]));
            }
            return PyOps.format(a[0], s);
        });
        BuiltinDef.function(m, "chr", "(i, /)", a -> {
            Object i = PyUtil.index(a[0]);
            if (i instanceof BigInteger) {
                throw PythonErrors.overflowError("Python int too large to convert to C int");
            }
            long v = (Long) i;
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw PythonErrors.overflowError("Python int too large to convert to C int");
            }
            if (v < 0 || v > 0x10ffff) {
                throw PythonErrors.valueError("chr() arg not in range(0x110000)");
            }
            return v < 0x10000 ? String.valueOf((char) v) : new String(Character.toChars((int) v));
        });
        BuiltinDef.function(m, "ord", "(c, /)", a -> ord(a[0]));
    }

    @TruffleBoundary
    static Object ord(Object c) {
        if (c instanceof String s) {
            int n = s.codePointCount(0, s.length());
            if (n == 1) {
                return (long) s.codePointAt(0);
            }
            throw PythonErrors.typeError("ord() expected a character, but string of length %d found", n);
        }
        PythonClass t = BuiltinTypes.typeOf(c);
        if (t.isSubclassOf(BuiltinTypes.STR)) {
            return ord(PyOps.str(c));
        }
        if (t.isSubclassOf(BuiltinTypes.BYTES) || t.isSubclassOf(BuiltinTypes.BYTEARRAY)) {
            long n = PyOps.length(c);
            if (n == 1) {
                return PyUtil.index(PyOps.getItem(c, 0L));
            }
            throw PythonErrors.typeError("ord() expected a character, but string of length %d found", n);
        }
        throw PythonErrors.typeError("ord() expected string of length 1, but %s found", t.getName());
    }

    /** ascii(): the repr with non-ASCII characters escaped. */
    static String ascii(String repr) {
        StringBuilder sb = null;
        for (int i = 0; i < repr.length();) {
            int cp = repr.codePointAt(i);
            int len = Character.charCount(cp);
            if (cp >= 128) {
                if (sb == null) {
                    sb = new StringBuilder(repr.substring(0, i));
                }
                if (cp < 0x100) {
                    sb.append(String.format("\\x%02x", cp));
                } else if (cp < 0x10000) {
                    sb.append(String.format("\\u%04x", cp));
                } else {
                    sb.append(String.format("\\U%08x", cp));
                }
            } else if (sb != null) {
                sb.append((char) cp);
            }
            i += len;
        }
        return sb == null ? repr : sb.toString();
    }

    // ------------------------------------------------------------------ code

    private static void defineCode(PythonModule m, PythonContext ctx) {
        BuiltinDef.function(m, "compile", "(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)", a -> {
            String mode = PyUtil.str(a[2], "compile() argument 'mode'");
            if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
                throw PythonErrors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            }
            long flags = PyUtil.toLong(a[3]);
            if ((flags & 0x400) != 0) {
                throw PythonErrors.notImplementedError("compile() to an AST object (PyCF_ONLY_AST) is not supported yet");
            }
            String filename = IoModule.fspath(a[1]);
            return SourceCompiler.compile(sourceText(a[0], "compile"), filename, mode);
        });
        BuiltinDef.function(m, "eval", "(source, globals=None, locals=None, /)", a -> execOrEval(ctx, a[0], a[1], a[2], "eval"));
        BuiltinDef.function(m, "exec", "(source, globals=None, locals=None, /)", a -> {
            execOrEval(ctx, a[0], a[1], a[2], "exec");
            return NONE;
        });
        BuiltinDef.function(m, "__import__", "(name, globals=None, locals=None, fromlist=None, level=0)", a -> {
            String name = PyUtil.str(a[0], "__import__() argument 1");
            String[] fromList = null;
            if (!absent(a[3])) {
                List<Object> fl = PyUtil.toList(a[3]);
                if (!fl.isEmpty()) {
                    fromList = new String[fl.size()];
                    for (int i = 0; i < fromList.length; i++) {
                        Object item = fl.get(i);
                        if (!(item instanceof String s)) {
                            throw PythonErrors.typeError("Item in ``from list'' must be str, not %s", typeName(item));
                        }
                        fromList[i] = s;
                    }
                }
            }
            int level = PyUtil.toInt(a[4]);
            if (level < 0) {
                throw PythonErrors.valueError("level must be >= 0");
            }
            return ImportSystem.importName(ctx, name, absent(a[1]) ? null : a[1], fromList, level);
        });
        BuiltinDef.function(m, "breakpoint", "(*args, **kws)", a -> {
            Object hook = ctx.getSys().getAttr("breakpointhook");
            if (hook == null) {
                throw PythonErrors.runtimeError("lost sys.breakpointhook");
            }
            PDict kw = (PDict) a[1];
            return callWithDict(hook, ((PTuple) a[0]).getItems(), kw);
        });
    }

    static Object callWithDict(Object callable, Object[] args, PDict kw) {
        String[] names = new String[kw.size()];
        Object[] values = new Object[kw.size()];
        int i = 0;
        for (PDict.Entry e : kw.entries()) {
            names[i] = (String) e.key;
            values[i++] = e.value;
        }
        return PyUtil.callKw(callable, args, names, values);
    }

    static String sourceText(Object src, String fn) {
        if (src instanceof String s) {
            return s;
        }
        if (BinaryIO.isBytes(src)) {
            return new String(BinaryIO.bridge.toBytes(src), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (BuiltinTypes.typeOf(src).isSubclassOf(BuiltinTypes.STR)) {
            return PyOps.str(src);
        }
        throw PythonErrors.typeError("%s() arg 1 must be a string, bytes or code object", fn);
    }

    @TruffleBoundary
    static Object execOrEval(PythonContext ctx, Object source, Object globals, Object locals, String mode) {
        if (!absent(globals) && !(globals instanceof PDict)) {
            throw PythonErrors.typeError(mode.equals("exec") ? "exec() globals must be a dict, not %s" : "globals must be a dict", typeName(globals));
        }
        if (!absent(locals) && PyOps.lookupSpecial(locals, "__getitem__") == null) {
            throw PythonErrors.typeError(mode.equals("exec") ? "locals must be a mapping" : "locals must be a mapping");
        }
        PDict g;
        Object l;
        if (absent(globals)) {
            FrameAccess fa = frameAccess();
            g = (PDict) fa.currentGlobals();
            l = absent(locals) ? fa.currentLocals() : locals;
        } else {
            g = (PDict) globals;
            l = absent(locals) ? g : locals;
        }
        if (g.get("__builtins__") == null) {
            g.put("__builtins__", ctx.getBuiltins());
        }
        PCode code;
        if (source instanceof PCode c) {
            if (c.getFreevars().length > 0) {
                throw PythonErrors.typeError("code object passed to %s() may not contain free variables", mode);
            }
            code = c;
        } else {
            String text = sourceText(source, mode);
            if (mode.equals("eval")) {
                int i = 0;
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                text = text.substring(i);
            }
            code = SourceCompiler.compile(text, "<string>", mode);
        }
        return SourceCompiler.exec(code, g, l);
    }

    // ------------------------------------------------------------------ I/O

    private static void defineIo(PythonModule m, PythonContext ctx) {
        m.setAttr("open", IoModule.openFunction());
        BuiltinDef.function(m, "print", "(*args, sep=' ', end=None, file=None, flush=False)", a -> {
            print(ctx, ((PTuple) a[0]).getItems(), a[1], a[2], a[3], a[4]);
            return NONE;
        });
        BuiltinDef.function(m, "input", "(prompt=?, /)", a -> input(ctx, a[0]));
    }

    @TruffleBoundary
    static void print(PythonContext ctx, Object[] args, Object sep, Object end, Object file, Object flush) {
        if (sep != NONE && !(sep instanceof String)) {
            throw PythonErrors.typeError("sep must be None or a string, not %s", typeName(sep));
        }
        if (end != NONE && !(end instanceof String)) {
            throw PythonErrors.typeError("end must be None or a string, not %s", typeName(end));
        }
        if (file == NONE) {
            file = ctx.getSys().getAttr("stdout");
            if (file == null) {
                throw PythonErrors.runtimeError("lost sys.stdout");
            }
            if (file == NONE) {
                return;
            }
        }
        String sepStr = sep == NONE ? " " : (String) sep;
        String endStr = end == NONE ? "\n" : (String) end;
        if (file instanceof PTextIO t && t.getPythonClass() == IoModule.TEXTIOWRAPPER) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    sb.append(sepStr);
                }
                Object o = args[i];
                sb.append(o instanceof String s ? s : PyOps.str(o));
            }
            sb.append(endStr);
            t.write(sb.toString());
            if (flush != Boolean.FALSE && PyUtil.truthy(flush)) {
                t.flush();
            }
            return;
        }
        Object write = PyOps.getAttribute(file, "write");
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                PyUtil.call(write, sepStr);
            }
            Object o = args[i];
            PyUtil.call(write, o instanceof String s ? s : PyOps.str(o));
        }
        PyUtil.call(write, endStr);
        if (PyUtil.truthy(flush)) {
            PyUtil.callMethod(file, "flush");
        }
    }

    @TruffleBoundary
    static Object input(PythonContext ctx, Object prompt) {
        PythonModule sys = ctx.getSys();
        Object stdin = sys.getAttr("stdin");
        Object stdout = sys.getAttr("stdout");
        Object stderr = sys.getAttr("stderr");
        if (stdin == null || stdin == NONE) {
            throw PythonErrors.runtimeError("input(): lost sys.stdin");
        }
        if (stdout == null || stdout == NONE) {
            throw PythonErrors.runtimeError("input(): lost sys.stdout");
        }
        if (stderr != null && stderr != NONE) {
            try {
                PyUtil.callMethod(stderr, "flush");
            } catch (PException e) {
                // ignored
            }
        }
        if (!isMissing(prompt)) {
            IoModule.writeTo(stdout, PyOps.str(prompt));
        }
        PyUtil.callMethod(stdout, "flush");
        Object line;
        if (stdin instanceof PTextIO t && t.getPythonClass() == IoModule.TEXTIOWRAPPER) {
            line = t.readline(-1);
        } else {
            line = PyUtil.callMethod(stdin, "readline");
        }
        if (!(line instanceof String s)) {
            throw PythonErrors.typeError("object.readline() returned non-string");
        }
        if (s.isEmpty()) {
            throw PythonErrors.raise(BuiltinTypes.EOF_ERROR, "EOF when reading a line");
        }
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    // ------------------------------------------------------------------ site helpers

    private static void defineSite(PythonModule m) {
        for (String n : new String[]{"exit", "quit"}) {
            PythonObject q = new PythonObject(QUITTER);
            PyUtil.setObjAttr(q, "name", n);
            PyUtil.setObjAttr(q, "eof", "Ctrl-D (i.e. EOF)");
            m.setAttr(n, q);
        }
        m.setAttr("copyright", printer("copyright", "Copyright (c) 2001-2022 Python Software Foundation.\nAll Rights Reserved.\n\n"
                        + "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
                        + "All Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."));
        m.setAttr("credits", printer("credits", "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
                        + "    for supporting Python development.  See www.python.org for more information."));
        m.setAttr("license", printer("license", "See https://www.python.org/psf/license/"));
    }

    private static PythonObject printer(String name, String text) {
        PythonObject p = new PythonObject(PRINTER);
        PyUtil.setObjAttr(p, "_Printer__name", name);
        PyUtil.setObjAttr(p, "_text", text);
        return p;
    }

    static List<Object> unused() {
        return new ArrayList<>();
    }
}
