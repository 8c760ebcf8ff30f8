package org.cinderj.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import org.cinderj.ast.CmpOperator;
import org.cinderj.ast.Operator;
import org.cinderj.ast.UnaryOperator;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.function.PBuiltinFunction;
import org.cinderj.runtime.function.PClassMethod;
import org.cinderj.runtime.function.PFunction;
import org.cinderj.runtime.function.PGetSetDescriptor;
import org.cinderj.runtime.function.PMethod;
import org.cinderj.runtime.function.PProperty;
import org.cinderj.runtime.function.PSlotDescriptor;
import org.cinderj.runtime.function.PStaticMethod;
import org.cinderj.runtime.iterator.PArrayIterator;
import org.cinderj.runtime.iterator.PHashIterator;
import org.cinderj.runtime.iterator.PIterator;
import org.cinderj.runtime.iterator.PListIterator;
import org.cinderj.runtime.iterator.PRangeIterator;
import org.cinderj.runtime.iterator.PSeqIterator;
import org.cinderj.runtime.iterator.PStrIterator;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.number.FloatFormatter;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PNotImplemented;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.range.PRange;
import org.cinderj.runtime.set.PBaseSet;
import org.cinderj.runtime.str.StrOps;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * The uncached object protocol behind {@link PyOps}: CPython 3.10's {@code object.c} /
 * {@code abstract.c} / {@code typeobject.c} semantics in plain Java. Fast paths cover the Java
 * value types and exact builtin containers; everything else dispatches to the dunder methods of
 * the type, so Python subclasses and builtins implemented elsewhere behave alike.
 */
public final class ProtocolImpl implements Protocol {
    public static final ProtocolImpl INSTANCE = new ProtocolImpl();

    private static final DynamicObjectLibrary DOL = DynamicObjectLibrary.getUncached();
    private static final PNotImplemented NI = PNotImplemented.NOT_IMPLEMENTED;

    /**
     * The builtin default slot implementations, registered by the builtins so that the protocol
     * can recognise "not overridden" and take the generic path directly instead of calling them.
     */
    public static Object objectGetattribute;
    public static Object typeGetattribute;
    public static Object moduleGetattribute;
    public static Object objectSetattr;
    public static Object typeSetattr;
    public static Object moduleSetattr;
    public static Object objectDelattr;
    public static Object typeDelattr;
    public static Object moduleDelattr;
    public static Object objectHash;
    public static Object objectNew;
    public static Object objectInit;
    public static Object typeCall;
    public static Object typeInstancecheck;
    public static Object typeSubclasscheck;
    /** str_iterator.__next__ as installed by the iterator builtins (the text builtins may replace it). */
    public static Object ownStrIteratorNext;

    /** Hook for {@code type.__call__}: set by the type builtins. */
    public interface ClassCaller {
        Object call(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues);
    }

    public static ClassCaller classCaller;

    private ProtocolImpl() {
    }

    // ------------------------------------------------------------------ identity and hashing

    /** A stable per-object id (the value of {@code id()} and the address shown in default reprs). */
    public static long objectId(Object o) {
        return 0x7f0000000000L + ((long) System.identityHashCode(o) << 4);
    }

    public static String addressOf(Object o) {
        return "0x" + Long.toHexString(objectId(o));
    }

    private static final long MODULUS = (1L << 61) - 1;

    public static long hashLong(long v) {
        if (v == Long.MIN_VALUE) {
            return hashBigInteger(BigInteger.valueOf(v));
        }
        long h = v >= 0 ? v % MODULUS : -((-v) % MODULUS);
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public static long hashBigInteger(BigInteger v) {
        long h = v.abs().mod(BigInteger.valueOf(MODULUS)).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** CPython's {@code _Py_HashDouble}: integral values hash like the equal int. */
    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        int sign = 1;
        double m = v;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        if (m == 0) {
            return 0;
        }
        // frexp: m = mantissa in [0.5, 1), e = exponent
        int e = 0;
        if (m < Double.MIN_NORMAL) {
            m *= 0x1p54;
            e = -54;
        }
        int ex = Math.getExponent(m) + 1;
        m = m * Math.scalb(1.0, -ex);
        e += ex;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | (x >>> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | (x >>> (61 - e));
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /**
     * str hash: deterministic (CPython randomises it, so no program may depend on the values).
     * Must agree with {@code str.__hash__} of the text builtins (a 64-bit FNV-1a over the UTF-16
     * units, 0 for the empty string) so that str subclasses find their str-equal keys.
     */
    public static long hashString(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    /** CPython 3.8+'s xxHash-based tuple hash. */
    @TruffleBoundary
    public static long hashTuple(Object[] items) {
        final long p1 = 0x9E3779B185EBCA87L;
        final long p2 = 0xC2B2AE3D27D4EB4FL;
        final long p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (Object item : items) {
            long lane = INSTANCE.hash(item);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    @Override
    @TruffleBoundary
    public long hash(Object obj) {
        if (obj instanceof String s) {
            return hashString(s);
        } else if (obj instanceof Long l) {
            return hashLong(l);
        } else if (obj instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (obj instanceof Double d) {
            double v = d;
            if (Double.isNaN(v)) {
                return System.identityHashCode(obj);
            }
            return hashDouble(v);
        } else if (obj instanceof BigInteger b) {
            return hashBigInteger(b);
        }
        PythonClass type = BuiltinTypes.typeOf(obj);
        if (obj instanceof PTuple t && type == BuiltinTypes.TUPLE) {
            return hashTuple(t.getItems());
        }
        Object m = type.lookup("__hash__");
        if (m == objectHash) {
            return objectId(obj) >> 4;
        }
        if (m == null || m == PNone.NONE) {
            throw PythonErrors.typeError("unhashable type: '%s'", type.getName());
        }
        Object r = CallSupport.callMethod(m, obj);
        if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        } else if (r instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (r instanceof BigInteger b) {
            return hashBigInteger(b);
        }
        throw PythonErrors.typeError("__hash__ method should return an integer");
    }

    // ------------------------------------------------------------------ equality and truth

    private static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    /** Numeric equality across int/float/bool with exact semantics. */
    @TruffleBoundary
    public static boolean numbersEqual(Object a, Object b) {
        if (a instanceof Boolean x) {
            a = x ? 1L : 0L;
        }
        if (b instanceof Boolean x) {
            b = x ? 1L : 0L;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof Double) {
            Object t = a;
            a = b;
            b = t;
        }
        if (b instanceof Double y) {
            double d = y;
            if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) {
                return false;
            }
            BigInteger bi = new java.math.BigDecimal(d).toBigInteger();
            return toBig(a).equals(bi);
        }
        return toBig(a).equals(toBig(b));
    }

    private static BigInteger toBig(Object o) {
        return o instanceof BigInteger b ? b : BigInteger.valueOf((Long) o);
    }

    @Override
    @TruffleBoundary
    public boolean equals(Object a, Object b) {
        // CPython's identity shortcut, with cinderj's identity of unboxed values ('is'): a NaN is
        // found in the list it was put in
        if (is(a, b)) {
            return true;
        }
        if (a instanceof String s1) {
            if (b instanceof String s2) {
                return s1.equals(s2);
            }
        } else if (a instanceof Long l1 && b instanceof Long l2) {
            return l1.longValue() == l2.longValue();
        } else if (isNumber(a) && isNumber(b)) {
            return numbersEqual(a, b);
        }
        return isTrue(richCompare(a, b, CmpOperator.EQ));
    }

    @Override
    @TruffleBoundary
    public boolean isTrue(Object obj) {
        if (obj instanceof Boolean b) {
            return b;
        } else if (obj == PNone.NONE) {
            return false;
        } else if (obj instanceof Long l) {
            return l != 0;
        } else if (obj instanceof String s) {
            return !s.isEmpty();
        } else if (obj instanceof Double d) {
            return d != 0.0;
        } else if (obj instanceof BigInteger b) {
            return b.signum() != 0;
        }
        PythonClass type = BuiltinTypes.typeOf(obj);
        if (type.isBuiltin()) {
            if (obj instanceof PList l) {
                return l.size() != 0;
            } else if (obj instanceof PTuple t) {
                return t.size() != 0;
            } else if (obj instanceof PDict d) {
                return d.size() != 0;
            } else if (obj instanceof PBaseSet s) {
                return s.size() != 0;
            }
        }
        Object m = type.lookup("__bool__");
        if (m != null) {
            Object r = CallSupport.callMethod(m, obj);
            if (r instanceof Boolean b) {
                return b;
            }
            throw PythonErrors.typeError("__bool__ should return bool, returned %s", BuiltinTypes.typeOf(r).getName());
        }
        m = type.lookup("__len__");
        if (m != null) {
            return lengthFromResult(CallSupport.callMethod(m, obj)) != 0;
        }
        return true;
    }

    // ------------------------------------------------------------------ repr / str

    @Override
    @TruffleBoundary
    public String repr(Object obj) {
        if (obj instanceof String s) {
            return StrOps.repr(s);
        } else if (obj instanceof Long || obj instanceof BigInteger) {
            return obj.toString();
        } else if (obj instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (obj instanceof Double d) {
            return FloatFormatter.repr(d);
        }
        PythonClass type = BuiltinTypes.typeOf(obj);
        Object m = type.lookup("__repr__");
        if (m == null) {
            return "<" + type.getName() + " object at " + addressOf(obj) + ">";
        }
        // Containers repr their items from Java: count the nesting as CPython does.
        PythonContext ctx = PythonContext.enterNativeLevel(" while getting the repr of an object");
        Object r;
        try {
            r = CallSupport.callMethod(m, obj);
        } finally {
            PythonContext.exitNativeLevel(ctx);
        }
        if (r instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("__repr__ returned non-string (type %s)", BuiltinTypes.typeOf(r).getName());
    }

    @Override
    @TruffleBoundary
    public String str(Object obj) {
        if (obj instanceof String s) {
            return s;
        } else if (obj instanceof Long || obj instanceof BigInteger) {
            return obj.toString();
        } else if (obj instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (obj instanceof Double d) {
            return FloatFormatter.repr(d);
        }
        PythonClass type = BuiltinTypes.typeOf(obj);
        Object m = type.lookup("__str__");
        if (m == null) {
            return repr(obj);
        }
        Object r = CallSupport.callMethod(m, obj);
        if (r instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("__str__ returned non-string (type %s)", BuiltinTypes.typeOf(r).getName());
    }

    // ------------------------------------------------------------------ attributes

    /** Classes whose builtin instances carry a {@code __dict__}. */
    @TruffleBoundary
    public static boolean hasInstanceDict(Object obj) {
        if (!(obj instanceof PythonObject o) || obj instanceof PythonClass || obj instanceof PythonModule) {
            return false;
        }
        PythonClass c = o.getPythonClass();
        if (!c.isBuiltin()) {
            return c.instancesHaveDict();
        }
        return builtinHasDict(c);
    }

    public static boolean builtinHasDict(PythonClass c) {
        return c == BuiltinTypes.FUNCTION || c == BuiltinTypes.SIMPLE_NAMESPACE || c == BuiltinTypes.STATICMETHOD
                        || c == BuiltinTypes.CLASSMETHOD || c == BuiltinTypes.NAMESPACE_LOADER || c.isSubclassOf(BuiltinTypes.BASE_EXCEPTION);
    }

    /** Reads an instance attribute from the object's shape (or module dict / class namespace); null if absent. */
    @TruffleBoundary
    public static Object instanceDictGet(Object obj, String name) {
        if (obj instanceof PythonModule m) {
            return m.getDict().get(name);
        } else if (obj instanceof PythonClass c) {
            return c.getOwn(name);
        } else if (obj instanceof PythonObject o) {
            return DOL.getOrDefault(o, name, null);
        }
        return null;
    }

    public static boolean isDataDescriptor(Object descr) {
        if (!(descr instanceof PythonObject po)) {
            return false;
        }
        PythonClass c = po.getPythonClass();
        if (c.isBuiltin()) {
            if (descr instanceof PProperty || descr instanceof PGetSetDescriptor || descr instanceof PSlotDescriptor) {
                return true;
            }
            if (descr instanceof PFunction || descr instanceof PBuiltinFunction || descr instanceof PClassMethod || descr instanceof PStaticMethod ||
                            descr instanceof PMethod || descr instanceof PythonClass) {
                return false;
            }
        }
        return c.lookup("__set__") != null || c.lookup("__delete__") != null;
    }

    /**
     * {@code descr.__get__(instance, owner)}; {@code instance} null means access through the class.
     * Objects that are not descriptors are returned as they are.
     */
    @TruffleBoundary
    public static Object descrGet(Object descr, Object instance, PythonClass owner) {
        if (!(descr instanceof PythonObject po)) {
            return descr;
        }
        PythonClass c = po.getPythonClass();
        if (c.isBuiltin()) {
            if (descr instanceof PFunction) {
                return instance == null ? descr : new PMethod(instance, descr);
            } else if (descr instanceof PBuiltinFunction b) {
                return instance == null || b.getOwner() == null ? descr : new PMethod(instance, descr);
            } else if (descr instanceof PClassMethod cm) {
                return bindClassMethod(cm.getCallable(), owner);
            } else if (descr instanceof PStaticMethod sm) {
                return sm.getCallable();
            } else if (descr instanceof PProperty p) {
                if (instance == null) {
                    return descr;
                }
                return propertyGet(p, instance);
            } else if (descr instanceof PGetSetDescriptor g) {
                if (instance == null) {
                    return descr;
                }
                checkDescriptorApplies(g.getName(), g.getOwner(), instance);
                return g.getGetter().get(instance);
            } else if (descr instanceof PSlotDescriptor s) {
                if (instance == null) {
                    return descr;
                }
                return s.get(instance);
            } else if (descr instanceof PMethod || descr instanceof PythonClass || descr instanceof PNone) {
                return descr;
            }
        }
        Object get = c.lookup("__get__");
        if (get == null) {
            return descr;
        }
        return CallSupport.call(get, descr, instance == null ? PNone.NONE : instance, owner);
    }

    private static Object bindClassMethod(Object callable, PythonClass owner) {
        if (callable instanceof PFunction || callable instanceof PBuiltinFunction) {
            return new PMethod(owner, callable);
        }
        Object get = BuiltinTypes.typeOf(callable).lookup("__get__");
        if (get != null && !(callable instanceof PMethod)) {
            return CallSupport.call(get, callable, owner, owner);
        }
        return new PMethod(owner, callable);
    }

    @TruffleBoundary
    public static Object propertyGet(PProperty p, Object instance) {
        if (p.fget == PNone.NONE) {
            if (p.name instanceof String n) {
                throw PythonErrors.attributeError("unreadable attribute '%s'", n);
            }
            throw PythonErrors.attributeError("unreadable attribute");
        }
        return CallSupport.call(p.fget, instance);
    }

    private static void checkDescriptorApplies(String name, PythonClass owner, Object instance) {
        if (owner != null && !BuiltinTypes.typeOf(instance).isSubclassOf(owner)) {
            throw PythonErrors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.getName(),
                            BuiltinTypes.typeOf(instance).getName());
        }
    }

    /**
     * {@code descr.__set__(instance, value)} or {@code __delete__} when value is null. Returns false
     * when {@code descr} is not a data descriptor (the caller then stores in the instance).
     */
    @TruffleBoundary
    public static boolean descrSet(Object descr, Object instance, Object value) {
        if (!(descr instanceof PythonObject po)) {
            return false;
        }
        PythonClass c = po.getPythonClass();
        if (c.isBuiltin()) {
            if (descr instanceof PProperty p) {
                if (value != null) {
                    if (p.fset == PNone.NONE) {
                        throw p.name instanceof String n ? PythonErrors.attributeError("can't set attribute '%s'", n)
                                        : PythonErrors.attributeError("can't set attribute");
                    }
                    CallSupport.call(p.fset, instance, value);
                } else {
                    if (p.fdel == PNone.NONE) {
                        throw p.name instanceof String n ? PythonErrors.attributeError("can't delete attribute '%s'", n)
                                        : PythonErrors.attributeError("can't delete attribute");
                    }
                    CallSupport.call(p.fdel, instance);
                }
                return true;
            } else if (descr instanceof PGetSetDescriptor g) {
                if (g.getSetter() == null) {
                    throw PythonErrors.attributeError("attribute '%s' of '%s' objects is not writable", g.getName(),
                                    g.getOwner() == null ? "?" : g.getOwner().getName());
                }
                checkDescriptorApplies(g.getName(), g.getOwner(), instance);
                g.getSetter().set(instance, value);
                return true;
            } else if (descr instanceof PSlotDescriptor s) {
                s.set(instance, value);
                return true;
            } else if (descr instanceof PFunction || descr instanceof PBuiltinFunction || descr instanceof PClassMethod || descr instanceof PStaticMethod) {
                return false;
            }
        }
        Object setter = c.lookup("__set__");
        Object deleter = c.lookup("__delete__");
        if (setter == null && deleter == null) {
            return false;
        }
        if (value != null) {
            if (setter == null) {
                throw PythonErrors.attributeError("__set__");
            }
            CallSupport.callMethod(setter, descr, instance, value);
        } else {
            if (deleter == null) {
                throw PythonErrors.attributeError("__delete__");
            }
            CallSupport.callMethod(deleter, descr, instance);
        }
        return true;
    }

    /** {@code object.__getattribute__} without the error: null when the attribute is missing. */
    @TruffleBoundary
    public static Object objectGetAttr(Object obj, PythonClass type, String name) {
        Object descr = type.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            return descrGet(descr, obj, type);
        }
        Object v = instanceDictGet(obj, name);
        if (v != null) {
            return v;
        }
        if (descr != null) {
            return descrGet(descr, obj, type);
        }
        return null;
    }

    /** {@code type.__getattribute__} without the error: null when missing. */
    @TruffleBoundary
    public static Object typeGetAttr(PythonClass cls, String name) {
        PythonClass meta = cls.getPythonClass();
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescriptor(metaAttr)) {
            return descrGet(metaAttr, cls, meta);
        }
        Object attr = cls.lookup(name);
        if (attr != null) {
            return descrGet(attr, null, cls);
        }
        if (metaAttr != null) {
            return descrGet(metaAttr, cls, meta);
        }
        return null;
    }

    /** {@code module.__getattribute__} without the error (but with the module's {@code __getattr__}). */
    @TruffleBoundary
    public static Object moduleGetAttr(PythonModule mod, String name) {
        Object r = objectGetAttr(mod, mod.getPythonClass(), name);
        if (r != null) {
            return r;
        }
        Object hook = mod.getDict().get("__getattr__");
        if (hook != null) {
            return CallSupport.call(hook, name);
        }
        return null;
    }

    /** The AttributeError CPython raises for a missing attribute (with {@code name} and {@code obj} set). */
    @TruffleBoundary
    public static PException noAttribute(Object obj, String name) {
        String msg;
        if (obj instanceof PythonClass c) {
            msg = "type object '" + c.getName() + "' has no attribute '" + name + "'";
        } else if (obj instanceof PythonModule m) {
            Object modName = m.getDict().get("__name__");
            if (modName instanceof String s) {
                Object spec = m.getDict().get("__spec__");
                boolean initializing = false;
                if (spec != null && spec != PNone.NONE) {
                    try {
                        Object init = INSTANCE.lookupAttribute(spec, "_initializing");
                        initializing = init != null && INSTANCE.isTrue(init);
                    } catch (PException e) {
                        // ignore, as CPython does
                    }
                }
                if (initializing) {
                    msg = "partially initialized module '" + s + "' has no attribute '" + name + "' (most likely due to a circular import)";
                } else {
                    msg = "module '" + s + "' has no attribute '" + name + "'";
                }
            } else {
                msg = "module has no attribute '" + name + "'";
            }
        } else {
            msg = "'" + BuiltinTypes.typeOf(obj).getName() + "' object has no attribute '" + name + "'";
        }
        PBaseException exc = PythonErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, msg);
        org.cinderj.runtime.exception.ExceptionAttributes.set(exc, "name", name);
        org.cinderj.runtime.exception.ExceptionAttributes.set(exc, "obj", obj);
        return PythonErrors.raiseObject(exc);
    }

    /** The generic getattr (no overridden {@code __getattribute__}); null when missing. */
    @TruffleBoundary
    public static Object genericGetAttr(Object obj, PythonClass type, String name) {
        if (obj instanceof PythonClass c) {
            return typeGetAttr(c, name);
        } else if (obj instanceof PythonModule m) {
            return moduleGetAttr(m, name);
        }
        Object r = objectGetAttr(obj, type, name);
        if (r == null && obj instanceof PMethod m && m.getPythonClass() == BuiltinTypes.METHOD) {
            // bound methods forward unknown attributes to the function (__name__, __doc__, ...)
            return INSTANCE.lookupAttribute(m.getFunction(), name);
        }
        return r;
    }

    @Override
    @TruffleBoundary
    public Object getAttribute(Object obj, String name) {
        Object r = lookupAttributeImpl(obj, name);
        if (r == null) {
            throw noAttribute(obj, name);
        }
        return r;
    }

    private Object lookupAttributeImpl(Object obj, String name) {
        PythonClass type = BuiltinTypes.typeOf(obj);
        Object ga = type.lookup("__getattribute__");
        if (ga == objectGetattribute || ga == typeGetattribute || ga == moduleGetattribute || ga == null) {
            Object r = genericGetAttr(obj, type, name);
            if (r != null) {
                return r;
            }
            Object hook = type.lookup("__getattr__");
            if (hook != null) {
                return CallSupport.callMethod(hook, obj, name);
            }
            return null;
        }
        try {
            return CallSupport.callMethod(ga, obj, name);
        } catch (PException e) {
            if (!PythonErrors.isInstance(e, BuiltinTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            Object hook = type.lookup("__getattr__");
            if (hook != null) {
                return CallSupport.callMethod(hook, obj, name);
            }
            throw e;
        }
    }

    @Override
    @TruffleBoundary
    public Object lookupAttribute(Object obj, String name) {
        try {
            return lookupAttributeImpl(obj, name);
        } catch (PException e) {
            if (PythonErrors.isInstance(e, BuiltinTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    @Override
    @TruffleBoundary
    public void setAttribute(Object obj, String name, Object value) {
        PythonClass type = BuiltinTypes.typeOf(obj);
        Object sa = type.lookup("__setattr__");
        if (sa == objectSetattr || sa == typeSetattr || sa == moduleSetattr || sa == null) {
            genericSetAttr(obj, type, name, value);
        } else {
            CallSupport.callMethod(sa, obj, name, value);
        }
    }

    @Override
    @TruffleBoundary
    public void deleteAttribute(Object obj, String name) {
        PythonClass type = BuiltinTypes.typeOf(obj);
        Object da = type.lookup("__delattr__");
        if (da == objectDelattr || da == typeDelattr || da == moduleDelattr || da == null) {
            genericSetAttr(obj, type, name, null);
        } else {
            CallSupport.callMethod(da, obj, name);
        }
    }

    /** {@code object.__setattr__} / {@code __delattr__} (value null) including classes and modules. */
    @TruffleBoundary
    public static void genericSetAttr(Object obj, PythonClass type, String name, Object value) {
        if (obj instanceof PythonClass cls) {
            typeSetAttr(cls, name, value);
            return;
        }
        Object descr = type.lookup(name);
        if (descr != null && descrSet(descr, obj, value)) {
            return;
        }
        if (obj instanceof PythonModule m) {
            if (value != null) {
                m.getDict().put(name, value);
            } else if (m.getDict().remove(name) == null) {
                throw PythonErrors.attributeError("%s", name);
            }
            return;
        }
        if (hasInstanceDict(obj)) {
            PythonObject o = (PythonObject) obj;
            if (value != null) {
                DOL.put(o, name, value);
            } else if (!DOL.removeKey(o, name)) {
                throw PythonErrors.attributeError("%s", name);
            }
            return;
        }
        if (descr == null) {
            throw noAttribute(obj, name);
        }
        throw PythonErrors.attributeError("'%s' object attribute '%s' is read-only", type.getName(), name);
    }

    @TruffleBoundary
    public static void typeSetAttr(PythonClass cls, String name, Object value) {
        if (cls.isBuiltin() || cls.hasFlag(PythonClass.FLAG_IMMUTABLE)) {
            throw PythonErrors.typeError("cannot %s '%s' attribute of immutable type '%s'", value == null ? "delete" : "set", name, cls.getName());
        }
        PythonClass meta = cls.getPythonClass();
        Object descr = meta.lookup(name);
        if (descr != null && descrSet(descr, cls, value)) {
            return;
        }
        if (value != null) {
            cls.setAttribute(name, value);
        } else if (!cls.deleteAttribute(name)) {
            throw PythonErrors.attributeError("%s", name);
        }
    }

    // ------------------------------------------------------------------ iteration and length

    @Override
    @TruffleBoundary
    public Object getIter(Object obj) {
        if (obj instanceof String s) {
            if (BuiltinTypes.STR_ITERATOR.getOwn("__next__") == ownStrIteratorNext) {
                return new PStrIterator(s);
            }
            // the str type installs its own iterator class: use it so that its __next__ applies
            return CallSupport.call(BuiltinTypes.STR.lookup("__iter__"), s);
        }
        PythonClass type = BuiltinTypes.typeOf(obj);
        if (type.isBuiltin()) {
            if (obj instanceof PList l) {
                return new PListIterator(l);
            } else if (obj instanceof PTuple t) {
                return new PArrayIterator(t.getItems());
            } else if (obj instanceof PRange r) {
                return new PRangeIterator(r.getStart(), r.getStep(), r.getLength());
            } else if (obj instanceof PDict d) {
                return new PHashIterator(BuiltinTypes.DICT_KEYITERATOR, d.getTable(), PHashIterator.KEYS, false);
            } else if (obj instanceof PBaseSet s) {
                return new PHashIterator(BuiltinTypes.SET_ITERATOR, s.getTable(), PHashIterator.KEYS, true);
            } else if (obj instanceof PIterator) {
                return obj;
            }
        }
        Object m = type.lookup("__iter__");
        if (m == null) {
            if (type.lookup("__getitem__") != null && !(obj instanceof PDict)) {
                return new PSeqIterator(obj);
            }
            throw PythonErrors.typeError("'%s' object is not iterable", type.getName());
        }
        if (m == PNone.NONE) {
            throw PythonErrors.typeError("'%s' object is not iterable", type.getName());
        }
        Object it = CallSupport.callMethod(m, obj);
        if (!isIterator(it)) {
            throw PythonErrors.typeError("iter() returned non-iterator of type '%s'", BuiltinTypes.typeOf(it).getName());
        }
        return it;
    }

    public static boolean isIterator(Object obj) {
        if (obj instanceof PIterator) {
            return true;
        }
        Object n = BuiltinTypes.typeOf(obj).lookup("__next__");
        return n != null && n != PNone.NONE;
    }

    @Override
    @TruffleBoundary
    public Object next(Object iterator) {
        if (iterator instanceof PIterator p && p.getPythonClass().isBuiltin()) {
            return p.next();
        }
        PythonClass type = BuiltinTypes.typeOf(iterator);
        Object m = type.lookup("__next__");
        if (m == null) {
            throw PythonErrors.typeError("'%s' object is not an iterator", type.getName());
        }
        try {
            return CallSupport.callMethod(m, iterator);
        } catch (PException e) {
            if (PythonErrors.isInstance(e, BuiltinTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** Converts a {@code __len__} result as CPython does. */
    @TruffleBoundary
    public static long lengthFromResult(Object r) {
        if (!(r instanceof Long || r instanceof Boolean || r instanceof BigInteger) && BuiltinTypes.typeOf(r).lookup("__index__") == null) {
            throw PythonErrors.typeError("'%s' object cannot be interpreted as an integer", BuiltinTypes.typeOf(r).getName());
        }
        Object i = INSTANCE.index(r);
        if (i instanceof BigInteger b) {
            if (b.signum() < 0) {
                throw PythonErrors.valueError("__len__() should return >= 0");
            }
            throw PythonErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long v = (Long) i;
        if (v < 0) {
            throw PythonErrors.valueError("__len__() should return >= 0");
        }
        return v;
    }

    @Override
    @TruffleBoundary
    public long length(Object obj) {
        if (obj instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        PythonClass type = BuiltinTypes.typeOf(obj);
        if (type.isBuiltin()) {
            if (obj instanceof PList l) {
                return l.size();
            } else if (obj instanceof PTuple t) {
                return t.size();
            } else if (obj instanceof PDict d) {
                return d.size();
            } else if (obj instanceof PBaseSet s) {
                return s.size();
            }
        }
        Object m = type.lookup("__len__");
        if (m == null) {
            throw PythonErrors.typeError("object of type '%s' has no len()", type.getName());
        }
        return lengthFromResult(CallSupport.callMethod(m, obj));
    }

    // ------------------------------------------------------------------ subscription

    @Override
    @TruffleBoundary
    public Object getItem(Object obj, Object key) {
        PythonClass type = BuiltinTypes.typeOf(obj);
        if (type.isBuiltin()) {
            if (obj instanceof PList l && key instanceof Long i) {
                long idx = i < 0 ? i + l.size() : i;
                if (idx < 0 || idx >= l.size()) {
                    throw PythonErrors.indexError("list index out of range");
                }
                return l.get((int) idx);
            } else if (obj instanceof PTuple t && key instanceof Long i) {
                long idx = i < 0 ? i + t.size() : i;
                if (idx < 0 || idx >= t.size()) {
                    throw PythonErrors.indexError("tuple index out of range");
                }
                return t.get((int) idx);
            } else if (obj instanceof PDict d) {
                Object v = d.get(key);
                if (v == null) {
                    throw PythonErrors.keyError(key);
                }
                return v;
            }
        }
        Object m = type.lookup("__getitem__");
        if (m != null) {
            return CallSupport.callMethod(m, obj, key);
        }
        if (obj instanceof PythonClass cls) {
            if (cls == BuiltinTypes.TYPE) {
                return new org.cinderj.runtime.type.PGenericAlias(BuiltinTypes.GENERIC_ALIAS, cls,
                                key instanceof PTuple kt && kt.getPythonClass() == BuiltinTypes.TUPLE ? kt : new PTuple(new Object[]{key}));
            }
            Object cgi = lookupAttribute(cls, "__class_getitem__");
            if (cgi != null) {
                return CallSupport.call(cgi, key);
            }
            throw PythonErrors.typeError("'type' object is not subscriptable");
        }
        throw PythonErrors.typeError("'%s' object is not subscriptable", type.getName());
    }

    @Override
    @TruffleBoundary
    public void setItem(Object obj, Object key, Object value) {
        PythonClass type = BuiltinTypes.typeOf(obj);
        if (type.isBuiltin()) {
            if (obj instanceof PList l && key instanceof Long i) {
                long idx = i < 0 ? i + l.size() : i;
                if (idx < 0 || idx >= l.size()) {
                    throw PythonErrors.indexError("list assignment index out of range");
                }
                l.set((int) idx, value);
                return;
            } else if (obj instanceof PDict d) {
                d.put(key, value);
                return;
            }
        }
        Object m = type.lookup("__setitem__");
        if (m == null) {
            throw PythonErrors.typeError("'%s' object does not support item assignment", type.getName());
        }
        CallSupport.callMethod(m, obj, key, value);
    }

    @Override
    @TruffleBoundary
    public void deleteItem(Object obj, Object key) {
        PythonClass type = BuiltinTypes.typeOf(obj);
        if (type.isBuiltin() && obj instanceof PDict d) {
            if (d.remove(key) == null) {
                throw PythonErrors.keyError(key);
            }
            return;
        }
        Object m = type.lookup("__delitem__");
        if (m == null) {
            throw PythonErrors.typeError("'%s' object does not support item deletion", type.getName());
        }
        CallSupport.callMethod(m, obj, key);
    }

    // ------------------------------------------------------------------ operators

    private static Object callBinary(Object method, Object self, Object other) {
        return CallSupport.callMethod(method, self, other);
    }

    /** The dunders of a rich comparison, reflected first for a subclass; NotImplemented when all decline. */
    private static Object richCompareByDunders(Object a, Object b, CmpOperator op) {
        PythonClass ta = BuiltinTypes.typeOf(a);
        PythonClass tb = BuiltinTypes.typeOf(b);
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubclassOf(ta)) {
            Object mb = tb.lookup(op.reflected);
            if (mb != null) {
                checkedReverse = true;
                Object r = callCompare(mb, b, a);
                if (r != NI) {
                    return r;
                }
            }
        }
        Object ma = ta.lookup(op.dunder);
        if (ma != null) {
            Object r = callCompare(ma, a, b);
            if (r != NI) {
                return r;
            }
        }
        if (!checkedReverse) {
            Object mb = tb.lookup(op.reflected);
            if (mb != null) {
                Object r = callCompare(mb, b, a);
                if (r != NI) {
                    return r;
                }
            }
        }
        return NI;
    }

    /**
     * A rich comparison dunder: as in CPython's slot, an error while binding a dunder that is
     * not a function (a property that raises, say) means NotImplemented.
     */
    private static Object callCompare(Object method, Object self, Object other) {
        if (method instanceof PFunction || method instanceof PBuiltinFunction b && b.isMethod()) {
            return CallSupport.call(method, self, other);
        }
        Object bound;
        try {
            bound = descrGet(method, self, BuiltinTypes.typeOf(self));
        } catch (PException e) {
            return NI;
        }
        return CallSupport.call(bound, other);
    }

    /** CPython's {@code binary_op1}: left dunder and reflected right dunder, subclass first. */
    @TruffleBoundary
    public static Object binaryOp1(Object a, Object b, String dunder, String reflected) {
        PythonClass ta = BuiltinTypes.typeOf(a);
        PythonClass tb = BuiltinTypes.typeOf(b);
        Object slotA = ta.lookup(dunder);
        Object slotB = tb != ta ? tb.lookup(reflected) : null;
        if (slotA != null && slotB != null && tb.isSubclassOf(ta) && slotB != ta.lookup(reflected)) {
            Object r = callBinary(slotB, b, a);
            if (r != NI) {
                return r;
            }
            slotB = null;
        }
        if (slotA != null) {
            Object r = callBinary(slotA, a, b);
            if (r != NI) {
                return r;
            }
        }
        if (slotB != null) {
            return callBinary(slotB, b, a);
        }
        return NI;
    }

    private static PException binaryTypeError(Object a, Object b, Operator op, boolean inplace) {
        PythonClass ta = BuiltinTypes.typeOf(a);
        PythonClass tb = BuiltinTypes.typeOf(b);
        if (op == Operator.ADD) {
            String seq = concatName(a);
            if (seq != null && !(b instanceof String && a instanceof String)) {
                return PythonErrors.typeError("can only concatenate %s (not \"%s\") to %s", seq, tb.getName(), seq);
            }
        } else if (op == Operator.MULT) {
            if (isRepeatable(a) && tb.lookup("__index__") == null) {
                return PythonErrors.typeError("can't multiply sequence by non-int of type '%s'", tb.getName());
            }
            if (isRepeatable(b) && ta.lookup("__index__") == null) {
                return PythonErrors.typeError("can't multiply sequence by non-int of type '%s'", ta.getName());
            }
        }
        String sym = op == Operator.POW && !inplace ? "** or pow()" : op.symbol + (inplace ? "=" : "");
        return PythonErrors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", sym, ta.getName(), tb.getName());
    }

    private static String concatName(Object a) {
        if (a instanceof String) {
            return "str";
        } else if (a instanceof PList) {
            return "list";
        } else if (a instanceof PTuple) {
            return "tuple";
        }
        PythonClass t = BuiltinTypes.typeOf(a);
        if (t.isSubclassOf(BuiltinTypes.BYTES) || t.isSubclassOf(BuiltinTypes.BYTEARRAY)) {
            return null; // bytes have their own message, produced by their __add__
        }
        return null;
    }

    private static boolean isRepeatable(Object a) {
        if (a instanceof String || a instanceof PList || a instanceof PTuple) {
            return true;
        }
        PythonClass t = BuiltinTypes.typeOf(a);
        return t.isSubclassOf(BuiltinTypes.BYTES) || t.isSubclassOf(BuiltinTypes.BYTEARRAY);
    }

    @Override
    @TruffleBoundary
    public Object binaryOp(Object a, Object b, Operator op) {
        Object r = binaryOp1(a, b, op.dunder, op.reflected);
        if (r != NI) {
            return r;
        }
        throw binaryTypeError(a, b, op, false);
    }

    @Override
    @TruffleBoundary
    public Object inplaceOp(Object a, Object b, Operator op) {
        Object m = BuiltinTypes.typeOf(a).lookup(op.inplace);
        if (m != null) {
            Object r = CallSupport.callMethod(m, a, b);
            if (r != NI) {
                return r;
            }
        }
        Object r = binaryOp1(a, b, op.dunder, op.reflected);
        if (r != NI) {
            return r;
        }
        throw binaryTypeError(a, b, op, true);
    }

    @Override
    @TruffleBoundary
    public Object unaryOp(Object a, UnaryOperator op) {
        if (op == UnaryOperator.NOT) {
            return !isTrue(a);
        }
        PythonClass t = BuiltinTypes.typeOf(a);
        Object m = t.lookup(op.dunder);
        if (m == null) {
            throw PythonErrors.typeError("bad operand type for unary %s: '%s'", op.symbol, t.getName());
        }
        return CallSupport.callMethod(m, a);
    }

    /** Python's {@code is}: identity, with value identity for the immutable Java value types. */
    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        } else if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        } else if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        } else if (a instanceof Double x && b instanceof Double y) {
            return x.equals(y);
        }
        return false;
    }

    @Override
    @TruffleBoundary
    public Object richCompare(Object a, Object b, CmpOperator op) {
        switch (op) {
            case IS:
                return is(a, b);
            case IS_NOT:
                return !is(a, b);
            case IN:
                return contains(b, a);
            case NOT_IN:
                return !contains(b, a);
            default:
                break;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return compareLongs(x, y, op);
        }
        // Containers compare their items from Java: count the nesting as CPython does.
        PythonContext ctx = PythonContext.enterNativeLevel(" in comparison");
        try {
            Object r = richCompareByDunders(a, b, op);
            if (r != NI) {
                return r;
            }
        } finally {
            PythonContext.exitNativeLevel(ctx);
        }
        switch (op) {
            case EQ:
                return is(a, b);
            case NOT_EQ:
                return !is(a, b);
            default:
                throw PythonErrors.typeError("'%s' not supported between instances of '%s' and '%s'", op.symbol, BuiltinTypes.typeOf(a).getName(),
                                BuiltinTypes.typeOf(b).getName());
        }
    }

    private static boolean compareLongs(long x, long y, CmpOperator op) {
        switch (op) {
            case EQ:
                return x == y;
            case NOT_EQ:
                return x != y;
            case LT:
                return x < y;
            case LT_E:
                return x <= y;
            case GT:
                return x > y;
            default:
                return x >= y;
        }
    }

    /** {@code a < b} as a Java boolean (used by sort, min, max). */
    @TruffleBoundary
    public static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof String x && b instanceof String y) {
            return compareStrings(x, y) < 0;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x < y;
        }
        if (a instanceof PTuple x && b instanceof PTuple y && x.getPythonClass() == BuiltinTypes.TUPLE && y.getPythonClass() == BuiltinTypes.TUPLE) {
            // Sort keys are often tuples: compare them here, element by element, as tuple.__lt__ does.
            Object[] xs = x.getItems();
            Object[] ys = y.getItems();
            int n = Math.min(xs.length, ys.length);
            for (int i = 0; i < n; i++) {
                if (!sameForOrdering(xs[i], ys[i])) {
                    return lessThan(xs[i], ys[i]);
                }
            }
            return xs.length < ys.length;
        }
        return INSTANCE.isTrue(INSTANCE.richCompare(a, b, CmpOperator.LT));
    }

    private static boolean sameForOrdering(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        return INSTANCE.equals(a, b);
    }

    /** Code-point order of two strings. */
    public static int compareStrings(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return compareCodePointsAround(a, b, i);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /**
     * The order of two strings whose first differing UTF-16 unit, at i, is a surrogate: compare the
     * code points there. If the equal unit before i is a high surrogate and either differing unit is
     * a low one, a pair starts at i - 1 in at least one string, so the code points to compare are
     * those at i - 1: units D800 D800 DC00 against D800 DC00 compare U+D800 with U+10000.
     */
    public static int compareCodePointsAround(String a, String b, int i) {
        int at = i;
        if (i > 0 && Character.isHighSurrogate(a.charAt(i - 1)) && (Character.isLowSurrogate(a.charAt(i)) || Character.isLowSurrogate(b.charAt(i)))) {
            at = i - 1;
        }
        return Integer.compare(a.codePointAt(at), b.codePointAt(at));
    }

    @Override
    @TruffleBoundary
    public boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (item instanceof String sub) {
                return s.contains(sub);
            }
            throw PythonErrors.typeError("'in <string>' requires string as left operand, not %s", BuiltinTypes.typeOf(item).getName());
        }
        PythonClass type = BuiltinTypes.typeOf(container);
        if (type.isBuiltin()) {
            if (container instanceof PList l) {
                for (int i = 0; i < l.size(); i++) {
                    Object x = l.get(i);
                    if (x == item || equals(x, item)) {
                        return true;
                    }
                }
                return false;
            } else if (container instanceof PTuple t) {
                for (Object x : t.getItems()) {
                    if (x == item || equals(x, item)) {
                        return true;
                    }
                }
                return false;
            } else if (container instanceof PDict d) {
                return d.containsKey(item);
            } else if (container instanceof PBaseSet s) {
                return s.containsKey(item);
            }
        }
        Object m = type.lookup("__contains__");
        if (m != null) {
            return isTrue(CallSupport.callMethod(m, container, item));
        }
        Object it;
        if (type.lookup("__iter__") != null || type.lookup("__getitem__") != null) {
            it = getIter(container);
        } else {
            throw PythonErrors.typeError("argument of type '%s' is not iterable", type.getName());
        }
        Object x;
        while ((x = next(it)) != null) {
            if (x == item || equals(x, item)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ isinstance / issubclass

    @Override
    @TruffleBoundary
    public boolean isInstance(Object obj, Object classinfo) {
        PythonClass type = BuiltinTypes.typeOf(obj);
        if (classinfo instanceof PythonClass c) {
            if (type == c) {
                return true;
            }
            PythonClass meta = c.getPythonClass();
            if (meta != BuiltinTypes.TYPE) {
                Object m = meta.lookup("__instancecheck__");
                if (m != null && m != typeInstancecheck) {
                    return isTrue(CallSupport.callMethod(m, c, obj));
                }
            }
            return recursiveIsInstance(obj, type, c);
        } else if (classinfo instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE) {
            for (Object ci : t.getItems()) {
                if (isInstance(obj, ci)) {
                    return true;
                }
            }
            return false;
        }
        Object m = BuiltinTypes.typeOf(classinfo).lookup("__instancecheck__");
        if (m != null) {
            return isTrue(CallSupport.callMethod(m, classinfo, obj));
        }
        throw PythonErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** isinstance without {@code __instancecheck__}: the type, or a {@code __class__} override. */
    @TruffleBoundary
    public static boolean recursiveIsInstance(Object obj, PythonClass type, PythonClass c) {
        if (type.isSubclassOf(c)) {
            return true;
        }
        if (!type.isBuiltin()) {
            Object k = INSTANCE.lookupAttribute(obj, "__class__");
            if (k instanceof PythonClass kc && kc != type) {
                return kc.isSubclassOf(c);
            }
        }
        return false;
    }

    @Override
    @TruffleBoundary
    public boolean isSubclass(Object cls, Object classinfo) {
        if (classinfo instanceof PythonClass c) {
            if (cls instanceof PythonClass k && c.getPythonClass() == BuiltinTypes.TYPE) {
                return k.isSubclassOf(c);
            }
            PythonClass meta = c.getPythonClass();
            Object m = meta.lookup("__subclasscheck__");
            if (m != null && m != typeSubclasscheck) {
                return isTrue(CallSupport.callMethod(m, c, cls));
            }
            return recursiveIsSubclass(cls, c);
        } else if (classinfo instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE) {
            for (Object ci : t.getItems()) {
                if (isSubclass(cls, ci)) {
                    return true;
                }
            }
            return false;
        }
        Object m = BuiltinTypes.typeOf(classinfo).lookup("__subclasscheck__");
        if (m != null) {
            return isTrue(CallSupport.callMethod(m, classinfo, cls));
        }
        throw PythonErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    @TruffleBoundary
    public static boolean recursiveIsSubclass(Object cls, PythonClass c) {
        if (cls instanceof PythonClass k) {
            return k.isSubclassOf(c);
        }
        Object bases = INSTANCE.lookupAttribute(cls, "__bases__");
        if (!(bases instanceof PTuple)) {
            throw PythonErrors.typeError("issubclass() arg 1 must be a class");
        }
        for (Object b : ((PTuple) bases).getItems()) {
            if (b == c || INSTANCE.isSubclass(b, c)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ index / format / call

    @Override
    @TruffleBoundary
    public Object index(Object obj) {
        if (obj instanceof Long || obj instanceof BigInteger) {
            return obj;
        } else if (obj instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        PythonClass type = BuiltinTypes.typeOf(obj);
        Object m = type.lookup("__index__");
        if (m == null) {
            throw PythonErrors.typeError("'%s' object cannot be interpreted as an integer", type.getName());
        }
        Object r = CallSupport.callMethod(m, obj);
        if (r instanceof Long || r instanceof BigInteger) {
            return r;
        } else if (r instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (BuiltinTypes.typeOf(r).isSubclassOf(BuiltinTypes.INT)) {
            return r;
        }
        throw PythonErrors.typeError("__index__ returned non-int (type %s)", BuiltinTypes.typeOf(r).getName());
    }

    /**
     * {@code index(obj)} as a Java long clamped the way CPython's {@code PyNumber_AsSsize_t} with
     * OverflowError: raises {@code IndexError("cannot fit 'int' into an index-sized integer")}.
     */
    @TruffleBoundary
    public static long asIndex(Object obj) {
        Object i = INSTANCE.index(obj);
        if (i instanceof Long l) {
            return l;
        }
        throw PythonErrors.indexError("cannot fit '%s' into an index-sized integer", BuiltinTypes.typeOf(obj).getName());
    }

    /** Like {@link #asIndex} but saturates instead of raising (slice bounds). */
    @TruffleBoundary
    public static long asIndexClamped(Object obj) {
        Object i = INSTANCE.index(obj);
        if (i instanceof Long l) {
            return l;
        }
        return ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    @Override
    @TruffleBoundary
    public String format(Object obj, String spec) {
        if (obj instanceof String s && spec.isEmpty()) {
            return s;
        }
        Object m = BuiltinTypes.typeOf(obj).lookup("__format__");
        if (m == null) {
            throw PythonErrors.typeError("Type %s doesn't define __format__", BuiltinTypes.typeOf(obj).getName());
        }
        Object r = CallSupport.callMethod(m, obj, spec);
        if (r instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("__format__ must return a str, not %s", BuiltinTypes.typeOf(r).getName());
    }

    @Override
    @TruffleBoundary
    public Object callClass(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues) {
        PythonClass meta = cls.getPythonClass();
        if (meta != BuiltinTypes.TYPE) {
            Object m = meta.lookup("__call__");
            if (m != null && m != typeCall) {
                return CallSupport.callSpecialMethod(m, cls, args, kwNames, kwValues);
            }
        }
        return classCaller.call(cls, args, kwNames, kwValues);
    }

    // ------------------------------------------------------------------ recursion guard for reprs

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> REPR_GUARD = ThreadLocal.withInitial(IdentityHashMap::new);

    /** Enters a container repr; false when {@code obj} is already being printed (recursion). */
    public static boolean reprEnter(Object obj) {
        return REPR_GUARD.get().put(obj, Boolean.TRUE) == null;
    }

    public static void reprLeave(Object obj) {
        REPR_GUARD.get().remove(obj);
    }

    // ------------------------------------------------------------------ small helpers for builtins

    /** Materialises any iterable as a Java array (fast for lists and tuples). */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PList l && l.getPythonClass() == BuiltinTypes.LIST) {
            return l.toArray();
        } else if (iterable instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE) {
            return t.getItems();
        }
        PList out = new PList();
        Object it = INSTANCE.getIter(iterable);
        Object x;
        while ((x = INSTANCE.next(it)) != null) {
            out.append(x);
        }
        return out.toArray();
    }
}
