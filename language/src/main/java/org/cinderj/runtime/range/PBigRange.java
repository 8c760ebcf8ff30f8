package org.cinderj.runtime.range;

import java.math.BigInteger;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * A {@code range} whose bounds or length do not fit a long ({@code range(1 << 100)}); the common
 * case is {@link PRange}. Both have the Python type {@code range}.
 */
public final class PBigRange extends PythonObject {
    private final BigInteger start;
    private final BigInteger stop;
    private final BigInteger step;
    private final BigInteger length;

    public PBigRange(BigInteger start, BigInteger stop, BigInteger step) {
        super(BuiltinTypes.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    /** {@code range(start, stop, step)} from longs: a {@link PRange}, or a PBigRange when the length overflows a long. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static PythonObject fromLongs(long start, long stop, long step) {
        try {
            return new PRange(start, stop, step);
        } catch (ArithmeticException e) {
            return new PBigRange(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
        }
    }

    public static BigInteger computeLength(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() > 0) {
            if (start.compareTo(stop) >= 0) {
                return BigInteger.ZERO;
            }
            return stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
        }
        if (start.compareTo(stop) <= 0) {
            return BigInteger.ZERO;
        }
        return start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE);
    }

    public BigInteger getStart() {
        return start;
    }

    public BigInteger getStop() {
        return stop;
    }

    public BigInteger getStep() {
        return step;
    }

    public BigInteger getLength() {
        return length;
    }
}
