package org.cinderj.runtime;

import static org.cinderj.runtime.CoreProtocolTest.call;
import static org.cinderj.runtime.CoreProtocolTest.error;
import static org.cinderj.runtime.CoreTypesTest.cls;
import static org.cinderj.runtime.CoreTypesTest.fn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cinderj.ast.CmpOperator;
import org.cinderj.ast.Operator;
import org.cinderj.builtins.BuiltinsInstaller;
import org.cinderj.builtins.types.core.TypeBuiltins;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PNotImplemented;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

public class ProtocolSemanticsTest {
    @BeforeAll
    static void setup() {
        BuiltinsInstaller.installTypesOnce();
    }

    @Test
    void getattrHookAndDescriptors() {
        PDict ns = new PDict();
        ns.put("__getattr__", fn("__getattr__", 2, a -> "dyn:" + a[1]));
        PythonClass c = cls("G", ns);
        Object o = call(c);
        assertEquals("dyn:foo", PyOps.getAttribute(o, "foo"));
        PyOps.setAttribute(o, "foo", 1L);
        assertEquals(1L, PyOps.getAttribute(o, "foo"));

        // a data descriptor class: __get__ returns 'got', __set__ records
        List<Object> log = new ArrayList<>();
        PDict dns = new PDict();
        dns.put("__get__", fn("__get__", 3, a -> "got"));
        dns.put("__set__", fn("__set__", 3, a -> {
            log.add(a[2]);
            return PNone.NONE;
        }));
        PythonClass desc = cls("Desc", dns);
        PDict hns = new PDict();
        hns.put("d", call(desc));
        PythonClass holder = cls("H", hns);
        Object h = call(holder);
        PyOps.setAttribute(h, "d", 5L);
        assertEquals(List.of(5L), log);
        assertEquals("got", PyOps.getAttribute(h, "d"));
        assertEquals("got", PyOps.getAttribute(holder, "d"));
    }

    @Test
    void reflectedOperatorsAndComparison() {
        PDict ans = new PDict();
        ans.put("__add__", fn("__add__", 2, a -> "A.add"));
        ans.put("__radd__", fn("__radd__", 2, a -> "A.radd"));
        ans.put("__eq__", fn("__eq__", 2, a -> PNotImplemented.NOT_IMPLEMENTED));
        PythonClass A = cls("A", ans);
        PDict bns = new PDict();
        bns.put("__radd__", fn("__radd__", 2, a -> "B.radd"));
        PythonClass B = cls("B", bns, A);
        assertEquals("B.radd", PyOps.binaryOp(call(A), call(B), Operator.ADD));
        assertEquals("A.add", PyOps.binaryOp(call(A), call(A), Operator.ADD));
        assertEquals("A.radd", PyOps.binaryOp(1L, call(A), Operator.ADD));
        assertEquals("TypeError: unsupported operand type(s) for -: 'A' and 'int'", error(() -> PyOps.binaryOp(call(A), 1L, Operator.SUB)));
        assertEquals("TypeError: unsupported operand type(s) for ** or pow(): 'A' and 'int'", error(() -> PyOps.binaryOp(call(A), 1L, Operator.POW)));
        assertEquals("TypeError: unsupported operand type(s) for -=: 'A' and 'int'", error(() -> PyOps.inplaceOp(call(A), 1L, Operator.SUB)));
        assertEquals("TypeError: bad operand type for unary -: 'A'", error(() -> PyOps.unaryOp(call(A), org.cinderj.ast.UnaryOperator.USUB)));
        Object a = call(A);
        assertEquals(Boolean.TRUE, PyOps.richCompare(a, a, CmpOperator.EQ));
        assertEquals(Boolean.FALSE, PyOps.richCompare(a, call(A), CmpOperator.EQ));
        assertEquals(Boolean.TRUE, PyOps.richCompare(a, call(A), CmpOperator.NOT_EQ));
        assertEquals("TypeError: unhashable type: 'A'", error(() -> PyOps.hash(a)));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'float'", error(() -> PyOps.binaryOp(new PList(), 1.5, Operator.MULT)));
        assertEquals("TypeError: can only concatenate tuple (not \"int\") to tuple", error(() -> PyOps.binaryOp(PTuple.EMPTY, 1L, Operator.ADD)));
    }

    @Test
    void classCreationHooks() {
        List<Object> log = new ArrayList<>();
        PDict base = new PDict();
        base.put("__init_subclass__", new org.cinderj.runtime.function.PClassMethod(new org.cinderj.runtime.function.PBuiltinFunction("__init_subclass__",
                        new org.cinderj.runtime.function.Signature("__init_subclass__", new String[]{"cls", "kw"}, 1, 1, 0, false, true), null, a -> {
                            log.add(((PythonClass) a[0]).getName() + ":" + PyOps.repr(a[1]));
                            return PNone.NONE;
                        }, BuiltinTypes.OBJECT, null, false, null)));
        PythonClass b = cls("Base", base);
        PDict sub = new PDict();
        PDict namer = new PDict();
        namer.put("__set_name__", fn("__set_name__", 3, a -> {
            log.add("set_name " + a[2]);
            return PNone.NONE;
        }));
        sub.put("attr", call(cls("Namer", namer)));
        PDict kw = new PDict();
        kw.put("flag", 1L);
        sub.put("__module__", "m");
        TypeBuiltins.createClass(BuiltinTypes.TYPE, "Sub", new PythonClass[]{b}, sub, kw);
        assertEquals(List.of("set_name attr", "Sub:{'flag': 1}"), log);
        assertEquals("TypeError: Q.__init_subclass__() takes no keyword arguments",
                        error(() -> CallSupport.call(BuiltinTypes.TYPE, new Object[]{"Q", PTuple.EMPTY, new PDict()}, new String[]{"k"}, new Object[]{1L})));
        PythonClass m1 = cls("M1", new PDict(), BuiltinTypes.TYPE);
        PythonClass m2 = cls("M2", new PDict(), BuiltinTypes.TYPE);
        Object a1 = call(m1, "A", PTuple.EMPTY, new PDict());
        Object a2 = call(m2, "B", PTuple.EMPTY, new PDict());
        assertSame(m1, BuiltinTypes.typeOf(a1));
        assertTrue(error(() -> call(BuiltinTypes.TYPE, "T", PTuple.of(a1, a2), new PDict())).startsWith("TypeError: metaclass conflict"));
    }

    @Test
    void classAssignmentAndMissing() {
        PythonClass a = cls("A", new PDict());
        PythonClass b = cls("B", new PDict());
        Object o = call(a);
        PyOps.setAttribute(o, "__class__", b);
        assertSame(b, BuiltinTypes.typeOf(o));
        assertEquals("TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses",
                        error(() -> PyOps.setAttribute(o, "__class__", BuiltinTypes.INT)));
        PDict dns = new PDict();
        dns.put("__missing__", fn("__missing__", 2, a2 -> "missing " + a2[1]));
        PythonClass dd = cls("DD", dns, BuiltinTypes.DICT);
        Object d = call(dd);
        assertTrue(d instanceof PDict);
        assertEquals("missing 3", PyOps.getItem(d, 3L));
        PythonClass ll = cls("LL", new PDict(), BuiltinTypes.LIST);
        Object l = call(ll, PTuple.of(1L, 2L));
        assertEquals("[1, 2]", PyOps.repr(l));
        PyOps.setAttribute(l, "x", 1L);
        assertEquals(1L, PyOps.getAttribute(l, "x"));
    }

    @Test
    void sortIsStable() {
        Object[] items = new Object[200];
        Random r = new Random(1);
        for (int i = 0; i < items.length; i++) {
            items[i] = PTuple.of((long) r.nextInt(10), (long) i);
        }
        PList l = new PList(items.clone());
        Object key = fn("key", 1, a -> ((PTuple) a[0]).get(0));
        CallSupport.call(PyOps.getAttribute(l, "sort"), new Object[0], new String[]{"key", "reverse"}, new Object[]{key, true});
        for (int i = 1; i < l.size(); i++) {
            PTuple x = (PTuple) l.get(i - 1);
            PTuple y = (PTuple) l.get(i);
            long kx = (Long) x.get(0);
            long ky = (Long) y.get(0);
            assertTrue(kx > ky || (kx == ky && (Long) x.get(1) < (Long) y.get(1)));
        }
        PList m = new PList(new Object[]{5L, 3L, 9L, 1L, 1L, 0L, -4L});
        CallSupport.call(PyOps.getAttribute(m, "sort"));
        assertEquals("[-4, 0, 1, 1, 3, 5, 9]", PyOps.repr(m));
    }

    @Test
    void hashTableAgainstJava() {
        Random r = new Random(42);
        PDict d = new PDict();
        LinkedHashMap<Long, Long> ref = new LinkedHashMap<>();
        for (int step = 0; step < 200000; step++) {
            long k = r.nextInt(500);
            int op = r.nextInt(10);
            if (op < 5) {
                d.put(k, (long) step);
                if (ref.containsKey(k)) {
                    ref.put(k, (long) step);
                } else {
                    ref.put(k, (long) step);
                }
            } else if (op < 8) {
                Object v = d.remove(k);
                Long w = ref.remove(k);
                assertEquals(w, v);
            } else if (op == 8 && !ref.isEmpty()) {
                PDict.Entry e = d.popLast();
                Long lastKey = null;
                for (Long x : ref.keySet()) {
                    lastKey = x;
                }
                assertEquals(lastKey, e.key);
                ref.remove(lastKey);
            } else {
                assertEquals(ref.get(k), d.get(k));
            }
            assertEquals(ref.size(), d.size());
        }
        Object[] keys = d.keysArray();
        int i = 0;
        for (Map.Entry<Long, Long> e : ref.entrySet()) {
            assertEquals(e.getKey(), keys[i++]);
        }
        assertFalse(d.containsKey(-1L));
    }
}
