package org.cinderj.runtime.generator;

/**
 * A value produced by {@code yield} in an async generator, as opposed to one passed up by an
 * {@code await} inside it (which must reach the event loop unchanged).
 */
public final class AsyncGenValue {
    public final Object value;

    public AsyncGenValue(Object value) {
        this.value = value;
    }
}
