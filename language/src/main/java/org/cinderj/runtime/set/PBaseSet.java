package org.cinderj.runtime.set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.runtime.dict.HashTable;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.PythonClass;

/** Common storage of {@code set} and {@code frozenset}: the same ordered hash table as dict, keys only. */
public abstract class PBaseSet extends PythonObject {
    protected HashTable table = new HashTable();

    protected PBaseSet(PythonClass cls) {
        super(cls);
    }

    public HashTable getTable() {
        return table;
    }

    public void setTable(HashTable table) {
        this.table = table;
    }

    public int size() {
        return table.size();
    }

    @TruffleBoundary
    public boolean contains(Object key) {
        return table.getEntry(key) != null;
    }

    /**
     * {@code key in self}: as CPython, a set that cannot be hashed is looked up as the frozenset
     * with its elements ({@code {1, 2} in {frozenset({1, 2})}} is True).
     */
    @TruffleBoundary
    public boolean containsKey(Object key) {
        try {
            return contains(key);
        } catch (org.cinderj.runtime.exception.PException e) {
            return contains(frozenKey(key, e));
        }
    }

    /** {@code discard}/{@code remove} of a key: an unhashable set is looked up as a frozenset, as in {@link #containsKey}. */
    @TruffleBoundary
    public boolean discardKey(Object key) {
        try {
            return discard(key);
        } catch (org.cinderj.runtime.exception.PException e) {
            return discard(frozenKey(key, e));
        }
    }

    /** The frozenset to retry an unhashable set key with; rethrows {@code e} for any other key. */
    private static Object frozenKey(Object key, org.cinderj.runtime.exception.PException e) {
        if (key instanceof PSet s && org.cinderj.runtime.exception.PythonErrors.isInstance(e, org.cinderj.runtime.type.BuiltinTypes.TYPE_ERROR)) {
            PFrozenSet f = new PFrozenSet();
            f.setTable(s.getTable().copy());
            return f;
        }
        throw e;
    }

    /** Adds the key; true when it was not present. */
    @TruffleBoundary
    public boolean add(Object key) {
        return table.putIfAbsentEntry(key, HashTable.hashOf(key), null) == null;
    }

    @TruffleBoundary
    public boolean discard(Object key) {
        return table.remove(key, HashTable.hashOf(key)) != null;
    }

    @TruffleBoundary
    public Object[] toArray() {
        Object[] result = new Object[table.size()];
        int i = 0;
        for (int p = 0; p < table.usedSlots(); p++) {
            PDict.Entry e = table.entryAt(p);
            if (e != null) {
                result[i++] = e.key;
            }
        }
        return result;
    }

    /** Entries (key and cached hash) in table order. */
    @TruffleBoundary
    public PDict.Entry[] entriesArray() {
        PDict.Entry[] result = new PDict.Entry[table.size()];
        int i = 0;
        for (int p = 0; p < table.usedSlots(); p++) {
            PDict.Entry e = table.entryAt(p);
            if (e != null) {
                result[i++] = e;
            }
        }
        return result;
    }

    @TruffleBoundary
    public void addEntry(PDict.Entry e) {
        table.putIfAbsentEntry(e.key, e.getHash(), null);
    }

    @TruffleBoundary
    public boolean containsEntry(PDict.Entry e) {
        return table.getEntry(e.key, e.getHash()) != null;
    }
}
