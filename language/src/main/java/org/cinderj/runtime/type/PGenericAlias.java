package org.cinderj.runtime.type;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;

/** {@code types.GenericAlias}: a parameterised builtin generic such as {@code list[int]}. */
public final class PGenericAlias extends PythonObject {
    private final Object origin;
    private final PTuple args;
    private PTuple parameters;

    public PGenericAlias(PythonClass cls, Object origin, PTuple args) {
        super(cls);
        this.origin = origin;
        this.args = args;
    }

    public Object getOrigin() {
        return origin;
    }

    public PTuple getArgs() {
        return args;
    }

    /** The computed {@code __parameters__}, or null before the first request. */
    public PTuple getParameters() {
        return parameters;
    }

    public void setParameters(PTuple parameters) {
        this.parameters = parameters;
    }
}
