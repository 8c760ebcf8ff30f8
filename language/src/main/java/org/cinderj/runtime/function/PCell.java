package org.cinderj.runtime.function;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;

/** A closure cell. {@code value} is null while the variable is unbound. */
public final class PCell extends PythonObject {
    private Object value;

    public PCell() {
        super(BuiltinTypes.CELL);
    }

    public PCell(Object value) {
        super(BuiltinTypes.CELL);
        this.value = value;
    }

    public Object get() {
        return value;
    }

    public void set(Object value) {
        this.value = value;
    }
}
