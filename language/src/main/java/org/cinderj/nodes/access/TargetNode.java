package org.cinderj.nodes.access;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import org.cinderj.nodes.PythonTypes;

/** An assignment target: a name, attribute, subscript, or an unpacking of several targets. */
@TypeSystemReference(PythonTypes.class)
public abstract class TargetNode extends Node {
    public abstract void executeWrite(VirtualFrame frame, Object value);
}
