package org.cinderj.builtins.modules;

import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.PythonClass;

/** Base of iterators implemented in Java: {@link #nextOrNull} returns null when exhausted. */
abstract class PIter extends PythonObject {
    PIter(PythonClass cls) {
        super(cls);
    }

    abstract Object nextOrNull();

    /** Adds {@code __iter__} and {@code __next__} to an iterator class. */
    static void iteratorMethods(PythonClass c) {
        BuiltinDef.method(c, "__iter__", "(self)", a -> a[0]);
        BuiltinDef.method(c, "__next__", "(self)", a -> {
            Object r = ((PIter) a[0]).nextOrNull();
            if (r == null) {
                throw PythonErrors.stopIteration(null);
            }
            return r;
        });
    }
}
