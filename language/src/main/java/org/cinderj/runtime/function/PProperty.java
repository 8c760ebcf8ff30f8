package org.cinderj.runtime.function;

import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.PythonClass;

/** {@code property(fget, fset, fdel, doc)}; absent accessors are None. */
public final class PProperty extends PythonObject {
    public Object fget = PNone.NONE;
    public Object fset = PNone.NONE;
    public Object fdel = PNone.NONE;
    public Object doc = PNone.NONE;
    /** Set by {@code __set_name__}; used in error messages. */
    public Object name = PNone.NONE;

    public PProperty(PythonClass cls) {
        super(cls);
    }
}
