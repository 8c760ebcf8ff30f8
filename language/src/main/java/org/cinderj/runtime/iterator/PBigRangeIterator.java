package org.cinderj.runtime.iterator;

import java.math.BigInteger;
import org.cinderj.runtime.range.PBigRange;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code longrange_iterator}: iteration over a {@link PBigRange}. */
public final class PBigRangeIterator extends org.cinderj.runtime.object.PythonObject {
    public static final PythonClass TYPE = new PythonClass(BuiltinTypes.TYPE, "longrange_iterator", new PythonClass[]{BuiltinTypes.OBJECT}, true);

    private final PBigRange range;
    private BigInteger index = BigInteger.ZERO;

    public PBigRangeIterator(PBigRange range) {
        super(TYPE);
        this.range = range;
    }

    /** The next item, or null at the end. */
    public Object next() {
        if (index.compareTo(range.length) >= 0) {
            return null;
        }
        BigInteger v = range.item(index);
        index = index.add(BigInteger.ONE);
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }
}
