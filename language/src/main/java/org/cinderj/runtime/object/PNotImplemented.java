package org.cinderj.runtime.object;

import org.cinderj.runtime.type.BuiltinTypes;

/** {@code NotImplemented}: what a binary dunder returns to let the other operand try. */
public final class PNotImplemented extends PythonObject {
    public static final PNotImplemented NOT_IMPLEMENTED = new PNotImplemented();

    private PNotImplemented() {
        super(BuiltinTypes.NOT_IMPLEMENTED_TYPE);
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
