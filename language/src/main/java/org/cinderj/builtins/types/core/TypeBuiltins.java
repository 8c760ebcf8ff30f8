package org.cinderj.builtins.types.core;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.dict.PMappingProxy;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.function.PCell;
import org.cinderj.runtime.function.PClassMethod;
import org.cinderj.runtime.function.PFunction;
import org.cinderj.runtime.function.PGetSetDescriptor;
import org.cinderj.runtime.function.PSlotDescriptor;
import org.cinderj.runtime.function.PStaticMethod;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code type}: class objects, {@code type(x)}, class creation and {@code type.__call__}. */
public final class TypeBuiltins {
    private TypeBuiltins() {
    }

    static final PythonClass T = BuiltinTypes.TYPE;

    public static void install() {
        T.define("__doc__", "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type");
        ProtocolImpl.classCaller = TypeBuiltins::callClassDefault;
        BuiltinDef.staticMethod(T, "__new__", "(metatype, /, *args, **kwargs)", a -> typeNew(a[0], ((PTuple) a[1]).getItems(), (PDict) a[2]));
        BuiltinDef.method(T, "__init__", "(self, /, *args, **kwargs)", a -> {
            int n = ((PTuple) a[1]).size();
            if (n == 1 && ((PDict) a[2]).size() != 0) {
                throw PythonErrors.typeError("type.__init__() takes no keyword arguments");
            }
            if (n != 1 && n != 3) {
                throw PythonErrors.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return PNone.NONE;
        });
        ProtocolImpl.typeCall = BuiltinDef.method(T, "__call__", "(self, /, *args, **kwargs)", a -> {
            PythonClass cls = Support.asClass(a[0], "descriptor '__call__' requires a 'type' object but received a");
            PDict kw = (PDict) a[2];
            return callClassDefault(cls, ((PTuple) a[1]).getItems(), Support.kwNames(kw), kw.valuesArray());
        });
        ProtocolImpl.typeGetattribute = BuiltinDef.method(T, "__getattribute__", "(self, name, /)", a -> {
            String name = Support.attrName(a[1]);
            Object r = ProtocolImpl.typeGetAttr((PythonClass) a[0], name);
            if (r == null) {
                throw ProtocolImpl.noAttribute(a[0], name);
            }
            return r;
        });
        ProtocolImpl.typeSetattr = BuiltinDef.method(T, "__setattr__", "(self, name, value, /)", a -> {
            ProtocolImpl.typeSetAttr((PythonClass) a[0], Support.attrName(a[1]), a[2]);
            return PNone.NONE;
        });
        ProtocolImpl.typeDelattr = BuiltinDef.method(T, "__delattr__", "(self, name, /)", a -> {
            ProtocolImpl.typeSetAttr((PythonClass) a[0], Support.attrName(a[1]), null);
            return PNone.NONE;
        });
        BuiltinDef.method(T, "__repr__", "(self, /)", a -> typeRepr((PythonClass) a[0]));
        // computed afresh (a metaclass's own mro() calls this for the C3 order)
        BuiltinDef.method(T, "mro", "(self, /)", a -> new PList(org.cinderj.runtime.type.Mro.compute((PythonClass) a[0])));
        BuiltinDef.method(T, "__subclasses__", "(self, /)", a -> new PList(((PythonClass) a[0]).getSubclasses().toArray()));
        ProtocolImpl.typeInstancecheck = BuiltinDef.method(T, "__instancecheck__", "(self, instance, /)",
                        a -> ProtocolImpl.recursiveIsInstance(a[1], BuiltinTypes.typeOf(a[1]), (PythonClass) a[0]));
        ProtocolImpl.typeSubclasscheck = BuiltinDef.method(T, "__subclasscheck__", "(self, subclass, /)",
                        a -> ProtocolImpl.recursiveIsSubclass(a[1], (PythonClass) a[0]));
        BuiltinDef.classMethod(T, "__prepare__", "(cls, /, *args, **kwargs)", a -> new PDict());
        BuiltinDef.method(T, "__dir__", "(self, /)", a -> new PList(classDir((PythonClass) a[0]).toArray()));
        BuiltinDef.method(T, "__sizeof__", "(self, /)", a -> 880L);

        BuiltinDef.getSet(T, "__name__", self -> shortName((PythonClass) self), (self, v) -> {
            if (!(v instanceof String s)) {
                throw PythonErrors.typeError("can only assign string to %s.__name__, not '%s'", ((PythonClass) self).getName(),
                                v == null ? "NoneType" : Support.typeName(v));
            }
            if (s.indexOf('\0') >= 0) {
                throw PythonErrors.valueError("type name must not contain null characters");
            }
            ((PythonClass) self).setName(s);
        });
        BuiltinDef.getSet(T, "__qualname__", self -> ((PythonClass) self).isBuiltin() ? shortName((PythonClass) self) : ((PythonClass) self).getQualname(),
                        (self, v) -> {
                            if (!(v instanceof String s)) {
                                throw PythonErrors.typeError("can only assign string to %s.__qualname__, not '%s'", ((PythonClass) self).getName(),
                                                v == null ? "NoneType" : Support.typeName(v));
                            }
                            ((PythonClass) self).setQualname(s);
                        });
        BuiltinDef.getSet(T, "__module__", self -> {
            PythonClass c = (PythonClass) self;
            if (c.isBuiltin()) {
                return moduleName(c);
            }
            Object m = c.getOwn("__module__");
            if (m == null) {
                throw PythonErrors.attributeError("__module__");
            }
            return m;
        }, (self, v) -> {
            PythonClass c = (PythonClass) self;
            if (v == null) {
                c.deleteAttribute("__module__");
            } else {
                c.setAttribute("__module__", v);
            }
        });
        BuiltinDef.getSet(T, "__bases__", self -> new PTuple(((PythonClass) self).getBases().clone()), TypeBuiltins::setBases);
        BuiltinDef.getter(T, "__base__", self -> {
            PythonClass b = ((PythonClass) self).getBase();
            return b == null ? PNone.NONE : b;
        });
        BuiltinDef.getter(T, "__mro__", self -> new PTuple(((PythonClass) self).getMro().clone()));
        BuiltinDef.getter(T, "__dict__", self -> new PMappingProxy((PythonClass) self));
        BuiltinDef.getSet(T, "__doc__", self -> {
            PythonClass c = (PythonClass) self;
            Object d = c.getOwn("__doc__");
            if (d == null) {
                return PNone.NONE;
            }
            if (!c.isBuiltin()) {
                return ProtocolImpl.descrGet(d, null, c);
            }
            return d;
        }, (self, v) -> {
            PythonClass c = (PythonClass) self;
            if (v == null) {
                c.deleteAttribute("__doc__");
            } else {
                c.setAttribute("__doc__", v);
            }
        });
        BuiltinDef.getSet(T, "__annotations__", self -> {
            PythonClass c = (PythonClass) self;
            Object ann = c.getOwn("__annotations__");
            if (ann != null) {
                return ProtocolImpl.descrGet(ann, null, c);
            }
            if (c.isBuiltin()) {
                throw ProtocolImpl.noAttribute(c, "__annotations__");
            }
            PDict d = new PDict();
            c.setAttribute("__annotations__", d);
            return d;
        }, (self, v) -> {
            PythonClass c = (PythonClass) self;
            if (v == null) {
                if (!c.deleteAttribute("__annotations__")) {
                    throw PythonErrors.attributeError("__annotations__");
                }
            } else {
                c.setAttribute("__annotations__", v);
            }
        });
        BuiltinDef.getSet(T, "__abstractmethods__", self -> {
            PythonClass c = (PythonClass) self;
            Object v = c == T ? null : c.getOwn("__abstractmethods__");
            if (v == null) {
                throw PythonErrors.attributeError("__abstractmethods__");
            }
            return v;
        }, (self, v) -> {
            PythonClass c = (PythonClass) self;
            if (v == null) {
                if (!c.deleteAttribute("__abstractmethods__")) {
                    throw PythonErrors.attributeError("__abstractmethods__");
                }
                c.setFlags(c.getFlags() & ~PythonClass.FLAG_ABSTRACT);
            } else {
                boolean abs = PyOps.isTrue(v);
                c.setAttribute("__abstractmethods__", v);
                c.setFlags(abs ? c.getFlags() | PythonClass.FLAG_ABSTRACT : c.getFlags() & ~PythonClass.FLAG_ABSTRACT);
            }
        });
        BuiltinDef.getter(T, "__flags__", self -> typeFlags((PythonClass) self));
        BuiltinDef.getter(T, "__basicsize__", self -> 16L);
        BuiltinDef.getter(T, "__itemsize__", self -> itemSize((PythonClass) self));
        BuiltinDef.getter(T, "__dictoffset__", self -> ((PythonClass) self).instancesHaveDict() && !((PythonClass) self).isBuiltin() ? 16L : 0L);
        BuiltinDef.getter(T, "__weakrefoffset__", self -> 0L);
        BuiltinDef.getter(T, "__text_signature__", self -> PNone.NONE);
    }

    // ------------------------------------------------------------------ names

    static String shortName(PythonClass c) {
        String n = c.getName();
        if (c.isBuiltin()) {
            int dot = n.lastIndexOf('.');
            if (dot >= 0) {
                return n.substring(dot + 1);
            }
        }
        return n;
    }

    /** {@code cls.__module__} as a Java string, or null when it is not a str. */
    @TruffleBoundary
    public static String moduleName(PythonClass c) {
        if (c.isBuiltin()) {
            String n = c.getName();
            int dot = n.lastIndexOf('.');
            return dot >= 0 ? n.substring(0, dot) : "builtins";
        }
        Object m = c.getOwn("__module__");
        return m instanceof String s ? s : null;
    }

    @TruffleBoundary
    public static String typeRepr(PythonClass c) {
        String mod = moduleName(c);
        if (mod != null && !mod.equals("builtins") && !c.isBuiltin()) {
            return "<class '" + mod + "." + c.getQualname() + "'>";
        }
        return "<class '" + c.getName() + "'>";
    }

    private static long typeFlags(PythonClass c) {
        long f = 0;
        if (!c.isBuiltin()) {
            f |= 1L << 9; // HEAPTYPE
        }
        if (c.hasFlag(PythonClass.FLAG_BASETYPE)) {
            f |= 1L << 10;
        }
        if (c.hasFlag(PythonClass.FLAG_ABSTRACT)) {
            f |= 1L << 20;
        }
        f |= 1L << 12 | 1L << 18; // READY, HAVE_VERSION_TAG
        PythonClass[][] subs = {{BuiltinTypes.INT}, {BuiltinTypes.LIST}, {BuiltinTypes.TUPLE}, {BuiltinTypes.BYTES}, {BuiltinTypes.STR},
                        {BuiltinTypes.DICT}, {BuiltinTypes.BASE_EXCEPTION}, {BuiltinTypes.TYPE}};
        for (int i = 0; i < subs.length; i++) {
            if (c.isSubclassOf(subs[i][0])) {
                f |= 1L << (24 + i);
            }
        }
        return f;
    }

    /** Attribute names of a class and its bases (what {@code dir(cls)} lists). */
    @TruffleBoundary
    public static Set<Object> classDir(PythonClass c) {
        Set<Object> names = new LinkedHashSet<>();
        for (PythonClass k : c.getMro()) {
            names.addAll(k.getNamespace().keySet());
        }
        return names;
    }

    @TruffleBoundary
    static void setBases(Object self, Object value) {
        PythonClass c = (PythonClass) self;
        if (value == null) {
            throw PythonErrors.typeError("cannot delete '__bases__' attribute of immutable type '%s'", c.getName());
        }
        if (!(value instanceof PTuple t)) {
            throw PythonErrors.typeError("can only assign tuple to %s.__bases__, not %s", c.getName(), Support.typeName(value));
        }
        if (t.size() == 0) {
            throw PythonErrors.typeError("can only assign non-empty tuple to %s.__bases__, not ()", c.getName());
        }
        PythonClass[] bases = new PythonClass[t.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(t.get(i) instanceof PythonClass b)) {
                throw PythonErrors.typeError("%s.__bases__ must be tuple of classes, not '%s'", c.getName(), Support.typeName(t.get(i)));
            }
            if (b.isSubclassOf(c)) {
                throw PythonErrors.typeError("a __bases__ item causes an inheritance cycle");
            }
            bases[i] = b;
        }
        c.setBases(bases);
    }

    /** CPython's per-item size of the variable-size builtin types (code sizes list capacities with it). */
    private static final java.util.Map<String, Long> ITEM_SIZES = java.util.Map.of("tuple", 8L, "int", 4L, "bool", 4L, "bytes", 1L,
                    "type", 40L, "memoryview", 8L);

    /** {@code __itemsize__}: inherited from the first builtin class of the MRO. */
    private static long itemSize(PythonClass cls) {
        for (PythonClass c : cls.getMro()) {
            if (c.isBuiltin()) {
                return ITEM_SIZES.getOrDefault(c.getName(), 0L);
            }
        }
        return 0L;
    }

    // ------------------------------------------------------------------ type.__call__

    /** {@code type.__call__(cls, *args, **kwargs)}: {@code __new__}, then {@code __init__} when the result is an instance. */
    @TruffleBoundary
    public static Object callClassDefault(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues) {
        boolean noKw = kwNames == null || kwNames.length == 0;
        if (cls == T && args.length == 1 && noKw) {
            return BuiltinTypes.typeOf(args[0]);
        }
        Object newMethod = cls.lookup("__new__");
        if (newMethod == null) {
            throw PythonErrors.typeError("cannot create '%s' instances", cls.getName());
        }
        Object obj;
        if (newMethod == ProtocolImpl.objectNew && noKw && args.length == 0) {
            obj = ObjectBuiltins.objectNew(cls, PTuple.EMPTY, new PDict());
        } else {
            Object callable = newMethod instanceof PStaticMethod sm ? sm.getCallable() : ProtocolImpl.descrGet(newMethod, null, cls);
            obj = CallSupport.call(callable, Support.prepend(cls, args), kwNames, kwValues);
        }
        PythonClass objType = BuiltinTypes.typeOf(obj);
        if (!objType.isSubclassOf(cls)) {
            return obj;
        }
        Object init = objType.lookup("__init__");
        if (init == ProtocolImpl.objectInit && ((noKw && args.length == 0) || objType.lookup("__new__") != ProtocolImpl.objectNew)) {
            // object.__init__ would accept and ignore the arguments
            return obj;
        }
        if (init != null) {
            Object r = CallSupport.callSpecialMethod(init, obj, args, kwNames, kwValues);
            if (r != PNone.NONE) {
                throw PythonErrors.typeError("__init__() should return None, not '%s'", Support.typeName(r));
            }
        }
        return obj;
    }

    // ------------------------------------------------------------------ type.__new__ and class creation

    @TruffleBoundary
    static Object typeNew(Object metaObj, Object[] args, PDict kwargs) {
        PythonClass metatype = Support.asClass(metaObj, "type.__new__(X): X");
        if (!metatype.isSubclassOf(T)) {
            throw PythonErrors.typeError("type.__new__(%s): %s is not a subtype of type", metatype.getName(), metatype.getName());
        }
        if (metatype == T && args.length == 1 && kwargs.size() == 0) {
            return BuiltinTypes.typeOf(args[0]);
        }
        if (args.length != 3) {
            if (metatype == T) {
                throw PythonErrors.typeError("type() takes 1 or 3 arguments");
            }
            throw PythonErrors.typeError("type.__new__() takes exactly 3 arguments (%d given)", args.length);
        }
        if (!(args[0] instanceof String name)) {
            throw PythonErrors.typeError("type.__new__() argument 1 must be str, not %s", Support.typeName(args[0]));
        }
        if (!(args[1] instanceof PTuple basesTuple)) {
            throw PythonErrors.typeError("type.__new__() argument 2 must be tuple, not %s", Support.typeName(args[1]));
        }
        if (!(args[2] instanceof PDict ns)) {
            throw PythonErrors.typeError("type.__new__() argument 3 must be dict, not %s", Support.typeName(args[2]));
        }
        Object[] rawBases = basesTuple.getItems();
        PythonClass winner = calculateMetaclass(metatype, rawBases);
        if (winner != metatype) {
            Object winnerNew = winner.lookup("__new__");
            if (winnerNew != T.getOwn("__new__")) {
                Object callable = winnerNew instanceof PStaticMethod sm ? sm.getCallable() : winnerNew;
                return Support.callWithKw(callable, new Object[]{winner, name, basesTuple, ns}, kwargs);
            }
        }
        PythonClass[] bases = new PythonClass[rawBases.length];
        for (int i = 0; i < rawBases.length; i++) {
            if (!(rawBases[i] instanceof PythonClass b)) {
                throw PythonErrors.typeError("bases must be types");
            }
            bases[i] = b;
        }
        return createClass(winner, name, bases, ns, kwargs);
    }

    /** The most derived metaclass of {@code metatype} and the bases' metaclasses. */
    @TruffleBoundary
    public static PythonClass calculateMetaclass(PythonClass metatype, Object[] bases) {
        PythonClass winner = metatype;
        for (Object base : bases) {
            PythonClass bt = BuiltinTypes.typeOf(base);
            if (winner.isSubclassOf(bt)) {
                continue;
            }
            if (bt.isSubclassOf(winner)) {
                winner = bt;
                continue;
            }
            throw PythonErrors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static final PythonClass[] EXCEPTION_LAYOUTS = {BuiltinTypes.OS_ERROR, BuiltinTypes.SYNTAX_ERROR, BuiltinTypes.IMPORT_ERROR,
                    BuiltinTypes.STOP_ITERATION, BuiltinTypes.SYSTEM_EXIT, BuiltinTypes.UNICODE_ERROR, BuiltinTypes.NAME_ERROR,
                    BuiltinTypes.ATTRIBUTE_ERROR};

    /** The class that fixes the instance layout of {@code c} (CPython's {@code solid_base}). */
    private static PythonClass solidBase(PythonClass c) {
        if (c.isBuiltin()) {
            if (c.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
                for (PythonClass k : c.getMro()) {
                    for (PythonClass e : EXCEPTION_LAYOUTS) {
                        if (k == e) {
                            return e;
                        }
                    }
                }
                return BuiltinTypes.BASE_EXCEPTION;
            }
            return c;
        }
        if (c.getSlots() != null && c.getSlots().length > 0) {
            return c;
        }
        return solidBase(c.getBase() == null ? BuiltinTypes.OBJECT : c.getBase());
    }

    private static boolean hasDict(PythonClass c) {
        if (c == BuiltinTypes.TYPE || c == BuiltinTypes.MODULE) {
            return true; // classes and modules keep their own namespace; subclasses get no instance __dict__ descriptor
        }
        return c.isBuiltin() ? ProtocolImpl.builtinHasDict(c) : c.instancesHaveDict();
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isUnicodeIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (!Character.isUnicodeIdentifierPart(s.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Private-name mangling for slot names ({@code __x} in class {@code _C} becomes {@code _C__x}). */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        if (stripped.isEmpty()) {
            return name;
        }
        return "_" + stripped + name;
    }

    /**
     * The class creation algorithm shared by {@code type(name, bases, dict)} and class statements
     * ({@code type.__new__} after the metaclass has been determined): validates the bases and the
     * layout, processes {@code __slots__}, copies the namespace with the implicit wrappings,
     * fills {@code __classcell__}, then calls {@code __set_name__} and the parent's
     * {@code __init_subclass__}.
     *
     * @param kwargs the class keywords (passed to {@code __init_subclass__}); may be null
     */
    @TruffleBoundary
    public static PythonClass createClass(PythonClass metaclass, String name, PythonClass[] bases, PDict namespace, PDict kwargs) {
        if (bases.length == 0) {
            bases = new PythonClass[]{BuiltinTypes.OBJECT};
        }
        PythonClass bestSolid = null;
        PythonClass bestBase = null;
        for (PythonClass b : bases) {
            if (!b.hasFlag(PythonClass.FLAG_BASETYPE)) {
                throw PythonErrors.typeError("type '%s' is not an acceptable base type", b.getName());
            }
            PythonClass s = solidBase(b);
            if (bestSolid == null || (s.isSubclassOf(bestSolid) && s != bestSolid)) {
                bestSolid = s;
                bestBase = b;
            } else if (s.isSubclassOf(bestSolid)) {
                bestSolid = s;
            } else if (!bestSolid.isSubclassOf(s)) {
                throw PythonErrors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        boolean baseHasDict = false;
        for (PythonClass b : bases) {
            baseHasDict |= hasDict(b);
        }
        // CPython decides whether a __dict__ slot may be added from the layout base alone (the
        // first base with the most derived solid base), not from every base.
        PythonClass layoutWinner = bases[0];
        for (PythonClass b : bases) {
            if (solidBase(b) == bestSolid) {
                layoutWinner = b;
                break;
            }
        }
        boolean winnerHasDict = hasDict(layoutWinner);

        // __slots__
        String[] slots = null;
        boolean addDict = !baseHasDict;
        Object slotsValue = namespace.get("__slots__");
        if (slotsValue != null) {
            Object[] items = slotsValue instanceof String ? new Object[]{slotsValue} : ProtocolImpl.toArray(slotsValue);
            List<String> names = new ArrayList<>();
            boolean wantDict = false;
            for (Object item : items) {
                if (!(item instanceof String s)) {
                    throw PythonErrors.typeError("__slots__ items must be strings, not '%s'", Support.typeName(item));
                }
                if (!isIdentifier(s)) {
                    throw PythonErrors.typeError("__slots__ must be identifiers");
                }
                if (s.equals("__dict__")) {
                    if (winnerHasDict || wantDict) {
                        throw PythonErrors.typeError("__dict__ slot disallowed: we already got one");
                    }
                    wantDict = true;
                    continue;
                }
                if (s.equals("__weakref__")) {
                    continue;
                }
                String m = mangle(name, s);
                if (!names.contains(m)) {
                    names.add(m); // CPython 3.10 accepts a name listed twice (one slot)
                }
            }
            for (String s : names) {
                if (namespace.containsKey(s)) {
                    throw PythonErrors.valueError("'%s' in __slots__ conflicts with class variable", s);
                }
            }
            if (!names.isEmpty()) {
                PythonClass solid = bestSolid;
                if (solid == BuiltinTypes.INT || solid == BuiltinTypes.TUPLE || solid == BuiltinTypes.BYTES) {
                    throw PythonErrors.typeError("nonempty __slots__ not supported for subtype of '%s'", solid.getName());
                }
            }
            java.util.Collections.sort(names);
            slots = names.toArray(new String[0]);
            addDict = wantDict;
        }
        boolean instancesHaveDict = baseHasDict || slotsValue == null || addDict;

        PythonClass cls = new PythonClass(metaclass, name, bases, false);
        cls.setSlots(slots);
        cls.setInstancesHaveDict(instancesHaveDict);

        Map<String, Object> ns = cls.getNamespace();
        PCell classCell = null;
        for (PDict.Entry e : namespace.entriesArray()) {
            if (!(e.key instanceof String key)) {
                continue;
            }
            Object value = e.value;
            switch (key) {
                case "__qualname__":
                    if (!(value instanceof String q)) {
                        throw PythonErrors.typeError("type __qualname__ must be a str, not %s", Support.typeName(value));
                    }
                    cls.setQualname(q);
                    continue;
                case "__classcell__":
                    if (!(value instanceof PCell c)) {
                        throw PythonErrors.typeError("__classcell__ must be a nonlocal cell, not %s", typeRepr(BuiltinTypes.typeOf(value)));
                    }
                    classCell = c;
                    continue;
                case "__new__":
                    if (value instanceof PFunction) {
                        value = new PStaticMethod(value);
                    }
                    break;
                case "__init_subclass__":
                case "__class_getitem__":
                    if (value instanceof PFunction) {
                        value = new PClassMethod(value);
                    }
                    break;
                default:
                    break;
            }
            ns.put(key, value);
        }
        if (!ns.containsKey("__doc__")) {
            ns.put("__doc__", PNone.NONE);
        }
        if (ns.containsKey("__eq__") && !ns.containsKey("__hash__")) {
            ns.put("__hash__", PNone.NONE);
        }
        if (slots != null) {
            for (String s : slots) {
                ns.put(s, new PSlotDescriptor(s, cls));
            }
        }
        if (instancesHaveDict && !baseHasDict) {
            ns.put("__dict__", instanceDictDescriptor(cls));
            ns.put("__weakref__", new PGetSetDescriptor("__weakref__", cls, self -> PNone.NONE, null));
        }
        if (classCell != null) {
            classCell.set(cls);
        }
        cls.applyCustomMro();

        // __set_name__
        for (Map.Entry<String, Object> e : new ArrayList<>(ns.entrySet())) {
            Object value = e.getValue();
            Object setName = BuiltinTypes.typeOf(value).lookup("__set_name__");
            if (setName != null) {
                try {
                    CallSupport.call(setName, value, cls, e.getKey());
                } catch (PException ex) {
                    PBaseException wrapped = PythonErrors.create(BuiltinTypes.RUNTIME_ERROR, String.format("Error calling __set_name__ on '%s' instance %s in '%s'",
                                    Support.typeName(value), PyOps.repr(e.getKey()), cls.getName()));
                    wrapped.setCause(ex.getPythonException());
                    wrapped.setContext(ex.getPythonException());
                    wrapped.setSuppressContext(true);
                    throw PythonErrors.raiseObject(wrapped);
                }
            }
        }

        // super(cls, cls).__init_subclass__(**kwargs)
        PythonClass[] mro = cls.getMro();
        for (int i = 1; i < mro.length; i++) {
            Object init = mro[i].getOwn("__init_subclass__");
            if (init != null) {
                Object bound = ProtocolImpl.descrGet(init, null, cls);
                Support.callWithKw(bound, new Object[0], kwargs);
                break;
            }
        }
        return cls;
    }

    /** The {@code __dict__} descriptor of classes whose instances keep attributes in their shape. */
    public static PGetSetDescriptor instanceDictDescriptor(PythonClass owner) {
        return new PGetSetDescriptor("__dict__", owner, TypeBuiltins::getInstanceDict, TypeBuiltins::setInstanceDict);
    }

    @TruffleBoundary
    static Object getInstanceDict(Object self) {
        if (self instanceof PythonClass c) {
            // Instances of a metaclass are classes: their __dict__ is the class namespace.
            return new PMappingProxy(c);
        }
        if (self instanceof PythonObject o) {
            return PDict.mirrorOf(o);
        }
        throw ProtocolImpl.noAttribute(self, "__dict__");
    }

    @TruffleBoundary
    static void setInstanceDict(Object self, Object value) {
        if (value == null) {
            throw PythonErrors.typeError("cannot delete __dict__");
        }
        if (!(value instanceof PDict d)) {
            throw PythonErrors.typeError("__dict__ must be set to a dictionary, not a '%s'", Support.typeName(value));
        }
        PythonObject o = (PythonObject) self;
        PDict.Entry[] entries = d.entriesArray();
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        for (Object k : lib.getKeyArray(o)) {
            if (k instanceof String s && !isSlotName(o.getPythonClass(), s)) {
                lib.removeKey(o, k);
            }
        }
        for (PDict.Entry e : entries) {
            if (e.key instanceof String s) {
                lib.put(o, s, e.value);
            }
        }
    }

    private static boolean isSlotName(PythonClass c, String s) {
        for (PythonClass k : c.getMro()) {
            String[] slots = k.getSlots();
            if (slots != null) {
                for (String x : slots) {
                    if (x.equals(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
