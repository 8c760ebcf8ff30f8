package org.cinderj.runtime.function;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.PythonClass;

/** {@code super(type, obj)}: {@code obj} null for the unbound one-argument form. */
public final class PSuper extends PythonObject {
    private PythonClass type;
    private Object obj;
    /** type(obj), or obj itself when obj is a class. */
    private PythonClass objType;

    public PSuper(PythonClass cls) {
        super(cls);
    }

    public void init(PythonClass type, Object obj, PythonClass objType) {
        this.type = type;
        this.obj = obj;
        this.objType = objType;
    }

    public PythonClass getType() {
        return type;
    }

    public Object getObj() {
        return obj;
    }

    public PythonClass getObjType() {
        return objType;
    }
}
