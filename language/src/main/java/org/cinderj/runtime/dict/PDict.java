package org.cinderj.runtime.dict;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * {@code dict}: insertion-ordered, with Python key equality ({@code 1 == 1.0 == True}).
 *
 * <p>The storage is a {@link HashTable} probed with Python hash values; each entry keeps the
 * original key object, its hash and the value.
 */
public final class PDict extends PythonObject {
    private HashTable table = new HashTable();
    /**
     * For module namespaces: per-key assumptions that the value bound to a str key does not
     * change. Global-read nodes cache values under them; any write of the key invalidates.
     */
    private java.util.HashMap<Object, com.oracle.truffle.api.utilities.CyclicAssumption> watchers;

    /** One item: the key object as the user gave it, its hash, and the value. */
    public static final class Entry {
        public final Object key;
        public Object value;
        final long hash;

        Entry(Object key, Object value, long hash) {
            this.key = key;
            this.value = value;
            this.hash = hash;
        }

        public long getHash() {
            return hash;
        }
    }

    public PDict() {
        this(BuiltinTypes.DICT);
    }

    public PDict(PythonClass cls) {
        super(cls);
    }

    /**
     * Kept for compatibility: keys are no longer normalised (the table compares with Python
     * equality and hash), so this returns the key after checking that it is hashable.
     */
    @TruffleBoundary
    public static Object normalize(Object key) {
        HashTable.hashOf(key);
        return key;
    }

    /** The underlying table (for the dict/set builtins and iterators); mutate only through PDict methods. */
    public HashTable getTable() {
        if (mirrorOwner != null) {
            syncFromOwner();
        }
        return table;
    }

    // ---- mirror mode: the __dict__ of an object whose attributes live in its shape ----

    /** Key under which an object's mirror dict is cached in its own shape (not a str: invisible to Python). */
    private static final Object MIRROR_KEY = new Object() {
        @Override
        public String toString() {
            return "<__dict__ mirror>";
        }
    };

    /** Non-null for the live {@code __dict__} view of an object's shape attributes. */
    private PythonObject mirrorOwner;

    /**
     * The live {@code __dict__} of an object whose attributes are stored in its shape: reads see
     * the shape's current attributes, writes go to both.
     */
    @TruffleBoundary
    public static PDict mirrorOf(PythonObject owner) {
        com.oracle.truffle.api.object.DynamicObjectLibrary lib = com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached();
        Object cached = lib.getOrDefault(owner, MIRROR_KEY, null);
        if (cached instanceof PDict d) {
            return d;
        }
        PDict d = new PDict();
        d.mirrorOwner = owner;
        lib.put(owner, MIRROR_KEY, d);
        return d;
    }

    public boolean isMirror() {
        return mirrorOwner != null;
    }

    @TruffleBoundary
    private void syncFromOwner() {
        com.oracle.truffle.api.object.DynamicObjectLibrary lib = com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached();
        Object[] keys = lib.getKeyArray(mirrorOwner);
        int n = 0;
        boolean same = true;
        int pos = 0;
        for (Object k : keys) {
            if (!(k instanceof String)) {
                continue;
            }
            n++;
            if (same) {
                Entry e = null;
                while (pos < table.usedSlots() && (e = table.entryAt(pos)) == null) {
                    pos++;
                }
                pos++;
                if (e == null || !k.equals(e.key) || e.value != lib.getOrDefault(mirrorOwner, k, null)) {
                    same = false;
                }
            }
        }
        if (same && n == table.size()) {
            return;
        }
        HashTable t = new HashTable();
        for (Object k : keys) {
            if (k instanceof String) {
                t.putIfAbsentEntry(k, HashTable.hashOf(k), lib.getOrDefault(mirrorOwner, k, null));
            }
        }
        table = t;
    }

    private void mirrorPut(Object key, Object value) {
        if (key instanceof String) {
            com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().put(mirrorOwner, key, value);
        }
    }

    private void mirrorRemove(Object key) {
        if (key instanceof String) {
            com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().removeKey(mirrorOwner, key);
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

    private void changed(Object key) {
        if (watchers != null) {
            com.oracle.truffle.api.utilities.CyclicAssumption a = watchers.get(key);
            if (a != null) {
                a.invalidate();
            }
        }
    }

    @TruffleBoundary
    public Object get(Object key) {
        if (mirrorOwner != null) {
            syncFromOwner();
        }
        Entry e = table.getEntry(key);
        return e == null ? null : e.value;
    }

    @TruffleBoundary
    public Object get(Object key, long hash) {
        if (mirrorOwner != null) {
            syncFromOwner();
        }
        Entry e = table.getEntry(key, hash);
        return e == null ? null : e.value;
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        if (mirrorOwner != null) {
            syncFromOwner();
        }
        return table.getEntry(key) != null;
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        put(key, HashTable.hashOf(key), value);
    }

    @TruffleBoundary
    public void put(Object key, long hash, Object value) {
        if (mirrorOwner != null) {
            syncFromOwner();
            mirrorPut(key, value);
        }
        Entry e = table.putIfAbsentEntry(key, hash, value);
        if (e != null) {
            if (e.value != value) {
                e.value = value;
                changed(e.key);
            }
        } else {
            changed(key);
        }
    }

    /** Inserts only when absent; returns the existing value or null when inserted ({@code setdefault}). */
    @TruffleBoundary
    public Object putIfAbsent(Object key, Object value) {
        if (mirrorOwner != null) {
            Object v = get(key);
            if (v != null) {
                return v;
            }
            put(key, value);
            return null;
        }
        Entry e = table.putIfAbsentEntry(key, HashTable.hashOf(key), value);
        if (e != null) {
            return e.value;
        }
        changed(key);
        return null;
    }

    /** Removes the key; returns its value or null when it was absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        if (mirrorOwner != null) {
            syncFromOwner();
        }
        Entry e = table.remove(key, HashTable.hashOf(key));
        if (e != null) {
            if (mirrorOwner != null) {
                mirrorRemove(e.key);
            }
            changed(e.key);
            return e.value;
        }
        return null;
    }

    public int size() {
        if (mirrorOwner != null) {
            syncFromOwner();
        }
        return table.size();
    }

    public int getVersion() {
        return table.version();
    }

    @TruffleBoundary
    public void clear() {
        if (mirrorOwner != null) {
            for (Object k : keysArray()) {
                mirrorRemove(k);
            }
        }
        if (watchers != null) {
            for (Entry e : entries()) {
                changed(e.key);
            }
        }
        table.clear();
    }

    /** Replaces the contents with a copy of {@code other}'s. */
    @TruffleBoundary
    public void setContentsFrom(PDict other) {
        clear();
        if (watchers == null && mirrorOwner == null) {
            table = other.table.copy();
        } else {
            for (Entry e : other.entriesArray()) {
                put(e.key, e.hash, e.value);
            }
        }
    }

    /** A shallow copy of class {@code cls}. */
    @TruffleBoundary
    public PDict copy(PythonClass cls) {
        PDict d = new PDict(cls);
        d.table = getTable().copy();
        return d;
    }

    /** Entries in insertion order. Adding or removing keys while iterating is a RuntimeException. */
    @TruffleBoundary
    public Iterable<Entry> entries() {
        if (mirrorOwner != null) {
            syncFromOwner();
        }
        return () -> new Iterator<>() {
            private int pos = advance(0);
            private final int version = table.version();

            private int advance(int p) {
                while (p < table.usedSlots() && table.entryAt(p) == null) {
                    p++;
                }
                return p;
            }

            @Override
            public boolean hasNext() {
                return pos < table.usedSlots();
            }

            @Override
            public Entry next() {
                if (version != table.version()) {
                    throw new java.util.ConcurrentModificationException();
                }
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Entry e = table.entryAt(pos);
                pos = advance(pos + 1);
                return e;
            }
        };
    }

    @TruffleBoundary
    public Object[] keysArray() {
        Entry[] entries = entriesArray();
        Object[] result = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            result[i] = entries[i].key;
        }
        return result;
    }

    @TruffleBoundary
    public Object[] valuesArray() {
        Entry[] entries = entriesArray();
        Object[] result = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            result[i] = entries[i].value;
        }
        return result;
    }

    @TruffleBoundary
    public Entry[] entriesArray() {
        if (mirrorOwner != null) {
            syncFromOwner();
        }
        Entry[] result = new Entry[table.size()];
        int i = 0;
        for (int p = 0; p < table.usedSlots(); p++) {
            Entry e = table.entryAt(p);
            if (e != null) {
                result[i++] = e;
            }
        }
        return result;
    }

    /** Removes and returns the last inserted entry, or null when empty ({@code popitem}). */
    @TruffleBoundary
    public Entry popLast() {
        if (mirrorOwner != null) {
            syncFromOwner();
        }
        Entry e = table.removeLast();
        if (e != null) {
            if (mirrorOwner != null) {
                mirrorRemove(e.key);
            }
            changed(e.key);
        }
        return e;
    }

    /** String-keyed put for builtin code building keyword dicts. */
    public void putString(String key, Object value) {
        put(key, value);
    }
}
