package org.cinderj.builtins.types.text;

import static org.cinderj.runtime.object.PNotImplemented.NOT_IMPLEMENTED;

import java.util.List;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.builtins.modules.CodecsModule;
import org.cinderj.builtins.types.numbers.NumberSupport;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.bytes.Codecs;
import org.cinderj.runtime.bytes.PByteArray;
import org.cinderj.runtime.bytes.PBytes;
import org.cinderj.runtime.bytes.PBytesIterator;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.number.NumberHash;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.slice.PSlice;
import org.cinderj.runtime.str.StrFormatter;
import org.cinderj.runtime.str.StrOps;
import org.cinderj.runtime.str.TextOps;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * The methods of {@code bytes}, and the ones {@code bytearray} shares with it ({@link #installCommon}).
 * Most algorithms run on Latin-1 strings through {@link TextOps} in its bytes mode.
 */
public final class BytesBuiltins {
    private BytesBuiltins() {
    }

    private static final PythonClass BYTES = BuiltinTypes.BYTES;

    /** The content of self (bytes: the array itself; bytearray: a copy). */
    static byte[] data(Object o, PythonClass type, String method) {
        if (type == BYTES && o instanceof PBytes b) {
            return b.getBytes();
        } else if (type == BuiltinTypes.BYTEARRAY && o instanceof PByteArray ba) {
            return ba.toBytes();
        }
        throw NumberSupport.descriptorError(method, type, o);
    }

    static String text(Object o, PythonClass type, String method) {
        return BytesOps.latin1(data(o, type, method));
    }

    /** A result of the same kind as self: bytes for bytes methods, bytearray for bytearray ones. */
    static PythonObject make(PythonClass type, byte[] b) {
        return type == BYTES ? BytesOps.newBytes(b) : new PByteArray(b);
    }

    static PythonObject make(PythonClass type, String latin1) {
        return make(type, BytesOps.fromLatin1(latin1));
    }

    /** A bytes-like argument as Latin-1 text. */
    static String bytesArg(Object o) {
        return BytesOps.latin1(BytesOps.requireBytesLike(o));
    }

    /** The sub argument of find/count/index/__contains__: bytes-like or an int byte value. */
    static String subArg(Object o) {
        byte[] b = BytesOps.bytesIfBytesLike(o);
        if (b != null) {
            return BytesOps.latin1(b);
        }
        if (IntOps.isInt(o) || PyOps.lookupSpecial(o, "__index__") != null) {
            return String.valueOf((char) BytesOps.byteValue(o, "byte must be in range(0, 256)"));
        }
        throw PythonErrors.typeError("argument should be integer or bytes-like object, not '%s'", BuiltinTypes.typeOf(o).getName());
    }

    private static PList list(PythonClass type, List<String> parts) {
        Object[] items = new Object[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = make(type, parts.get(i));
        }
        return new PList(items);
    }

    public static void install() {
        BuiltinDef.staticMethod(BYTES, "__new__", "(cls, source=?, encoding=?, errors=?)", args -> {
            PythonClass cls = NumberSupport.checkNewCls(args[0], BYTES);
            byte[] b = construct(args[1], args[2], args[3], true);
            if (cls == BYTES) {
                return BytesOps.newBytes(b);
            }
            return new PBytes(cls, b);
        });
        BuiltinDef.method(BYTES, "__hash__", "(self, /)", args -> {
            byte[] b = data(args[0], BYTES, "__hash__");
            return NumberHash.hashBytes(b, b.length);
        });
        BuiltinDef.method(BYTES, "__getnewargs__", "(self, /)", args -> PTuple.of(BytesOps.newBytes(data(args[0], BYTES, "__getnewargs__"))));
        installCommon(BYTES);
        installIterator(BuiltinTypes.BYTES_ITERATOR);
    }

    /** {@code bytes(source, encoding, errors)} / {@code bytearray(...)} content. */
    static byte[] construct(Object source, Object encoding, Object errors, boolean allowBytesDunder) {
        if (NumberSupport.isMissing(source)) {
            if (!NumberSupport.isMissing(encoding)) {
                throw PythonErrors.typeError("encoding without a string argument");
            }
            if (!NumberSupport.isMissing(errors)) {
                throw PythonErrors.typeError("errors without a string argument");
            }
            return new byte[0];
        }
        String s = StrOps.asStr(source);
        if (s != null) {
            if (NumberSupport.isMissing(encoding)) {
                throw PythonErrors.typeError("string argument without an encoding");
            }
            String enc = StrBuiltins.namedArg(encoding, "bytes", 2);
            String err = NumberSupport.isMissing(errors) ? "strict" : StrBuiltins.namedArg(errors, "bytes", 3);
            return CodecsModule.encodeText(s, enc, err);
        }
        if (!NumberSupport.isMissing(encoding)) {
            throw PythonErrors.typeError("encoding without a string argument");
        }
        if (!NumberSupport.isMissing(errors)) {
            throw PythonErrors.typeError("errors without a string argument");
        }
        if (allowBytesDunder && !(source instanceof PBytes) && PyOps.lookupSpecial(source, "__bytes__") != null) {
            Object r = PyOps.callSpecial(source, "__bytes__");
            if (!(r instanceof PBytes pb)) {
                throw PythonErrors.typeError("__bytes__ returned non-bytes (type %s)", BuiltinTypes.typeOf(r).getName());
            }
            return pb.getBytes();
        }
        return BytesOps.bytesFromObject(source);
    }

    /** Everything bytes and bytearray share; results are of the {@code type} kind. */
    static void installCommon(PythonClass type) {
        String tn = type.getName();
        BuiltinDef.inlinableMethod(type, "__len__", "(self, /)", args -> (long) length(args[0], type));
        BuiltinDef.method(type, "__repr__", "(self, /)", args -> repr(args[0], type));
        BuiltinDef.method(type, "__str__", "(self, /)", args -> repr(args[0], type));
        BuiltinDef.method(type, "__getitem__", "(self, key, /)", args -> {
            byte[] b = data(args[0], type, "__getitem__");
            Object key = args[1];
            if (key instanceof PSlice slice) {
                PSlice.Indices idx = slice.indices(b.length);
                byte[] out = new byte[Math.max(idx.length(), 0)];
                for (int k = 0, p = idx.start(); k < out.length; k++, p += idx.step()) {
                    out[k] = b[p];
                }
                return make(type, out);
            }
            Object i = IntOps.asInt(key);
            if (i == null) {
                if (PyOps.lookupSpecial(key, "__index__") == null) {
                    throw PythonErrors.typeError("%s indices must be integers or slices, not %s", type == BYTES ? "byte" : "bytearray",
                                    BuiltinTypes.typeOf(key).getName());
                }
                i = PyOps.index(key);
            }
            long n = IntOps.asIndexSaturated(i);
            if (n < 0) {
                n += b.length;
            }
            if (n < 0 || n >= b.length) {
                throw PythonErrors.indexError(type == BYTES ? "index out of range" : "bytearray index out of range");
            }
            return (long) (b[(int) n] & 0xff);
        });
        BuiltinDef.method(type, "__iter__", "(self, /)", args -> {
            length(args[0], type);
            return new PBytesIterator(type == BYTES ? BuiltinTypes.BYTES_ITERATOR : ByteArrayBuiltins.ITERATOR, args[0]);
        });
        BuiltinDef.method(type, "__contains__", "(self, key, /)", args -> text(args[0], type, "__contains__").contains(subArg(args[1])));
        BuiltinDef.method(type, "__add__", "(self, value, /)", args -> {
            byte[] a = data(args[0], type, "__add__");
            byte[] b = BytesOps.bytesIfBytesLike(args[1]);
            if (b == null) {
                if (StrBuiltins.reflectedByUserType(args[1], "__radd__")) {
                    return NOT_IMPLEMENTED;
                }
                throw PythonErrors.typeError("can't concat %s to %s", BuiltinTypes.typeOf(args[1]).getName(), tn);
            }
            byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return make(type, out);
        });
        BuiltinDef.method(type, "__mul__", "(self, value, /)", args -> repeat(type, args[0], args[1]));
        BuiltinDef.method(type, "__rmul__", "(self, value, /)", args -> repeat(type, args[0], args[1]));
        BuiltinDef.method(type, "__mod__", "(self, value, /)", args -> make(type, StrFormatter.percentFormatBytes(data(args[0], type, "__mod__"), args[1])));
        BuiltinDef.method(type, "__rmod__", "(self, value, /)", args -> NOT_IMPLEMENTED);
        compare(type, "__lt__", 1, 0, 0);
        compare(type, "__le__", 1, 1, 0);
        compare(type, "__eq__", 0, 1, 0);
        compare(type, "__ne__", 1, 0, 1);
        compare(type, "__gt__", 0, 0, 1);
        compare(type, "__ge__", 0, 1, 1);

        BuiltinDef.method(type, "decode", "(self, encoding='utf-8', errors='strict')", args -> {
            byte[] b = data(args[0], type, "decode");
            String enc = StrOps.asStr(args[1]);
            if (enc == null) {
                throw PythonErrors.typeError("decode() argument 'encoding' must be str, not %s", BuiltinTypes.typeOf(args[1]).getName());
            }
            String err = StrOps.asStr(args[2]);
            if (err == null) {
                throw PythonErrors.typeError("decode() argument 'errors' must be str, not %s", BuiltinTypes.typeOf(args[2]).getName());
            }
            return CodecsModule.decodeText(b, enc, err);
        });
        BuiltinDef.method(type, "hex", "(self, sep=?, bytes_per_sep=1)", args -> {
            byte[] b = data(args[0], type, "hex");
            return BytesOps.hex(b, b.length, BytesOps.hexSeparator(args[1]), NumberSupport.indexAsLong(args[2]));
        });
        BuiltinDef.classMethod(type, "fromhex", "(cls, string, /)", args -> {
            String s = StrOps.asStr(args[1]);
            if (s == null) {
                throw PythonErrors.typeError("fromhex() argument must be str, not %s", BuiltinTypes.typeOf(args[1]).getName());
            }
            byte[] b = BytesOps.fromHex(s);
            if (args[0] == type) {
                return make(type, b);
            }
            return PyOps.callClass((PythonClass) args[0], new Object[]{make(type, b)}, null, null);
        });
        // ---- search ----
        BuiltinDef.method(type, "find", "(self, sub, start=None, end=None, /)", args -> find(type, args, "find", false, false));
        BuiltinDef.method(type, "rfind", "(self, sub, start=None, end=None, /)", args -> find(type, args, "rfind", true, false));
        BuiltinDef.method(type, "index", "(self, sub, start=None, end=None, /)", args -> find(type, args, "index", false, true));
        BuiltinDef.method(type, "rindex", "(self, sub, start=None, end=None, /)", args -> find(type, args, "rindex", true, true));
        BuiltinDef.method(type, "count", "(self, sub, start=None, end=None, /)", args -> {
            String s = text(args[0], type, "count");
            String sub = subArg(args[1]);
            int[] r = StrOps.adjustIndices(args[2], args[3], s.length());
            return (long) TextOps.count(s, sub, r[0], r[1]);
        });
        BuiltinDef.method(type, "startswith", "(self, prefix, start=None, end=None, /)", args -> startsEnds(type, args, "startswith", false));
        BuiltinDef.method(type, "endswith", "(self, suffix, start=None, end=None, /)", args -> startsEnds(type, args, "endswith", true));
        // ---- split / join ----
        BuiltinDef.method(type, "split", "(self, sep=None, maxsplit=-1)", args -> list(type,
                        TextOps.split(text(args[0], type, "split"), sepArg(args[1]), NumberSupport.indexAsLong(args[2]), true)));
        BuiltinDef.method(type, "rsplit", "(self, sep=None, maxsplit=-1)", args -> list(type,
                        TextOps.rsplit(text(args[0], type, "rsplit"), sepArg(args[1]), NumberSupport.indexAsLong(args[2]), true)));
        BuiltinDef.method(type, "splitlines", "(self, keepends=False)", args -> list(type,
                        TextOps.splitlines(text(args[0], type, "splitlines"), PyOps.isTrue(args[1]), true)));
        BuiltinDef.method(type, "partition", "(self, sep, /)", args -> partition(type, text(args[0], type, "partition"), args[1], false));
        BuiltinDef.method(type, "rpartition", "(self, sep, /)", args -> partition(type, text(args[0], type, "rpartition"), args[1], true));
        BuiltinDef.method(type, "join", "(self, iterable_of_bytes, /)", args -> make(type, join(text(args[0], type, "join"), args[1])));
        // ---- transforms ----
        BuiltinDef.method(type, "upper", "(self, /)", args -> make(type, TextOps.upper(text(args[0], type, "upper"), true)));
        BuiltinDef.method(type, "lower", "(self, /)", args -> make(type, TextOps.lower(text(args[0], type, "lower"), true)));
        BuiltinDef.method(type, "swapcase", "(self, /)", args -> make(type, TextOps.swapcase(text(args[0], type, "swapcase"), true)));
        BuiltinDef.method(type, "title", "(self, /)", args -> make(type, TextOps.title(text(args[0], type, "title"), true)));
        BuiltinDef.method(type, "capitalize", "(self, /)", args -> make(type, TextOps.capitalize(text(args[0], type, "capitalize"), true)));
        for (String name : new String[]{"strip", "lstrip", "rstrip"}) {
            boolean left = !name.equals("rstrip");
            boolean right = !name.equals("lstrip");
            BuiltinDef.method(type, name, "(self, bytes=None, /)", args -> {
                String s = text(args[0], type, name);
                String chars = args[1] == PNone.NONE ? null : bytesArg(args[1]);
                return make(type, TextOps.strip(s, chars, left, right, true));
            });
        }
        for (String name : new String[]{"center", "ljust", "rjust"}) {
            char how = name.equals("center") ? '^' : name.equals("ljust") ? '<' : '>';
            BuiltinDef.method(type, name, "(self, width, fillchar=?, /)", args -> {
                String s = text(args[0], type, name);
                String fill = " ";
                if (!NumberSupport.isMissing(args[2])) {
                    byte[] f = BytesOps.bytesIfBytesLike(args[2]);
                    if (f == null || f.length != 1) {
                        throw PythonErrors.typeError("%s() argument 2 must be a byte string of length 1, not %s", name,
                                        BuiltinTypes.typeOf(args[2]).getName());
                    }
                    fill = BytesOps.latin1(f);
                }
                return make(type, TextOps.pad(s, s.length(), NumberSupport.indexAsLong(args[1]), fill, how));
            });
        }
        BuiltinDef.method(type, "zfill", "(self, width, /)", args -> {
            String s = text(args[0], type, "zfill");
            return make(type, TextOps.zfill(s, s.length(), NumberSupport.indexAsLong(args[1])));
        });
        BuiltinDef.method(type, "expandtabs", "(self, tabsize=8)", args -> make(type,
                        TextOps.expandtabs(text(args[0], type, "expandtabs"), NumberSupport.indexAsLong(args[1]), true)));
        BuiltinDef.method(type, "replace", "(self, old, new, count=-1, /)", args -> make(type,
                        TextOps.replace(text(args[0], type, "replace"), bytesArg(args[1]), bytesArg(args[2]), NumberSupport.indexAsLong(args[3]))));
        BuiltinDef.method(type, "removeprefix", "(self, prefix, /)", args -> {
            String s = text(args[0], type, "removeprefix");
            String p = bytesArg(args[1]);
            return make(type, s.startsWith(p) ? s.substring(p.length()) : s);
        });
        BuiltinDef.method(type, "removesuffix", "(self, suffix, /)", args -> {
            String s = text(args[0], type, "removesuffix");
            String p = bytesArg(args[1]);
            return make(type, !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
        });
        BuiltinDef.method(type, "translate", "(self, table, /, delete=?)", args -> {
            byte[] b = data(args[0], type, "translate");
            byte[] table = null;
            if (args[1] != PNone.NONE) {
                table = BytesOps.requireBytesLike(args[1]);
                if (table.length != 256) {
                    throw PythonErrors.valueError("translation table must be 256 characters long");
                }
            }
            byte[] del = NumberSupport.isMissing(args[2]) ? new byte[0] : BytesOps.requireBytesLike(args[2]);
            boolean[] deleted = new boolean[256];
            for (byte d : del) {
                deleted[d & 0xff] = true;
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
            for (byte x : b) {
                if (!deleted[x & 0xff]) {
                    out.write(table == null ? x : table[x & 0xff]);
                }
            }
            return make(type, out.toByteArray());
        });
        BuiltinDef.staticMethod(type, "maketrans", "(frm, to, /)", args -> {
            byte[] f = BytesOps.requireBytesLike(args[0]);
            byte[] t = BytesOps.requireBytesLike(args[1]);
            if (f.length != t.length) {
                throw PythonErrors.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < f.length; i++) {
                table[f[i] & 0xff] = t[i];
            }
            return BytesOps.newBytes(table);
        });
        // ---- predicates (ASCII rules) ----
        predicate(type, "isspace", c -> c == ' ' || (c >= 9 && c <= 13));
        predicate(type, "isalpha", c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
        predicate(type, "isalnum", c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
        predicate(type, "isdigit", c -> c >= '0' && c <= '9');
        BuiltinDef.method(type, "isascii", "(self, /)", args -> TextOps.isAscii(text(args[0], type, "isascii")));
        BuiltinDef.method(type, "islower", "(self, /)", args -> TextOps.isLowerOrUpper(text(args[0], type, "islower"), false, true));
        BuiltinDef.method(type, "isupper", "(self, /)", args -> TextOps.isLowerOrUpper(text(args[0], type, "isupper"), true, true));
        BuiltinDef.method(type, "istitle", "(self, /)", args -> TextOps.isTitle(text(args[0], type, "istitle"), true));
    }

    /** Methods of the bytes and bytearray iterator types. */
    static void installIterator(PythonClass it) {
        BuiltinDef.method(it, "__iter__", "(self, /)", args -> args[0]);
        BuiltinDef.method(it, "__next__", "(self, /)", args -> {
            Object v = ((PBytesIterator) args[0]).next();
            if (v == null) {
                throw PythonErrors.stopIteration(null);
            }
            return v;
        });
        BuiltinDef.method(it, "__length_hint__", "(self, /)", args -> (long) ((PBytesIterator) args[0]).remaining());
    }

    private static void predicate(PythonClass type, String name, TextOps.CpPredicate p) {
        BuiltinDef.method(type, name, "(self, /)", args -> TextOps.all(text(args[0], type, name), p));
    }

    static int length(Object o, PythonClass type) {
        if (o instanceof PBytes b) {
            return b.length();
        } else if (o instanceof PByteArray ba) {
            return ba.length();
        }
        throw NumberSupport.descriptorError("__len__", type, o);
    }

    static String repr(Object o, PythonClass type) {
        if (o instanceof PBytes b) {
            return BytesOps.repr(b.getBytes(), b.length(), "b");
        } else if (o instanceof PByteArray ba) {
            String name = ba.getPythonClass().getName();
            return name + "(" + BytesOps.repr(ba.getStore(), ba.length(), "b") + ")";
        }
        throw NumberSupport.descriptorError("__repr__", type, o);
    }

    private static Object repeat(PythonClass type, Object self, Object count) {
        byte[] b = data(self, type, "__mul__");
        Object n = IntOps.asInt(count);
        if (n == null) {
            if (PyOps.lookupSpecial(count, "__index__") == null) {
                if (StrBuiltins.reflectedByUserType(count, "__rmul__")) {
                    return NOT_IMPLEMENTED;
                }
                throw PythonErrors.typeError("can't multiply sequence by non-int of type '%s'", BuiltinTypes.typeOf(count).getName());
            }
            n = PyOps.index(count);
        }
        if (IntOps.signum(n) <= 0 || b.length == 0) {
            return make(type, new byte[0]);
        }
        if (!(n instanceof Long l) || l * b.length > Integer.MAX_VALUE - 8) {
            throw PythonErrors.raise(BuiltinTypes.MEMORY_ERROR, "");
        }
        int times = (int) (long) l;
        byte[] out = new byte[b.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(b, 0, out, i * b.length, b.length);
        }
        return make(type, out);
    }

    private static void compare(PythonClass type, String name, int lt, int eq, int gt) {
        BuiltinDef.inlinableMethod(type, name, "(self, value, /)", args -> {
            byte[] a = data(args[0], type, name);
            if (type == BYTES && args[1] instanceof org.cinderj.runtime.bytes.PMemoryView) {
                return NOT_IMPLEMENTED; // bytes compares only with bytes; memoryview.__eq__ answers ==
            }
            byte[] b = BytesOps.bytesIfBytesLike(args[1]);
            if (b == null) {
                return NOT_IMPLEMENTED;
            }
            int c = BytesOps.compare(a, a.length, b, b.length);
            return (c < 0 ? lt : c == 0 ? eq : gt) != 0;
        });
    }

    private static String sepArg(Object o) {
        if (o == PNone.NONE) {
            return null;
        }
        String sep = bytesArg(o);
        if (sep.isEmpty()) {
            throw PythonErrors.valueError("empty separator");
        }
        return sep;
    }

    private static Object find(PythonClass type, Object[] args, String name, boolean reverse, boolean raise) {
        String s = text(args[0], type, name);
        String sub = subArg(args[1]);
        int[] r = StrOps.adjustIndices(args[2], args[3], s.length());
        int i = reverse ? TextOps.rfind(s, sub, r[0], r[1]) : TextOps.find(s, sub, r[0], r[1]);
        if (i < 0 && raise) {
            throw PythonErrors.valueError("subsection not found");
        }
        return (long) i;
    }

    private static Object startsEnds(PythonClass type, Object[] args, String name, boolean suffix) {
        String s = text(args[0], type, name);
        int[] r = StrOps.adjustIndices(args[2], args[3], s.length());
        if (args[1] instanceof PTuple t) {
            for (Object o : t.getItems()) {
                byte[] sub = BytesOps.bytesIfBytesLike(o);
                if (sub == null) {
                    throw PythonErrors.typeError("a bytes-like object is required, not '%s'", BuiltinTypes.typeOf(o).getName());
                }
                if (TextOps.tailMatch(s, BytesOps.latin1(sub), r[0], r[1], suffix)) {
                    return true;
                }
            }
            return false;
        }
        byte[] sub = BytesOps.bytesIfBytesLike(args[1]);
        if (sub == null) {
            throw PythonErrors.typeError("%s first arg must be bytes or a tuple of bytes, not %s", name, BuiltinTypes.typeOf(args[1]).getName());
        }
        return TextOps.tailMatch(s, BytesOps.latin1(sub), r[0], r[1], suffix);
    }

    private static PTuple partition(PythonClass type, String s, Object sepObj, boolean reverse) {
        String sep = bytesArg(sepObj);
        if (sep.isEmpty()) {
            throw PythonErrors.valueError("empty separator");
        }
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return reverse ? PTuple.of(make(type, ""), make(type, ""), make(type, s)) : PTuple.of(make(type, s), make(type, ""), make(type, ""));
        }
        return PTuple.of(make(type, s.substring(0, i)), make(type, sep), make(type, s.substring(i + sep.length())));
    }

    private static String join(String sep, Object iterable) {
        Object[] items;
        if (iterable instanceof PList l) {
            items = l.toArray();
        } else if (iterable instanceof PTuple t) {
            items = t.getItems();
        } else {
            if (PyOps.lookupSpecial(iterable, "__iter__") == null && PyOps.lookupSpecial(iterable, "__getitem__") == null) {
                throw PythonErrors.typeError("can only join an iterable");
            }
            Object it = PyOps.getIter(iterable);
            java.util.ArrayList<Object> acc = new java.util.ArrayList<>();
            Object x;
            while ((x = PyOps.next(it)) != null) {
                acc.add(x);
            }
            items = acc.toArray();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            byte[] b = BytesOps.bytesIfBytesLike(items[i]);
            if (b == null) {
                throw PythonErrors.typeError("sequence item %d: expected a bytes-like object, %s found", i, BuiltinTypes.typeOf(items[i]).getName());
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(BytesOps.latin1(b));
        }
        return sb.toString();
    }
}
