package org.cinderj.runtime.function;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code classmethod(f)}. */
public final class PClassMethod extends PythonObject {
    private Object callable;

    public PClassMethod(Object callable) {
        super(BuiltinTypes.CLASSMETHOD);
        this.callable = callable;
    }

    public PClassMethod(PythonClass cls, Object callable) {
        super(cls);
        this.callable = callable;
    }

    public Object getCallable() {
        return callable;
    }

    public void setCallable(Object callable) {
        this.callable = callable;
    }
}
