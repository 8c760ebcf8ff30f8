package org.cinderj.runtime.set;

import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code frozenset}: filled once at construction, then immutable; its hash is cached. */
public final class PFrozenSet extends PBaseSet {
    public static final long NO_HASH = Long.MIN_VALUE;
    private long cachedHash = NO_HASH;

    public PFrozenSet() {
        super(BuiltinTypes.FROZENSET);
    }

    public PFrozenSet(PythonClass cls) {
        super(cls);
    }

    public long getCachedHash() {
        return cachedHash;
    }

    public void setCachedHash(long h) {
        cachedHash = h;
    }
}
