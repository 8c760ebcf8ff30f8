package org.cinderj.runtime.tuple;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code tuple} (and instances of its subclasses): an immutable array of items. */
public final class PTuple extends PythonObject {
    public static final PTuple EMPTY = new PTuple(new Object[0]);

    private final Object[] items;

    public PTuple(Object[] items) {
        super(BuiltinTypes.TUPLE);
        this.items = items;
    }

    public PTuple(PythonClass cls, Object[] items) {
        super(cls);
        this.items = items;
    }

    public static PTuple of(Object... items) {
        return new PTuple(items);
    }

    /** The backing array: callers must not mutate it. */
    public Object[] getItems() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }
}
