package org.cinderj.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cinderj.ast.CmpOperator;
import org.cinderj.ast.Operator;
import org.cinderj.builtins.BuiltinsInstaller;
import org.cinderj.builtins.types.core.TypeBuiltins;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.set.PFrozenSet;
import org.cinderj.runtime.slice.PSlice;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

public class CoreProtocolTest {
    @BeforeAll
    static void setup() {
        BuiltinsInstaller.installTypesOnce();
    }

    static String error(Runnable r) {
        PException e = assertThrows(PException.class, r::run);
        Object[] args = e.getPythonException().getArgs();
        return e.getPythonException().getPythonClass().getName() + ": " + (args.length > 0 ? args[0] : "");
    }

    static Object call(Object callable, Object... args) {
        return CallSupport.call(callable, args);
    }

    static PythonClass newClass(String name, PythonClass... bases) {
        PDict ns = new PDict();
        ns.put("__module__", "__main__");
        return TypeBuiltins.createClass(BuiltinTypes.TYPE, name, bases, ns, null);
    }

    @Test
    void hashes() {
        assertEquals(-3550055125485641917L, PyOps.hash(PTuple.of(1L, 2L)));
        assertEquals(5740354900026072187L, PyOps.hash(PTuple.EMPTY));
        assertEquals(1152921504606846977L, PyOps.hash(1.5));
        assertEquals(-2L, PyOps.hash(-1L));
        assertEquals(1L, PyOps.hash(new java.math.BigInteger("2").pow(61)));
        assertEquals(PyOps.hash(1L), PyOps.hash(1.0));
        assertEquals(230584300921369408L, PyOps.hash(0.1));
        assertEquals(-1152921504606846978L, PyOps.hash(-2.5));
        assertEquals(1224995262755759164L, PyOps.hash(1e300));
        assertEquals(16777216L, PyOps.hash(5e-324));
        assertEquals(2L, PyOps.hash(Math.pow(2, 62)));
        assertEquals(1819310134279660096L, PyOps.hash(123456.789));
        assertEquals(8L, PyOps.hash(java.math.BigInteger.TWO.pow(64)));
        assertEquals(-8L, PyOps.hash(java.math.BigInteger.TWO.pow(64).negate()));
        assertEquals(-4L, PyOps.hash(Long.MIN_VALUE));
        assertEquals(133146708735736L, PyOps.hash(new PFrozenSet()));
        PFrozenSet f = new PFrozenSet();
        f.add(1L);
        f.add(2L);
        f.add(3L);
        assertEquals(-272375401224217160L, PyOps.hash(f));
    }

    @Test
    void classesAndAttributes() {
        PythonClass c = newClass("C");
        Object obj = call(c);
        assertSame(c, BuiltinTypes.typeOf(obj));
        PyOps.setAttribute(obj, "x", 42L);
        assertEquals(42L, PyOps.getAttribute(obj, "x"));
        assertEquals("AttributeError: 'C' object has no attribute 'y'", error(() -> PyOps.getAttribute(obj, "y")));
        assertEquals("AttributeError: type object 'C' has no attribute 'y'", error(() -> PyOps.getAttribute(c, "y")));
        assertEquals("TypeError: C() takes no arguments", error(() -> call(c, 1L)));
        assertTrue(PyOps.repr(obj).startsWith("<__main__.C object at 0x"));
        assertEquals("<class '__main__.C'>", PyOps.repr(c));
        assertEquals("<class 'int'>", PyOps.repr(BuiltinTypes.INT));
        PDict d = (PDict) PyOps.getAttribute(obj, "__dict__");
        assertEquals(1, d.size());
        d.put("z", 1L);
        assertEquals(1L, PyOps.getAttribute(obj, "z"));
        PyOps.deleteAttribute(obj, "x");
        assertFalse(d.containsKey("x"));
        assertEquals("TypeError: cannot set 'x' attribute of immutable type 'int'", error(() -> PyOps.setAttribute(BuiltinTypes.INT, "x", 1L)));
        assertEquals("AttributeError: 'object' object has no attribute 'x'", error(() -> PyOps.setAttribute(call(BuiltinTypes.OBJECT), "x", 1L)));
        assertEquals("AttributeError: 'list' object attribute 'append' is read-only", error(() -> PyOps.setAttribute(new PList(), "append", 1L)));
        PythonClass d2 = newClass("D", c);
        assertTrue(PyOps.isInstance(call(d2), c));
        assertTrue(PyOps.isSubclass(d2, PTuple.of(BuiltinTypes.INT, c)));
        assertEquals("TypeError: type 'bool' is not an acceptable base type", error(() -> newClass("E", BuiltinTypes.BOOL)));
        assertEquals("TypeError: multiple bases have instance lay-out conflict", error(() -> newClass("E", BuiltinTypes.LIST, BuiltinTypes.DICT)));
    }

    @Test
    void lists() {
        PList l = new PList(new Object[]{3L, 1L, 2L});
        Object sort = PyOps.getAttribute(l, "sort");
        call(sort);
        assertEquals("[1, 2, 3]", PyOps.repr(l));
        Object r = PyOps.binaryOp(l, new PList(new Object[]{4L}), Operator.ADD);
        assertEquals("[1, 2, 3, 4]", PyOps.repr(r));
        assertEquals("[3, 2, 1, 3, 2, 1]", PyOps.repr(PyOps.binaryOp(PyOps.getItem(l, new PSlice(null, null, -1L)), 2L, Operator.MULT)));
        assertEquals("TypeError: can only concatenate list (not \"int\") to list", error(() -> PyOps.binaryOp(l, 1L, Operator.ADD)));
        assertEquals("IndexError: list index out of range", error(() -> PyOps.getItem(l, 5L)));
        assertEquals(Boolean.TRUE, PyOps.richCompare(l, new PList(new Object[]{1L, 2L, 4L}), CmpOperator.LT));
        l.append(l);
        assertEquals("[1, 2, 3, [...]]", PyOps.repr(l));
        PyOps.setItem(l, new PSlice(1L, 3L, null), PTuple.of("a"));
        assertEquals(3, l.size());
        PyOps.deleteItem(l, new PSlice(null, null, 2L));
        assertEquals("['a']", PyOps.repr(l));
        assertEquals("TypeError: '<' not supported between instances of 'str' and 'int'",
                        error(() -> call(PyOps.getAttribute(new PList(new Object[]{1L, "a"}), "sort"))));
        assertTrue(PyOps.contains(new PList(new Object[]{1L, 2.0}), 2L));
    }

    @Test
    void dicts() {
        PDict d = new PDict();
        for (long i = 0; i < 100; i++) {
            d.put(i, i * i);
        }
        assertEquals(100, d.size());
        assertEquals(81L, d.get(9.0));
        assertEquals(1L, d.get(true));
        for (long i = 0; i < 100; i += 2) {
            d.remove(i);
        }
        assertEquals(50, d.size());
        assertEquals("KeyError: 2", error(() -> PyOps.getItem(d, 2L)));
        PDict e = new PDict();
        e.put("a", 1L);
        e.put("b", PNone.NONE);
        assertEquals("{'a': 1, 'b': None}", PyOps.repr(e));
        assertEquals("dict_keys(['a', 'b'])", PyOps.repr(call(PyOps.getAttribute(e, "keys"))));
        Object it = PyOps.getIter(e);
        PyOps.next(it);
        e.put("c", 1L);
        assertEquals("RuntimeError: dictionary changed size during iteration", error(() -> PyOps.next(it)));
        assertEquals("KeyError: popitem(): dictionary is empty", error(() -> call(PyOps.getAttribute(new PDict(), "popitem"))));
        Object u = PyOps.binaryOp(e, d, Operator.BITOR);
        assertEquals(53L, PyOps.length(u));
    }

    @Test
    void plainObjectProtocol() {
        PythonObject o = (PythonObject) call(BuiltinTypes.OBJECT);
        assertTrue(PyOps.equals(o, o));
        assertFalse(PyOps.equals(o, call(BuiltinTypes.OBJECT)));
        assertEquals("TypeError: '<' not supported between instances of 'object' and 'object'",
                        error(() -> PyOps.richCompare(o, call(BuiltinTypes.OBJECT), CmpOperator.LT)));
        assertEquals("TypeError: object() takes no arguments", error(() -> call(BuiltinTypes.OBJECT, 1L)));
        assertEquals("TypeError: unhashable type: 'list'", error(() -> PyOps.hash(new PList())));
    }
}
