package org.cinderj.runtime.object;

import org.cinderj.runtime.type.BuiltinTypes;

/** {@code None}. */
public final class PNone extends PythonObject {
    public static final PNone NONE = new PNone();

    private PNone() {
        super(BuiltinTypes.NONE_TYPE);
    }

    @Override
    public String toString() {
        return "None";
    }
}
