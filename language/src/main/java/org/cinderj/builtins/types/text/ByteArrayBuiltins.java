package org.cinderj.builtins.types.text;

import static org.cinderj.runtime.object.PNotImplemented.NOT_IMPLEMENTED;

import org.cinderj.builtins.BuiltinDef;
import org.cinderj.builtins.types.numbers.NumberSupport;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.bytes.PByteArray;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.slice.PSlice;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The mutating methods of {@code bytearray}; the read-only ones come from {@link BytesBuiltins#installCommon}. */
public final class ByteArrayBuiltins {
    private ByteArrayBuiltins() {
    }

    private static final PythonClass BYTEARRAY = BuiltinTypes.BYTEARRAY;

    /** {@code bytearray_iterator}: not among the shared BuiltinTypes, so it is created here. */
    public static final PythonClass ITERATOR = new PythonClass(BuiltinTypes.TYPE, "bytearray_iterator", new PythonClass[]{BuiltinTypes.OBJECT}, true);

    static {
        ITERATOR.setFlags(ITERATOR.getFlags() & ~PythonClass.FLAG_BASETYPE);
    }

    static PByteArray self(Object o, String method) {
        if (o instanceof PByteArray ba) {
            return ba;
        }
        throw NumberSupport.descriptorError(method, BYTEARRAY, o);
    }

    public static void install() {
        BuiltinDef.staticMethod(BYTEARRAY, "__new__", "(cls, *args, **kwargs)", args -> {
            PythonClass cls = NumberSupport.checkNewCls(args[0], BYTEARRAY);
            return new PByteArray(cls, new byte[0]);
        });
        BuiltinDef.method(BYTEARRAY, "__init__", "(self, source=?, encoding=?, errors=?)", args -> {
            PByteArray ba = self(args[0], "__init__");
            ba.setContent(BytesBuiltins.construct(args[1], args[2], args[3], false));
            return PNone.NONE;
        });
        BYTEARRAY.define("__hash__", PNone.NONE);
        BytesBuiltins.installCommon(BYTEARRAY);
        BytesBuiltins.installIterator(ITERATOR);

        BuiltinDef.method(BYTEARRAY, "__setitem__", "(self, key, value, /)", args -> {
            setItem(self(args[0], "__setitem__"), args[1], args[2]);
            return PNone.NONE;
        });
        BuiltinDef.method(BYTEARRAY, "__delitem__", "(self, key, /)", args -> {
            delItem(self(args[0], "__delitem__"), args[1]);
            return PNone.NONE;
        });
        BuiltinDef.method(BYTEARRAY, "__iadd__", "(self, value, /)", args -> {
            PByteArray ba = self(args[0], "__iadd__");
            byte[] b = BytesOps.bytesIfBytesLike(args[1]);
            if (b == null) {
                throw PythonErrors.typeError("can't concat %s to bytearray", BuiltinTypes.typeOf(args[1]).getName());
            }
            ba.appendAll(b, b.length);
            return ba;
        });
        BuiltinDef.method(BYTEARRAY, "__imul__", "(self, value, /)", args -> {
            PByteArray ba = self(args[0], "__imul__");
            Object n = IntOps.asInt(args[1]);
            if (n == null) {
                if (PyOps.lookupSpecial(args[1], "__index__") == null) {
                    return NOT_IMPLEMENTED;
                }
                n = PyOps.index(args[1]);
            }
            byte[] b = ba.toBytes();
            if (IntOps.signum(n) <= 0) {
                ba.setContent(new byte[0]);
                return ba;
            }
            if (!(n instanceof Long l) || l * b.length > Integer.MAX_VALUE - 8) {
                throw PythonErrors.raise(BuiltinTypes.MEMORY_ERROR, "");
            }
            for (long i = 1; i < l; i++) {
                ba.appendAll(b, b.length);
            }
            return ba;
        });
        BuiltinDef.method(BYTEARRAY, "append", "(self, item, /)", args -> {
            self(args[0], "append").append((byte) BytesOps.byteValue(args[1], "byte must be in range(0, 256)"));
            return PNone.NONE;
        });
        BuiltinDef.method(BYTEARRAY, "extend", "(self, iterable_of_ints, /)", args -> {
            PByteArray ba = self(args[0], "extend");
            if (StrBuiltinsAccess.isStr(args[1])) {
                throw PythonErrors.typeError("expected iterable of integers; got: 'str'");
            }
            if (PyOps.lookupSpecial(args[1], "__iter__") == null && BytesOps.bytesIfBytesLike(args[1]) == null) {
                throw PythonErrors.typeError("can't extend bytearray with %s", BuiltinTypes.typeOf(args[1]).getName());
            }
            byte[] b = BytesOps.bytesFromObject(args[1]);
            ba.appendAll(b, b.length);
            return PNone.NONE;
        });
        BuiltinDef.method(BYTEARRAY, "insert", "(self, index, item, /)", args -> {
            PByteArray ba = self(args[0], "insert");
            long i = IntOps.asIndexSaturated(NumberSupport.index(args[1]));
            int value = BytesOps.byteValue(args[2], "byte must be in range(0, 256)");
            int n = ba.length();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            i = Math.min(i, n);
            ba.replace((int) i, (int) i, new byte[]{(byte) value}, 1);
            return PNone.NONE;
        });
        BuiltinDef.method(BYTEARRAY, "pop", "(self, index=-1, /)", args -> {
            PByteArray ba = self(args[0], "pop");
            int n = ba.length();
            if (n == 0) {
                throw PythonErrors.indexError("pop from empty bytearray");
            }
            long i = IntOps.asIndexSaturated(NumberSupport.index(args[1]));
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PythonErrors.indexError("pop index out of range");
            }
            long v = ba.getStore()[(int) i] & 0xff;
            ba.replace((int) i, (int) i + 1, new byte[0], 0);
            return v;
        });
        BuiltinDef.method(BYTEARRAY, "remove", "(self, value, /)", args -> {
            PByteArray ba = self(args[0], "remove");
            int v = BytesOps.byteValue(args[1], "byte must be in range(0, 256)");
            byte[] store = ba.getStore();
            for (int i = 0; i < ba.length(); i++) {
                if ((store[i] & 0xff) == v) {
                    ba.replace(i, i + 1, new byte[0], 0);
                    return PNone.NONE;
                }
            }
            throw PythonErrors.valueError("value not found in bytearray");
        });
        BuiltinDef.method(BYTEARRAY, "clear", "(self, /)", args -> {
            self(args[0], "clear").setContent(new byte[0]);
            return PNone.NONE;
        });
        BuiltinDef.method(BYTEARRAY, "copy", "(self, /)", args -> new PByteArray(self(args[0], "copy").toBytes()));
        BuiltinDef.method(BYTEARRAY, "reverse", "(self, /)", args -> {
            PByteArray ba = self(args[0], "reverse");
            byte[] s = ba.getStore();
            for (int i = 0, j = ba.length() - 1; i < j; i++, j--) {
                byte t = s[i];
                s[i] = s[j];
                s[j] = t;
            }
            return PNone.NONE;
        });
        BuiltinDef.method(BYTEARRAY, "__alloc__", "(self, /)", args -> (long) self(args[0], "__alloc__").getStore().length + 1);
        BuiltinDef.method(BYTEARRAY, "__sizeof__", "(self, /)", args -> 56L + self(args[0], "__sizeof__").getStore().length);
    }

    static void setItem(PByteArray ba, Object key, Object value) {
        int n = ba.length();
        if (key instanceof PSlice slice) {
            byte[] data;
            if (value == ba) {
                data = ba.toBytes();
            } else if (IntOps.isInt(value)) {
                throw PythonErrors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            } else {
                data = BytesOps.bytesFromObject(value);
            }
            PSlice.Indices idx = slice.indices(n);
            if (idx.step() == 1) {
                int start = idx.start();
                int stop = Math.max(start, idx.stop());
                ba.replace(start, stop, data, data.length);
                return;
            }
            if (data.length != idx.length()) {
                throw PythonErrors.valueError("attempt to assign bytes of size %d to extended slice of size %d", data.length, idx.length());
            }
            byte[] store = ba.getStore();
            for (int k = 0, p = idx.start(); k < idx.length(); k++, p += idx.step()) {
                store[p] = data[k];
            }
            return;
        }
        Object i = NumberSupportIndex.indexOrError(key);
        long pos = IntOps.asIndexSaturated(i);
        if (pos < 0) {
            pos += n;
        }
        if (pos < 0 || pos >= n) {
            throw PythonErrors.indexError("bytearray index out of range");
        }
        ba.getStore()[(int) pos] = (byte) BytesOps.byteValue(value, "byte must be in range(0, 256)");
    }

    static void delItem(PByteArray ba, Object key) {
        int n = ba.length();
        if (key instanceof PSlice slice) {
            PSlice.Indices idx = slice.indices(n);
            if (idx.length() <= 0) {
                return;
            }
            if (idx.step() == 1) {
                ba.replace(idx.start(), idx.start() + idx.length(), new byte[0], 0);
                return;
            }
            boolean[] drop = new boolean[n];
            for (int k = 0, p = idx.start(); k < idx.length(); k++, p += idx.step()) {
                drop[p] = true;
            }
            byte[] store = ba.getStore();
            byte[] out = new byte[n - idx.length()];
            int o = 0;
            for (int k = 0; k < n; k++) {
                if (!drop[k]) {
                    out[o++] = store[k];
                }
            }
            ba.setContent(out);
            return;
        }
        long pos = IntOps.asIndexSaturated(NumberSupportIndex.indexOrError(key));
        if (pos < 0) {
            pos += n;
        }
        if (pos < 0 || pos >= n) {
            throw PythonErrors.indexError("bytearray index out of range");
        }
        ba.replace((int) pos, (int) pos + 1, new byte[0], 0);
    }

    /** Index conversion with bytearray's error text. */
    private static final class NumberSupportIndex {
        static Object indexOrError(Object key) {
            Object i = IntOps.asInt(key);
            if (i != null) {
                return i;
            }
            if (PyOps.lookupSpecial(key, "__index__") == null) {
                throw PythonErrors.typeError("bytearray indices must be integers or slices, not %s", BuiltinTypes.typeOf(key).getName());
            }
            return PyOps.index(key);
        }
    }

    private static final class StrBuiltinsAccess {
        static boolean isStr(Object o) {
            return org.cinderj.runtime.str.StrOps.asStr(o) != null;
        }
    }
}
