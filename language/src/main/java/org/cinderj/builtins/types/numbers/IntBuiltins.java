package org.cinderj.builtins.types.numbers;

import static org.cinderj.runtime.object.PNotImplemented.NOT_IMPLEMENTED;

import java.math.BigInteger;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.number.IntFormatter;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.number.IntParse;
import org.cinderj.runtime.number.NumberHash;
import org.cinderj.runtime.number.PBoxed;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.str.StrOps;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The methods of {@code int}. Values are Long/BigInteger/Boolean, or a {@link PBoxed} for subclass instances. */
public final class IntBuiltins {
    private IntBuiltins() {
    }

    private static final PythonClass INT = BuiltinTypes.INT;

    /** self as Long/BigInteger, or the descriptor TypeError. */
    static Object self(Object o, String method) {
        Object v = IntOps.asInt(o);
        if (v == null) {
            throw NumberSupport.descriptorError(method, INT, o);
        }
        return v;
    }

    /** A binary dunder: NotImplemented unless the other operand is an int. */
    private static void binary(String name, String rname, BinaryOperator<Object> op) {
        BuiltinDef.inlinableMethod(INT, name, "(self, value, /)", args -> {
            Object a = self(args[0], name);
            Object b = IntOps.asInt(args[1]);
            return b == null ? NOT_IMPLEMENTED : op.apply(a, b);
        });
        BuiltinDef.inlinableMethod(INT, rname, "(self, value, /)", args -> {
            Object a = self(args[0], rname);
            Object b = IntOps.asInt(args[1]);
            return b == null ? NOT_IMPLEMENTED : op.apply(b, a);
        });
    }

    private static void unary(String name, UnaryOperator<Object> op) {
        BuiltinDef.inlinableMethod(INT, name, "(self, /)", args -> op.apply(self(args[0], name)));
    }

    private static void compare(String name, int lt, int eq, int gt) {
        BuiltinDef.inlinableMethod(INT, name, "(self, value, /)", args -> {
            Object a = self(args[0], name);
            Object b = IntOps.asInt(args[1]);
            if (b == null) {
                return NOT_IMPLEMENTED;
            }
            int c = IntOps.compare(a, b);
            return (c < 0 ? lt : c == 0 ? eq : gt) != 0;
        });
    }

    public static void install() {
        BuiltinDef.staticMethod(INT, "__new__", "(cls, x=?, /, base=?)", args -> newInt(args[0], args[1], args[2]));

        binary("__add__", "__radd__", IntOps::add);
        binary("__sub__", "__rsub__", IntOps::sub);
        binary("__mul__", "__rmul__", IntOps::mul);
        binary("__floordiv__", "__rfloordiv__", IntOps::floorDiv);
        binary("__mod__", "__rmod__", IntOps::mod);
        binary("__truediv__", "__rtruediv__", IntOps::trueDiv);
        binary("__divmod__", "__rdivmod__", (a, b) -> new PTuple(IntOps.divmod(a, b)));
        binary("__lshift__", "__rlshift__", IntOps::lshift);
        binary("__rshift__", "__rrshift__", IntOps::rshift);
        binary("__and__", "__rand__", IntOps::and);
        binary("__or__", "__ror__", IntOps::or);
        binary("__xor__", "__rxor__", IntOps::xor);
        BuiltinDef.inlinableMethod(INT, "__pow__", "(self, value, mod=None, /)", args -> {
            Object a = self(args[0], "__pow__");
            return pow(a, args[1], args[2]);
        });
        BuiltinDef.inlinableMethod(INT, "__rpow__", "(self, value, mod=None, /)", args -> {
            Object a = self(args[0], "__rpow__");
            Object b = IntOps.asInt(args[1]);
            return b == null ? NOT_IMPLEMENTED : pow(b, a, args[2]);
        });

        compare("__lt__", 1, 0, 0);
        compare("__le__", 1, 1, 0);
        compare("__eq__", 0, 1, 0);
        compare("__ne__", 1, 0, 1);
        compare("__gt__", 0, 0, 1);
        compare("__ge__", 0, 1, 1);

        unary("__neg__", IntOps::neg);
        unary("__pos__", IntOps::pos);
        unary("__abs__", IntOps::abs);
        unary("__invert__", IntOps::invert);
        unary("__int__", x -> x);
        unary("__index__", x -> x);
        unary("__trunc__", x -> x);
        unary("__floor__", x -> x);
        unary("__ceil__", x -> x);
        unary("conjugate", x -> x);
        unary("__float__", IntOps::toDouble);
        unary("__bool__", x -> !IntOps.isZero(x));
        unary("__hash__", x -> x instanceof Long l ? NumberHash.hash(l) : NumberHash.hash((BigInteger) x));
        unary("__getnewargs__", x -> PTuple.of(x));
        unary("bit_length", IntOps::bitLength);
        unary("bit_count", IntOps::bitCount);
        unary("as_integer_ratio", x -> PTuple.of(x, 1L));
        unary("__sizeof__", x -> 24L + 4L * ((IntOps.bitLength(x) + 29) / 30));
        BuiltinDef.method(INT, "__repr__", "(self, /)", args -> IntOps.toString(self(args[0], "__repr__")));
        BuiltinDef.method(INT, "__round__", "(self, ndigits=None, /)", args -> round(self(args[0], "__round__"), args[1]));
        BuiltinDef.method(INT, "__format__", "(self, format_spec, /)", args -> {
            Object v = self(args[0], "__format__");
            String spec = StrOps.asStr(args[1]);
            if (spec == null) {
                throw PythonErrors.typeError("__format__() argument must be str, not %s", BuiltinTypes.typeOf(args[1]).getName());
            }
            if (spec.isEmpty()) {
                return PyOps.str(args[0]);
            }
            return IntFormatter.format(v, spec, BuiltinTypes.typeOf(args[0]).getName());
        });
        BuiltinDef.getter(INT, "real", o -> self(o, "real"));
        BuiltinDef.getter(INT, "imag", o -> 0L);
        BuiltinDef.getter(INT, "numerator", o -> self(o, "numerator"));
        BuiltinDef.getter(INT, "denominator", o -> 1L);
        BuiltinDef.method(INT, "to_bytes", "(self, length, byteorder, *, signed=False)", args -> {
            Object v = self(args[0], "to_bytes");
            long length = NumberSupport.indexAsLong(args[1]);
            if (length < 0) {
                throw PythonErrors.valueError("length argument must be non-negative");
            }
            boolean little = byteorder(args[2]);
            return BytesOps.newBytes(toBytes(v, (int) Math.min(length, Integer.MAX_VALUE), little, PyOps.isTrue(args[3])));
        });
        BuiltinDef.classMethod(INT, "from_bytes", "(cls, bytes, byteorder, *, signed=False)", args -> {
            boolean little = byteorder(args[2]);
            byte[] data = BytesOps.bytesFromObject(args[1]);
            Object v = fromBytes(data, little, PyOps.isTrue(args[3]));
            if (args[0] == INT) {
                return v;
            }
            return PyOps.callClass((PythonClass) args[0], new Object[]{v}, null, null);
        });
    }

    private static boolean byteorder(Object o) {
        String s = StrOps.asStr(o);
        if (s == null) {
            throw PythonErrors.typeError("to_bytes() argument 'byteorder' must be str, not %s", BuiltinTypes.typeOf(o).getName());
        }
        if (s.equals("little")) {
            return true;
        } else if (s.equals("big")) {
            return false;
        }
        throw PythonErrors.valueError("byteorder must be either 'little' or 'big'");
    }

    /** Two's complement (signed) or plain (unsigned) encoding of {@code v} in exactly {@code length} bytes. */
    static byte[] toBytes(Object v, int length, boolean little, boolean signed) {
        BigInteger b = IntOps.big(v);
        if (!signed && b.signum() < 0) {
            throw PythonErrors.overflowError("can't convert negative int to unsigned");
        }
        int bits = signed ? b.bitLength() + 1 : b.bitLength();
        if (bits > (long) length * 8 && !(b.signum() == 0)) {
            throw PythonErrors.overflowError("int too big to convert");
        }
        byte[] raw = b.toByteArray(); // big-endian two's complement, minimal
        byte[] out = new byte[length];
        byte fill = (byte) (b.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length; i++) {
            int src = raw.length - 1 - i;
            byte value = src >= 0 ? raw[src] : fill;
            out[little ? i : length - 1 - i] = value;
        }
        return out;
    }

    static Object fromBytes(byte[] data, boolean little, boolean signed) {
        byte[] be = new byte[data.length + 1];
        for (int i = 0; i < data.length; i++) {
            be[i + 1] = little ? data[data.length - 1 - i] : data[i];
        }
        BigInteger b = new BigInteger(be); // the leading 0 byte keeps it non-negative
        if (signed && data.length > 0 && (be[1] & 0x80) != 0) {
            b = b.subtract(BigInteger.ONE.shiftLeft(8 * data.length));
        }
        return IntOps.normalize(b);
    }

    static Object pow(Object a, Object exponent, Object mod) {
        Object b = IntOps.asInt(exponent);
        if (b == null) {
            return NOT_IMPLEMENTED;
        }
        if (mod == PNone.NONE) {
            return IntOps.pow(a, b);
        }
        Object m = IntOps.asInt(mod);
        if (m == null) {
            return NOT_IMPLEMENTED;
        }
        return IntOps.powMod(a, b, m);
    }

    /** {@code round(i, ndigits)}: ties to even at 10**-ndigits. */
    static Object round(Object v, Object ndigits) {
        if (ndigits == PNone.NONE) {
            return v;
        }
        Object n = NumberSupport.index(ndigits);
        if (IntOps.signum(n) >= 0) {
            return v;
        }
        BigInteger bigN = IntOps.big(IntOps.neg(n));
        if (bigN.bitLength() > 31) {
            return 0L;
        }
        BigInteger pow10 = BigInteger.TEN.pow(bigN.intValue());
        BigInteger x = IntOps.big(v);
        BigInteger[] qr = x.divideAndRemainder(pow10);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) { // floor division semantics
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow10);
        }
        int c = r.shiftLeft(1).compareTo(pow10);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return IntOps.normalize(q.multiply(pow10));
    }

    /** {@code int(x)}, {@code int(x, base)}, for {@code cls} int or a subclass. */
    static Object newInt(Object clsObj, Object x, Object baseObj) {
        PythonClass cls = NumberSupport.checkNewCls(clsObj, INT);
        Object value = intValue(x, baseObj);
        if (cls == INT) {
            return value;
        }
        return new PBoxed(cls, value);
    }

    static Object intValue(Object x, Object baseObj) {
        if (NumberSupport.isMissing(x)) {
            if (!NumberSupport.isMissing(baseObj)) {
                throw PythonErrors.typeError("int() missing string argument");
            }
            return 0L;
        }
        if (!NumberSupport.isMissing(baseObj)) {
            long base = NumberSupport.indexAsLong(baseObj);
            if (base != 0 && (base < 2 || base > 36)) {
                throw PythonErrors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            String s = StrOps.asStr(x);
            if (s != null) {
                return IntParse.parse(s, (int) base);
            }
            byte[] b = BytesOps.bytesIfBytesLike(x);
            if (b != null) {
                return parseBytes(b, (int) base);
            }
            throw PythonErrors.typeError("int() can't convert non-string with explicit base");
        }
        Object direct = IntOps.asInt(x);
        if (direct != null && !(x instanceof PBoxed)) {
            return direct;
        }
        if (PBoxed.unwrap(x) instanceof Double d && !(x instanceof PBoxed)) {
            return IntOps.fromDouble(d);
        }
        String s = StrOps.asStr(x);
        if (s != null && PyOps.lookupSpecial(x, "__int__") == null) {
            return IntParse.parse(s, 10);
        }
        if (PyOps.lookupSpecial(x, "__int__") != null) {
            Object r = PyOps.callSpecial(x, "__int__");
            Object ri = IntOps.asInt(r);
            if (ri == null) {
                throw PythonErrors.typeError("__int__ returned non-int (type %s)", BuiltinTypes.typeOf(r).getName());
            }
            return ri;
        }
        if (PyOps.lookupSpecial(x, "__index__") != null) {
            return IntOps.asInt(PyOps.index(x));
        }
        if (PyOps.lookupSpecial(x, "__trunc__") != null) {
            Object r = PyOps.callSpecial(x, "__trunc__");
            Object ri = IntOps.asInt(r);
            if (ri != null) {
                return ri;
            }
            if (PyOps.lookupSpecial(r, "__index__") == null) {
                throw PythonErrors.typeError("__trunc__ returned non-Integral (type %s)", BuiltinTypes.typeOf(r).getName());
            }
            return IntOps.asInt(PyOps.index(r));
        }
        if (s != null) {
            return IntParse.parse(s, 10);
        }
        byte[] b = BytesOps.bytesIfBytesLike(x);
        if (b != null) {
            return parseBytes(b, 10);
        }
        throw PythonErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                        BuiltinTypes.typeOf(x).getName());
    }

    private static Object parseBytes(byte[] b, int base) {
        String text = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        Object r = IntParse.tryParse(text, base);
        if (r == null) {
            throw PythonErrors.valueError("invalid literal for int() with base %d: %s", base, BytesOps.repr(b, b.length, "b"));
        }
        return r;
    }
}
