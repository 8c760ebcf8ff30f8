package org.cinderj.runtime.iterator;

import java.math.BigInteger;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code longrange_iterator}: iterates a range whose values or length exceed a long. */
public final class PLongRangeIterator extends PIterator {
    private BigInteger next;
    private final BigInteger step;
    private BigInteger remaining;

    public PLongRangeIterator(BigInteger start, BigInteger step, BigInteger length) {
        super(BuiltinTypes.LONGRANGE_ITERATOR);
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    @Override
    public Object next() {
        if (remaining.signum() <= 0) {
            return null;
        }
        remaining = remaining.subtract(BigInteger.ONE);
        BigInteger v = next;
        next = v.add(step);
        return IntOps.normalize(v);
    }

    @Override
    public long lengthHint() {
        return remaining.bitLength() < 63 ? remaining.longValue() : Long.MAX_VALUE;
    }
}
