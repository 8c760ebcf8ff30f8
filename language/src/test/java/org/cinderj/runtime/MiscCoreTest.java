package org.cinderj.runtime;

import static org.cinderj.runtime.CoreProtocolTest.call;
import static org.cinderj.runtime.CoreProtocolTest.error;
import static org.cinderj.runtime.CoreTypesTest.cls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cinderj.builtins.BuiltinsInstaller;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

public class MiscCoreTest {
    @BeforeAll
    static void setup() {
        BuiltinsInstaller.installTypesOnce();
    }

    @Test
    void reprs() {
        assertEquals("<method 'append' of 'list' objects>", PyOps.repr(PyOps.getAttribute(BuiltinTypes.LIST, "append")));
        assertTrue(PyOps.repr(PyOps.getAttribute(new PList(), "append")).startsWith("<built-in method append of list object at 0x"));
        assertTrue(PyOps.repr(PyOps.getAttribute(BuiltinTypes.DICT, "fromkeys")).startsWith("<built-in method fromkeys of type object at 0x"));
        assertEquals("<attribute '__dict__' of 'type' objects>", PyOps.repr(((PythonClass) BuiltinTypes.TYPE).getOwn("__dict__")));
        assertEquals("None", PyOps.repr(PNone.NONE));
        assertEquals("<class 'types.SimpleNamespace'>", PyOps.repr(BuiltinTypes.SIMPLE_NAMESPACE));
        assertEquals("types", PyOps.getAttribute(BuiltinTypes.SIMPLE_NAMESPACE, "__module__"));
        assertEquals("SimpleNamespace", PyOps.getAttribute(BuiltinTypes.SIMPLE_NAMESPACE, "__name__"));
        PythonModule m = new PythonModule("mymod");
        assertEquals("<module 'mymod'>", PyOps.repr(m));
        m.setAttr("__file__", "/x/mymod.py");
        assertEquals("<module 'mymod' from '/x/mymod.py'>", PyOps.repr(m));
        assertEquals("AttributeError: module 'mymod' has no attribute 'zz'", error(() -> PyOps.getAttribute(m, "zz")));
        assertEquals("(1,)", PyOps.repr(PTuple.of(1L)));
        assertEquals("()", PyOps.repr(PTuple.EMPTY));
        assertEquals("set()", PyOps.repr(call(BuiltinTypes.SET)));
        Object mp = PyOps.getAttribute(cls("C", new PDict()), "__dict__");
        assertTrue(PyOps.repr(mp).startsWith("mappingproxy({'__module__': '__main__', '__doc__': None, '__dict__': <attribute '__dict__' of 'C' objects>"));
    }

    @Test
    void wrongSelfAndMirror() {
        assertEquals("TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object",
                        error(() -> call(PyOps.getAttribute(BuiltinTypes.LIST, "append"), 1L, 2L)));
        PythonClass c = cls("C", new PDict());
        Object o = call(c);
        PDict d = (PDict) PyOps.getAttribute(o, "__dict__");
        d.put("a", 1L);
        PyOps.setAttribute(o, "b", 2L);
        assertEquals("{'a': 1, 'b': 2}", PyOps.repr(d));
        PyOps.deleteItem(d, "a");
        assertEquals(null, PyOps.lookupAttribute(o, "a"));
        assertTrue(PyOps.contains(call(PyOps.getAttribute(o, "__dir__")), "b"));
        PDict nd = new PDict();
        nd.put("z", 3L);
        PyOps.setAttribute(o, "__dict__", nd);
        assertEquals(3L, PyOps.getAttribute(o, "z"));
        assertEquals(null, PyOps.lookupAttribute(o, "b"));
        assertEquals("TypeError: __dict__ must be set to a dictionary, not a 'int'", error(() -> PyOps.setAttribute(o, "__dict__", 1L)));
        assertEquals("TypeError: 'in <string>' requires string as left operand, not int", error(() -> PyOps.contains("abc", 1L)));
    }
}
