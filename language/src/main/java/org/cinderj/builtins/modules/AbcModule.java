package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PNotImplemented;
import org.cinderj.runtime.set.PFrozenSet;
import org.cinderj.runtime.set.PSet;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code _abc}: the ABC registry and subclass caches (weakly keyed by class). */
public final class AbcModule {
    private AbcModule() {
    }

    static final AtomicLong TOKEN = new AtomicLong();

    static final class Data {
        final Set<Object> registry = Collections.newSetFromMap(new WeakHashMap<>());
        final Set<Object> cache = Collections.newSetFromMap(new WeakHashMap<>());
        final Set<Object> negative = Collections.newSetFromMap(new WeakHashMap<>());
        long negativeVersion = TOKEN.get();
    }

    private static final Map<Object, Data> DATA = new WeakHashMap<>();

    static synchronized Data data(Object cls) {
        return DATA.computeIfAbsent(cls, k -> new Data());
    }

    static boolean isAbstract(Object value) {
        Object v = PyOps.lookupAttribute(value, "__isabstractmethod__");
        return v != null && PyUtil.truthy(v);
    }

    @TruffleBoundary
    static Object abcInit(Object cls) {
        PFrozenSet abstracts = new PFrozenSet();
        if (cls instanceof PythonClass pc) {
            for (Map.Entry<String, Object> e : new ArrayList<>(pc.getNamespace().entrySet())) {
                if (isAbstract(e.getValue())) {
                    abstracts.add(e.getKey());
                }
            }
        } else {
            Object ns = PyOps.getAttribute(cls, "__dict__");
            Object it = PyOps.getIter(ns);
            Object k;
            while ((k = PyOps.next(it)) != null) {
                if (isAbstract(PyOps.getItem(ns, k))) {
                    abstracts.add(k);
                }
            }
        }
        Object bases = PyOps.getAttribute(cls, "__bases__");
        for (Object base : PyUtil.toArray(bases)) {
            Object names = PyOps.lookupAttribute(base, "__abstractmethods__");
            if (names == null) {
                continue;
            }
            for (Object name : PyUtil.toArray(names)) {
                Object value = PyOps.lookupAttribute(cls, PyUtil.str(name, "name"));
                if (value != null && isAbstract(value)) {
                    abstracts.add(name);
                }
            }
        }
        PyOps.setAttribute(cls, "__abstractmethods__", abstracts);
        data(cls);
        return NONE;
    }

    static boolean issubclass(Object a, Object b) {
        return PyOps.isSubclass(a, b);
    }

    @TruffleBoundary
    static Object register(Object cls, Object subclass) {
        if (!(subclass instanceof PythonClass)) {
            throw PythonErrors.typeError("Can only register classes");
        }
        if (issubclass(subclass, cls)) {
            return subclass;
        }
        if (issubclass(cls, subclass)) {
            throw PythonErrors.runtimeError("Refusing to create an inheritance cycle");
        }
        synchronized (AbcModule.class) {
            data(cls).registry.add(subclass);
        }
        TOKEN.incrementAndGet();
        return subclass;
    }

    @TruffleBoundary
    static boolean subclassCheck(Object cls, Object subclass) {
        if (!(subclass instanceof PythonClass)) {
            throw PythonErrors.typeError("issubclass() arg 1 must be a class");
        }
        Data d = data(cls);
        synchronized (AbcModule.class) {
            if (d.cache.contains(subclass)) {
                return true;
            }
            if (d.negativeVersion < TOKEN.get()) {
                d.negative.clear();
                d.negativeVersion = TOKEN.get();
            } else if (d.negative.contains(subclass)) {
                return false;
            }
        }
        Object ok = PyUtil.callMethod(cls, "__subclasshook__", subclass);
        if (ok != PNotImplemented.NOT_IMPLEMENTED) {
            boolean r = PyUtil.truthy(ok);
            synchronized (AbcModule.class) {
                (r ? d.cache : d.negative).add(subclass);
            }
            return r;
        }
        Object mro = PyOps.lookupAttribute(subclass, "__mro__");
        if (mro instanceof PTuple t) {
            for (Object c : t.getItems()) {
                if (c == cls) {
                    synchronized (AbcModule.class) {
                        d.cache.add(subclass);
                    }
                    return true;
                }
            }
        }
        List<Object> registered;
        synchronized (AbcModule.class) {
            registered = new ArrayList<>(d.registry);
        }
        for (Object r : registered) {
            if (issubclass(subclass, r)) {
                synchronized (AbcModule.class) {
                    d.cache.add(subclass);
                }
                return true;
            }
        }
        for (Object sc : PyUtil.toArray(PyUtil.callMethod(cls, "__subclasses__"))) {
            if (issubclass(subclass, sc)) {
                synchronized (AbcModule.class) {
                    d.cache.add(subclass);
                }
                return true;
            }
        }
        synchronized (AbcModule.class) {
            d.negative.add(subclass);
        }
        return false;
    }

    @TruffleBoundary
    static boolean instanceCheck(Object cls, Object instance) {
        Object subclass = PyOps.getAttribute(instance, "__class__");
        Data d = data(cls);
        synchronized (AbcModule.class) {
            if (d.cache.contains(subclass)) {
                return true;
            }
        }
        Object subtype = BuiltinTypes.typeOf(instance);
        if (subtype == subclass) {
            synchronized (AbcModule.class) {
                if (d.negativeVersion == TOKEN.get() && d.negative.contains(subclass)) {
                    return false;
                }
            }
            return PyUtil.truthy(PyUtil.callMethod(cls, "__subclasscheck__", subclass));
        }
        return PyUtil.truthy(PyUtil.callMethod(cls, "__subclasscheck__", subclass)) ||
                        PyUtil.truthy(PyUtil.callMethod(cls, "__subclasscheck__", subtype));
    }

    static PSet setOf(Set<Object> s) {
        PSet r = new PSet();
        synchronized (AbcModule.class) {
            for (Object o : s) {
                r.add(o);
            }
        }
        return r;
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("_abc");
        PyUtil.fn(m, "get_cache_token", "()", a -> TOKEN.get());
        PyUtil.fn(m, "_abc_init", "(self, /)", a -> abcInit(a[0]));
        PyUtil.fn(m, "_abc_register", "(self, subclass, /)", a -> register(a[0], a[1]));
        PyUtil.fn(m, "_abc_instancecheck", "(self, instance, /)", a -> instanceCheck(a[0], a[1]));
        PyUtil.fn(m, "_abc_subclasscheck", "(self, subclass, /)", a -> subclassCheck(a[0], a[1]));
        PyUtil.fn(m, "_get_dump", "(self, /)", a -> {
            Data d = data(a[0]);
            return PyUtil.tuple(setOf(d.registry), setOf(d.cache), setOf(d.negative), d.negativeVersion);
        });
        PyUtil.fn(m, "_reset_registry", "(self, /)", a -> {
            synchronized (AbcModule.class) {
                data(a[0]).registry.clear();
            }
            return NONE;
        });
        PyUtil.fn(m, "_reset_caches", "(self, /)", a -> {
            synchronized (AbcModule.class) {
                Data d = data(a[0]);
                d.cache.clear();
                d.negative.clear();
            }
            return NONE;
        });
        return m;
    }
}
