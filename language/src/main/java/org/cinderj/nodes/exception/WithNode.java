package org.cinderj.nodes.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.access.TargetNode;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code with manager as target: body} (one item; several items nest). */
public final class WithNode extends StmtNode {
    @Child private ExprNode manager;
    @Child private TargetNode target;
    @Child private StmtNode body;

    public WithNode(ExprNode manager, TargetNode target, StmtNode body, TryExceptNode.HandlerFrame frameInfo) {
        this.frameInfo = frameInfo;
        this.manager = manager;
        this.target = target;
        this.body = body;
    }

    /** The code of the enclosing function, for the traceback entry __exit__ sees. */
    private final TryExceptNode.HandlerFrame frameInfo;

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object mgr = manager.execute(frame);
        Object[] enterExit = lookup(mgr);
        Object entered = CallSupport.call(enterExit[0], mgr);
        Object exit = enterExit[1];
        if (target != null) {
            target.executeWrite(frame, entered);
        }
        try {
            body.executeVoid(frame);
        } catch (ControlFlowException c) {
            callExit(exit, mgr, null);
            throw c;
        } catch (PException e) {
            exitOrRethrow(this, frame, frameInfo, exit, mgr, e);
            return;
        }
        callExit(exit, mgr, null);
    }

    /** [__enter__, __exit__] of the manager's type, with CPython's errors. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object[] lookup(Object mgr) {
        Object enter = PyOps.lookupSpecial(mgr, "__enter__");
        if (enter == null) {
            throw PythonErrors.attributeError("__enter__");
        }
        Object exit = PyOps.lookupSpecial(mgr, "__exit__");
        if (exit == null) {
            throw PythonErrors.attributeError("__exit__");
        }
        return new Object[]{enter, exit};
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object callExit(Object exit, Object mgr, PBaseException exc) {
        if (exc == null) {
            return CallSupport.call(exit, mgr, PNone.NONE, PNone.NONE, PNone.NONE);
        }
        return CallSupport.call(exit, mgr, exc.getPythonClass(), exc, exc.getTraceback());
    }

    /**
     * The exception path of a with statement: {@code __exit__} gets the traceback with this
     * frame's entry, as in CPython; an exception it does not suppress continues with that entry
     * already made (so the function does not add it again).
     */
    public static void exitOrRethrow(com.oracle.truffle.api.nodes.Node node, VirtualFrame frame, TryExceptNode.HandlerFrame frameInfo, Object exit,
                    Object mgr, PException e) {
        org.cinderj.runtime.exception.TracebackSupport.addFrame(e, frameInfo.code(), frame);
        if (!exitWithException(node, exit, mgr, e)) {
            e.setSkipNextFrame(true);
            throw e;
        }
    }

    /** Calls {@code __exit__} with the exception; true when it asks to suppress it. */
    public static boolean exitWithException(com.oracle.truffle.api.nodes.Node node, Object exit, Object mgr, PException e) {
        PythonContext ctx = PythonContext.get(node);
        PBaseException previous = ctx.getCaughtException();
        PBaseException exc = e.getPythonException();
        ctx.setCaughtException(exc);
        try {
            return truthy(callExit(exit, mgr, exc));
        } catch (PException inner) {
            ExceptionSupport.chain(inner, exc);
            throw inner;
        } finally {
            ctx.setCaughtException(previous);
        }
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static boolean truthy(Object o) {
        return PyOps.isTrue(o);
    }

    static boolean isNotExceptionClass(Object o) {
        return !(o instanceof org.cinderj.runtime.type.PythonClass c && c.isSubclassOf(BuiltinTypes.BASE_EXCEPTION));
    }
}
