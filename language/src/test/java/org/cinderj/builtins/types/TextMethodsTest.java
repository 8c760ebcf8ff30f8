package org.cinderj.builtins.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.bytes.PByteArray;
import org.cinderj.runtime.bytes.PBytes;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.function.PClassMethod;
import org.cinderj.runtime.function.PStaticMethod;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.number.PComplex;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.slice.PSlice;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls the builtin methods of the number and text types and compares repr() of the result with
 * CPython 3.10.8's, recorded in text_methods.txt (expression TAB repr-or-!ErrorName: message).
 * Regenerate the file with gen_text_methods.py when adding cases.
 */
class TextMethodsTest {
    static Map<String, String> expected = new HashMap<>();
    static StringBuilder failures = new StringBuilder();
    static int failed;

    @BeforeAll
    static void setUp() throws Exception {
        TestProtocol.install();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(TextMethodsTest.class.getResourceAsStream("text_methods.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                expected.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
    }

    static Object b(String s) {
        return new PBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Object ba(String s) {
        return new PByteArray(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    static PTuple t(Object... items) {
        return new PTuple(items);
    }

    static PList l(Object... items) {
        return new PList(items);
    }

    static Object big(String s) {
        return new BigInteger(s);
    }

    record Kw(String name, Object value) {
    }

    static Kw kw(String name, Object value) {
        return new Kw(name, value);
    }

    /** Calls type(self).name(self, *args) like Python would (or a static/class method when self is a class). */
    static Object call(Object self, String name, Object... args) {
        PythonClass cls = self instanceof PythonClass c ? c : BuiltinTypes.typeOf(self);
        Object m = cls.lookup(name);
        if (args.length > 0 && args[args.length - 1] instanceof Kw k) {
            Object[] pos = java.util.Arrays.copyOf(args, args.length - 1);
            Object target = m instanceof PClassMethod cm ? cm.getCallable() : m;
            Object[] full = new Object[pos.length + 1];
            full[0] = m instanceof PClassMethod ? cls : self;
            System.arraycopy(pos, 0, full, 1, pos.length);
            return CallSupport.call(target, full, new String[]{k.name()}, new Object[]{k.value()});
        }
        if (m instanceof PStaticMethod sm) {
            return CallSupport.call(sm.getCallable(), args);
        }
        if (m instanceof PClassMethod cm) {
            Object[] full = new Object[args.length + 1];
            full[0] = cls;
            System.arraycopy(args, 0, full, 1, args.length);
            return CallSupport.call(cm.getCallable(), full);
        }
        Object[] full = new Object[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return CallSupport.call(m, full);
    }

    static String show(Object r) {
        if (r instanceof PList list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(show(list.get(i)));
            }
            return sb.append(']').toString();
        }
        if (r instanceof PTuple tu) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < tu.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(show(tu.get(i)));
            }
            return sb.append(tu.size() == 1 ? ",)" : ")").toString();
        }
        if (r instanceof PDict d) {
            StringBuilder sb = new StringBuilder("{");
            int i = 0;
            for (PDict.Entry e : d.entries()) {
                sb.append(i++ > 0 ? ", " : "").append(show(e.key)).append(": ").append(show(e.value));
            }
            return sb.append('}').toString();
        }
        if (r == org.cinderj.runtime.object.PNotImplemented.NOT_IMPLEMENTED) {
            return "NotImplemented";
        }
        return PyOps.repr(r);
    }

    static void c(String expr, Object self, String name, Object... args) {
        String got;
        try {
            got = show(call(self, name, args));
        } catch (PException e) {
            Object[] a = e.getPythonException().getArgs();
            got = "!" + e.getPythonException().getPythonClass().getName() + ": " + (a.length == 1 ? PyOps.str(a[0]) : "");
        }
        String exp = expected.get(expr);
        if (exp == null) {
            failures.append("no expectation for ").append(expr).append('\n');
            failed++;
            return;
        }
        if (exp.startsWith("!") && got.startsWith("!") && exp.contains(": ") && !got.endsWith(": ")) {
            // compare class and message
        } else if (exp.startsWith("!") && got.startsWith("!")) {
            exp = exp.substring(0, exp.indexOf(':') < 0 ? exp.length() : exp.indexOf(':'));
            got = got.substring(0, got.indexOf(':') < 0 ? got.length() : got.indexOf(':'));
        }
        if (!exp.equals(got)) {
            failures.append(expr).append("\n    expected ").append(exp).append("\n    got      ").append(got).append('\n');
            failed++;
        }
    }

    @Test
    void methods() {
        PythonClass STR = BuiltinTypes.STR;
        PythonClass INT = BuiltinTypes.INT;
        PythonClass FLOAT = BuiltinTypes.FLOAT;
        PythonClass BYTES = BuiltinTypes.BYTES;
        Object none = PNone.NONE;
        // ---- str ----
        c("'a,b,,c'.split(',')", "a,b,,c", "split", ",");
        c("'  a  b c '.split()", "  a  b c ", "split");
        c("'  a  b c '.split(None, 1)", "  a  b c ", "split", none, 1L);
        c("'  a  b c '.rsplit(None, 1)", "  a  b c ", "rsplit", none, 1L);
        c("'a,b,,c'.rsplit(',', 2)", "a,b,,c", "rsplit", ",", 2L);
        c("''.split()", "", "split");
        c("''.split(',')", "", "split", ",");
        c("'a'.split('')", "a", "split", "");
        c("'a'.split(1)", "a", "split", 1L);
        c("'ab\\r\\ncd\\nx\\x0by\\u2028z'.splitlines()", "ab\r\ncd\nx\u000by\u2028z", "splitlines");
        c("'ab\\r\\ncd\\n'.splitlines(True)", "ab\r\ncd\n", "splitlines", true);
        c("'-'.join(['a', 'b', 'c'])", "-", "join", l("a", "b", "c"));
        c("'-'.join(['a', 1])", "-", "join", l("a", 1L));
        c("'  xx  '.strip()", "  xx  ", "strip");
        c("'xyhixy'.strip('xy')", "xyhixy", "strip", "xy");
        c("'  xx  '.lstrip()", "  xx  ", "lstrip");
        c("'  xx  '.rstrip()", "  xx  ", "rstrip");
        c("'a'.strip(1)", "a", "strip", 1L);
        c("'hello'.find('l')", "hello", "find", "l");
        c("'hello'.rfind('l')", "hello", "rfind", "l");
        c("'hello'.find('l', 3)", "hello", "find", "l", 3L);
        c("'hello'.find('l', -2, -1)", "hello", "find", "l", -2L, -1L);
        c("'hello'.find('', 5)", "hello", "find", "", 5L);
        c("'hello'.find('', 6)", "hello", "find", "", 6L);
        c("'hello'.rfind('', 2)", "hello", "rfind", "", 2L);
        c("'hello'.index('z')", "hello", "index", "z");
        c("'hello'.rindex('l')", "hello", "rindex", "l");
        c("'hello'.count('l')", "hello", "count", "l");
        c("'hello'.count('')", "hello", "count", "");
        c("'hello'.count('', 2)", "hello", "count", "", 2L);
        c("'hello'.count('', 9)", "hello", "count", "", 9L);
        c("'a\\U0001f600b\\U0001f600c'.find('b')", "a\uD83D\uDE00b\uD83D\uDE00c", "find", "b");
        c("'a\\U0001f600b\\U0001f600c'.rfind('c', 1)", "a\uD83D\uDE00b\uD83D\uDE00c", "rfind", "c", 1L);
        c("'a\\U0001f600b\\U0001f600c'.__len__()", "a\uD83D\uDE00b\uD83D\uDE00c", "__len__");
        c("'a\\U0001f600b\\U0001f600c'[1]", "a\uD83D\uDE00b\uD83D\uDE00c", "__getitem__", 1L);
        c("'a\\U0001f600b\\U0001f600c'[::-1]", "a\uD83D\uDE00b\uD83D\uDE00c", "__getitem__", new PSlice(none, none, -1L));
        c("'abcdef'[1:5:2]", "abcdef", "__getitem__", new PSlice(1L, 5L, 2L));
        c("'abcdef'[-2:]", "abcdef", "__getitem__", new PSlice(-2L, none, none));
        c("'abc'[5]", "abc", "__getitem__", 5L);
        c("'abc'[-1]", "abc", "__getitem__", -1L);
        c("'abc'['x']", "abc", "__getitem__", "x");
        c("'hello'.startswith('he')", "hello", "startswith", "he");
        c("'hello'.startswith(('x', 'hel'))", "hello", "startswith", t("x", "hel"));
        c("'hello'.endswith('lo', 0, 4)", "hello", "endswith", "lo", 0L, 4L);
        c("'hello'.startswith('', 6)", "hello", "startswith", "", 6L);
        c("'hello'.startswith(1)", "hello", "startswith", 1L);
        c("'hello'.replace('l', 'L')", "hello", "replace", "l", "L");
        c("'hello'.replace('l', 'L', 1)", "hello", "replace", "l", "L", 1L);
        c("'ab'.replace('', '-')", "ab", "replace", "", "-");
        c("'ab'.replace('', '-', 2)", "ab", "replace", "", "-", 2L);
        c("'hello world'.title()", "hello world", "title");
        c("\"they're bill's\".title()", "they're bill's", "title");
        c("'hELLO wORLD'.capitalize()", "hELLO wORLD", "capitalize");
        c("'Hello World'.swapcase()", "Hello World", "swapcase");
        c("'Straße'.upper()", "Straße", "upper");
        c("'Straße'.casefold()", "Straße", "casefold");
        c("'ΑΣ'.lower()", "ΑΣ", "lower");
        c("'abc'.center(8, '*')", "abc", "center", 8L, "*");
        c("'abc'.center(7)", "abc", "center", 7L);
        c("'ab'.center(5)", "ab", "center", 5L);
        c("'ab'.center(7)", "ab", "center", 7L);
        c("'abc'.ljust(6, '-')", "abc", "ljust", 6L, "-");
        c("'abc'.rjust(6)", "abc", "rjust", 6L);
        c("'a'.center(5, 'ab')", "a", "center", 5L, "ab");
        c("'-42'.zfill(6)", "-42", "zfill", 6L);
        c("'42'.zfill(1)", "42", "zfill", 1L);
        c("'a\\tbc\\td'.expandtabs()", "a\tbc\td", "expandtabs");
        c("'a\\tbc\\td'.expandtabs(4)", "a\tbc\td", "expandtabs", 4L);
        c("'a.b.c'.partition('.')", "a.b.c", "partition", ".");
        c("'a.b.c'.rpartition('.')", "a.b.c", "rpartition", ".");
        c("'abc'.partition('x')", "abc", "partition", "x");
        c("'abc'.rpartition('x')", "abc", "rpartition", "x");
        c("'abc'.partition('')", "abc", "partition", "");
        c("'TestHook'.removeprefix('Test')", "TestHook", "removeprefix", "Test");
        c("'TestHook'.removesuffix('Hook')", "TestHook", "removesuffix", "Hook");
        c("'abc'.isalpha()", "abc", "isalpha");
        c("'abc1'.isalnum()", "abc1", "isalnum");
        c("'²'.isdigit()", "²", "isdigit");
        c("'²'.isdecimal()", "²", "isdecimal");
        c("'½'.isnumeric()", "½", "isnumeric");
        c("' \\t'.isspace()", " \t", "isspace");
        c("''.isspace()", "", "isspace");
        c("'abc'.islower()", "abc", "islower");
        c("'ABC1'.isupper()", "ABC1", "isupper");
        c("'Hello World'.istitle()", "Hello World", "istitle");
        c("'Hello world'.istitle()", "Hello world", "istitle");
        c("'a_1'.isidentifier()", "a_1", "isidentifier");
        c("'1a'.isidentifier()", "1a", "isidentifier");
        c("'ab\\x00'.isprintable()", "ab\u0000", "isprintable");
        c("'é'.isascii()", "é", "isascii");
        c("'abc'.translate({97: 'X', 98: None})", "abc", "translate", dict(97L, "X", 98L, none));
        c("str.maketrans('ab', 'cd', 'e')", STR, "maketrans", "ab", "cd", "e");
        c("str.maketrans({'a': 'b'})", STR, "maketrans", dict("a", "b"));
        c("str.maketrans('a', 'bc')", STR, "maketrans", "a", "bc");
        c("'abc'.encode()", "abc", "encode");
        c("'é€'.encode('utf-8')", "é€", "encode", "utf-8");
        c("'é€'.encode('latin-1', 'replace')", "é€", "encode", "latin-1", "replace");
        c("'é€x'.encode('ascii', 'xmlcharrefreplace')", "é€x", "encode", "ascii", "xmlcharrefreplace");
        c("'é€x'.encode('ascii', 'backslashreplace')", "é€x", "encode", "ascii", "backslashreplace");
        c("'é'.encode('ascii')", "é", "encode", "ascii");
        c("'a'.encode('nope')", "a", "encode", "nope");
        c("'ab' * 3", "ab", "__mul__", 3L);
        c("'ab' * -1", "ab", "__mul__", -1L);
        c("'ab' * 1.5", "ab", "__mul__", 1.5);
        c("'ab' + 'cd'", "ab", "__add__", "cd");
        c("'ab' + 1", "ab", "__add__", 1L);
        c("'b' in 'abc'", "abc", "__contains__", "b");
        c("'abc'.__contains__(1)", "abc", "__contains__", 1L);
        c("'a' < 'b'", "a", "__lt__", "b");
        c("'\\U0001f600' > '\\uffff'", "\uD83D\uDE00", "__gt__", "\uffff");
        c("'a'.__lt__(1)", "a", "__lt__", 1L);
        c("repr('it\\'s')", "it's", "__repr__");
        c("repr('a\"b\\'c')", "a\"b'c", "__repr__");
        c("repr('\\x00\\n\\u200b\\xe9\\U0001f600\\ud800')", "\u0000\n\u200b\u00e9\uD83D\uDE00\uD800", "__repr__");
        c("format('abc', '>6')", "abc", "__format__", ">6");
        c("format('abc', '^7.2')", "abc", "__format__", "^7.2");
        c("format('abc', '05')", "abc", "__format__", "05");
        c("format('abc', '+')", "abc", "__format__", "+");
        c("format('abc', '=5')", "abc", "__format__", "=5");
        c("format('abc', 'd')", "abc", "__format__", "d");
        c("'%s-%r-%5.2f-%-4d|%x' % ('a', 'b', 3.14159, 7, 255)", "%s-%r-%5.2f-%-4d|%x", "__mod__", t("a", "b", 3.14159, 7L, 255L));
        c("'%(a)s %(b)05d' % {'a': 1, 'b': 2}", "%(a)s %(b)05d", "__mod__", dict("a", 1L, "b", 2L));
        c("'%d %d' % (1,)", "%d %d", "__mod__", t(1L));
        c("'%d' % (1, 2)", "%d", "__mod__", t(1L, 2L));
        c("'%c%c' % (65, 'b')", "%c%c", "__mod__", t(65L, "b"));
        c("'%z' % 1", "%z", "__mod__", 1L);
        c("'%.3s|%5s|%-5s|' % ('abcdef', 'ab', 'ab')", "%.3s|%5s|%-5s|", "__mod__", t("abcdef", "ab", "ab"));
        c("'%#o %#x %#X %+d % d' % (8, 255, 255, 5, 5)", "%#o %#x %#X %+d % d", "__mod__", t(8L, 255L, 255L, 5L, 5L));
        c("'%x' % 1.5", "%x", "__mod__", 1.5);
        c("'%d' % 3.99", "%d", "__mod__", 3.99);
        c("'%s' % None", "%s", "__mod__", none);
        c("'{} {}'.format(1, 'a')", "{} {}", "format", 1L, "a");
        c("'{1}{0}{1}'.format('a', 'b')", "{1}{0}{1}", "format", "a", "b");
        c("'{0:>{1}}'.format('x', 4)", "{0:>{1}}", "format", "x", 4L);
        c("'{0!r:^9}'.format('x')", "{0!r:^9}", "format", "x");
        c("'{0[1]}'.format(['a', 'b'])", "{0[1]}", "format", l("a", "b"));
        c("'{{}} {}'.format(1)", "{{}} {}", "format", 1L);
        c("'{}{0}'.format(1)", "{}{0}", "format", 1L);
        c("'{0}{}'.format(1)", "{0}{}", "format", 1L);
        c("'{'.format()", "{", "format");
        c("'}'.format()", "}", "format");
        c("'{0!x}'.format(1)", "{0!x}", "format", 1L);
        c("'{2}'.format(1)", "{2}", "format", 1L);
        c("'{:,.2f} {:08.3f} {:+e}'.format(1234567.891, -3.14159, 12345.6789)", "{:,.2f} {:08.3f} {:+e}", "format", 1234567.891, -3.14159, 12345.6789);
        c("'{:x} {:#b} {:_d} {:c}'.format(255, 5, 1234567, 97)", "{:x} {:#b} {:_d} {:c}", "format", 255L, 5L, 1234567L, 97L);
        c("str.__new__(str, b'abc', 'ascii')", STR, "__new__", STR, b("abc"), "ascii");
        c("str.__new__(str, b'\\xff', 'utf-8')", STR, "__new__", STR, b("\u00ff"), "utf-8");
        c("str.__new__(str, b'a\\xffb', 'utf-8', 'replace')", STR, "__new__", STR, b("a\u00ffb"), "utf-8", "replace");
        c("str.__new__(str, 12)", STR, "__new__", STR, 12L);
        c("str.__new__(str, 1.5)", STR, "__new__", STR, 1.5);
        // ---- int ----
        c("(5).__add__(3)", 5L, "__add__", 3L);
        c("(2**62).__add__(2**62)", 4611686018427387904L, "__add__", 4611686018427387904L);
        c("(5).__add__(1.5)", 5L, "__add__", 1.5);
        c("(7).__floordiv__(-2)", 7L, "__floordiv__", -2L);
        c("(7).__mod__(-2)", 7L, "__mod__", -2L);
        c("(7).__truediv__(2)", 7L, "__truediv__", 2L);
        c("(7).__divmod__(-2)", 7L, "__divmod__", -2L);
        c("(7).__rsub__(2)", 7L, "__rsub__", 2L);
        c("(1).__truediv__(0)", 1L, "__truediv__", 0L);
        c("(1).__floordiv__(0)", 1L, "__floordiv__", 0L);
        c("(2).__pow__(100)", 2L, "__pow__", 100L);
        c("(2).__pow__(-2)", 2L, "__pow__", -2L);
        c("(3).__pow__(4, 5)", 3L, "__pow__", 4L, 5L);
        c("(3).__pow__(-1, 7)", 3L, "__pow__", -1L, 7L);
        c("(0).__pow__(-1)", 0L, "__pow__", -1L);
        c("(1).__lshift__(70)", 1L, "__lshift__", 70L);
        c("(-1).__rshift__(5)", -1L, "__rshift__", 5L);
        c("(1).__lshift__(-1)", 1L, "__lshift__", -1L);
        c("(-5).__invert__()", -5L, "__invert__");
        c("(-5).__abs__()", -5L, "__abs__");
        c("(12345).__round__(-2)", 12345L, "__round__", -2L);
        c("(12350).__round__(-2)", 12350L, "__round__", -2L);
        c("(12250).__round__(-2)", 12250L, "__round__", -2L);
        c("(-12250).__round__(-2)", -12250L, "__round__", -2L);
        c("(255).to_bytes(2, 'big')", 255L, "to_bytes", 2L, "big");
        c("(-2).to_bytes(2, 'little', signed=True)", -2L, "to_bytes", 2L, "little", kw("signed", true));
        c("(256).to_bytes(1, 'big')", 256L, "to_bytes", 1L, "big");
        c("(-1).to_bytes(1, 'big')", -1L, "to_bytes", 1L, "big");
        c("(128).to_bytes(1, 'big', signed=True)", 128L, "to_bytes", 1L, "big", kw("signed", true));
        c("(0).to_bytes(0, 'big')", 0L, "to_bytes", 0L, "big");
        c("(1).to_bytes(1, 'middle')", 1L, "to_bytes", 1L, "middle");
        c("int.from_bytes(b'\\xff\\xfe', 'little', signed=True)", INT, "from_bytes", b("\u00ff\u00fe"), "little", kw("signed", true));
        c("int.from_bytes(b'\\x01\\x00', 'big')", INT, "from_bytes", b("\u0001\u0000"), "big");
        c("(255).bit_length()", 255L, "bit_length");
        c("(-255).bit_count()", -255L, "bit_count");
        c("(10).as_integer_ratio()", 10L, "as_integer_ratio");
        c("hash(-1)", -1L, "__hash__");
        c("hash(2**64)", big("18446744073709551616"), "__hash__");
        c("hash(-2**64)", big("-18446744073709551616"), "__hash__");
        c("(5).__eq__(5.0)", 5L, "__eq__", 5.0);
        c("(5).__lt__(6)", 5L, "__lt__", 6L);
        c("format(1234567, ',')", 1234567L, "__format__", ",");
        c("format(255, '#06x')", 255L, "__format__", "#06x");
        c("format(-255, '+#o')", -255L, "__format__", "+#o");
        c("format(10**20, 'e')", big("100000000000000000000"), "__format__", "e");
        c("format(5, '.2')", 5L, "__format__", ".2");
        c("format(5, 's')", 5L, "__format__", "s");
        c("format(True, '')", true, "__format__", "");
        c("format(True, '>5')", true, "__format__", ">5");
        c("int.__new__(int, '  -1_000  ')", INT, "__new__", INT, "  -1_000  ");
        c("int.__new__(int, '0x1F', 16)", INT, "__new__", INT, "0x1F", 16L);
        c("int.__new__(int, '0o17', 0)", INT, "__new__", INT, "0o17", 0L);
        c("int.__new__(int, 'z', 36)", INT, "__new__", INT, "z", 36L);
        c("int.__new__(int, '12a')", INT, "__new__", INT, "12a");
        c("int.__new__(int, '1', 1)", INT, "__new__", INT, "1", 1L);
        c("int.__new__(int, 1.5, 10)", INT, "__new__", INT, 1.5, 10L);
        c("int.__new__(int, -3.9)", INT, "__new__", INT, -3.9);
        c("int.__new__(int, 1e20)", INT, "__new__", INT, 1e20);
        c("int.__new__(int, float('inf'))", INT, "__new__", INT, Double.POSITIVE_INFINITY);
        c("int.__new__(int, b' 42 ')", INT, "__new__", INT, b(" 42 "));
        c("int.__new__(int, [])", INT, "__new__", INT, l());
        c("int.__new__(int)", INT, "__new__", INT);
        c("(True).__add__(1)", true, "__add__", 1L);
        c("(True).__and__(False)", true, "__and__", false);
        c("(True).__or__(2)", true, "__or__", 2L);
        c("(True).__xor__(True)", true, "__xor__", true);
        c("repr(True)", true, "__repr__");
        c("hash(True)", true, "__hash__");
        c("(True).__neg__()", true, "__neg__");
        c("bool.__new__(bool, 0)", BuiltinTypes.BOOL, "__new__", BuiltinTypes.BOOL, 0L);
        c("bool.__new__(bool, 'x')", BuiltinTypes.BOOL, "__new__", BuiltinTypes.BOOL, "x");
        // ---- float ----
        c("(1.5).__add__(2)", 1.5, "__add__", 2L);
        c("(1.0).__truediv__(0)", 1.0, "__truediv__", 0L);
        c("(1.0).__floordiv__(0.0)", 1.0, "__floordiv__", 0.0);
        c("(1.0).__mod__(0.0)", 1.0, "__mod__", 0.0);
        c("(1.0).__divmod__(0.0)", 1.0, "__divmod__", 0.0);
        c("(-7.5).__divmod__(2)", -7.5, "__divmod__", 2L);
        c("(7.5).__mod__(-2)", 7.5, "__mod__", -2L);
        c("(-0.0).__mod__(5)", -0.0, "__mod__", 5L);
        c("(2.0).__pow__(0.5)", 2.0, "__pow__", 0.5);
        c("(-8.0).__pow__(1/3)", -8.0, "__pow__", 1.0 / 3);
        c("(0.0).__pow__(-1)", 0.0, "__pow__", -1L);
        c("(10.0).__pow__(400)", 10.0, "__pow__", 400L);
        c("(2.0).__pow__(2, 3)", 2.0, "__pow__", 2L, 3L);
        c("(2.5).__round__()", 2.5, "__round__");
        c("(3.5).__round__()", 3.5, "__round__");
        c("(2.675).__round__(2)", 2.675, "__round__", 2L);
        c("(1234.5).__round__(-2)", 1234.5, "__round__", -2L);
        c("(1e300).__round__(-301)", 1e300, "__round__", -301L);
        c("float('inf').__round__()", Double.POSITIVE_INFINITY, "__round__");
        c("float('nan').__round__()", Double.NaN, "__round__");
        c("(1.5).__trunc__()", 1.5, "__trunc__");
        c("(-1.5).__floor__()", -1.5, "__floor__");
        c("(-1.5).__ceil__()", -1.5, "__ceil__");
        c("(0.1).as_integer_ratio()", 0.1, "as_integer_ratio");
        c("(3.0).is_integer()", 3.0, "is_integer");
        c("(0.1).hex()", 0.1, "hex");
        c("float.fromhex('0x1.8p1')", FLOAT, "fromhex", "0x1.8p1");
        c("float.fromhex('-0X1P-1074')", FLOAT, "fromhex", "-0X1P-1074");
        c("float.fromhex('0x1p1024')", FLOAT, "fromhex", "0x1p1024");
        c("float.fromhex('inf')", FLOAT, "fromhex", "inf");
        c("float.__getformat__('double')", FLOAT, "__getformat__", "double");
        c("(1.0).__eq__(1)", 1.0, "__eq__", 1L);
        c("(9007199254740993.0).__eq__(9007199254740993)", 9007199254740993.0, "__eq__", 9007199254740993L);
        c("(1e30).__lt__(10**30)", 1e30, "__lt__", big("1000000000000000000000000000000"));
        c("float('nan').__ne__(1)", Double.NaN, "__ne__", 1L);
        c("(1.0).__eq__('a')", 1.0, "__eq__", "a");
        c("hash(1.5)", 1.5, "__hash__");
        c("hash(-0.5)", -0.5, "__hash__");
        c("hash(1e300)", 1e300, "__hash__");
        c("float.__new__(float, ' 1_0.5e1 ')", FLOAT, "__new__", FLOAT, " 1_0.5e1 ");
        c("float.__new__(float, '-Infinity')", FLOAT, "__new__", FLOAT, "-Infinity");
        c("float.__new__(float, 'nan')", FLOAT, "__new__", FLOAT, "nan");
        c("float.__new__(float, '1e500')", FLOAT, "__new__", FLOAT, "1e500");
        c("float.__new__(float, '0x10')", FLOAT, "__new__", FLOAT, "0x10");
        c("float.__new__(float, '1_')", FLOAT, "__new__", FLOAT, "1_");
        c("float.__new__(float, '.5')", FLOAT, "__new__", FLOAT, ".5");
        c("float.__new__(float, '5.')", FLOAT, "__new__", FLOAT, "5.");
        c("float.__new__(float, '.')", FLOAT, "__new__", FLOAT, ".");
        c("float.__new__(float, 10**400)", FLOAT, "__new__", FLOAT, BigInteger.TEN.pow(400));
        c("float.__new__(float, [])", FLOAT, "__new__", FLOAT, l());
        c("float.__new__(float, b'1.5')", FLOAT, "__new__", FLOAT, b("1.5"));
        // ---- complex ----
        PythonClass COMPLEX = BuiltinTypes.COMPLEX;
        c("complex.__new__(complex, '1+2j')", COMPLEX, "__new__", COMPLEX, "1+2j");
        c("complex.__new__(complex, ' ( -1.5e3-J ) ')", COMPLEX, "__new__", COMPLEX, " ( -1.5e3-J ) ");
        c("complex.__new__(complex, 'j')", COMPLEX, "__new__", COMPLEX, "j");
        c("complex.__new__(complex, '1+')", COMPLEX, "__new__", COMPLEX, "1+");
        c("complex.__new__(complex, 1, 2)", COMPLEX, "__new__", COMPLEX, 1L, 2L);
        c("complex.__new__(complex, 1j, 1j)", COMPLEX, "__new__", COMPLEX, new PComplex(0, 1), new PComplex(0, 1));
        c("complex.__new__(complex, '1', 2)", COMPLEX, "__new__", COMPLEX, "1", 2L);
        c("(1+2j).__mul__(3-1j)", new PComplex(1, 2), "__mul__", new PComplex(3, -1));
        c("(1+2j).__truediv__(3-1j)", new PComplex(1, 2), "__truediv__", new PComplex(3, -1));
        c("(1+2j).__truediv__(0)", new PComplex(1, 2), "__truediv__", 0L);
        c("(1+2j).__pow__(3)", new PComplex(1, 2), "__pow__", 3L);
        c("(1+2j).__pow__(0.5)", new PComplex(1, 2), "__pow__", 0.5);
        c("(1+2j).__pow__(1j)", new PComplex(1, 2), "__pow__", new PComplex(0, 1));
        c("(0j).__pow__(-1)", new PComplex(0, 0), "__pow__", -1L);
        c("(3+4j).__abs__()", new PComplex(3, 4), "__abs__");
        c("(1+0j).__eq__(1)", new PComplex(1, 0), "__eq__", 1L);
        c("(1+2j).__lt__(1)", new PComplex(1, 2), "__lt__", 1L);
        c("hash(1.5+2j)", new PComplex(1.5, 2), "__hash__");
        c("repr(complex(-0.0, -0.0))", new PComplex(-0.0, -0.0), "__repr__");
        c("repr(complex(1e20, 1e-5))", new PComplex(1e20, 1e-5), "__repr__");
        c("format(1.5-2j, '^20.3e')", new PComplex(1.5, -2), "__format__", "^20.3e");
        c("format(2j, '.3')", new PComplex(0, 2), "__format__", ".3");
        c("format(1+2j, '+')", new PComplex(1, 2), "__format__", "+");
        // ---- bytes ----
        c("b'a,b'.split(b',')", b("a,b"), "split", b(","));
        c("b' a \\x0b b\\xa0'.split()", b(" a \u000b b\u00a0"), "split");
        c("b'abc'.find(98)", b("abc"), "find", 98L);
        c("b'abc'.find('b')", b("abc"), "find", "b");
        c("b'abc'.index(b'z')", b("abc"), "index", b("z"));
        c("b'abc'[1]", b("abc"), "__getitem__", 1L);
        c("b'abc'[5]", b("abc"), "__getitem__", 5L);
        c("b'abc'[::-1]", b("abc"), "__getitem__", new PSlice(none, none, -1L));
        c("b'abc' + bytearray(b'd')", b("abc"), "__add__", ba("d"));
        c("b'abc'.__add__('d')", b("abc"), "__add__", "d");
        c("b'ab' * 2", b("ab"), "__mul__", 2L);
        c("repr(b'it\\'s \\x00\\xff\\\\')", b("it's \u0000\u00ff\\"), "__repr__");
        c("b'hello'.upper()", b("hello"), "upper");
        c("b'\\xe9a'.upper()", b("\u00e9a"), "upper");
        c("b'hello world'.title()", b("hello world"), "title");
        c("b'abc'.decode()", b("abc"), "decode");
        c("b'\\xe9'.decode()", b("\u00e9"), "decode");
        c("b'\\xe9'.decode('latin-1')", b("\u00e9"), "decode", "latin-1");
        c("b'a\\xe9\\x80b'.decode('utf-8', 'replace')", b("a\u00e9\u0080b"), "decode", "utf-8", "replace");
        c("b'a\\xf0\\x9f\\x98'.decode('utf-8', 'backslashreplace')", b("a\u00f0\u009f\u0098"), "decode", "utf-8", "backslashreplace");
        c("b'a\\xffb'.decode('utf-8', 'surrogateescape')", b("a\u00ffb"), "decode", "utf-8", "surrogateescape");
        c("b'a\\xffb'.decode('utf-8', 'ignore')", b("a\u00ffb"), "decode", "utf-8", "ignore");
        c("b'\\xf0\\x9f\\x98\\x80'.decode()", b("\u00f0\u009f\u0098\u0080"), "decode");
        c("b'\\xed\\xa0\\x80'.decode('utf-8', 'replace')", b("\u00ed\u00a0\u0080"), "decode", "utf-8", "replace");
        c("b'abc'.hex()", b("abc"), "hex");
        c("b'abcdef'.hex(':', 2)", b("abcdef"), "hex", ":", 2L);
        c("b'abcde'.hex('-', -2)", b("abcde"), "hex", "-", -2L);
        c("bytes.fromhex('61 62 6a')", BYTES, "fromhex", "61 62 6a");
        c("bytes.fromhex('6')", BYTES, "fromhex", "6");
        c("b'%s %d %5.1f %c %r' % (b'x', 5, 2.25, 65, 'y')", b("%s %d %5.1f %c %r"), "__mod__", t(b("x"), 5L, 2.25, 65L, "y"));
        c("b'%s' % 'x'", b("%s"), "__mod__", "x");
        c("b'a-b'.partition(b'-')", b("a-b"), "partition", b("-"));
        c("b'-'.join([b'a', bytearray(b'b')])", b("-"), "join", l(b("a"), ba("b")));
        c("b'-'.join([b'a', 'b'])", b("-"), "join", l(b("a"), "b"));
        c("b'abc'.center(7, b'*')", b("abc"), "center", 7L, b("*"));
        c("b'xxaxx'.strip(b'x')", b("xxaxx"), "strip", b("x"));
        c("b'abc'.translate(None, b'b')", b("abc"), "translate", none, b("b"));
        c("b'abc'.translate(bytes.maketrans(b'a', b'z'))", b("abc"), "translate", call(BYTES, "maketrans", b("a"), b("z")));
        c("b'abc'.startswith((b'x', b'ab'))", b("abc"), "startswith", t(b("x"), b("ab")));
        c("b'abc'.count(b'')", b("abc"), "count", b(""));
        c("b'Ab1'.isalnum()", b("Ab1"), "isalnum");
        c("b'a' < b'b'", b("a"), "__lt__", b("b"));
        c("b'a'.__eq__('a')", b("a"), "__eq__", "a");
        c("bytes.__new__(bytes, 3)", BYTES, "__new__", BYTES, 3L);
        c("bytes.__new__(bytes, [1, 2, 255])", BYTES, "__new__", BYTES, l(1L, 2L, 255L));
        c("bytes.__new__(bytes, [256])", BYTES, "__new__", BYTES, l(256L));
        c("bytes.__new__(bytes, -1)", BYTES, "__new__", BYTES, -1L);
        c("bytes.__new__(bytes, 'é', 'utf-8')", BYTES, "__new__", BYTES, "é", "utf-8");
        c("bytes.__new__(bytes, 'a')", BYTES, "__new__", BYTES, "a");
        c("bytes.__new__(bytes, 1.5)", BYTES, "__new__", BYTES, 1.5);
        c("hash(b'')", b(""), "__hash__");
        // ---- bytearray ----
        Object x = ba("abc");
        c("bytearray(b'abc').upper()", x, "upper");
        c("bytearray(b'abc')[1:]", x, "__getitem__", new PSlice(1L, none, none));
        c("repr(bytearray(b'abc'))", x, "__repr__");
        c("bytearray(b'abc').pop()", ba("abc"), "pop");
        c("bytearray(b'abc').pop(7)", ba("abc"), "pop", 7L);
        c("bytearray().pop()", ba(""), "pop");
        c("bytearray(b'abc').remove(120)", ba("abc"), "remove", 120L);
        c("bytearray(b'abc').append(256)", ba("abc"), "append", 256L);
        c("bytearray(b'abc')[5]", ba("abc"), "__getitem__", 5L);
        assertEquals(0, failed, failures.toString());
    }

    static PDict dict(Object... kv) {
        PDict d = new PDict();
        for (int i = 0; i < kv.length; i += 2) {
            d.put(kv[i], kv[i + 1]);
        }
        return d;
    }
}
