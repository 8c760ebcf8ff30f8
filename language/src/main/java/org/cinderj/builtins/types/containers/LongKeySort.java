package org.cinderj.builtins.types.containers;

import java.util.Arrays;

/**
 * A stable sort of keys (values moving along) by long images of the keys, on primitive arrays:
 * used when every key is an exact int, an exact float (no NaN) or an exact str.
 *
 * <p>Why it may replace timsort there: comparing such keys runs no Python code and cannot raise,
 * and {@code <} on them is a strict weak order. A stable sort's result is then fully determined
 * (ascending keys, equal keys in their original order), so any stable sort gives exactly the list
 * that timsort gives, and nothing can observe which comparisons were made. (With a NaN, {@code <}
 * is no order and the result depends on timsort's exact comparisons: those lists take the general
 * path.)
 *
 * <p>Why it is faster: comparing boxed keys loads two objects per comparison from all over the
 * heap. Here each element becomes one long, its key's image in the high bits and its index in the
 * low bits (so that equal images keep index order), and a primitive sort of those longs needs no
 * indirection. The index then says where each key and value goes.
 *
 * <p>The image must never order two keys the wrong way round, but it may be equal for different
 * keys (a string's image is only a prefix); such ties are then sorted by the real comparison.
 */
final class LongKeySort {
    private LongKeySort() {
    }

    /** Below this length, ranking the images costs more than timsort's comparisons. */
    private static final int MIN_LENGTH_TO_RANK = 64;

    /**
     * Sorts {@code keys[0..n)} (with {@code values}, or null, moving along) by {@code image}, which
     * is overwritten, and returns true. {@code ties} compares keys whose images are equal, or is
     * null when equal images mean equal keys. Returns false, having changed nothing, for a short
     * list whose images would have to be ranked.
     */
    static boolean sort(long[] image, Object[] keys, Object[] values, int n, SortComparison ties) {
        int indexBits = 32 - Integer.numberOfLeadingZeros(n - 1);
        int imageBits = 63 - indexBits;
        long min = minimum(image, n);
        int unused = commonTrailingZeros(image, n, min);
        // max - min, read as unsigned, is exact even when the subtraction overflows
        if (Long.compareUnsigned((maximum(image, n) - min) >>> unused, 1L << imageBits) >= 0) {
            if (n < MIN_LENGTH_TO_RANK) {
                return false;
            }
            // too wide to share a long with the index: rank the images (ranks are < n, so they fit)
            replaceByRanks(image, n);
            min = 0;
            unused = 0;
        }
        // each image becomes the sort word (image, index), in place
        long[] words = image;
        for (int i = 0; i < n; i++) {
            words[i] = (((words[i] - min) >>> unused) << indexBits) | i;
        }
        Arrays.sort(words, 0, n);
        permute(keys, values, words, (int) ((1L << indexBits) - 1), n);
        if (ties != null) {
            sortTies(words, indexBits, keys, values, n, ties);
        }
        return true;
    }

    /**
     * Sorts each run of equal images with the real comparison. Within a run the elements are
     * still in their original order, so a stable sort of the run keeps the whole sort stable.
     */
    private static void sortTies(long[] words, int indexBits, Object[] keys, Object[] values, int n, SortComparison ties) {
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || (words[i] >>> indexBits) != (words[start] >>> indexBits)) {
                if (i - start > 1) {
                    Sorting.sortRange(keys, values, start, i, ties);
                }
                start = i;
            }
        }
    }

    /**
     * The number of low bits that are zero in every {@code a[i] - min}: dropping them keeps the
     * order and the ties (a string prefix image of short strings ends in many zero bits).
     */
    private static int commonTrailingZeros(long[] a, int n, long min) {
        long bits = 0;
        for (int i = 0; i < n; i++) {
            bits |= a[i] - min;
        }
        return bits == 0 ? 0 : Long.numberOfTrailingZeros(bits);
    }

    /** Replaces each element by the number of distinct smaller elements. */
    private static void replaceByRanks(long[] a, int n) {
        long[] distinct = Arrays.copyOf(a, n);
        Arrays.sort(distinct);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m == 0 || distinct[i] != distinct[m - 1]) {
                distinct[m++] = distinct[i];
            }
        }
        for (int i = 0; i < n; i++) {
            a[i] = Arrays.binarySearch(distinct, 0, m, a[i]);
        }
    }

    /**
     * Puts keys and values in the order of the indexes in the low bits of {@code sorted}: position
     * i receives the element from index(i). Done in place, cycle by cycle (no copy of the arrays,
     * which would be garbage as large as the list), marking filled positions by the sign bit of
     * their word (words are non-negative), which is cleared again at the end.
     */
    private static void permute(Object[] keys, Object[] values, long[] sorted, int indexMask, int n) {
        for (int start = 0; start < n; start++) {
            if (sorted[start] < 0) {
                continue;
            }
            Object key = keys[start];
            Object value = values == null ? null : values[start];
            int to = start;
            int from = (int) sorted[start] & indexMask;
            while (from != start) {
                keys[to] = keys[from];
                if (values != null) {
                    values[to] = values[from];
                }
                sorted[to] |= Long.MIN_VALUE;
                to = from;
                from = (int) sorted[to] & indexMask;
            }
            keys[to] = key;
            if (values != null) {
                values[to] = value;
            }
            sorted[to] |= Long.MIN_VALUE;
        }
        for (int i = 0; i < n; i++) {
            sorted[i] &= Long.MAX_VALUE;
        }
    }

    private static long minimum(long[] a, int n) {
        long m = a[0];
        for (int i = 1; i < n; i++) {
            m = Math.min(m, a[i]);
        }
        return m;
    }

    private static long maximum(long[] a, int n) {
        long m = a[0];
        for (int i = 1; i < n; i++) {
            m = Math.max(m, a[i]);
        }
        return m;
    }
}
