package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;
import static org.cinderj.builtins.modules.PyUtil.absent;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.bytes.PByteArray;
import org.cinderj.runtime.bytes.PBytes;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.sre.SreEngine;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The {@code _sre} module: compiled patterns, match objects and scanners over {@link SreEngine}. */
public final class SreModule {
    private SreModule() {
    }

    static final PythonClass PATTERN = PyUtil.newFinalClass("re", "Pattern");
    static final PythonClass MATCH = PyUtil.newFinalClass("re", "Match");
    static final PythonClass SCANNER = PyUtil.newFinalClass("_sre", "SRE_Scanner");
    static final PythonClass FIND_ITER = PyUtil.newFinalClass("_sre", "callable_iterator");

    static final class PPattern extends PythonObject {
        Object pattern;
        long flags;
        SreEngine engine;
        int groups;
        PDict groupindex;
        Object indexgroup;
        boolean isBytes;

        PPattern() {
            super(PATTERN);
        }
    }

    /** The subject of a match: code points, and how to slice the original object. */
    static final class Subject {
        final Object obj;
        final int[] cps;
        final boolean isBytes;
        final String str;

        Subject(Object obj, int[] cps, boolean isBytes, String str) {
            this.obj = obj;
            this.cps = cps;
            this.isBytes = isBytes;
            this.str = str;
        }

        Object slice(int a, int b) {
            if (isBytes) {
                byte[] out = new byte[b - a];
                for (int i = a; i < b; i++) {
                    out[i - a] = (byte) cps[i];
                }
                return BytesOps.newBytes(out);
            }
            return new String(cps, a, b - a);
        }
    }

    static final class PMatch extends PythonObject {
        PPattern pattern;
        Subject subject;
        int[] marks;
        int start;
        int end;
        int pos;
        int endpos;
        int lastIndex;

        PMatch() {
            super(MATCH);
        }

        int groupStart(int g) {
            return g == 0 ? start : marks[2 * g - 2];
        }

        int groupEnd(int g) {
            return g == 0 ? end : marks[2 * g - 1];
        }

        boolean matched(int g) {
            return g == 0 || marks[2 * g - 2] >= 0 && marks[2 * g - 1] >= 0 && marks[2 * g - 2] <= marks[2 * g - 1];
        }

        Object group(int g, Object dflt) {
            if (!matched(g)) {
                return dflt;
            }
            return subject.slice(groupStart(g), groupEnd(g));
        }
    }

    static final class PScanner extends PythonObject {
        PPattern pattern;
        Subject subject;
        int pos;
        int endpos;
        boolean mustAdvance;
        boolean done;

        PScanner() {
            super(SCANNER);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The last converted str (tokenizers call match(s, pos) many times on one long string). */
    private static final ThreadLocal<Subject> LAST = new ThreadLocal<>();

    @TruffleBoundary
    static Subject subject(PPattern p, Object string) {
        if (string instanceof String s) {
            if (p.isBytes) {
                throw PythonErrors.typeError("cannot use a bytes pattern on a string-like object");
            }
            Subject last = LAST.get();
            if (last != null && last.obj == s) {
                return last;
            }
            Subject subj = new Subject(string, s.codePoints().toArray(), false, s);
            if (s.length() > 64) {
                LAST.set(subj);
            }
            return subj;
        }
        byte[] b = BytesOps.bytesIfBytesLike(string);
        if (b == null && string instanceof PythonObject po && po.getPythonClass().isSubclassOf(BuiltinTypes.STR)) {
            String s = PyOps.str(string);
            if (p.isBytes) {
                throw PythonErrors.typeError("cannot use a bytes pattern on a string-like object");
            }
            return new Subject(string, s.codePoints().toArray(), false, s);
        }
        if (b == null) {
            throw PythonErrors.typeError("expected string or bytes-like object");
        }
        if (!p.isBytes) {
            throw PythonErrors.typeError("cannot use a string pattern on a bytes-like object");
        }
        Subject last = LAST.get();
        if (last != null && last.obj == string && string instanceof PBytes) {
            return last;
        }
        int[] cps = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            cps[i] = b[i] & 0xff;
        }
        Subject subj = new Subject(string, cps, true, null);
        if (b.length > 64 && string instanceof PBytes) {
            LAST.set(subj);
        }
        return subj;
    }

    static int clampPos(Object o, int len, int dflt) {
        if (absent(o)) {
            return dflt;
        }
        int v = PyUtil.clampInt(o);
        if (v < 0) {
            v = 0;
        }
        return Math.min(v, len);
    }

    static PPattern pat(Object o) {
        if (o instanceof PPattern p) {
            return p;
        }
        throw PythonErrors.typeError("descriptor requires a 're.Pattern' object but received a '%s'", PyUtil.typeName(o));
    }

    static PMatch mat(Object o) {
        if (o instanceof PMatch m) {
            return m;
        }
        throw PythonErrors.typeError("descriptor requires a 're.Match' object but received a '%s'", PyUtil.typeName(o));
    }

    static PMatch makeMatch(PPattern p, Subject subj, SreEngine.State st, int pos, int endpos) {
        PMatch m = new PMatch();
        m.pattern = p;
        m.subject = subj;
        m.marks = Arrays.copyOf(st.marks, p.groups * 2);
        m.start = st.matchStart;
        m.end = st.matchEnd;
        m.pos = pos;
        m.endpos = endpos;
        m.lastIndex = st.lastIndex;
        return m;
    }

    /** mode 0 match, 1 fullmatch, 2 search. */
    @TruffleBoundary
    static Object doMatch(PPattern p, Object string, Object posObj, Object endposObj, int mode) {
        Subject subj = subject(p, string);
        int len = subj.cps.length;
        int endpos = clampPos(endposObj, len, len);
        int pos = clampPos(posObj, len, 0);
        SreEngine.State st = new SreEngine.State(subj.cps, endpos, p.groups);
        if (pos > endpos) {
            return NONE;
        }
        boolean ok = mode == 2 ? p.engine.search(st, pos, false) : p.engine.match(st, pos, mode == 1, false);
        return ok ? makeMatch(p, subj, st, pos, endpos) : NONE;
    }

    static int groupIndex(PMatch m, Object g) {
        if (g instanceof Long || g instanceof Boolean || g instanceof java.math.BigInteger) {
            long i = PyUtil.toBig(g).bitLength() < 63 ? PyUtil.toBig(g).longValue() : -1;
            if (i >= 0 && i <= m.pattern.groups) {
                return (int) i;
            }
        } else if (g instanceof String) {
            Object i = m.pattern.groupindex.get(g);
            if (i instanceof Long l) {
                return (int) (long) l;
            }
        } else if (PyUtil.isInt(g) || PyOps.lookupSpecial(g, "__index__") != null) {
            long i = PyUtil.toLong(g);
            if (i >= 0 && i <= m.pattern.groups) {
                return (int) i;
            }
        }
        throw PythonErrors.indexError("no such group");
    }

    static Object subx(PythonContext ctx, PPattern p, Object repl, Object string, long count, boolean withCount) {
        Subject subj = subject(p, string);
        Object filter = repl;
        boolean literal = false;
        boolean callable = BuiltinsModule.callable(repl);
        if (!callable) {
            boolean hasBackslash;
            if (repl instanceof String rs) {
                hasBackslash = rs.indexOf('\\') >= 0;
                if (p.isBytes) {
                    throw PythonErrors.typeError("expected a bytes-like object, str found");
                }
            } else {
                byte[] rb = BytesOps.bytesIfBytesLike(repl);
                if (rb == null) {
                    throw PythonErrors.typeError("expected str instance, %s found", PyUtil.typeName(repl));
                }
                if (!p.isBytes) {
                    throw PythonErrors.typeError("expected str instance, %s found", PyUtil.typeName(repl));
                }
                hasBackslash = BytesOps.latin1(rb).indexOf('\\') >= 0;
            }
            if (hasBackslash) {
                Object re = ImportSystem.importName(ctx, "re", NONE, null, 0);
                filter = PyUtil.callMethod(re, "_subx", p, repl);
                callable = BuiltinsModule.callable(filter);
                literal = !callable;
            } else {
                literal = true;
            }
        }
        int len = subj.cps.length;
        SreEngine.State st = new SreEngine.State(subj.cps, len, p.groups);
        List<Object> parts = new ArrayList<>();
        int i = 0;
        int start = 0;
        long n = 0;
        boolean mustAdvance = false;
        while (count == 0 || n < count) {
            if (start > len || !p.engine.search(st, start, mustAdvance)) {
                break;
            }
            int b = st.matchStart;
            int e = st.matchEnd;
            if (i < b) {
                parts.add(subj.slice(i, b));
            }
            if (literal) {
                parts.add(filter);
            } else {
                Object r = PyUtil.call(filter, makeMatch(p, subj, st, 0, len));
                if (r != NONE) {
                    parts.add(r);
                }
            }
            i = e;
            n++;
            mustAdvance = e == b;
            start = e;
        }
        if (i < len) {
            parts.add(subj.slice(i, len));
        }
        Object result;
        if (subj.isBytes) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (Object o : parts) {
                out.writeBytes(BytesOps.requireBytesLike(o));
            }
            result = BytesOps.newBytes(out.toByteArray());
        } else {
            StringBuilder sb = new StringBuilder();
            for (Object o : parts) {
                if (!(o instanceof String s)) {
                    throw PythonErrors.typeError("sequence item %d: expected str instance, %s found", 0, PyUtil.typeName(o));
                }
                sb.append(s);
            }
            result = sb.toString();
        }
        if (n == 0 && !withCount && subj.obj instanceof String) {
            result = subj.obj;
        }
        return withCount ? PyUtil.tuple(result, n) : result;
    }

    static String flagsRepr(PPattern p) {
        String[] names = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};
        long flags = p.flags;
        if (!p.isBytes) {
            flags &= ~32L;
        }
        if (flags == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < names.length; k++) {
            if ((flags & (1L << k)) != 0) {
                sb.append(sb.length() > 0 ? "|" : "").append(names[k]);
                flags &= ~(1L << k);
            }
        }
        if (flags != 0) {
            sb.append(sb.length() > 0 ? "|" : "").append(String.format("0x%x", flags));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ classes

    static {
        definePattern();
        defineMatch();
        defineScanner();
    }

    private static void definePattern() {
        PythonClass c = PATTERN;
        PyUtil.method(c, "match", "(self, string, pos=0, endpos=None)", a -> doMatch(pat(a[0]), a[1], a[2], a[3], 0));
        PyUtil.method(c, "fullmatch", "(self, string, pos=0, endpos=None)", a -> doMatch(pat(a[0]), a[1], a[2], a[3], 1));
        PyUtil.method(c, "search", "(self, string, pos=0, endpos=None)", a -> doMatch(pat(a[0]), a[1], a[2], a[3], 2));
        PyUtil.method(c, "findall", "(self, string, pos=0, endpos=None)", a -> {
            PPattern p = pat(a[0]);
            PScanner sc = scanner(p, a[1], a[2], a[3]);
            PList out = new PList();
            PMatch m;
            while ((m = scanNext(sc, true)) != null) {
                if (p.groups == 0) {
                    out.append(m.group(0, null));
                } else if (p.groups == 1) {
                    out.append(m.group(1, emptyOf(m)));
                } else {
                    Object[] items = new Object[p.groups];
                    for (int g = 1; g <= p.groups; g++) {
                        items[g - 1] = m.group(g, emptyOf(m));
                    }
                    out.append(new PTuple(items));
                }
            }
            return out;
        });
        PyUtil.method(c, "finditer", "(self, string, pos=0, endpos=None)", a -> {
            PScanner sc = scanner(pat(a[0]), a[1], a[2], a[3]);
            return PyOps.getIter(new FindIter(sc));
        });
        PyUtil.method(c, "scanner", "(self, string, pos=0, endpos=None)", a -> scanner(pat(a[0]), a[1], a[2], a[3]));
        PyUtil.method(c, "sub", "(self, repl, string, count=0)", a -> subx(PythonContext.get(null), pat(a[0]), a[1], a[2], PyUtil.toLong(a[3]), false));
        PyUtil.method(c, "subn", "(self, repl, string, count=0)", a -> subx(PythonContext.get(null), pat(a[0]), a[1], a[2], PyUtil.toLong(a[3]), true));
        PyUtil.method(c, "split", "(self, string, maxsplit=0)", a -> {
            PPattern p = pat(a[0]);
            Subject subj = subject(p, a[1]);
            long maxsplit = PyUtil.toLong(a[2]);
            int len = subj.cps.length;
            SreEngine.State st = new SreEngine.State(subj.cps, len, p.groups);
            PList out = new PList();
            int last = 0;
            int start = 0;
            long n = 0;
            boolean mustAdvance = false;
            while (maxsplit == 0 || n < maxsplit) {
                if (start > len || !p.engine.search(st, start, mustAdvance)) {
                    break;
                }
                out.append(subj.slice(last, st.matchStart));
                PMatch m = makeMatch(p, subj, st, 0, len);
                for (int g = 1; g <= p.groups; g++) {
                    out.append(m.group(g, NONE));
                }
                n++;
                mustAdvance = st.matchEnd == st.matchStart;
                last = start = st.matchEnd;
            }
            out.append(subj.slice(last, len));
            return out;
        });
        BuiltinDef.getter(c, "pattern", self -> pat(self).pattern);
        BuiltinDef.getter(c, "flags", self -> pat(self).flags);
        BuiltinDef.getter(c, "groups", self -> (long) pat(self).groups);
        BuiltinDef.getter(c, "groupindex", self -> new org.cinderj.runtime.dict.PMappingProxy(pat(self).groupindex));
        PyUtil.method(c, "__repr__", "(self)", a -> {
            PPattern p = pat(a[0]);
            String r = PyOps.repr(p.pattern);
            if (r.length() > 200) {
                r = r.substring(0, 200);
            }
            String f = flagsRepr(p);
            return "re.compile(" + r + (f.isEmpty() ? "" : ", " + f) + ")";
        });
        PyUtil.method(c, "__eq__", "(self, other, /)", a -> {
            if (!(a[1] instanceof PPattern o)) {
                return org.cinderj.runtime.object.PNotImplemented.NOT_IMPLEMENTED;
            }
            PPattern p = pat(a[0]);
            return p == o || p.flags == o.flags && p.isBytes == o.isBytes && PyOps.equals(p.pattern, o.pattern) &&
                            Arrays.equals(codeOf(p), codeOf(o));
        });
        PyUtil.method(c, "__hash__", "(self)", a -> {
            PPattern p = pat(a[0]);
            return PyOps.hash(p.pattern) * 31 + p.flags;
        });
        PyUtil.method(c, "__copy__", "(self)", a -> a[0]);
        PyUtil.method(c, "__deepcopy__", "(self, memo, /)", a -> a[0]);
        PyUtil.method(c, "__class_getitem__", "(cls, item, /)", a -> a[0]);
    }

    static int[] codeOf(PPattern p) {
        return new int[0];
    }

    static Object emptyOf(PMatch m) {
        return m.subject.isBytes ? PBytes.EMPTY : "";
    }

    static PScanner scanner(PPattern p, Object string, Object pos, Object endpos) {
        PScanner sc = new PScanner();
        sc.pattern = p;
        sc.subject = subject(p, string);
        int len = sc.subject.cps.length;
        sc.endpos = clampPos(endpos, len, len);
        sc.pos = clampPos(pos, len, 0);
        return sc;
    }

    @TruffleBoundary
    static PMatch scanNext(PScanner sc, boolean search) {
        if (sc.done || sc.pos > sc.endpos) {
            return null;
        }
        SreEngine.State st = new SreEngine.State(sc.subject.cps, sc.endpos, sc.pattern.groups);
        boolean ok = search ? sc.pattern.engine.search(st, sc.pos, sc.mustAdvance) : sc.pattern.engine.match(st, sc.pos, false, sc.mustAdvance);
        if (!ok) {
            sc.done = true;
            return null;
        }
        PMatch m = makeMatch(sc.pattern, sc.subject, st, 0, sc.endpos);
        m.pos = sc.pos;
        sc.mustAdvance = st.matchEnd == st.matchStart;
        sc.pos = st.matchEnd;
        return m;
    }

    static final class FindIter extends PIter {
        final PScanner sc;

        FindIter(PScanner sc) {
            super(FIND_ITER);
            this.sc = sc;
        }

        @Override
        Object nextOrNull() {
            return scanNext(sc, true);
        }
    }

    private static void defineScanner() {
        PythonClass c = SCANNER;
        PyUtil.method(c, "match", "(self)", a -> {
            PMatch m = scanNext((PScanner) a[0], false);
            return m == null ? NONE : m;
        });
        PyUtil.method(c, "search", "(self)", a -> {
            PMatch m = scanNext((PScanner) a[0], true);
            return m == null ? NONE : m;
        });
        BuiltinDef.getter(c, "pattern", self -> ((PScanner) self).pattern);
        PIter.iteratorMethods(FIND_ITER);
    }

    private static void defineMatch() {
        PythonClass c = MATCH;
        PyUtil.method(c, "group", "(self, *args)", a -> {
            PMatch m = mat(a[0]);
            Object[] args = ((PTuple) a[1]).getItems();
            if (args.length == 0) {
                return m.group(0, NONE);
            }
            if (args.length == 1) {
                return m.group(groupIndex(m, args[0]), NONE);
            }
            Object[] r = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                r[i] = m.group(groupIndex(m, args[i]), NONE);
            }
            return new PTuple(r);
        });
        PyUtil.method(c, "__getitem__", "(self, g, /)", a -> {
            PMatch m = mat(a[0]);
            return m.group(groupIndex(m, a[1]), NONE);
        });
        PyUtil.method(c, "groups", "(self, default=None)", a -> {
            PMatch m = mat(a[0]);
            Object[] r = new Object[m.pattern.groups];
            for (int g = 1; g <= r.length; g++) {
                r[g - 1] = m.group(g, a[1]);
            }
            return new PTuple(r);
        });
        PyUtil.method(c, "groupdict", "(self, default=None)", a -> {
            PMatch m = mat(a[0]);
            PDict d = new PDict();
            Object it = PyOps.getIter(m.pattern.groupindex);
            Object k;
            while ((k = PyOps.next(it)) != null) {
                d.put(k, m.group(groupIndex(m, k), a[1]));
            }
            return d;
        });
        PyUtil.method(c, "start", "(self, group=0, /)", a -> {
            PMatch m = mat(a[0]);
            int g = groupIndex(m, a[1]);
            return m.matched(g) ? (long) m.groupStart(g) : -1L;
        });
        PyUtil.method(c, "end", "(self, group=0, /)", a -> {
            PMatch m = mat(a[0]);
            int g = groupIndex(m, a[1]);
            return m.matched(g) ? (long) m.groupEnd(g) : -1L;
        });
        PyUtil.method(c, "span", "(self, group=0, /)", a -> {
            PMatch m = mat(a[0]);
            int g = groupIndex(m, a[1]);
            return m.matched(g) ? PyUtil.tuple((long) m.groupStart(g), (long) m.groupEnd(g)) : PyUtil.tuple(-1L, -1L);
        });
        PyUtil.method(c, "expand", "(self, template)", a -> {
            Object re = ImportSystem.importName(PythonContext.get(null), "re", NONE, null, 0);
            return PyUtil.callMethod(re, "_expand", mat(a[0]).pattern, a[0], a[1]);
        });
        BuiltinDef.getter(c, "regs", self -> {
            PMatch m = mat(self);
            Object[] r = new Object[m.pattern.groups + 1];
            for (int g = 0; g < r.length; g++) {
                r[g] = m.matched(g) ? PyUtil.tuple((long) m.groupStart(g), (long) m.groupEnd(g)) : PyUtil.tuple(-1L, -1L);
            }
            return new PTuple(r);
        });
        BuiltinDef.getter(c, "lastindex", self -> mat(self).lastIndex > 0 ? (Object) (long) mat(self).lastIndex : NONE);
        BuiltinDef.getter(c, "lastgroup", self -> {
            PMatch m = mat(self);
            if (m.lastIndex <= 0 || !(m.pattern.indexgroup instanceof PTuple t) || m.lastIndex >= t.getItems().length) {
                return NONE;
            }
            return t.getItems()[m.lastIndex];
        });
        BuiltinDef.getter(c, "string", self -> mat(self).subject.obj);
        BuiltinDef.getter(c, "re", self -> mat(self).pattern);
        BuiltinDef.getter(c, "pos", self -> (long) mat(self).pos);
        BuiltinDef.getter(c, "endpos", self -> (long) mat(self).endpos);
        PyUtil.method(c, "__repr__", "(self)", a -> {
            PMatch m = mat(a[0]);
            return "<re.Match object; span=(" + m.start + ", " + m.end + "), match=" + PyOps.repr(m.group(0, NONE)) + ">";
        });
        PyUtil.method(c, "__copy__", "(self)", a -> a[0]);
        PyUtil.method(c, "__deepcopy__", "(self, memo, /)", a -> a[0]);
        PyUtil.method(c, "__class_getitem__", "(cls, item, /)", a -> a[0]);
    }

    // ------------------------------------------------------------------ module

    @TruffleBoundary
    static Object compile(Object pattern, Object flags, Object code, Object groups, Object groupindex, Object indexgroup) {
        List<Object> items = PyUtil.toList(code);
        int[] c = new int[items.size()];
        for (int i = 0; i < c.length; i++) {
            Object v = PyUtil.index(items.get(i));
            long l = v instanceof Long x ? x : ((java.math.BigInteger) v).longValue();
            if (l < 0 || l > 0xffffffffL) {
                throw PythonErrors.overflowError("regular expression code size limit exceeded");
            }
            c[i] = (int) l;
        }
        PPattern p = new PPattern();
        p.pattern = pattern;
        p.flags = PyUtil.toLong(flags);
        p.groups = PyUtil.toInt(groups);
        p.engine = new SreEngine(c, p.groups);
        PDict gi = new PDict();
        if (!absent(groupindex)) {
            Object it = PyOps.getIter(groupindex);
            Object k;
            while ((k = PyOps.next(it)) != null) {
                gi.put(k, PyOps.getItem(groupindex, k));
            }
        }
        p.groupindex = gi;
        p.indexgroup = indexgroup;
        p.isBytes = pattern != NONE && !(pattern instanceof String) && (pattern instanceof PBytes || pattern instanceof PByteArray);
        return p;
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("_sre");
        m.setAttr("MAGIC", 20171005L);
        m.setAttr("CODESIZE", 4L);
        m.setAttr("MAXREPEAT", SreEngine.MAXREPEAT);
        m.setAttr("MAXGROUPS", 2147483647L);
        m.setAttr("copyright", " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
        PyUtil.fn(m, "getcodesize", "()", a -> 4L);
        PyUtil.fn(m, "compile", "(pattern, flags, code, groups, groupindex, indexgroup)", a -> compile(a[0], a[1], a[2], a[3], a[4], a[5]));
        PyUtil.fn(m, "ascii_iscased", "(character, /)", a -> SreEngine.asciiIsCased(PyUtil.toInt(a[0])));
        PyUtil.fn(m, "unicode_iscased", "(character, /)", a -> SreEngine.uniIsCased(PyUtil.toInt(a[0])));
        PyUtil.fn(m, "ascii_tolower", "(character, /)", a -> (long) SreEngine.asciiLower(PyUtil.toInt(a[0])));
        PyUtil.fn(m, "unicode_tolower", "(character, /)", a -> (long) SreEngine.uniLower(PyUtil.toInt(a[0])));
        return m;
    }
}
