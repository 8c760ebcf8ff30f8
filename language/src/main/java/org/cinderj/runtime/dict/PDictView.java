package org.cinderj.runtime.dict;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.PythonClass;

/** {@code dict_keys}, {@code dict_values}, {@code dict_items}: live views of a dict. */
public final class PDictView extends PythonObject {
    private final PDict dict;

    public PDictView(PythonClass cls, PDict dict) {
        super(cls);
        this.dict = dict;
    }

    public PDict getDict() {
        return dict;
    }
}
