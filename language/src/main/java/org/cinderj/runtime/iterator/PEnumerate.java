package org.cinderj.runtime.iterator;

import java.math.BigInteger;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.PythonClass;

/** {@code enumerate(iterable, start)}; the counter overflows from long to BigInteger. */
public final class PEnumerate extends PIterator {
    private final Object iterator;
    private long count;
    private BigInteger bigCount;

    public PEnumerate(PythonClass cls, Object iterator, Object start) {
        super(cls);
        this.iterator = iterator;
        if (start instanceof Long l) {
            count = l;
        } else {
            bigCount = (BigInteger) start;
        }
    }

    @Override
    public Object next() {
        Object item = PyOps.next(iterator);
        if (item == null) {
            return null;
        }
        Object index;
        if (bigCount == null) {
            index = count;
            if (count == Long.MAX_VALUE) {
                bigCount = BigInteger.valueOf(count).add(BigInteger.ONE);
            } else {
                count++;
            }
        } else {
            index = bigCount.bitLength() < 64 ? (Object) bigCount.longValue() : bigCount;
            bigCount = bigCount.add(BigInteger.ONE);
        }
        return new PTuple(new Object[]{index, item});
    }
}
