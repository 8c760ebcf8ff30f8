package org.cinderj.runtime;

import static org.cinderj.runtime.CoreProtocolTest.call;
import static org.cinderj.runtime.CoreProtocolTest.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cinderj.ast.Operator;
import org.cinderj.builtins.BuiltinsInstaller;
import org.cinderj.builtins.types.core.TypeBuiltins;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.PBuiltinFunction;
import org.cinderj.runtime.function.PCell;
import org.cinderj.runtime.function.Signature;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.range.PRange;
import org.cinderj.runtime.slice.PSlice;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

public class CoreTypesTest {
    @BeforeAll
    static void setup() {
        BuiltinsInstaller.installTypesOnce();
    }

    /** A builtin function usable as a Python method body: def name(self, *args) -> body. */
    static PBuiltinFunction fn(String name, int nargs, org.cinderj.runtime.function.BuiltinBody body) {
        String[] names = new String[nargs];
        for (int i = 0; i < nargs; i++) {
            names[i] = "a" + i;
        }
        return new PBuiltinFunction(name, new Signature(name, names, 0, nargs, 0, false, false), null, body, BuiltinTypes.OBJECT, null, false, null);
    }

    static PythonClass cls(String name, PDict ns, PythonClass... bases) {
        ns.put("__module__", "__main__");
        return TypeBuiltins.createClass(BuiltinTypes.TYPE, name, bases, ns, null);
    }

    @Test
    void exceptions() {
        PBaseException e = (PBaseException) call(BuiltinTypes.VALUE_ERROR, "x");
        assertEquals("ValueError('x')", PyOps.repr(e));
        assertEquals("x", PyOps.str(e));
        assertEquals("KeyError('a', 'b')", PyOps.repr(call(BuiltinTypes.KEY_ERROR, "a", "b")));
        assertEquals("'a'", PyOps.str(call(BuiltinTypes.KEY_ERROR, "a")));
        Object fnf = call(BuiltinTypes.OS_ERROR, 2L, "No such file or directory", "f");
        assertSame(BuiltinTypes.FILE_NOT_FOUND_ERROR, BuiltinTypes.typeOf(fnf));
        assertEquals("[Errno 2] No such file or directory: 'f'", PyOps.str(fnf));
        assertEquals("FileNotFoundError(2, 'No such file or directory')", PyOps.repr(fnf));
        assertEquals("f", PyOps.getAttribute(fnf, "filename"));
        assertEquals("invalid syntax (f.py, line 3)", PyOps.str(call(BuiltinTypes.SYNTAX_ERROR, "invalid syntax", PTuple.of("/a/f.py", 3L, 1L, "x"))));
        assertEquals(1L, PyOps.getAttribute(PythonErrors.create(BuiltinTypes.STOP_ITERATION, 1L), "value"));
        assertEquals(PNone.NONE, PyOps.getAttribute(call(BuiltinTypes.SYSTEM_EXIT), "code"));
        assertEquals("'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
                        PyOps.str(call(BuiltinTypes.UNICODE_ENCODE_ERROR, "ascii", "\u00e9", 0L, 1L, "ordinal not in range(128)")));
        assertEquals("TypeError: ValueError() takes no keyword arguments",
                        error(() -> org.cinderj.runtime.function.CallSupport.call(BuiltinTypes.VALUE_ERROR, new Object[0], new String[]{"k"}, new Object[]{1L})));
        assertEquals("(<class 'ValueError'>, (1,))", PyOps.repr(call(PyOps.getAttribute(call(BuiltinTypes.VALUE_ERROR, 1L), "__reduce__"))));
        PDict d = (PDict) PyOps.getAttribute(call(BuiltinTypes.STOP_ITERATION, 1L), "__dict__");
        assertEquals(0, d.size());
    }

    @Test
    void propertyAndSuper() {
        PDict ns = new PDict();
        Object getter = fn("x", 1, a -> 42L);
        ns.put("x", call(BuiltinTypes.PROPERTY, getter));
        PythonClass c = cls("C", ns);
        Object obj = call(c);
        assertEquals(42L, PyOps.getAttribute(obj, "x"));
        assertEquals("AttributeError: can't set attribute 'x'", error(() -> PyOps.setAttribute(obj, "x", 1L)));

        PDict ns2 = new PDict();
        ns2.put("who", fn("who", 1, a -> "B"));
        PythonClass b = cls("B", ns2);
        PDict ns3 = new PDict();
        PCell cell = new PCell();
        ns3.put("__classcell__", cell);
        ns3.put("who", fn("who", 1, a -> "D+" + call(PyOps.getAttribute(call(BuiltinTypes.SUPER, cell.get(), a[0]), "who"))));
        PythonClass d = cls("D", ns3, b);
        assertSame(d, cell.get());
        assertEquals("D+B", call(PyOps.getAttribute(call(d), "who")));
        assertEquals("TypeError: super(type, obj): obj must be an instance or subtype of type", error(() -> call(BuiltinTypes.SUPER, d, 1L)));
    }

    @Test
    void slotsAndClassFeatures() {
        PDict ns = new PDict();
        ns.put("__slots__", PTuple.of("a", "b"));
        PythonClass c = cls("S", ns);
        Object o = call(c);
        PyOps.setAttribute(o, "a", 1L);
        assertEquals(1L, PyOps.getAttribute(o, "a"));
        assertEquals("AttributeError: 'S' object has no attribute 'b'", error(() -> PyOps.getAttribute(o, "b")));
        assertEquals("AttributeError: 'S' object has no attribute 'c'", error(() -> PyOps.setAttribute(o, "c", 1L)));
        PDict bad = new PDict();
        bad.put("__slots__", PTuple.of("a"));
        bad.put("a", 1L);
        assertEquals("ValueError: 'a' in __slots__ conflicts with class variable", error(() -> cls("T", bad)));
        assertEquals("mappingproxy({'__module__': '__main__', '__doc__': None})".length() > 0, true);
        assertEquals("<class 'type'>", PyOps.repr(BuiltinTypes.typeOf(c)));
        Object mro = PyOps.getAttribute(c, "__mro__");
        assertEquals("(<class '__main__.S'>, <class 'object'>)", PyOps.repr(mro));
        assertEquals("TypeError: type() takes 1 or 3 arguments", error(() -> call(BuiltinTypes.TYPE, "X", PTuple.EMPTY)));
        Object k = call(BuiltinTypes.TYPE, "K", PTuple.EMPTY, new PDict());
        assertTrue(k instanceof PythonClass);
        assertSame(BuiltinTypes.INT, call(BuiltinTypes.TYPE, 1L));
    }

    @Test
    void rangesSlicesIterators() {
        PRange r = (PRange) call(BuiltinTypes.RANGE, 1L, 10L, 2L);
        assertEquals("range(1, 10, 2)", PyOps.repr(r));
        assertEquals("range(3, 7, 2)", PyOps.repr(PyOps.getItem(r, new PSlice(1L, 3L, PNone.NONE))));
        assertEquals("range(9, -1, -2)", PyOps.repr(PyOps.getItem(r, new PSlice(null, null, -1L))));
        assertEquals(5L, PyOps.length(r));
        assertTrue(PyOps.contains(r, 3.0));
        assertEquals("[(5, 'a'), (6, 'b')]", PyOps.repr(call(BuiltinTypes.LIST, call(BuiltinTypes.ENUMERATE, "ab", 5L))));
        assertEquals("[(1, 'a')]", PyOps.repr(call(BuiltinTypes.LIST, call(BuiltinTypes.ZIP, new PList(new Object[]{1L, 2L}), "a"))));
        assertEquals("[2, 1]", PyOps.repr(call(BuiltinTypes.LIST, call(BuiltinTypes.REVERSED, new PList(new Object[]{1L, 2L})))));
        assertEquals("(1, 10, 2)", PyOps.repr(call(PyOps.getAttribute(new PSlice(1L, PNone.NONE, 2L), "indices"), 10L)));
        assertEquals("{1, 2, 3}", PyOps.repr(PyOps.binaryOp(call(BuiltinTypes.SET, PTuple.of(1L, 2L)), call(BuiltinTypes.SET, PTuple.of(3L)), Operator.BITOR)));
        assertEquals("frozenset({1})", PyOps.repr(call(BuiltinTypes.FROZENSET, PTuple.of(1L))));
        assertEquals("namespace(a=1)", PyOps.repr(org.cinderj.runtime.function.CallSupport.call(BuiltinTypes.SIMPLE_NAMESPACE, new Object[0], new String[]{"a"}, new Object[]{1L})));
    }
}
