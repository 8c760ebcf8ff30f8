package org.cinderj.runtime.dict;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * {@code dict}: insertion-ordered, with Python key equality ({@code 1 == 1.0 == True}).
 *
 * <p>Keys are normalised before they reach the Java map: str and int keys are used as they are
 * (their Java equality agrees with Python's), bool and integral floats become the equal int, and
 * any other object is wrapped in a {@link HashKey} whose {@code hashCode}/{@code equals} call
 * Python's {@code __hash__}/{@code __eq__}. Each entry keeps the original key object.
 */
public final class PDict extends PythonObject {
    private final LinkedHashMap<Object, Entry> map;
    /** Bumped on every insertion or removal, to detect mutation during iteration. */
    private int version;
    /**
     * For module namespaces: per-key assumptions that the value bound to a str key does not
     * change. Global-read nodes cache values under them; any write of the key invalidates.
     */
    private java.util.HashMap<Object, com.oracle.truffle.api.utilities.CyclicAssumption> watchers;

    /** One item: the key object as the user gave it, and the value. */
    public static final class Entry {
        public final Object key;
        public Object value;

        Entry(Object key, Object value) {
            this.key = key;
            this.value = value;
        }
    }

    public PDict() {
        this(BuiltinTypes.DICT);
    }

    public PDict(PythonClass cls) {
        super(cls);
        this.map = new LinkedHashMap<>();
    }

    /** The Java map key that stands for a Python key; raises TypeError for unhashable keys. */
    @TruffleBoundary
    public static Object normalize(Object key) {
        if (key instanceof String || key instanceof Long) {
            return key;
        } else if (key instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (key instanceof Double d) {
            double v = d;
            if (v == Math.rint(v) && !Double.isInfinite(v)) {
                if (v >= -9.223372036854776E18 && v < 9.223372036854776E18) {
                    return (long) v;
                }
                return new java.math.BigDecimal(v).toBigInteger();
            }
            return d;
        } else if (key instanceof BigInteger) {
            return key;
        }
        return new HashKey(key, PyOps.hash(key));
    }

    /** A key compared with Python's {@code __eq__} and hashed with Python's {@code __hash__}. */
    static final class HashKey {
        final Object key;
        final long hash;

        HashKey(Object key, long hash) {
            this.key = key;
            this.hash = hash;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof HashKey o)) {
                return false;
            }
            return key == o.key || (hash == o.hash && PyOps.equals(key, o.key));
        }
    }

    /** Marks this dict as a namespace whose keys global-read nodes may watch. */
    public void makeWatchable() {
        if (watchers == null) {
            watchers = new java.util.HashMap<>();
        }
    }

    public boolean isWatchable() {
        return watchers != null;
    }

    /** The assumption that {@code key}'s binding stays as it is now; only for watchable dicts. */
    @TruffleBoundary
    public com.oracle.truffle.api.Assumption getWatchAssumption(Object key) {
        return watchers.computeIfAbsent(key, k -> new com.oracle.truffle.api.utilities.CyclicAssumption("global " + k)).getAssumption();
    }

    private void changed(Object normalizedKey) {
        if (watchers != null) {
            com.oracle.truffle.api.utilities.CyclicAssumption a = watchers.get(normalizedKey);
            if (a != null) {
                a.invalidate();
            }
        }
    }

    @TruffleBoundary
    public Object get(Object key) {
        Entry e = map.get(normalize(key));
        return e == null ? null : e.value;
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return map.containsKey(normalize(key));
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        Object k = normalize(key);
        Entry e = map.get(k);
        if (e != null) {
            if (e.value != value) {
                e.value = value;
                changed(k);
            }
        } else {
            map.put(k, new Entry(key, value));
            version++;
            changed(k);
        }
    }

    /** Removes the key; returns its value or null when it was absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        Object k = normalize(key);
        Entry e = map.remove(k);
        if (e != null) {
            version++;
            changed(k);
            return e.value;
        }
        return null;
    }

    public int size() {
        return map.size();
    }

    public int getVersion() {
        return version;
    }

    @TruffleBoundary
    public void clear() {
        if (watchers != null) {
            for (Object k : map.keySet()) {
                changed(k);
            }
        }
        map.clear();
        version++;
    }

    /** Entries in insertion order. Mutating the dict while iterating throws in Java. */
    @TruffleBoundary
    public Iterable<Entry> entries() {
        return map.values();
    }

    @TruffleBoundary
    public Object[] keysArray() {
        Object[] result = new Object[map.size()];
        int i = 0;
        for (Entry e : map.values()) {
            result[i++] = e.key;
        }
        return result;
    }

    @TruffleBoundary
    public Object[] valuesArray() {
        Object[] result = new Object[map.size()];
        int i = 0;
        for (Entry e : map.values()) {
            result[i++] = e.value;
        }
        return result;
    }

    @TruffleBoundary
    public Entry[] entriesArray() {
        return map.values().toArray(new Entry[0]);
    }

    /** Removes and returns the last inserted entry, or null when empty ({@code popitem}). */
    @TruffleBoundary
    public Entry popLast() {
        Entry last = null;
        Object lastKey = null;
        Iterator<Map.Entry<Object, Entry>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Object, Entry> me = it.next();
            last = me.getValue();
            lastKey = me.getKey();
        }
        if (last != null) {
            map.remove(lastKey);
            version++;
            changed(lastKey);
        }
        return last;
    }

    /** String-keyed put for builtin code building keyword dicts. */
    public void putString(String key, Object value) {
        put(key, value);
    }
}
