package org.cinderj.runtime.dict;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Arrays;
import org.cinderj.runtime.PyOps;

/**
 * The insertion-ordered open-addressing hash table behind {@code dict}, {@code set} and
 * {@code frozenset}: a dense array of entries in insertion order plus a sparse index array of
 * entry positions, probed with Python hash values (so {@code 1}, {@code 1.0} and {@code True} are
 * one key, as in CPython, without normalising keys).
 *
 * <p>Deleted entries leave a null hole in the entry array, so iteration by position stays valid
 * across deletions; the entry array is compacted only when it is full and the table is resized.
 */
public final class HashTable {
    /** Marker in {@link #index} for a slot whose entry was deleted (probe chains continue past it). */
    private static final int DUMMY = -2;
    private static final int EMPTY = -1;

    private int[] index;
    private PDict.Entry[] entries;
    /** Entry positions used so far (live + holes). */
    private int used;
    private int size;
    /** Index slots that are not EMPTY (live entries plus DUMMY markers); bounded to keep probe chains finite. */
    private int fill;
    /** Bumped on every insertion or removal of a key. */
    private int version;

    public HashTable() {
        index = newIndex(8);
        entries = new PDict.Entry[5];
    }

    private static int[] newIndex(int n) {
        int[] a = new int[n];
        Arrays.fill(a, EMPTY);
        return a;
    }

    public int size() {
        return size;
    }

    public int version() {
        return version;
    }

    /** Positions {@code 0 .. usedSlots()-1} of {@link #entryAt} may hold entries (or null holes). */
    public int usedSlots() {
        return used;
    }

    /** The entry at {@code pos}, or null (a hole, or past the end after the table was cleared or compacted). */
    public PDict.Entry entryAt(int pos) {
        PDict.Entry[] e = entries;
        return pos < e.length ? e[pos] : null;
    }

    /** Python's hash of a key, with fast paths for str and int. */
    public static long hashOf(Object key) {
        if (key instanceof String s) {
            return org.cinderj.runtime.ProtocolImpl.hashString(s);
        } else if (key instanceof Long l) {
            return org.cinderj.runtime.ProtocolImpl.hashLong(l);
        }
        return PyOps.hash(key);
    }

    /** Key equality without running Python code: 1 equal, 0 not, -1 when only {@code __eq__} can tell. */
    private static int quickEquals(Object stored, Object key) {
        if (stored == key) {
            return 1;
        }
        if (stored instanceof String s1 && key instanceof String s2) {
            return s1.equals(s2) ? 1 : 0;
        }
        if (stored instanceof Long l1 && key instanceof Long l2) {
            return l1.longValue() == l2.longValue() ? 1 : 0;
        }
        return -1;
    }

    /**
     * Index slot holding the key, or -(first free slot)-1 when absent. A key's {@code __eq__} may
     * change the table; the probe then starts again on the table as it now is, as CPython's does.
     */
    @TruffleBoundary
    private int findSlot(Object key, long hash) {
        restart: while (true) {
            int[] idx = index;
            PDict.Entry[] ents = entries;
            int mask = idx.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            int freeSlot = -1;
            while (true) {
                int ix = idx[i];
                if (ix == EMPTY) {
                    return -(freeSlot >= 0 ? freeSlot : i) - 1;
                } else if (ix == DUMMY) {
                    if (freeSlot < 0) {
                        freeSlot = i;
                    }
                } else {
                    PDict.Entry e = ents[ix];
                    if (e.key == key) {
                        return i;
                    }
                    if (e.hash == hash) {
                        int eq = quickEquals(e.key, key);
                        if (eq < 0) {
                            // only a key's __eq__ can change the table under the probe
                            eq = PyOps.equals(e.key, key) ? 1 : 0;
                            if (index != idx || entries != ents || ents[ix] != e) {
                                continue restart;
                            }
                        }
                        if (eq == 1) {
                            return i;
                        }
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    @TruffleBoundary
    public PDict.Entry getEntry(Object key) {
        return getEntry(key, hashOf(key));
    }

    @TruffleBoundary
    public PDict.Entry getEntry(Object key, long hash) {
        if (size == 0) {
            return null;
        }
        int slot = findSlot(key, hash);
        return slot >= 0 ? entries[index[slot]] : null;
    }

    /**
     * Inserts or replaces; returns the existing entry (whose value the caller may update) or null
     * after inserting a new one.
     */
    @TruffleBoundary
    public PDict.Entry putIfAbsentEntry(Object key, long hash, Object value) {
        int slot = findSlot(key, hash);
        if (slot >= 0) {
            return entries[index[slot]];
        }
        if (used == entries.length || fill >= (index.length >> 1) + (index.length >> 3)) {
            resize();
            slot = findSlot(key, hash);
            if (slot >= 0) {
                // an __eq__ run by the second probe changed the table and the key is there now
                return entries[index[slot]];
            }
        }
        int free = -slot - 1;
        if (index[free] == EMPTY) {
            fill++;
        }
        PDict.Entry e = new PDict.Entry(key, value, hash);
        entries[used] = e;
        index[free] = used;
        used++;
        size++;
        version++;
        return null;
    }

    @TruffleBoundary
    public PDict.Entry remove(Object key, long hash) {
        if (size == 0) {
            return null;
        }
        int slot = findSlot(key, hash);
        if (slot < 0) {
            return null;
        }
        int pos = index[slot];
        PDict.Entry e = entries[pos];
        entries[pos] = null;
        index[slot] = DUMMY;
        size--;
        version++;
        // the position is not reused: an iterator must see a key added after a deletion as new
        // ("dictionary keys changed during iteration"), as CPython's entries
        return e;
    }

    /** Removes the last inserted entry (popitem); null when empty. */
    @TruffleBoundary
    public PDict.Entry removeLast() {
        if (size == 0) {
            return null;
        }
        // popitem gives back the trailing holes first, as CPython's does, so it stays O(1) amortized
        while (entries[used - 1] == null) {
            used--;
        }
        PDict.Entry e = entries[used - 1];
        PDict.Entry removed = remove(e.key, e.hash);
        while (used > 0 && entries[used - 1] == null) {
            used--;
        }
        return removed;
    }

    @TruffleBoundary
    public void clear() {
        index = newIndex(8);
        entries = new PDict.Entry[5];
        used = 0;
        size = 0;
        fill = 0;
        version++;
    }

    /** Grows (or compacts) so that there is room for one more entry. */
    private void resize() {
        int newEntries = Math.max(5, size * 3 / 2 + 5);
        int indexSize = 8;
        while (indexSize * 2 < newEntries * 3) {
            indexSize <<= 1;
        }
        PDict.Entry[] old = entries;
        int oldUsed = used;
        entries = new PDict.Entry[indexSize * 2 / 3];
        index = newIndex(indexSize);
        used = 0;
        fill = size;
        int mask = indexSize - 1;
        for (int p = 0; p < oldUsed; p++) {
            PDict.Entry e = old[p];
            if (e != null) {
                long perturb = e.hash;
                int i = (int) (e.hash & mask);
                while (index[i] != EMPTY) {
                    perturb >>>= 5;
                    i = (int) ((i * 5L + perturb + 1) & mask);
                }
                index[i] = used;
                entries[used++] = e;
            }
        }
    }

    /** A copy with the same keys and values (the entries are new objects). */
    @TruffleBoundary
    public HashTable copy() {
        HashTable t = new HashTable();
        t.index = index.clone();
        t.entries = new PDict.Entry[entries.length];
        for (int p = 0; p < used; p++) {
            PDict.Entry e = entries[p];
            if (e != null) {
                t.entries[p] = new PDict.Entry(e.key, e.value, e.hash);
            }
        }
        t.used = used;
        t.size = size;
        t.fill = fill;
        return t;
    }
}
