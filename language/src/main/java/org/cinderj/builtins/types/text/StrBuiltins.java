package org.cinderj.builtins.types.text;

import static org.cinderj.runtime.object.PNotImplemented.NOT_IMPLEMENTED;

import java.util.List;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.builtins.modules.CodecsModule;
import org.cinderj.builtins.types.numbers.NumberSupport;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.bytes.Codecs;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.iterator.PStrIterator;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.number.NumberHash;
import org.cinderj.runtime.number.PBoxed;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.slice.PSlice;
import org.cinderj.runtime.str.FormatSpec;
import org.cinderj.runtime.str.StrFormatter;
import org.cinderj.runtime.str.StrOps;
import org.cinderj.runtime.str.TextOps;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The methods of {@code str} (Java String, or {@link PBoxed} for subclass instances), with code-point indices. */
public final class StrBuiltins {
    private StrBuiltins() {
    }

    private static final PythonClass STR = BuiltinTypes.STR;

    static String self(Object o, String method) {
        String s = StrOps.asStr(o);
        if (s == null) {
            throw NumberSupport.descriptorError(method, STR, o);
        }
        return s;
    }

    /** A str argument, "must be str, not X" otherwise. */
    static String arg(Object o) {
        String s = StrOps.asStr(o);
        if (s == null) {
            throw PythonErrors.typeError("must be str, not %s", BuiltinTypes.typeOf(o).getName());
        }
        return s;
    }

    static String namedArg(Object o, String func, int n) {
        String s = StrOps.asStr(o);
        if (s == null) {
            throw PythonErrors.typeError("%s() argument %d must be str, not %s", func, n, BuiltinTypes.typeOf(o).getName());
        }
        return s;
    }

    /** [start, end) of a search, as char indices of s after CPython's index adjustment on code points. */
    static int[] range(String s, Object start, Object end) {
        int len = StrOps.codePointLength(s);
        int[] r = StrOps.adjustIndices(start, end, len);
        if (r[0] > len) {
            return new int[]{s.length() + 1, s.length()}; // an empty range past the end
        }
        if (r[1] < r[0]) {
            return new int[]{StrOps.cpToChar(s, r[0]), StrOps.cpToChar(s, r[0]) - 1};
        }
        return new int[]{StrOps.cpToChar(s, r[0]), StrOps.cpToChar(s, r[1])};
    }

    private static PList list(List<String> items) {
        return new PList(items.toArray());
    }

    private static long maxsplit(Object o) {
        return NumberSupport.indexAsLong(o);
    }

    private static String sepArg(Object o) {
        if (o == PNone.NONE) {
            return null;
        }
        String sep = StrOps.asStr(o);
        if (sep == null) {
            throw PythonErrors.typeError("must be str or None, not %s", BuiltinTypes.typeOf(o).getName());
        }
        if (sep.isEmpty()) {
            throw PythonErrors.valueError("empty separator");
        }
        return sep;
    }

    private static String fillArg(Object o, String func) {
        String f = StrOps.asStr(o);
        if (f == null) {
            throw PythonErrors.typeError("The fill character must be a unicode character, not %s", BuiltinTypes.typeOf(o).getName());
        }
        if (StrOps.codePointLength(f) != 1) {
            throw PythonErrors.typeError("The fill character must be exactly one character long");
        }
        return f;
    }

    /**
     * Whether a failed str operation should return NotImplemented to let {@code other}'s
     * reflected method run: only user-defined types can have one that accepts a str. Otherwise
     * CPython's sequence error ("can only concatenate str ...") is raised right here.
     */
    static boolean reflectedByUserType(Object other, String reflected) {
        PythonClass t = BuiltinTypes.typeOf(other);
        if (t.isBuiltin()) {
            return false;
        }
        PythonClass owner = t.lookupOwner(reflected);
        return owner != null && !owner.isBuiltin();
    }

    public static void install() {
        BuiltinDef.staticMethod(STR, "__new__", "(cls, object=?, encoding=?, errors=?)", args -> {
            PythonClass cls = NumberSupport.checkNewCls(args[0], STR);
            String v = strValue(args[1], args[2], args[3]);
            return cls == STR ? v : new PBoxed(cls, v);
        });
        // ---- protocol ----
        BuiltinDef.inlinableMethod(STR, "__len__", "(self, /)", args -> (long) StrOps.codePointLength(self(args[0], "__len__")));
        BuiltinDef.method(STR, "__hash__", "(self, /)", args -> NumberHash.hashString(self(args[0], "__hash__")));
        BuiltinDef.method(STR, "__str__", "(self, /)", args -> self(args[0], "__str__"));
        BuiltinDef.method(STR, "__repr__", "(self, /)", args -> StrOps.repr(self(args[0], "__repr__")));
        BuiltinDef.method(STR, "__format__", "(self, format_spec, /)", args -> format(self(args[0], "__format__"), arg(args[1])));
        BuiltinDef.method(STR, "__getnewargs__", "(self, /)", args -> PTuple.of(self(args[0], "__getnewargs__")));
        BuiltinDef.method(STR, "__sizeof__", "(self, /)", args -> {
            String s = self(args[0], "__sizeof__");
            int max = 0;
            for (int i = 0; i < s.length(); i++) {
                max = Math.max(max, s.charAt(i));
            }
            long unit = StrOps.hasSurrogates(s) ? 4 : max > 0xff ? 2 : 1;
            return (max < 128 ? 49L : 74L) + unit * StrOps.codePointLength(s);
        });
        BuiltinDef.method(STR, "__iter__", "(self, /)", args -> new PStrIterator(self(args[0], "__iter__")));
        BuiltinDef.method(STR, "__getitem__", "(self, key, /)", args -> {
            String s = self(args[0], "__getitem__");
            Object key = args[1];
            if (key instanceof PSlice slice) {
                return StrOps.getSlice(s, slice);
            }
            Object i = IntOps.asInt(key);
            if (i == null) {
                if (PyOps.lookupSpecial(key, "__index__") == null) {
                    throw PythonErrors.typeError("string indices must be integers");
                }
                i = PyOps.index(key);
            }
            if (!(i instanceof Long l)) {
                throw PythonErrors.indexError("cannot fit 'int' into an index-sized integer");
            }
            return StrOps.getItem(s, l);
        });
        BuiltinDef.method(STR, "__contains__", "(self, key, /)", args -> {
            String s = self(args[0], "__contains__");
            String sub = StrOps.asStr(args[1]);
            if (sub == null) {
                throw PythonErrors.typeError("'in <string>' requires string as left operand, not %s", BuiltinTypes.typeOf(args[1]).getName());
            }
            return s.contains(sub);
        });
        BuiltinDef.inlinableMethod(STR, "__add__", "(self, value, /)", args -> {
            String s = self(args[0], "__add__");
            String o = StrOps.asStr(args[1]);
            if (o == null) {
                if (reflectedByUserType(args[1], "__radd__")) {
                    return NOT_IMPLEMENTED;
                }
                throw PythonErrors.typeError("can only concatenate str (not \"%s\") to str", BuiltinTypes.typeOf(args[1]).getName());
            }
            return concat(s, o);
        });
        BuiltinDef.method(STR, "__mul__", "(self, value, /)", args -> repeat(self(args[0], "__mul__"), args[1]));
        BuiltinDef.method(STR, "__rmul__", "(self, value, /)", args -> repeat(self(args[0], "__rmul__"), args[1]));
        BuiltinDef.method(STR, "__mod__", "(self, value, /)", args -> StrFormatter.percentFormat(self(args[0], "__mod__"), args[1]));
        BuiltinDef.method(STR, "__rmod__", "(self, value, /)", args -> {
            self(args[0], "__rmod__");
            String fmt = StrOps.asStr(args[1]);
            return fmt == null ? NOT_IMPLEMENTED : StrFormatter.percentFormat(fmt, args[0]);
        });
        compare("__lt__", 1, 0, 0);
        compare("__le__", 1, 1, 0);
        compare("__eq__", 0, 1, 0);
        compare("__ne__", 1, 0, 1);
        compare("__gt__", 0, 0, 1);
        compare("__ge__", 0, 1, 1);
        installSearch();
        installSplitting();
        installTransforms();
        installPredicates();
    }

    private static String concat(String a, String b) {
        if ((long) a.length() + b.length() > Integer.MAX_VALUE - 8) {
            throw PythonErrors.overflowError("strings are too large to concat");
        }
        return a.concat(b);
    }

    private static Object repeat(String s, Object count) {
        Object n = IntOps.asInt(count);
        if (n == null) {
            if (PyOps.lookupSpecial(count, "__index__") == null) {
                if (reflectedByUserType(count, "__rmul__")) {
                    return NOT_IMPLEMENTED;
                }
                throw PythonErrors.typeError("can't multiply sequence by non-int of type '%s'", BuiltinTypes.typeOf(count).getName());
            }
            n = PyOps.index(count);
        }
        if (IntOps.signum(n) <= 0 || s.isEmpty()) {
            return "";
        }
        if (!(n instanceof Long l) || l * s.length() > Integer.MAX_VALUE - 8) {
            throw PythonErrors.overflowError("repeated string is too long");
        }
        return s.repeat((int) (long) l);
    }

    /** Code point order (Java's compareTo orders UTF-16 units, which differs above the BMP). */
    static int compareStrings(String a, String b) {
        if (!StrOps.hasSurrogates(a) && !StrOps.hasSurrogates(b)) {
            return a.compareTo(b);
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static void compare(String name, int lt, int eq, int gt) {
        BuiltinDef.inlinableMethod(STR, name, "(self, value, /)", args -> {
            String a = self(args[0], name);
            String b = StrOps.asStr(args[1]);
            if (b == null) {
                return NOT_IMPLEMENTED;
            }
            if (eq == 1 && lt == 0 && gt == 0) {
                return a.equals(b);
            }
            if (eq == 0 && lt == 1 && gt == 1) {
                return !a.equals(b);
            }
            int c = compareStrings(a, b);
            return (c < 0 ? lt : c == 0 ? eq : gt) != 0;
        });
    }

    /** {@code str(object, encoding, errors)}. */
    static String strValue(Object object, Object encoding, Object errors) {
        if (NumberSupport.isMissing(object)) {
            return "";
        }
        if (NumberSupport.isMissing(encoding) && NumberSupport.isMissing(errors)) {
            if (object instanceof String s) {
                return s;
            }
            return PyOps.str(object);
        }
        String enc = NumberSupport.isMissing(encoding) ? "utf-8" : namedArg(encoding, "str", 2);
        String err = NumberSupport.isMissing(errors) ? "strict" : namedArg(errors, "str", 3);
        if (StrOps.asStr(object) != null) {
            throw PythonErrors.typeError("decoding str is not supported");
        }
        byte[] b = BytesOps.bytesIfBytesLike(object);
        if (b == null) {
            throw PythonErrors.typeError("decoding to str: need a bytes-like object, %s found", BuiltinTypes.typeOf(object).getName());
        }
        return CodecsModule.decodeText(b, enc, err);
    }

    /** {@code format(s, spec)} for str. */
    static String format(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        FormatSpec f = FormatSpec.parse(spec, '<');
        if (f.type != 0 && f.type != 's') {
            throw FormatSpec.unknownCode(f.type, "str");
        }
        if (f.sign != 0) {
            throw PythonErrors.valueError("Sign not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PythonErrors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PythonErrors.valueError("'=' alignment not allowed in string format specifier");
        }
        if (f.precision >= 0 && f.precision < StrOps.codePointLength(s)) {
            s = StrOps.substringCp(s, 0, f.precision);
        }
        return f.pad(s, 0);
    }

    // ---------------------------------------------------------------- search

    private static void installSearch() {
        BuiltinDef.method(STR, "find", "(self, sub, start=None, end=None, /)", args -> find(args, false, false));
        BuiltinDef.method(STR, "rfind", "(self, sub, start=None, end=None, /)", args -> find(args, true, false));
        BuiltinDef.method(STR, "index", "(self, sub, start=None, end=None, /)", args -> find(args, false, true));
        BuiltinDef.method(STR, "rindex", "(self, sub, start=None, end=None, /)", args -> find(args, true, true));
        BuiltinDef.method(STR, "count", "(self, sub, start=None, end=None, /)", args -> {
            String s = self(args[0], "count");
            String sub = arg(args[1]);
            int[] r = range(s, args[2], args[3]);
            if (r[0] > s.length() || r[1] < r[0]) {
                return 0L;
            }
            if (sub.isEmpty()) {
                return (long) s.codePointCount(r[0], r[1]) + 1;
            }
            return (long) TextOps.count(s, sub, r[0], r[1]);
        });
        BuiltinDef.method(STR, "startswith", "(self, prefix, start=None, end=None, /)", args -> startsEnds(args, "startswith", false));
        BuiltinDef.method(STR, "endswith", "(self, suffix, start=None, end=None, /)", args -> startsEnds(args, "endswith", true));
    }

    private static Object find(Object[] args, boolean reverse, boolean raise) {
        String s = self(args[0], reverse ? (raise ? "rindex" : "rfind") : (raise ? "index" : "find"));
        String sub = arg(args[1]);
        int[] r = range(s, args[2], args[3]);
        int i = reverse ? TextOps.rfind(s, sub, r[0], r[1]) : TextOps.find(s, sub, r[0], r[1]);
        if (i < 0) {
            if (raise) {
                throw PythonErrors.valueError("substring not found");
            }
            return -1L;
        }
        return (long) StrOps.charToCp(s, i);
    }

    private static Object startsEnds(Object[] args, String name, boolean suffix) {
        String s = self(args[0], name);
        int[] r = range(s, args[2], args[3]);
        if (args[1] instanceof PTuple t) {
            for (Object o : t.getItems()) {
                String sub = StrOps.asStr(o);
                if (sub == null) {
                    throw PythonErrors.typeError("tuple for %s must only contain str, not %s", name, BuiltinTypes.typeOf(o).getName());
                }
                if (TextOps.tailMatch(s, sub, r[0], r[1], suffix)) {
                    return true;
                }
            }
            return false;
        }
        String sub = StrOps.asStr(args[1]);
        if (sub == null) {
            throw PythonErrors.typeError("%s first arg must be str or a tuple of str, not %s", name, BuiltinTypes.typeOf(args[1]).getName());
        }
        return TextOps.tailMatch(s, sub, r[0], r[1], suffix);
    }

    // ---------------------------------------------------------------- splitting and joining

    private static void installSplitting() {
        BuiltinDef.method(STR, "split", "(self, sep=None, maxsplit=-1)", args -> {
            String s = self(args[0], "split");
            return list(TextOps.split(s, sepArg(args[1]), maxsplit(args[2]), false));
        });
        BuiltinDef.method(STR, "rsplit", "(self, sep=None, maxsplit=-1)", args -> {
            String s = self(args[0], "rsplit");
            return list(TextOps.rsplit(s, sepArg(args[1]), maxsplit(args[2]), false));
        });
        BuiltinDef.method(STR, "splitlines", "(self, keepends=False)", args -> {
            String s = self(args[0], "splitlines");
            return list(TextOps.splitlines(s, PyOps.isTrue(args[1]), false));
        });
        BuiltinDef.method(STR, "partition", "(self, sep, /)", args -> partition(self(args[0], "partition"), args[1], false));
        BuiltinDef.method(STR, "rpartition", "(self, sep, /)", args -> partition(self(args[0], "rpartition"), args[1], true));
        BuiltinDef.method(STR, "join", "(self, iterable, /)", args -> join(self(args[0], "join"), args[1]));
    }

    private static PTuple partition(String s, Object sepObj, boolean reverse) {
        String sep = arg(sepObj);
        if (sep.isEmpty()) {
            throw PythonErrors.valueError("empty separator");
        }
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return reverse ? PTuple.of("", "", s) : PTuple.of(s, "", "");
        }
        return PTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    /** {@code sep.join(iterable)}. */
    public static String join(String sep, Object iterable) {
        Object[] items;
        if (iterable instanceof PList l) {
            items = l.toArray();
        } else if (iterable instanceof PTuple t) {
            items = t.getItems();
        } else {
            Object it;
            try {
                if (PyOps.lookupSpecial(iterable, "__iter__") == null && PyOps.lookupSpecial(iterable, "__getitem__") == null) {
                    throw PythonErrors.typeError("can only join an iterable");
                }
                it = PyOps.getIter(iterable);
            } catch (PException e) {
                throw e;
            }
            java.util.ArrayList<Object> acc = new java.util.ArrayList<>();
            Object x;
            while ((x = PyOps.next(it)) != null) {
                acc.add(x);
            }
            items = acc.toArray();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            String item = StrOps.asStr(items[i]);
            if (item == null) {
                throw PythonErrors.typeError("sequence item %d: expected str instance, %s found", i, BuiltinTypes.typeOf(items[i]).getName());
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(item);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- transforms

    private static void installTransforms() {
        BuiltinDef.method(STR, "upper", "(self, /)", args -> TextOps.upper(self(args[0], "upper"), false));
        BuiltinDef.method(STR, "lower", "(self, /)", args -> TextOps.lower(self(args[0], "lower"), false));
        BuiltinDef.method(STR, "casefold", "(self, /)", args -> TextOps.casefold(self(args[0], "casefold")));
        BuiltinDef.method(STR, "swapcase", "(self, /)", args -> TextOps.swapcase(self(args[0], "swapcase"), false));
        BuiltinDef.method(STR, "title", "(self, /)", args -> TextOps.title(self(args[0], "title"), false));
        BuiltinDef.method(STR, "capitalize", "(self, /)", args -> TextOps.capitalize(self(args[0], "capitalize"), false));
        for (String name : new String[]{"strip", "lstrip", "rstrip"}) {
            boolean left = !name.equals("rstrip");
            boolean right = !name.equals("lstrip");
            BuiltinDef.method(STR, name, "(self, chars=None, /)", args -> {
                String s = self(args[0], name);
                String chars = null;
                if (args[1] != PNone.NONE) {
                    chars = StrOps.asStr(args[1]);
                    if (chars == null) {
                        throw PythonErrors.typeError("%s arg must be None or str", name);
                    }
                }
                return TextOps.strip(s, chars, left, right, false);
            });
        }
        BuiltinDef.method(STR, "center", "(self, width, fillchar=' ', /)", args -> {
            String s = self(args[0], "center");
            return TextOps.pad(s, StrOps.codePointLength(s), NumberSupport.indexAsLong(args[1]), fillArg(args[2], "center"), '^');
        });
        BuiltinDef.method(STR, "ljust", "(self, width, fillchar=' ', /)", args -> {
            String s = self(args[0], "ljust");
            return TextOps.pad(s, StrOps.codePointLength(s), NumberSupport.indexAsLong(args[1]), fillArg(args[2], "ljust"), '<');
        });
        BuiltinDef.method(STR, "rjust", "(self, width, fillchar=' ', /)", args -> {
            String s = self(args[0], "rjust");
            return TextOps.pad(s, StrOps.codePointLength(s), NumberSupport.indexAsLong(args[1]), fillArg(args[2], "rjust"), '>');
        });
        BuiltinDef.method(STR, "zfill", "(self, width, /)", args -> {
            String s = self(args[0], "zfill");
            return TextOps.zfill(s, StrOps.codePointLength(s), NumberSupport.indexAsLong(args[1]));
        });
        BuiltinDef.method(STR, "expandtabs", "(self, tabsize=8)", args -> TextOps.expandtabs(self(args[0], "expandtabs"),
                        NumberSupport.indexAsLong(args[1]), false));
        BuiltinDef.method(STR, "replace", "(self, old, new, count=-1, /)", args -> {
            String s = self(args[0], "replace");
            return TextOps.replace(s, namedArg(args[1], "replace", 1), namedArg(args[2], "replace", 2), NumberSupport.indexAsLong(args[3]));
        });
        BuiltinDef.method(STR, "removeprefix", "(self, prefix, /)", args -> {
            String s = self(args[0], "removeprefix");
            String p = StrOps.asStr(args[1]);
            if (p == null) {
                throw PythonErrors.typeError("removeprefix() argument must be str, not %s", BuiltinTypes.typeOf(args[1]).getName());
            }
            return s.startsWith(p) ? s.substring(p.length()) : s;
        });
        BuiltinDef.method(STR, "removesuffix", "(self, suffix, /)", args -> {
            String s = self(args[0], "removesuffix");
            String p = StrOps.asStr(args[1]);
            if (p == null) {
                throw PythonErrors.typeError("removesuffix() argument must be str, not %s", BuiltinTypes.typeOf(args[1]).getName());
            }
            return !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
        });
        BuiltinDef.method(STR, "encode", "(self, encoding='utf-8', errors='strict')", args -> {
            String s = self(args[0], "encode");
            String enc = StrOps.asStr(args[1]);
            if (enc == null) {
                throw PythonErrors.typeError("encode() argument 'encoding' must be str, not %s", BuiltinTypes.typeOf(args[1]).getName());
            }
            String err = StrOps.asStr(args[2]);
            if (err == null) {
                throw PythonErrors.typeError("encode() argument 'errors' must be str, not %s", BuiltinTypes.typeOf(args[2]).getName());
            }
            return BytesOps.newBytes(CodecsModule.encodeText(s, enc, err));
        });
        BuiltinDef.method(STR, "format", "(self, /, *args, **kwargs)", args -> {
            String s = self(args[0], "format");
            PTuple pos = (PTuple) args[1];
            PDict kw = (PDict) args[2];
            return StrFormatter.format(s, pos.getItems(), kw);
        });
        BuiltinDef.method(STR, "format_map", "(self, mapping, /)", args -> StrFormatter.formatMap(self(args[0], "format_map"), args[1]));
        BuiltinDef.method(STR, "translate", "(self, table, /)", args -> translate(self(args[0], "translate"), args[1]));
        BuiltinDef.staticMethod(STR, "maketrans", "(x, y=?, z=?, /)", args -> maketrans(args[0], args[1], args[2]));
    }

    static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object mapped;
            try {
                mapped = PyOps.getItem(table, (long) cp);
            } catch (PException e) {
                if (PythonErrors.isInstance(e, BuiltinTypes.LOOKUP_ERROR)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (mapped == PNone.NONE) {
                continue;
            }
            Object iv = IntOps.asInt(mapped);
            if (iv != null) {
                if (!(iv instanceof Long l) || l < 0 || l > 0x10ffff) {
                    throw PythonErrors.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) (long) l);
                continue;
            }
            String str = StrOps.asStr(mapped);
            if (str == null) {
                throw PythonErrors.typeError("character mapping must return integer, None or str");
            }
            sb.append(str);
        }
        return sb.toString();
    }

    static PDict maketrans(Object x, Object y, Object z) {
        PDict out = new PDict();
        if (NumberSupport.isMissing(y)) {
            if (!(x instanceof PDict d)) {
                throw PythonErrors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (PDict.Entry e : d.entriesArray()) {
                String ks = StrOps.asStr(e.key);
                if (ks != null) {
                    if (StrOps.codePointLength(ks) != 1) {
                        throw PythonErrors.valueError("string keys in translate table must be of length 1");
                    }
                    out.put((long) ks.codePointAt(0), e.value);
                } else if (IntOps.isInt(e.key)) {
                    out.put(IntOps.asInt(e.key), e.value);
                } else {
                    throw PythonErrors.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        String xs = StrOps.asStr(x);
        if (xs == null) {
            throw PythonErrors.typeError("maketrans() argument 1 must be str, not %s", BuiltinTypes.typeOf(x).getName());
        }
        String ys = StrOps.asStr(y);
        if (ys == null) {
            throw PythonErrors.typeError("maketrans() argument 2 must be str, not %s", BuiltinTypes.typeOf(y).getName());
        }
        int[] xc = xs.codePoints().toArray();
        int[] yc = ys.codePoints().toArray();
        if (xc.length != yc.length) {
            throw PythonErrors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < xc.length; i++) {
            out.put((long) xc[i], (long) yc[i]);
        }
        if (!NumberSupport.isMissing(z)) {
            String zs = StrOps.asStr(z);
            if (zs == null) {
                throw PythonErrors.typeError("maketrans() argument 3 must be str, not %s", BuiltinTypes.typeOf(z).getName());
            }
            zs.codePoints().forEach(cp -> out.put((long) cp, PNone.NONE));
        }
        return out;
    }

    // ---------------------------------------------------------------- predicates

    private static void predicate(String name, TextOps.CpPredicate p) {
        BuiltinDef.method(STR, name, "(self, /)", args -> TextOps.all(self(args[0], name), p));
    }

    private static void installPredicates() {
        predicate("isspace", StrOps::isSpace);
        predicate("isalpha", StrOps::isAlpha);
        predicate("isalnum", StrOps::isAlnum);
        predicate("isdecimal", StrOps::isDecimal);
        predicate("isdigit", StrOps::isDigit);
        predicate("isnumeric", StrOps::isNumeric);
        BuiltinDef.method(STR, "isascii", "(self, /)", args -> TextOps.isAscii(self(args[0], "isascii")));
        BuiltinDef.method(STR, "isprintable", "(self, /)", args -> {
            String s = self(args[0], "isprintable");
            return s.isEmpty() || TextOps.all(s, StrOps::isPrintable);
        });
        BuiltinDef.method(STR, "isidentifier", "(self, /)", args -> StrOps.isIdentifier(self(args[0], "isidentifier")));
        BuiltinDef.method(STR, "islower", "(self, /)", args -> TextOps.isLowerOrUpper(self(args[0], "islower"), false, false));
        BuiltinDef.method(STR, "isupper", "(self, /)", args -> TextOps.isLowerOrUpper(self(args[0], "isupper"), true, false));
        BuiltinDef.method(STR, "istitle", "(self, /)", args -> TextOps.isTitle(self(args[0], "istitle"), false));
    }
}
