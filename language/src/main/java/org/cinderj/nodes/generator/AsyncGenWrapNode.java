package org.cinderj.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.runtime.generator.GeneratorSupport;
import org.cinderj.runtime.object.PNone;

/** The operand of {@code yield} in an async generator, marked so that asend() can tell it from what awaits pass up. */
public final class AsyncGenWrapNode extends ExprNode {
    @Child private ExprNode value;

    public AsyncGenWrapNode(ExprNode value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return new GeneratorSupport.AsyncGenValue(value == null ? PNone.NONE : value.execute(frame));
    }
}
