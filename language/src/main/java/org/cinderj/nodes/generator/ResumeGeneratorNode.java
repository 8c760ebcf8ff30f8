package org.cinderj.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.generator.GeneratorSupport;
import org.cinderj.runtime.generator.PGenerator;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * Resumes a generator at a site that sees generators of few code objects: the resume target is
 * called directly, so Truffle can inline the generator body into the consuming loop or the
 * delegating {@code yield from}. Returns what {@link GeneratorSupport#resume} returns: the yielded
 * value, or a {@link GeneratorSupport.Done} when the body finished. Unusual states (running,
 * finished, first send of a value) take the general path.
 */
public abstract class ResumeGeneratorNode extends Node {
    public abstract Object execute(PGenerator g, Object sent, PException thrown);

    public static ResumeGeneratorNode create() {
        return ResumeGeneratorNodeGen.create();
    }

    /** {@code next(g)} for loops: the yielded value, or null when the generator is exhausted. */
    public final Object next(PGenerator g) {
        Object r = execute(g, PNone.NONE, null);
        return r instanceof GeneratorSupport.Done ? null : r;
    }

    @Specialization(guards = "g.getResumeTarget() == cachedTarget", limit = "3")
    protected Object doDirect(PGenerator g, Object sent, PException thrown,
                    @Cached("g.getResumeTarget()") RootCallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        if (g.isRunning() || g.isFinished() || (!g.isStarted() && (thrown != null || sent != PNone.NONE))) {
            return slow(g, sent, thrown);
        }
        g.setStarted(true);
        g.setRunning(true);
        g.setSent(sent);
        g.setThrown(thrown);
        Object r;
        try {
            r = call.call(g);
        } catch (PException e) {
            g.setFinished(true);
            g.setRunning(false);
            throw convertStopIteration(e, g);
        }
        g.setRunning(false);
        if (r instanceof GeneratorSupport.Done) {
            g.setFinished(true);
        }
        return r;
    }

    @Specialization(replaces = "doDirect")
    protected Object doGeneric(PGenerator g, Object sent, PException thrown) {
        return slow(g, sent, thrown);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static Object slow(PGenerator g, Object sent, PException thrown) {
        return GeneratorSupport.resume(g, sent, thrown);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static PException convertStopIteration(PException e, PGenerator g) {
        if (PythonErrors.isInstance(e, BuiltinTypes.STOP_ITERATION)) {
            PException re = PythonErrors.runtimeError("%s raised StopIteration", g.getPythonClass() == BuiltinTypes.COROUTINE ? "coroutine" : "generator");
            re.getPythonException().setCause(e.getPythonException());
            re.getPythonException().setContext(e.getPythonException());
            re.getPythonException().setSuppressContext(true);
            return re;
        }
        return e;
    }
}
