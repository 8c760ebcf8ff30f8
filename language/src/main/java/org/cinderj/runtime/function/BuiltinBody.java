package org.cinderj.runtime.function;

/**
 * The Java implementation of a builtin function or method. {@code args} is the bound-argument
 * array laid out by the builtin's {@link Signature} (for methods, {@code args[0]} is self);
 * optional parameters the caller left out hold their default or {@link Missing#VALUE}.
 *
 * <p>Bodies run behind a {@code @TruffleBoundary} unless registered as inlinable, so they may use
 * any Java code; keep inlinable bodies small and free of recursion.
 */
@FunctionalInterface
public interface BuiltinBody {
    Object call(Object[] args);
}
