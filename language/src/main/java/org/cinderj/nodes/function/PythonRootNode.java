package org.cinderj.nodes.function;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import java.util.Arrays;
import org.cinderj.PythonLanguage;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.control.BlockNode;
import org.cinderj.nodes.control.ControlFlow;
import org.cinderj.nodes.control.SimpleStatements.ReturnNode;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.exception.TracebackSupport;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.object.PNone;

/**
 * The root of a function, lambda, comprehension, class body or module. The prologue moves the
 * bound arguments into frame slots and sets up cells; the body then runs; {@code return} arrives
 * as a {@link ControlFlow.ReturnException}, except the one that ends the body, which the root
 * evaluates itself. A Python exception leaving the root gets this frame's traceback entry.
 */
public final class PythonRootNode extends RootNode {
    @Child private StmtNode prologue;
    @Child private StmtNode body;
    /** The value of a {@code return} that ends the body, evaluated here rather than thrown (or null). */
    @Child private ExprNode tailReturn;
    private final int tailReturnLine;
    private final String qualname;
    private final SourceSection section;
    @CompilationFinal private PCode code;

    public PythonRootNode(PythonLanguage language, FrameDescriptor descriptor, StmtNode prologue, StmtNode body, String qualname,
                    SourceSection section) {
        super(language, descriptor);
        this.prologue = prologue;
        this.qualname = qualname;
        // A body that ends in `return value` (most functions): the root evaluates that value
        // itself. A ReturnException is free in compiled code but costs a throw through the
        // interpreter's Java frames on every call before compilation.
        if (body instanceof BlockNode b && b.getStatements().length > 0 && b.getStatements()[b.getStatements().length - 1] instanceof ReturnNode r) {
            int n = b.getStatements().length - 1;
            this.body = new BlockNode(Arrays.copyOf(b.getStatements(), n), Arrays.copyOf(b.getLines(), n));
            this.tailReturn = r.detachValue();
            this.tailReturnLine = b.getLines()[n];
        } else {
            this.body = body;
            this.tailReturnLine = 0;
        }
        this.section = section;
    }

    public void setCode(PCode code) {
        this.code = code;
    }

    public PCode getCode() {
        return code;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PythonContext ctx = PythonContext.get(this);
        if (!ctx.enterFrame()) {
            ctx.exitFrame();
            // as in CPython, the frame that would exceed the limit is never entered: no traceback entry
            throw PythonErrors.recursionError();
        }
        return executeBody(frame, ctx);
    }

    private Object executeBody(VirtualFrame frame, PythonContext ctx) {
        try {
            if (prologue != null) {
                prologue.executeVoid(frame);
            }
            body.executeVoid(frame);
            if (tailReturn != null) {
                return evaluateTailReturn(frame);
            }
            return PNone.NONE;
        } catch (ControlFlow.ReturnException r) {
            return r.getValue();
        } catch (PException e) {
            TracebackSupport.addFrame(e, code, frame);
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            PException re = recursion(frame);
            TracebackSupport.addFrame(re, code, frame);
            throw re;
        } catch (NullPointerException | ClassCastException | IndexOutOfBoundsException | ArithmeticException | IllegalStateException
                        | IllegalArgumentException | UnsupportedOperationException e) {
            // A bug of the interpreter: Python code sees a SystemError, never a Java stack trace.
            CompilerDirectives.transferToInterpreter();
            PException se = internalError(e);
            TracebackSupport.addFrame(se, code, frame);
            throw se;
        } finally {
            ctx.exitFrame();
        }
    }

    private Object evaluateTailReturn(VirtualFrame frame) {
        try {
            return tailReturn.execute(frame);
        } catch (PException e) {
            e.recordLine(tailReturnLine);
            throw e;
        }
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary(transferToInterpreterOnException = false)
    private static PException internalError(RuntimeException e) {
        return PythonErrors.systemError("internal error: %s", e);
    }

    /** Raised as if by the call itself: CPython does not create the callee's frame. */
    private PException recursion(VirtualFrame frame) {
        return PythonErrors.recursionError();
    }

    @Override
    public String getName() {
        return qualname;
    }

    @Override
    public String toString() {
        return qualname;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    @TruffleBoundary(transferToInterpreterOnException = false)
    public boolean isCloningAllowed() {
        return true;
    }
}
