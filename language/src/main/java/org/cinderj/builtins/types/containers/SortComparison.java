package org.cinderj.builtins.types.containers;

import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * The {@code <} that one {@code list.sort} uses, picked once by a pass over all the keys, as
 * CPython 3.10 does before sorting: when every key has the same exact built-in type (int, float or
 * str), the comparison can skip the type dispatch of the generic {@code <}; a list of non-empty
 * exact tuples compares the first items that way and only falls back to element-wise comparison
 * when they are equal.
 *
 * <p>The shortcut is only taken where it cannot change the outcome: the keys' own {@code __lt__}
 * is fixed for exact built-in types, and none of them can run user code. So an {@code int} key
 * that is a {@code BigInteger} (a big int), a {@code Boolean} (bool) or an instance of a subclass
 * of int/float/str makes the whole sort use the generic path. Tuple items other than the first
 * are always compared generically (with {@code ==} first, as {@code tuple.__lt__} does), so the
 * {@code __eq__}/{@code __lt__} calls made on user objects inside tuples stay the same too.
 */
final class SortComparison {
    private static final int GENERIC = 0;
    /** All {@code Long}: Python ints that fit in 64 bits. */
    private static final int LONGS = 1;
    /** All {@code Double}: exact Python floats. */
    private static final int DOUBLES = 2;
    /** All {@code String}: exact Python strs. */
    private static final int STRINGS = 3;
    /** All non-empty exact tuples; their first items compare by {@link #firstItemKind}. */
    private static final int TUPLES = 4;

    private final int kind;
    private final int firstItemKind;

    private SortComparison(int kind, int firstItemKind) {
        this.kind = kind;
        this.firstItemKind = firstItemKind;
    }

    /** The comparison for sorting {@code keys[0..n)}, {@code n >= 1}. */
    static SortComparison choose(Object[] keys, int n) {
        int k = kindOf(keys[0]);
        if (k != GENERIC && allOfKind(keys, n, k)) {
            return new SortComparison(k, GENERIC);
        }
        if (allNonEmptyExactTuples(keys, n)) {
            return new SortComparison(TUPLES, commonFirstItemKind(keys, n));
        }
        return new SortComparison(GENERIC, GENERIC);
    }

    /**
     * Sorts by {@link LongKeySort} when every key is an int, a float but no NaN, or a str (and
     * that pays off), and returns true; otherwise returns false without changing anything.
     */
    boolean trySortByImages(Object[] keys, Object[] values, int n) {
        switch (kind) {
            case LONGS: {
                long[] image = new long[n];
                for (int i = 0; i < n; i++) {
                    image[i] = (Long) keys[i];
                }
                return LongKeySort.sort(image, keys, values, n, null);
            }
            case DOUBLES: {
                long[] image = new long[n];
                for (int i = 0; i < n; i++) {
                    double d = (Double) keys[i];
                    if (Double.isNaN(d)) {
                        return false;
                    }
                    image[i] = orderedBits(d);
                }
                return LongKeySort.sort(image, keys, values, n, null);
            }
            case STRINGS: {
                StringPrefixes prefixes = new StringPrefixes(keys, n);
                return LongKeySort.sort(prefixes.image, keys, values, n, prefixes.complete ? null : this);
            }
            default:
                return false;
        }
    }

    /**
     * A long that orders as the double does: the IEEE bits of a positive double already do; for a
     * negative one, flipping all bits but the sign reverses their order. -0.0 becomes 0.0 first
     * since the two are equal for {@code <}.
     */
    private static long orderedBits(double d) {
        long bits = Double.doubleToRawLongBits(d == 0.0 ? 0.0 : d);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** {@code a < b} as Python evaluates it for these keys. */
    boolean lessThan(Object a, Object b) {
        if (kind == TUPLES) {
            return tupleLessThan(((PTuple) a).getItems(), ((PTuple) b).getItems());
        }
        return sameKindLessThan(kind, a, b);
    }

    /**
     * {@code tuple.__lt__}: the first index whose items differ by {@code ==} decides with
     * {@code <}; if one tuple is a prefix of the other, the shorter is smaller.
     */
    private boolean tupleLessThan(Object[] x, Object[] y) {
        if (!sameKindEquals(firstItemKind, x[0], y[0])) {
            return sameKindLessThan(firstItemKind, x[0], y[0]);
        }
        int common = Math.min(x.length, y.length);
        for (int i = 1; i < common; i++) {
            if (!ProtocolImpl.INSTANCE.equals(x[i], y[i])) {
                return ProtocolImpl.lessThan(x[i], y[i]);
            }
        }
        return x.length < y.length;
    }

    /** {@code a == b} with the identity shortcut that Python's containers use (so a NaN equals itself). */
    private static boolean sameKindEquals(int k, Object a, Object b) {
        if (a == b) {
            return true;
        }
        switch (k) {
            case LONGS:
                return ((Long) a).longValue() == ((Long) b).longValue();
            case DOUBLES:
                return ((Double) a).doubleValue() == ((Double) b).doubleValue();
            case STRINGS:
                return a.equals(b);
            default:
                return ProtocolImpl.INSTANCE.equals(a, b);
        }
    }

    private static boolean sameKindLessThan(int k, Object a, Object b) {
        switch (k) {
            case LONGS:
                return (Long) a < (Long) b;
            case DOUBLES:
                return (Double) a < (Double) b;
            case STRINGS:
                return ProtocolImpl.compareStrings((String) a, (String) b) < 0;
            default:
                return ProtocolImpl.lessThan(a, b);
        }
    }

    /** Java types that are exactly one built-in Python type (subclass instances are PythonObjects). */
    private static int kindOf(Object o) {
        if (o instanceof Long) {
            return LONGS;
        } else if (o instanceof Double) {
            return DOUBLES;
        } else if (o instanceof String) {
            return STRINGS;
        }
        return GENERIC;
    }

    private static boolean allOfKind(Object[] keys, int n, int k) {
        for (int i = 1; i < n; i++) {
            if (kindOf(keys[i]) != k) {
                return false;
            }
        }
        return true;
    }

    private static boolean allNonEmptyExactTuples(Object[] keys, int n) {
        for (int i = 0; i < n; i++) {
            if (!(keys[i] instanceof PTuple t) || t.getPythonClass() != BuiltinTypes.TUPLE || t.size() == 0) {
                return false;
            }
        }
        return true;
    }

    private static int commonFirstItemKind(Object[] tuples, int n) {
        int k = kindOf(((PTuple) tuples[0]).get(0));
        for (int i = 1; i < n && k != GENERIC; i++) {
            if (kindOf(((PTuple) tuples[i]).get(0)) != k) {
                k = GENERIC;
            }
        }
        return k;
    }
}
