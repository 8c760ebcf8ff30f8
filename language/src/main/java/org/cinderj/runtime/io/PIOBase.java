package org.cinderj.runtime.io;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.PythonClass;

/** Instances of {@code _io._IOBase} and its subclasses (also Python subclasses of them). */
public class PIOBase extends PythonObject {
    public boolean closed;

    public PIOBase(PythonClass cls) {
        super(cls);
    }
}
