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
