package org.cinderj.runtime.type;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;

/** {@code types.UnionType}: the result of {@code X | Y} on types. */
public final class PUnionType extends PythonObject {
    private final PTuple args;
    private PTuple parameters;

    public PUnionType(PTuple args) {
        super(BuiltinTypes.UNION_TYPE);
        this.args = args;
    }

    public PTuple getArgs() {
        return args;
    }

    public PTuple getParameters() {
        return parameters;
    }

    public void setParameters(PTuple parameters) {
        this.parameters = parameters;
    }
}
