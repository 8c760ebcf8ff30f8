package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.bytes.PBytes;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.number.FloatFormatter;
import org.cinderj.runtime.number.PComplex;
import org.cinderj.runtime.object.PEllipsis;
import org.cinderj.runtime.set.PBaseSet;
import org.cinderj.runtime.set.PFrozenSet;
import org.cinderj.runtime.set.PSet;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * {@code marshal} for the values it can hold outside code objects: None, bools, StopIteration,
 * Ellipsis, ints of any size, floats, complex numbers, str, bytes, tuples, lists, dicts, sets
 * and frozensets, in CPython's format (versions 0 to 4), so that data marshalled by CPython loads
 * here and the other way round. cinderj has no bytecode, so code objects are unmarshallable.
 *
 * <p>From version 3 on, CPython flags an object for back-references when its reference count is
 * above one; cinderj flags the objects that occur more than once in the value being dumped (and
 * recursive containers), so its output can differ from CPython's in those flag bits only.
 */
public final class MarshalModule {
    private MarshalModule() {
    }

    private static final int VERSION = 4;
    private static final int MAX_DEPTH = 2000;
    private static final int FLAG_REF = 0x80;

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("marshal");
        m.setAttr("version", (long) VERSION);
        BuiltinDef.function(m, "dumps", "(value, version=4, /)", a -> BytesOps.newBytes(dumps(a[0], (int) PyUtil.toLong(a[1]))));
        BuiltinDef.function(m, "loads", "(bytes, /)", a -> loads(BytesOps.requireBytesLike(a[0])));
        BuiltinDef.function(m, "dump", "(value, file, version=4, /)", a -> {
            PyUtil.call(PyOps.getAttribute(a[1], "write"), BytesOps.newBytes(dumps(a[0], (int) PyUtil.toLong(a[2]))));
            return NONE;
        });
        BuiltinDef.function(m, "load", "(file, /)", a -> {
            // reads the rest of the file: the bytes after the first object are not given back
            Object data = PyUtil.call(PyOps.getAttribute(a[0], "read"));
            byte[] b = BytesOps.requireBytesLike(data);
            if (b.length == 0) {
                throw PythonErrors.raise(BuiltinTypes.EOF_ERROR, "EOF read where object expected");
            }
            return loads(b);
        });
        return m;
    }

    // ---- dumps ----

    @TruffleBoundary
    static byte[] dumps(Object value, int version) {
        Writer w = new Writer(version);
        if (version >= 3) {
            w.countShared(value, 0);
        }
        w.write(value, 0);
        return w.out.toByteArray();
    }

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final int version;
        /** Objects seen more than once (value true) or once (false), for back-references. */
        final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        final IdentityHashMap<Object, Integer> refs = new IdentityHashMap<>();

        Writer(int version) {
            this.version = version;
        }

        private static boolean referenceable(Object v) {
            return v instanceof String || v instanceof PBytes || v instanceof PTuple || v instanceof PList || v instanceof PDict || v instanceof PBaseSet
                            || v instanceof BigInteger || v instanceof Double || v instanceof PComplex;
        }

        void countShared(Object v, int depth) {
            if (!referenceable(v) || depth > MAX_DEPTH) {
                return;
            }
            if (seen.containsKey(v)) {
                seen.put(v, true);
                return;
            }
            seen.put(v, false);
            for (Object item : children(v)) {
                countShared(item, depth + 1);
            }
        }

        private static List<Object> children(Object v) {
            List<Object> r = new ArrayList<>();
            if (v instanceof PTuple t) {
                r.addAll(List.of(t.getItems()));
            } else if (v instanceof PList l) {
                for (int i = 0; i < l.size(); i++) {
                    r.add(l.get(i));
                }
            } else if (v instanceof PDict d) {
                for (PDict.Entry e : d.entriesArray()) {
                    r.add(e.key);
                    r.add(e.value);
                }
            } else if (v instanceof PBaseSet s) {
                r.addAll(List.of(s.toArray()));
            }
            return r;
        }

        void write(Object v, int depth) {
            if (depth > MAX_DEPTH) {
                throw PythonErrors.valueError("object too deeply nested to marshal");
            }
            if (v == NONE) {
                out.write('N');
                return;
            } else if (v instanceof Boolean b) {
                out.write(b ? 'T' : 'F');
                return;
            } else if (v == BuiltinTypes.STOP_ITERATION) {
                out.write('S');
                return;
            } else if (v == PEllipsis.ELLIPSIS) {
                out.write('.');
                return;
            }
            int flag = 0;
            if (version >= 3 && referenceable(v)) {
                Integer ref = refs.get(v);
                if (ref != null) {
                    out.write('r');
                    int32(ref);
                    return;
                }
                if (Boolean.TRUE.equals(seen.get(v))) {
                    refs.put(v, refs.size());
                    flag = FLAG_REF;
                }
            }
            if (v instanceof Long l) {
                if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
                    out.write('i');
                    int32((int) (long) l);
                } else {
                    bigInt(BigInteger.valueOf(l), flag);
                }
            } else if (v instanceof BigInteger b) {
                bigInt(b, flag);
            } else if (v instanceof Double d) {
                if (version > 1) {
                    out.write('g' | flag);
                    int64(Double.doubleToRawLongBits(d));
                } else {
                    out.write('f' | flag);
                    shortString(text(d));
                }
            } else if (v instanceof PComplex c && c.getPythonClass() == BuiltinTypes.COMPLEX) {
                if (version > 1) {
                    out.write('y' | flag);
                    int64(Double.doubleToRawLongBits(c.getReal()));
                    int64(Double.doubleToRawLongBits(c.getImag()));
                } else {
                    out.write('x' | flag);
                    shortString(text(c.getReal()));
                    shortString(text(c.getImag()));
                }
            } else if (v instanceof String s) {
                string(s, flag);
            } else if (v instanceof PBytes b && b.getPythonClass() == BuiltinTypes.BYTES) {
                out.write('s' | flag);
                bytes(b.getBytes());
            } else if (v instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE) {
                Object[] items = t.getItems();
                if (version >= 4 && items.length < 256) {
                    out.write(')' | flag);
                    out.write(items.length);
                } else {
                    out.write('(' | flag);
                    int32(items.length);
                }
                for (Object x : items) {
                    write(x, depth + 1);
                }
            } else if (v instanceof PList l && l.getPythonClass() == BuiltinTypes.LIST) {
                out.write('[' | flag);
                int n = l.size();
                int32(n);
                for (int i = 0; i < n; i++) {
                    write(l.get(i), depth + 1);
                }
            } else if (v instanceof PDict d && d.getPythonClass() == BuiltinTypes.DICT) {
                out.write('{' | flag);
                for (PDict.Entry e : d.entriesArray()) {
                    write(e.key, depth + 1);
                    write(e.value, depth + 1);
                }
                out.write('0');
            } else if (v instanceof PBaseSet s && (s.getPythonClass() == BuiltinTypes.SET || s.getPythonClass() == BuiltinTypes.FROZENSET)) {
                out.write((s instanceof PFrozenSet ? '>' : '<') | flag);
                Object[] items = s.toArray();
                int32(items.length);
                for (Object x : items) {
                    write(x, depth + 1);
                }
            } else {
                throw PythonErrors.valueError("unmarshallable object");
            }
        }

        /** TYPE_LONG: a count of 15-bit digits, negative for negative numbers, then the digits. */
        private void bigInt(BigInteger b, int flag) {
            out.write('l' | flag);
            BigInteger mag = b.abs();
            List<Integer> digits = new ArrayList<>();
            while (mag.signum() != 0) {
                digits.add(mag.intValue() & 0x7fff);
                mag = mag.shiftRight(15);
            }
            int32(b.signum() < 0 ? -digits.size() : digits.size());
            for (int d : digits) {
                out.write(d & 0xff);
                out.write(d >>> 8);
            }
        }

        private void string(String s, int flag) {
            boolean ascii = true;
            for (int i = 0; i < s.length() && ascii; i++) {
                ascii = s.charAt(i) < 128;
            }
            if (version >= 4 && ascii) {
                byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
                if (b.length < 256) {
                    out.write('z' | flag);
                    out.write(b.length);
                } else {
                    out.write('a' | flag);
                    int32(b.length);
                }
                out.writeBytes(b);
                return;
            }
            out.write('u' | flag);
            bytes(CodecsModule.encodeText(s, "utf-8", "surrogatepass"));
        }

        /** Versions 0 and 1 write floats as text: CPython's '%.17g'. */
        private static String text(double d) {
            return FloatFormatter.toString(d, 'g', 17, false, false, false);
        }

        private void shortString(String s) {
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            out.write(b.length);
            out.writeBytes(b);
        }

        private void bytes(byte[] b) {
            int32(b.length);
            out.writeBytes(b);
        }

        private void int32(int v) {
            out.write(v);
            out.write(v >>> 8);
            out.write(v >>> 16);
            out.write(v >>> 24);
        }

        private void int64(long v) {
            for (int i = 0; i < 8; i++) {
                out.write((int) (v >>> (8 * i)));
            }
        }
    }

    // ---- loads ----

    @TruffleBoundary
    static Object loads(byte[] data) {
        Reader r = new Reader(data);
        return r.read(0);
    }

    private static final class Reader {
        final byte[] data;
        int pos;
        final List<Object> refs = new ArrayList<>();

        Reader(byte[] data) {
            this.data = data;
        }

        private int u8() {
            if (pos >= data.length) {
                throw PythonErrors.raise(BuiltinTypes.EOF_ERROR, "marshal data too short");
            }
            return data[pos++] & 0xff;
        }

        private int int32() {
            return u8() | u8() << 8 | u8() << 16 | u8() << 24;
        }

        private long int64() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v |= (long) u8() << (8 * i);
            }
            return v;
        }

        private byte[] take(int n) {
            if (n < 0 || n > data.length - pos) {
                throw PythonErrors.raise(BuiltinTypes.EOF_ERROR, "marshal data too short");
            }
            byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return b;
        }

        /** Registers {@code v} for back-references when the type byte asked for it. */
        private Object ref(Object v, boolean flagged) {
            if (flagged) {
                refs.add(v);
            }
            return v;
        }

        private int reserve(boolean flagged) {
            if (!flagged) {
                return -1;
            }
            refs.add(null);
            return refs.size() - 1;
        }

        private Object fill(int slot, Object v) {
            if (slot >= 0) {
                refs.set(slot, v);
            }
            return v;
        }

        Object read(int depth) {
            if (depth > MAX_DEPTH) {
                throw PythonErrors.valueError("recursion limit exceeded");
            }
            if (pos >= data.length) {
                throw PythonErrors.raise(BuiltinTypes.EOF_ERROR, "EOF read where object expected");
            }
            int code = u8();
            boolean flagged = (code & FLAG_REF) != 0;
            switch (code & ~FLAG_REF) {
                case '0':
                    return null;
                case 'N':
                    return NONE;
                case 'F':
                    return false;
                case 'T':
                    return true;
                case 'S':
                    return BuiltinTypes.STOP_ITERATION;
                case '.':
                    return PEllipsis.ELLIPSIS;
                case 'i':
                    return ref((long) int32(), flagged);
                case 'l': {
                    int n = int32();
                    BigInteger v = BigInteger.ZERO;
                    int count = Math.abs(n);
                    for (int i = 0; i < count; i++) {
                        int d = u8() | u8() << 8;
                        if (d > 0x7fff) {
                            throw PythonErrors.valueError("bad marshal data (digit out of range in long)");
                        }
                        v = v.or(BigInteger.valueOf(d).shiftLeft(15 * i));
                    }
                    return ref(org.cinderj.runtime.number.IntOps.normalize(n < 0 ? v.negate() : v), flagged);
                }
                case 'g':
                    return ref(Double.longBitsToDouble(int64()), flagged);
                case 'f':
                    return ref(PyUtil.toDouble(PyUtil.call(BuiltinTypes.FLOAT, new String(take(u8()), StandardCharsets.ISO_8859_1))), flagged);
                case 'y': {
                    double re = Double.longBitsToDouble(int64());
                    return ref(new PComplex(re, Double.longBitsToDouble(int64())), flagged);
                }
                case 'x': {
                    double re = PyUtil.toDouble(PyUtil.call(BuiltinTypes.FLOAT, new String(take(u8()), StandardCharsets.ISO_8859_1)));
                    double im = PyUtil.toDouble(PyUtil.call(BuiltinTypes.FLOAT, new String(take(u8()), StandardCharsets.ISO_8859_1)));
                    return ref(new PComplex(re, im), flagged);
                }
                case 's':
                    return ref(BytesOps.newBytes(take(int32())), flagged);
                case 'u':
                case 't':
                    return ref(CodecsModule.decodeText(take(int32()), "utf-8", "surrogatepass"), flagged);
                case 'a':
                case 'A':
                    return ref(new String(take(int32()), StandardCharsets.ISO_8859_1), flagged);
                case 'z':
                case 'Z':
                    return ref(new String(take(u8()), StandardCharsets.ISO_8859_1), flagged);
                case ')':
                case '(': {
                    int n = (code & ~FLAG_REF) == ')' ? u8() : int32();
                    int slot = reserve(flagged);
                    Object[] items = new Object[n];
                    for (int i = 0; i < n; i++) {
                        items[i] = notNull(read(depth + 1));
                    }
                    return fill(slot, new PTuple(items));
                }
                case '[': {
                    int n = int32();
                    PList l = new PList();
                    int slot = reserve(flagged);
                    fill(slot, l);
                    for (int i = 0; i < n; i++) {
                        l.append(notNull(read(depth + 1)));
                    }
                    return l;
                }
                case '{': {
                    PDict d = new PDict();
                    int slot = reserve(flagged);
                    fill(slot, d);
                    while (true) {
                        Object k = read(depth + 1);
                        if (k == null) {
                            return d;
                        }
                        d.put(k, notNull(read(depth + 1)));
                    }
                }
                case '<':
                case '>': {
                    int n = int32();
                    boolean frozen = (code & ~FLAG_REF) == '>';
                    PBaseSet s = frozen ? new PFrozenSet() : new PSet();
                    int slot = reserve(flagged);
                    fill(slot, s);
                    for (int i = 0; i < n; i++) {
                        s.add(notNull(read(depth + 1)));
                    }
                    return s;
                }
                case 'r': {
                    int i = int32();
                    if (i < 0 || i >= refs.size() || refs.get(i) == null) {
                        throw PythonErrors.valueError("bad marshal data (invalid reference)");
                    }
                    return refs.get(i);
                }
                case 'c':
                    throw PythonErrors.valueError("bad marshal data (code objects are not supported by cinderj)");
                default:
                    throw PythonErrors.valueError("bad marshal data (unknown type code)");
            }
        }

        private static Object notNull(Object v) {
            if (v == null) {
                throw PythonErrors.typeError("NULL object in marshal data for object");
            }
            return v;
        }
    }
}
