package org.cinderj.nodes.exception;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;

/** {@code raise}, {@code raise exc}, {@code raise exc from cause}. */
public final class RaiseNode extends StmtNode {
    @Child private ExprNode exception;
    @Child private ExprNode cause;

    public RaiseNode(ExprNode exception, ExprNode cause) {
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PythonContext ctx = PythonContext.get(this);
        if (exception == null) {
            PBaseException current = ctx.getCaughtException();
            if (current == null) {
                CompilerDirectives.transferToInterpreter();
                throw PythonErrors.runtimeError("No active exception to reraise");
            }
            PException e = new PException(current, this);
            e.setSkipNextFrame(true);
            throw e;
        }
        PBaseException exc = ExceptionSupport.instantiate(exception.execute(frame));
        if (cause != null) {
            ExceptionSupport.setCause(exc, cause.execute(frame));
        }
        PException e = new PException(exc, this);
        ExceptionSupport.chain(e, ctx.getCaughtException());
        throw e;
    }
}
