package org.cinderj.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.expression.IsTrueNode;
import org.cinderj.nodes.expression.IsTrueNodeGen;

/** {@code a if test else b}. */
public final class IfExpNode extends ExprNode {
    @Child private IsTrueNode condition;
    @Child private ExprNode thenPart;
    @Child private ExprNode elsePart;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfExpNode(ExprNode condition, ExprNode thenPart, ExprNode elsePart) {
        this.condition = IsTrueNodeGen.create(condition);
        this.thenPart = thenPart;
        this.elsePart = elsePart;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return profile.profile(condition.executeBool(frame)) ? thenPart.execute(frame) : elsePart.execute(frame);
    }
}
