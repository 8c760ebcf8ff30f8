package org.cinderj.runtime.function;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;

/** A bound method: a callable ({@code __func__}) with its first argument ({@code __self__}) fixed. */
public final class PMethod extends PythonObject {
    private final Object self;
    private final Object function;

    public PMethod(Object self, Object function) {
        super(function instanceof PBuiltinFunction ? BuiltinTypes.BUILTIN_FUNCTION : BuiltinTypes.METHOD);
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    public Object getFunction() {
        return function;
    }
}
