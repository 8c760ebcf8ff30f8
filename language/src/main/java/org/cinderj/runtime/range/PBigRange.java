package org.cinderj.runtime.range;

import java.math.BigInteger;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;

/** A {@code range} whose bounds do not fit in 64 bits ({@code range(1 << 1000)}). */
public final class PBigRange extends PythonObject {
    public final BigInteger start;
    public final BigInteger stop;
    public final BigInteger step;
    public final BigInteger length;

    public PBigRange(BigInteger start, BigInteger stop, BigInteger step) {
        super(BuiltinTypes.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        BigInteger len;
        if (step.signum() > 0) {
            len = stop.compareTo(start) > 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE) : BigInteger.ZERO;
        } else {
            len = start.compareTo(stop) > 0 ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE) : BigInteger.ZERO;
        }
        this.length = len;
    }

    public BigInteger item(BigInteger i) {
        return start.add(step.multiply(i));
    }
}
