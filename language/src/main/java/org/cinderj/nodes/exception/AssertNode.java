package org.cinderj.nodes.exception;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.expression.IsTrueNode;
import org.cinderj.nodes.expression.IsTrueNodeGen;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code assert test, msg} (compiled away under {@code -O}). */
public final class AssertNode extends StmtNode {
    @Child private IsTrueNode test;
    @Child private ExprNode message;

    public AssertNode(ExprNode test, ExprNode message) {
        this.test = IsTrueNodeGen.create(test);
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!test.executeBool(frame)) {
            CompilerDirectives.transferToInterpreter();
            Object msg = message == null ? null : message.execute(frame);
            throw new PException(msg == null ? PythonErrors.create(BuiltinTypes.ASSERTION_ERROR) : PythonErrors.create(BuiltinTypes.ASSERTION_ERROR, msg), this);
        }
    }
}
