package org.cinderj.runtime.set;

import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code set}. */
public final class PSet extends PBaseSet {
    public PSet() {
        super(BuiltinTypes.SET);
    }

    public PSet(PythonClass cls) {
        super(cls);
    }

    public void clear() {
        table.clear();
    }
}
