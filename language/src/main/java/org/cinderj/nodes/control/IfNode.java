package org.cinderj.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.expression.IsTrueNode;
import org.cinderj.nodes.expression.IsTrueNodeGen;

public final class IfNode extends StmtNode {
    @Child private IsTrueNode condition;
    @Child private StmtNode thenPart;
    @Child private StmtNode elsePart;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ExprNode condition, StmtNode thenPart, StmtNode elsePart) {
        this.condition = IsTrueNodeGen.create(condition);
        this.thenPart = thenPart;
        this.elsePart = elsePart;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(condition.executeBool(frame))) {
            thenPart.executeVoid(frame);
        } else if (elsePart != null) {
            elsePart.executeVoid(frame);
        }
    }
}
