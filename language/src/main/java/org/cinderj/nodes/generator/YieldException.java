package org.cinderj.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds a generator body to its resume root at a {@code yield}, carrying the yielded value. */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public YieldException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
