package org.cinderj.runtime.function;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code staticmethod(f)}. */
public final class PStaticMethod extends PythonObject {
    private Object callable;

    public PStaticMethod(Object callable) {
        super(BuiltinTypes.STATICMETHOD);
        this.callable = callable;
    }

    public PStaticMethod(PythonClass cls, Object callable) {
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
