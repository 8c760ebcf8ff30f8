package org.cinderj.builtins.types.containers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Arrays;

/**
 * The sort of {@code list.sort} and {@code sorted()}: timsort, structured exactly like CPython
 * 3.10's. Only {@code <} is used.
 *
 * <p>Why the exact structure matters: {@code __lt__} can be Python code, so the sequence of
 * comparisons is observable (a program may count them, or one may raise part-way). Making the same
 * decisions as CPython — the same natural runs, minrun, run-stack merge order, galloping thresholds
 * and binary searches — makes the same {@code <} calls in the same order, and when one raises, the
 * list is left in the same permutation.
 *
 * <p>Outline: the input is cut into natural runs (non-decreasing, or strictly decreasing and then
 * reversed in place); a run shorter than minrun is extended to minrun by binary insertion. Runs are
 * pushed on a stack and merged while the lengths on the stack break the invariants that keep the
 * merges balanced. A merge first trims the parts of both runs that are already in place, then
 * merges pairwise; when one run keeps winning, it switches to galloping (exponential then binary
 * search) to move whole blocks at once.
 *
 * <p>Exceptions from a comparison propagate; every step keeps the array a permutation of the input
 * at each comparison (a merge copies back whatever it holds in its temporary array).
 *
 * <p>Keys that are all ints, all floats without a NaN, or all strs are sorted by
 * {@link LongKeySort} instead: their comparisons cannot be observed, so only the (unique) stable
 * result matters.
 */
public final class Sorting {
    /** Consecutive wins of one run after which a merge starts galloping (adapted per sort). */
    private static final int MIN_GALLOP = 7;
    /** Lists shorter than this are sorted by binary insertion alone (minrun is then the length). */
    private static final int MIN_MERGE = 64;
    /**
     * Initial run stack capacity; it grows when needed. (The collapse invariants make pending run
     * lengths grow at least like the Fibonacci numbers, so there are never more than about 45.)
     */
    private static final int INITIAL_PENDING = 8;

    private static final Object[] NO_OBJECTS = new Object[0];

    /** The keys that are compared. */
    private final Object[] keys;
    /** The values that move with the keys, or null when the keys are the values. */
    private final Object[] values;
    private final SortComparison comparison;

    /** The current galloping threshold: lowered while galloping pays off, raised when it does not. */
    private int minGallop = MIN_GALLOP;

    /** Scratch space for the shorter run of a merge. */
    private Object[] tmpKeys = NO_OBJECTS;
    private Object[] tmpValues = NO_OBJECTS;

    /** The pending runs, bottom to top: runs [runBase[i], runBase[i] + runLen[i]) are sorted. */
    private int[] runBase = new int[INITIAL_PENDING];
    private int[] runLen = new int[INITIAL_PENDING];
    private int pending;

    private Sorting(Object[] keys, Object[] values, SortComparison comparison) {
        this.keys = keys;
        this.values = values;
        this.comparison = comparison;
    }

    /**
     * Sorts {@code values[0..n)} stably. {@code keys} (same length) are the sort keys and are
     * permuted along with the values, or null to compare the values themselves.
     */
    @TruffleBoundary
    public static void sort(Object[] values, Object[] keys, int n) {
        if (n < 2) {
            return;
        }
        Object[] compared = keys == null ? values : keys;
        Object[] carried = keys == null ? null : values;
        SortComparison comparison = SortComparison.choose(compared, n);
        if (!comparison.trySortByImages(compared, carried, n)) {
            new Sorting(compared, carried, comparison).run(0, n);
        }
    }

    /** Sorts [lo, hi) of {@code keys} (with {@code values}, or null, moving along) by timsort. */
    static void sortRange(Object[] keys, Object[] values, int lo, int hi, SortComparison comparison) {
        new Sorting(keys, values, comparison).run(lo, hi - lo);
    }

    private boolean lt(Object a, Object b) {
        return comparison.lessThan(a, b);
    }

    private void run(int lo, int n) {
        int minRun = minRunLength(n);
        int remaining = n;
        do {
            int len = countRunAndMakeAscending(lo, lo + remaining);
            if (len < minRun) {
                int forced = Math.min(remaining, minRun);
                binaryInsertionSort(lo, lo + forced, lo + len);
                len = forced;
            }
            pushRun(lo, len);
            mergeCollapse();
            lo += len;
            remaining -= len;
        } while (remaining != 0);
        mergeForceCollapse();
    }

    /**
     * The minimum run length: n itself below {@link #MIN_MERGE}; otherwise the top six bits of n,
     * plus one if any lower bit is set. That lands in [32, 64] and makes n / minrun a power of two
     * or slightly less, so the final merges are balanced.
     */
    static int minRunLength(int n) {
        int lowBits = 0;
        while (n >= MIN_MERGE) {
            lowBits |= n & 1;
            n >>= 1;
        }
        return n + lowBits;
    }

    // ---- runs ---------------------------------------------------------------------------------

    /**
     * The length of the run starting at lo (hi bounds it): non-decreasing, or strictly decreasing.
     * A decreasing run is reversed in place; it must be strict so that reversing it cannot reorder
     * equal elements.
     */
    private int countRunAndMakeAscending(int lo, int hi) {
        if (lo + 1 == hi) {
            return 1;
        }
        int i = lo + 2;
        if (lt(keys[lo + 1], keys[lo])) {
            while (i < hi && lt(keys[i], keys[i - 1])) {
                i++;
            }
            reverseRange(lo, i);
        } else {
            while (i < hi && !lt(keys[i], keys[i - 1])) {
                i++;
            }
        }
        return i - lo;
    }

    private void reverseRange(int lo, int hi) {
        reverse(keys, lo, hi);
        if (values != null) {
            reverse(values, lo, hi);
        }
    }

    private static void reverse(Object[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * Sorts [lo, hi) given that [lo, start) is sorted: each further element is inserted after the
     * last element it is not smaller than (so equal elements keep their order), found by binary
     * search.
     */
    private void binaryInsertionSort(int lo, int hi, int start) {
        if (start == lo) {
            start++;
        }
        for (; start < hi; start++) {
            Object pivot = keys[start];
            int l = lo;
            int r = start;
            // keys[lo..l) <= pivot < keys[r..start)
            do {
                int m = l + ((r - l) >>> 1);
                if (lt(pivot, keys[m])) {
                    r = m;
                } else {
                    l = m + 1;
                }
            } while (l < r);
            insertAt(l, start);
        }
    }

    /** Moves the element at {@code from} down to {@code to}, shifting [to, from) up by one. */
    private void insertAt(int to, int from) {
        if (to == from) {
            return;
        }
        Object k = keys[from];
        System.arraycopy(keys, to, keys, to + 1, from - to);
        keys[to] = k;
        if (values != null) {
            Object v = values[from];
            System.arraycopy(values, to, values, to + 1, from - to);
            values[to] = v;
        }
    }

    // ---- the run stack ------------------------------------------------------------------------

    private void pushRun(int base, int len) {
        if (pending == runBase.length) {
            runBase = Arrays.copyOf(runBase, 2 * pending);
            runLen = Arrays.copyOf(runLen, 2 * pending);
        }
        runBase[pending] = base;
        runLen[pending] = len;
        pending++;
    }

    /**
     * Restores the stack invariants, for the top runs ... X, Y, Z (Z on top): X > Y + Z and Y > Z,
     * checked one run deeper too (W > X + Y) because checking only the top three can leave a
     * violation further down. When X is too short, Y merges with the shorter of X and Z.
     */
    private void mergeCollapse() {
        while (pending > 1) {
            int n = pending - 2;
            if ((n > 0 && runLen[n - 1] <= runLen[n] + runLen[n + 1]) || (n > 1 && runLen[n - 2] <= runLen[n - 1] + runLen[n])) {
                if (runLen[n - 1] < runLen[n + 1]) {
                    n--;
                }
                mergeAt(n);
            } else if (runLen[n] <= runLen[n + 1]) {
                mergeAt(n);
            } else {
                break;
            }
        }
    }

    /** At the end: merges all pending runs, the top one with the shorter of its neighbours first. */
    private void mergeForceCollapse() {
        while (pending > 1) {
            int n = pending - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) {
                n--;
            }
            mergeAt(n);
        }
    }

    /** Merges pending runs i and i + 1 (i is the second or third from the top). */
    private void mergeAt(int i) {
        int baseA = runBase[i];
        int lenA = runLen[i];
        int baseB = runBase[i + 1];
        int lenB = runLen[i + 1];
        runLen[i] = lenA + lenB;
        if (i == pending - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
        }
        pending--;

        // Elements of A not greater than B's first are already in place.
        int k = gallopRight(keys[baseB], keys, baseA, lenA, 0);
        baseA += k;
        lenA -= k;
        if (lenA == 0) {
            return;
        }
        // Elements of B not less than A's last are already in place.
        lenB = gallopLeft(keys[baseA + lenA - 1], keys, baseB, lenB, lenB - 1);
        if (lenB == 0) {
            return;
        }
        // Merge with a temporary copy of the shorter run.
        if (lenA <= lenB) {
            mergeLo(baseA, lenA, baseB, lenB);
        } else {
            mergeHi(baseA, lenA, baseB, lenB);
        }
    }

    // ---- galloping searches -------------------------------------------------------------------

    /**
     * The position of {@code key} in the sorted {@code a[base..base+n)}, before any equal elements:
     * the k with a[base+k-1] < key <= a[base+k]. The search starts at {@code hint} and probes at
     * offsets 1, 3, 7, 15... from it, then binary-searches the last gap: cheap when the answer is
     * near the hint.
     */
    private int gallopLeft(Object key, Object[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        if (lt(a[base + hint], key)) {
            // a[hint] < key: probe to the right until a[hint + lastOfs] < key <= a[hint + ofs]
            int maxOfs = n - hint;
            while (ofs < maxOfs && lt(a[base + hint + ofs], key)) {
                lastOfs = ofs;
                ofs = nextProbe(ofs, maxOfs);
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        } else {
            // key <= a[hint]: probe to the left until a[hint - ofs] < key <= a[hint - lastOfs]
            int maxOfs = hint + 1;
            while (ofs < maxOfs && !lt(a[base + hint - ofs], key)) {
                lastOfs = ofs;
                ofs = nextProbe(ofs, maxOfs);
            }
            ofs = Math.min(ofs, maxOfs);
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        }
        // a[lastOfs] < key <= a[ofs] (lastOfs may be -1 and ofs may be n): binary search between
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (lt(a[base + m], key)) {
                lastOfs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /**
     * Like {@link #gallopLeft} but after any equal elements: the k with a[base+k-1] <= key <
     * a[base+k]. (Merging takes A's elements before equal B elements, which keeps the sort stable.)
     */
    private int gallopRight(Object key, Object[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        if (lt(key, a[base + hint])) {
            // key < a[hint]: probe to the left until a[hint - ofs] <= key < a[hint - lastOfs]
            int maxOfs = hint + 1;
            while (ofs < maxOfs && lt(key, a[base + hint - ofs])) {
                lastOfs = ofs;
                ofs = nextProbe(ofs, maxOfs);
            }
            ofs = Math.min(ofs, maxOfs);
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        } else {
            // a[hint] <= key: probe to the right until a[hint + lastOfs] <= key < a[hint + ofs]
            int maxOfs = n - hint;
            while (ofs < maxOfs && !lt(key, a[base + hint + ofs])) {
                lastOfs = ofs;
                ofs = nextProbe(ofs, maxOfs);
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        }
        // a[lastOfs] <= key < a[ofs]: binary search between
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return ofs;
    }

    /** The next galloping offset, 2 * ofs + 1, or maxOfs where that would overflow an int. */
    private static int nextProbe(int ofs, int maxOfs) {
        int next = (ofs << 1) + 1;
        return next <= 0 ? maxOfs : next;
    }

    // ---- merging ------------------------------------------------------------------------------

    /**
     * Merges the adjacent sorted runs A = [baseA, baseA + na) and B = [baseB, baseB + nb), na <=
     * nb, left to right with A copied aside. mergeAt has trimmed them so that B's first element
     * goes first and A's last element goes last.
     *
     * <p>Invariant at every comparison: the free slots [dest, dest + na) lie just before B's
     * remaining elements, and A's remaining na elements are tmp[a, a + na). So whatever ends the
     * merge (completion or an exception), copying those back into the free slots leaves the
     * array complete.
     */
    private void mergeLo(int baseA, int na, int baseB, int nb) {
        Object[] k = keys;
        Object[] tmp = copyToTemp(baseA, na);
        int a = 0;
        int b = baseB;
        int dest = baseA;
        try {
            move(b++, dest++);
            nb--;
            if (nb == 0) {
                return;
            }
            if (na == 1) {
                moveBlock(b, dest, nb);
                dest += nb;
                return;
            }
            int gallop = minGallop;
            while (true) {
                int aWins = 0;
                int bWins = 0;
                // One element at a time until a run wins `gallop` times in a row.
                while (true) {
                    if (lt(k[b], tmp[a])) {
                        move(b++, dest++);
                        nb--;
                        bWins++;
                        aWins = 0;
                        if (nb == 0) {
                            return;
                        }
                        if (bWins >= gallop) {
                            break;
                        }
                    } else {
                        moveFromTemp(a++, dest++, 1);
                        na--;
                        aWins++;
                        bWins = 0;
                        if (na == 1) {
                            moveBlock(b, dest, nb);
                            dest += nb;
                            return;
                        }
                        if (aWins >= gallop) {
                            break;
                        }
                    }
                }
                // Gallop: find where the next element of each run goes among the other's, move
                // the block before it at once; stay while the blocks are long.
                gallop++;
                do {
                    gallop -= gallop > 1 ? 1 : 0;
                    minGallop = gallop;
                    aWins = gallopRight(k[b], tmp, a, na, 0);
                    if (aWins != 0) {
                        moveFromTemp(a, dest, aWins);
                        a += aWins;
                        dest += aWins;
                        na -= aWins;
                        if (na == 1) {
                            moveBlock(b, dest, nb);
                            dest += nb;
                            return;
                        }
                        if (na == 0) {
                            return; // only with an inconsistent __lt__
                        }
                    }
                    move(b++, dest++);
                    nb--;
                    if (nb == 0) {
                        return;
                    }
                    bWins = gallopLeft(tmp[a], k, b, nb, 0);
                    if (bWins != 0) {
                        moveBlock(b, dest, bWins);
                        b += bWins;
                        dest += bWins;
                        nb -= bWins;
                        if (nb == 0) {
                            return;
                        }
                    }
                    moveFromTemp(a++, dest++, 1);
                    na--;
                    if (na == 1) {
                        moveBlock(b, dest, nb);
                        dest += nb;
                        return;
                    }
                } while (aWins >= MIN_GALLOP || bWins >= MIN_GALLOP);
                // Galloping stopped paying off: make it harder to re-enter.
                gallop++;
                minGallop = gallop;
            }
        } finally {
            moveFromTemp(a, dest, na);
        }
    }

    /**
     * The mirror image of {@link #mergeLo} for na > nb: B is copied aside and the merge runs right
     * to left. At every comparison the free slots (dest - nb, dest] lie just after A's remaining
     * elements, and B's remaining nb elements are tmp[0, nb).
     */
    private void mergeHi(int baseA, int na, int baseB, int nb) {
        Object[] k = keys;
        Object[] tmp = copyToTemp(baseB, nb);
        int a = baseA + na - 1;
        int b = nb - 1;
        int dest = baseB + nb - 1;
        try {
            move(a--, dest--);
            na--;
            if (na == 0) {
                return;
            }
            if (nb == 1) {
                a -= na;
                dest -= na;
                moveBlock(a + 1, dest + 1, na);
                return;
            }
            int gallop = minGallop;
            while (true) {
                int aWins = 0;
                int bWins = 0;
                while (true) {
                    if (lt(tmp[b], k[a])) {
                        move(a--, dest--);
                        na--;
                        aWins++;
                        bWins = 0;
                        if (na == 0) {
                            return;
                        }
                        if (aWins >= gallop) {
                            break;
                        }
                    } else {
                        moveFromTemp(b--, dest--, 1);
                        nb--;
                        bWins++;
                        aWins = 0;
                        if (nb == 1) {
                            a -= na;
                            dest -= na;
                            moveBlock(a + 1, dest + 1, na);
                            return;
                        }
                        if (bWins >= gallop) {
                            break;
                        }
                    }
                }
                gallop++;
                do {
                    gallop -= gallop > 1 ? 1 : 0;
                    minGallop = gallop;
                    aWins = na - gallopRight(tmp[b], k, baseA, na, na - 1);
                    if (aWins != 0) {
                        a -= aWins;
                        dest -= aWins;
                        moveBlock(a + 1, dest + 1, aWins);
                        na -= aWins;
                        if (na == 0) {
                            return;
                        }
                    }
                    moveFromTemp(b--, dest--, 1);
                    nb--;
                    if (nb == 1) {
                        a -= na;
                        dest -= na;
                        moveBlock(a + 1, dest + 1, na);
                        return;
                    }
                    bWins = nb - gallopLeft(k[a], tmp, 0, nb, nb - 1);
                    if (bWins != 0) {
                        b -= bWins;
                        dest -= bWins;
                        moveFromTemp(b + 1, dest + 1, bWins);
                        nb -= bWins;
                        if (nb == 1) {
                            a -= na;
                            dest -= na;
                            moveBlock(a + 1, dest + 1, na);
                            return;
                        }
                        if (nb == 0) {
                            return; // only with an inconsistent __lt__
                        }
                    }
                    move(a--, dest--);
                    na--;
                    if (na == 0) {
                        return;
                    }
                } while (aWins >= MIN_GALLOP || bWins >= MIN_GALLOP);
                gallop++;
                minGallop = gallop;
            }
        } finally {
            moveFromTemp(0, dest - nb + 1, nb);
        }
    }

    // ---- moving keys together with their values -----------------------------------------------

    /** Copies [base, base + len) to the temporary arrays (grown as needed) and returns tmpKeys. */
    private Object[] copyToTemp(int base, int len) {
        if (tmpKeys.length < len) {
            tmpKeys = new Object[len];
            tmpValues = values == null ? NO_OBJECTS : new Object[len];
        }
        System.arraycopy(keys, base, tmpKeys, 0, len);
        if (values != null) {
            System.arraycopy(values, base, tmpValues, 0, len);
        }
        return tmpKeys;
    }

    private void move(int from, int to) {
        keys[to] = keys[from];
        if (values != null) {
            values[to] = values[from];
        }
    }

    /** Moves [from, from + len) to [to, to + len) within the array (the ranges may overlap). */
    private void moveBlock(int from, int to, int len) {
        System.arraycopy(keys, from, keys, to, len);
        if (values != null) {
            System.arraycopy(values, from, values, to, len);
        }
    }

    private void moveFromTemp(int from, int to, int len) {
        if (len == 1) {
            keys[to] = tmpKeys[from];
            if (values != null) {
                values[to] = tmpValues[from];
            }
        } else if (len > 0) {
            System.arraycopy(tmpKeys, from, keys, to, len);
            if (values != null) {
                System.arraycopy(tmpValues, from, values, to, len);
            }
        }
    }
}
