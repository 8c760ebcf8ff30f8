package org.cinderj.runtime.object;

import org.cinderj.runtime.type.BuiltinTypes;

/** {@code Ellipsis}, the value of {@code ...}. */
public final class PEllipsis extends PythonObject {
    public static final PEllipsis ELLIPSIS = new PEllipsis();

    private PEllipsis() {
        super(BuiltinTypes.ELLIPSIS_TYPE);
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
