package org.cinderj.builtins.types.containers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import org.cinderj.ast.CmpOperator;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PNotImplemented;
import org.cinderj.runtime.type.BuiltinTypes;

/** Index handling, comparison and repr shared by list, tuple and range. */
public final class SequenceSupport {
    private SequenceSupport() {
    }

    /** True when {@code key} is usable as an integer index (int, bool, or has __index__). */
    public static boolean isIndex(Object key) {
        return key instanceof Long || key instanceof Boolean || key instanceof BigInteger || BuiltinTypes.typeOf(key).lookup("__index__") != null;
    }

    /**
     * An item index as a long (BigInteger raises IndexError "cannot fit ..."); the type error
     * names the sequence kind ("list indices must be integers or slices, not str").
     */
    @TruffleBoundary
    public static long itemIndex(Object key, String kind) {
        if (key instanceof Long l) {
            return l;
        }
        if (!isIndex(key)) {
            throw PythonErrors.typeError("%s indices must be integers or slices, not %s", kind, BuiltinTypes.typeOf(key).getName());
        }
        return ProtocolImpl.asIndex(key);
    }

    /** Normalises a possibly negative index; -1 when out of range. */
    public static int normalize(long i, int size) {
        if (i < 0) {
            i += size;
        }
        return i < 0 || i >= size ? -1 : (int) i;
    }

    /** start/stop arguments of {@code index()}: clamped like CPython's slice-index converter. */
    @TruffleBoundary
    public static long clampArg(Object o, long dflt, int size) {
        if (o == Missing.VALUE || o == PNone.NONE) {
            return dflt;
        }
        if (!isIndex(o)) {
            throw PythonErrors.typeError("slice indices must be integers or have an __index__ method");
        }
        long v = ProtocolImpl.asIndexClamped(o);
        if (v < 0) {
            v += size;
            if (v < 0) {
                v = 0;
            }
        }
        return v;
    }

    /** A repeat count for {@code seq * n}: NotImplemented-worthy types return null. */
    @TruffleBoundary
    public static Long repeatCount(Object n) {
        if (n instanceof Long l) {
            return l;
        }
        if (!isIndex(n)) {
            return null;
        }
        Object i = PyOps.index(n);
        if (i instanceof Long l) {
            return l;
        }
        if (((BigInteger) i).signum() < 0) {
            return 0L;
        }
        throw PythonErrors.overflowError("cannot fit 'int' into an index-sized integer");
    }

    @TruffleBoundary
    public static Object[] repeat(Object[] items, int size, long n) {
        if (n <= 0 || size == 0) {
            return new Object[0];
        }
        long total = (long) size * n;
        if (n > Integer.MAX_VALUE || total > Integer.MAX_VALUE - 8) {
            throw PythonErrors.raise(BuiltinTypes.MEMORY_ERROR, "");
        }
        Object[] out = new Object[(int) total];
        for (int k = 0; k < n; k++) {
            System.arraycopy(items, 0, out, k * size, size);
        }
        return out;
    }

    /** Lexicographic rich comparison of two item arrays, as tuple does. */
    @TruffleBoundary
    public static Object compare(Object[] a, int na, Object[] b, int nb, CmpOperator op) {
        if ((op == CmpOperator.EQ || op == CmpOperator.NOT_EQ) && na != nb) {
            return op == CmpOperator.NOT_EQ;
        }
        int i = 0;
        while (i < na && i < nb && (a[i] == b[i] || PyOps.equals(a[i], b[i]))) {
            i++;
        }
        return i < na && i < nb ? differing(a[i], b[i], op) : compareSizes(na, nb, op);
    }

    /**
     * Lexicographic rich comparison of two lists. Sizes and items are read afresh at each step,
     * as CPython does: an {@code __eq__} that empties a list changes the outcome, never crashes.
     */
    @TruffleBoundary
    public static Object compare(PList a, PList b, CmpOperator op) {
        if ((op == CmpOperator.EQ || op == CmpOperator.NOT_EQ) && a.size() != b.size()) {
            return op == CmpOperator.NOT_EQ;
        }
        int i = 0;
        while (i < a.size() && i < b.size() && (a.get(i) == b.get(i) || PyOps.equals(a.get(i), b.get(i)))) {
            i++;
        }
        return i < a.size() && i < b.size() ? differing(a.get(i), b.get(i), op) : compareSizes(a.size(), b.size(), op);
    }

    /** The result when one sequence ran out: the sizes decide. */
    private static Object compareSizes(int na, int nb, CmpOperator op) {
        return switch (op) {
            case EQ -> na == nb;
            case NOT_EQ -> na != nb;
            case LT -> na < nb;
            case LT_E -> na <= nb;
            case GT -> na > nb;
            default -> na >= nb;
        };
    }

    /** The result at the first pair of items that differ. */
    private static Object differing(Object x, Object y, CmpOperator op) {
        if (op == CmpOperator.EQ) {
            return false;
        }
        if (op == CmpOperator.NOT_EQ) {
            return true;
        }
        return PyOps.richCompare(x, y, op);
    }

    public static final Object NI = PNotImplemented.NOT_IMPLEMENTED;

    /** "a, b, c" with the repr of each item. */
    @TruffleBoundary
    public static void appendReprs(StringBuilder sb, Object[] items, int n) {
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(PyOps.repr(items[i]));
        }
    }
}
