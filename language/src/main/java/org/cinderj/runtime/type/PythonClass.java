package org.cinderj.runtime.type;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerAsserts;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.utilities.CyclicAssumption;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cinderj.runtime.object.PythonObject;

/**
 * A Python type object: builtin or user-defined.
 *
 * <p>The class namespace is a Java map from attribute name to value. Lookups through the MRO are
 * cached by nodes under {@link #getStableAssumption()}, which is invalidated whenever this class
 * or any class in its MRO changes; so method lookup in compiled code is a constant.
 *
 * <p>{@link #getLayoutBase()} is the builtin class whose Java representation instances use
 * (e.g. a subclass of {@code list} makes {@code PList} instances): that is what {@code __new__}
 * allocates and what {@code __class__} assignment must preserve.
 */
public final class PythonClass extends PythonObject {
    private String name;
    private String qualname;
    private final boolean builtin;
    private PythonClass[] bases;
    private PythonClass[] mro;
    private PythonClass layoutBase;
    private final Map<String, Object> namespace = new LinkedHashMap<>();
    private final CyclicAssumption stable;
    private final List<WeakReference<PythonClass>> subclasses = new ArrayList<>();
    /** Names of {@code __slots__} declared by this class, or null. */
    private String[] slots;
    /** Whether instances have a {@code __dict__} (false only when every class declares __slots__). */
    private boolean instancesHaveDict = true;
    /** Flags such as "is abstract", "immutable" (strict modules) and "static class" (Static Python). */
    private int flags;

    public static final int FLAG_ABSTRACT = 1;
    public static final int FLAG_IMMUTABLE = 2;
    public static final int FLAG_BASETYPE = 4;

    public PythonClass(PythonClass metaclass, String name, PythonClass[] bases, boolean builtin) {
        super(metaclass);
        this.name = name;
        this.qualname = name;
        this.builtin = builtin;
        this.bases = bases;
        this.stable = new CyclicAssumption(name);
        this.flags = FLAG_BASETYPE;
        for (PythonClass base : bases) {
            base.addSubclass(this);
        }
        this.mro = Mro.compute(this);
        this.layoutBase = computeLayoutBase();
    }

    /**
     * CPython's mro_internal: the C3 linearization, or what the metaclass's own {@code mro()}
     * returns when it overrides {@code type.mro}.
     */
    @TruffleBoundary
    static PythonClass[] computeMro(PythonClass c) {
        PythonClass meta = c.getPythonClass();
        if (meta != null && !meta.isBuiltin()) {
            Object m = meta.lookup("mro");
            if (m != null && m != BuiltinTypes.TYPE.getOwn("mro")) {
                Object r = org.cinderj.runtime.function.CallSupport.callMethod(m, c);
                Object[] items = org.cinderj.runtime.ProtocolImpl.toArray(r);
                PythonClass[] out = new PythonClass[items.length];
                for (int i = 0; i < items.length; i++) {
                    if (!(items[i] instanceof PythonClass k)) {
                        throw org.cinderj.runtime.exception.PythonErrors.typeError("mro() returned a non-class ('%s')", BuiltinTypes.typeOf(items[i]).getName());
                    }
                    out[i] = k;
                }
                return out;
            }
        }
        return Mro.compute(c);
    }

    /** Once a class statement has filled in the class: its metaclass's own {@code mro()}, if any, decides the MRO. */
    @TruffleBoundary
    public void applyCustomMro() {
        PythonClass meta = getPythonClass();
        if (meta != null && !meta.isBuiltin() && meta.lookup("mro") != BuiltinTypes.TYPE.getOwn("mro")) {
            this.mro = computeMro(this);
            this.layoutBase = computeLayoutBase();
            invalidate();
        }
    }

    private PythonClass computeLayoutBase() {
        if (builtin) {
            return this;
        }
        for (PythonClass c : mro) {
            if (c.builtin && c != BuiltinTypes.OBJECT) {
                return c.layoutBase;
            }
        }
        return BuiltinTypes.OBJECT;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        invalidate();
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public PythonClass[] getBases() {
        return bases;
    }

    public PythonClass getBase() {
        return bases.length == 0 ? null : bases[0];
    }

    public PythonClass[] getMro() {
        return mro;
    }

    /** Replaces the bases ({@code __bases__} assignment) and recomputes the MRO. */
    @TruffleBoundary
    public void setBases(PythonClass[] newBases) {
        PythonClass[] oldBases = this.bases;
        this.bases = newBases;
        // the MROs of this class and of every class below it follow; if one cannot be computed
        // (an MRO conflict, a failing mro()), all of them and the bases are restored, as CPython
        java.util.Map<PythonClass, PythonClass[]> oldMros = new java.util.LinkedHashMap<>();
        try {
            recomputeMro(this, oldMros);
        } catch (RuntimeException e) {
            this.bases = oldBases;
            for (var entry : oldMros.entrySet()) {
                entry.getKey().mro = entry.getValue();
                entry.getKey().layoutBase = entry.getKey().computeLayoutBase();
            }
            invalidate();
            throw e;
        }
        for (PythonClass base : oldBases) {
            base.subclasses.removeIf(ref -> ref.get() == this);
        }
        for (PythonClass base : newBases) {
            base.addSubclass(this);
        }
        invalidate();
    }

    private static void recomputeMro(PythonClass c, java.util.Map<PythonClass, PythonClass[]> oldMros) {
        if (oldMros.containsKey(c)) {
            return;
        }
        oldMros.put(c, c.mro);
        c.mro = computeMro(c);
        c.layoutBase = c.computeLayoutBase();
        for (PythonClass sub : c.getSubclasses()) {
            recomputeMro(sub, oldMros);
        }
    }

    public PythonClass getLayoutBase() {
        return layoutBase;
    }

    public String[] getSlots() {
        return slots;
    }

    public void setSlots(String[] slots) {
        this.slots = slots;
    }

    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    public void setInstancesHaveDict(boolean value) {
        this.instancesHaveDict = value;
    }

    public int getFlags() {
        return flags;
    }

    public void setFlags(int flags) {
        this.flags = flags;
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    /** Valid as long as neither this class nor any class of its MRO has changed. */
    public Assumption getStableAssumption() {
        return stable.getAssumption();
    }

    /** This class's own namespace entry, or null. */
    @TruffleBoundary
    public Object getOwn(String key) {
        return namespace.get(key);
    }

    /** The live namespace; mutate only through {@link #setAttribute}/{@link #deleteAttribute}. */
    public Map<String, Object> getNamespace() {
        return namespace;
    }

    /** Looks {@code key} up along the MRO; null when absent. Nodes cache the result. */
    @TruffleBoundary
    public Object lookup(String key) {
        for (PythonClass c : mro) {
            Object value = c.namespace.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The class of the MRO that defines {@code key}, or null. */
    @TruffleBoundary
    public PythonClass lookupOwner(String key) {
        for (PythonClass c : mro) {
            if (c.namespace.containsKey(key)) {
                return c;
            }
        }
        return null;
    }

    @TruffleBoundary
    public void setAttribute(String key, Object value) {
        Object old = namespace.put(key, value);
        // Rebinding a plain data attribute (a class-level counter, a constant) changes no method
        // resolution: keep compiled lookups. Nodes never cache the values of such attributes.
        if (old != null && isPlainData(old) && isPlainData(value) && !(key.startsWith("__") && key.endsWith("__"))) {
            ValueWatch w = valueWatches.get(key);
            if (w != null) {
                w.invalidations++;
                w.assumption.invalidate();
            }
            return;
        }
        invalidate();
    }

    /** Per-key watch of a plain data attribute's value, for nodes that cache the value itself. */
    private static final class ValueWatch {
        final CyclicAssumption assumption;
        int invalidations;

        ValueWatch(String key) {
            this.assumption = new CyclicAssumption("class attribute " + key);
        }
    }

    private final java.util.HashMap<String, ValueWatch> valueWatches = new java.util.HashMap<>();

    /** Valid while the plain data attribute {@code key} of this class keeps its value. */
    @TruffleBoundary
    public Assumption getValueAssumption(String key) {
        return valueWatches.computeIfAbsent(key, ValueWatch::new).assumption.getAssumption();
    }

    /** How often {@code key} was rebound: values rebound often are not worth caching. */
    @TruffleBoundary
    public int getValueInvalidations(String key) {
        ValueWatch w = valueWatches.get(key);
        return w == null ? 0 : w.invalidations;
    }

    /** A value that is neither a function nor a descriptor: lookups of it are not cached by value. */
    public static boolean isPlainData(Object v) {
        if (v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof java.math.BigInteger) {
            return true;
        }
        if (v instanceof org.cinderj.runtime.function.PFunction || v instanceof org.cinderj.runtime.function.PBuiltinFunction
                        || v instanceof org.cinderj.runtime.function.PClassMethod || v instanceof org.cinderj.runtime.function.PStaticMethod
                        || v instanceof org.cinderj.runtime.function.PProperty || v instanceof org.cinderj.runtime.function.PGetSetDescriptor
                        || v instanceof PythonClass) {
            return false;
        }
        PythonClass t = BuiltinTypes.typeOf(v);
        return t.lookup("__get__") == null && t.lookup("__set__") == null && t.lookup("__delete__") == null;
    }

    /** Returns false when the key was absent. */
    @TruffleBoundary
    public boolean deleteAttribute(String key) {
        boolean had = namespace.remove(key) != null;
        invalidate();
        return had;
    }

    /** Defines an attribute of a builtin type while it is being built: no invalidation needed. */
    public void define(String key, Object value) {
        CompilerAsserts.neverPartOfCompilation();
        namespace.put(key, value);
    }

    public boolean isSubclassOf(PythonClass other) {
        if (this == other) {
            return true;
        }
        for (PythonClass c : mro) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    private void invalidate() {
        stable.invalidate();
        for (PythonClass sub : getSubclasses()) {
            if (sub != this) {
                sub.invalidate();
            }
        }
    }

    @TruffleBoundary
    private void addSubclass(PythonClass sub) {
        subclasses.add(new WeakReference<>(sub));
    }

    /** Live direct subclasses ({@code type.__subclasses__}). */
    @TruffleBoundary
    public List<PythonClass> getSubclasses() {
        List<PythonClass> result = new ArrayList<>();
        subclasses.removeIf(ref -> ref.get() == null);
        for (WeakReference<PythonClass> ref : subclasses) {
            PythonClass c = ref.get();
            if (c != null && !result.contains(c)) {
                result.add(c);
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
