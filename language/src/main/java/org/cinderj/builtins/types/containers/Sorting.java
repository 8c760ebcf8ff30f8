package org.cinderj.builtins.types.containers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.runtime.ProtocolImpl;

/**
 * A stable merge sort over Python values that uses only {@code <} (as {@code list.sort} does):
 * binary insertion sort for short runs, then bottom-up merging. Exceptions raised by
 * {@code __lt__} propagate out of the sort.
 */
public final class Sorting {
    private Sorting() {
    }

    private static final int RUN = 24;

    /** Sorts {@code values[0..n)}; {@code keys} (same length) are the sort keys, or null to compare values. */
    @TruffleBoundary
    public static void sort(Object[] values, Object[] keys, int n) {
        if (n < 2) {
            return;
        }
        Object[] k = keys == null ? values : keys;
        for (int lo = 0; lo < n; lo += RUN) {
            insertionSort(k, keys == null ? null : values, lo, Math.min(lo + RUN, n));
        }
        if (n <= RUN) {
            return;
        }
        Object[] kTmp = new Object[n];
        Object[] vTmp = keys == null ? null : new Object[n];
        Object[] kSrc = k;
        Object[] vSrc = keys == null ? null : values;
        Object[] kDst = kTmp;
        Object[] vDst = vTmp;
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(kSrc, vSrc, kDst, vDst, lo, mid, hi);
            }
            Object[] t = kSrc;
            kSrc = kDst;
            kDst = t;
            t = vSrc;
            vSrc = vDst;
            vDst = t;
        }
        if (kSrc != k) {
            System.arraycopy(kSrc, 0, k, 0, n);
            if (keys != null) {
                System.arraycopy(vSrc, 0, values, 0, n);
            }
        }
    }

    private static void insertionSort(Object[] k, Object[] v, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            Object key = k[i];
            Object val = v == null ? null : v[i];
            // binary search for the insertion point: after all elements <= key (stability)
            int l = lo;
            int r = i;
            while (l < r) {
                int m = (l + r) >>> 1;
                if (ProtocolImpl.lessThan(key, k[m])) {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            if (l < i) {
                System.arraycopy(k, l, k, l + 1, i - l);
                k[l] = key;
                if (v != null) {
                    System.arraycopy(v, l, v, l + 1, i - l);
                    v[l] = val;
                }
            }
        }
    }

    private static void merge(Object[] kSrc, Object[] vSrc, Object[] kDst, Object[] vDst, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        int o = lo;
        if (mid >= hi || !ProtocolImpl.lessThan(kSrc[mid], kSrc[mid - 1])) {
            // already ordered
            System.arraycopy(kSrc, lo, kDst, lo, hi - lo);
            if (vSrc != null) {
                System.arraycopy(vSrc, lo, vDst, lo, hi - lo);
            }
            return;
        }
        while (i < mid && j < hi) {
            if (ProtocolImpl.lessThan(kSrc[j], kSrc[i])) {
                kDst[o] = kSrc[j];
                if (vSrc != null) {
                    vDst[o] = vSrc[j];
                }
                j++;
            } else {
                kDst[o] = kSrc[i];
                if (vSrc != null) {
                    vDst[o] = vSrc[i];
                }
                i++;
            }
            o++;
        }
        while (i < mid) {
            kDst[o] = kSrc[i];
            if (vSrc != null) {
                vDst[o] = vSrc[i];
            }
            i++;
            o++;
        }
        while (j < hi) {
            kDst[o] = kSrc[j];
            if (vSrc != null) {
                vDst[o] = vSrc[j];
            }
            j++;
            o++;
        }
    }
}
