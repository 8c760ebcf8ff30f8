package org.cinderj.nodes;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/**
 * An expression. The typed execute methods let parents that expect a primitive avoid boxing;
 * they throw {@link UnexpectedResultException} when the value is of another type.
 */
@TypeSystemReference(PythonTypes.class)
public abstract class ExprNode extends Node {

    public abstract Object execute(VirtualFrame frame);

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        Object v = execute(frame);
        if (v instanceof Long l) {
            return l;
        }
        throw new UnexpectedResultException(v);
    }

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        Object v = execute(frame);
        if (v instanceof Double d) {
            return d;
        }
        throw new UnexpectedResultException(v);
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        Object v = execute(frame);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new UnexpectedResultException(v);
    }
}
