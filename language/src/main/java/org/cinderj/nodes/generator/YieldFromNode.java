package org.cinderj.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.generator.GeneratorSupport;
import org.cinderj.runtime.generator.PGenerator;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * {@code yield from iterable} and {@code await awaitable}: delegates send/throw to the
 * sub-iterator, suspending this generator each time it yields, and evaluates to its return value.
 */
public final class YieldFromNode extends ExprNode {
    @Child private ExprNode source;
    private final int stateSlot;
    private final int subSlot;
    private final int generatorSlot;
    private final boolean isAwait;

    public YieldFromNode(ExprNode source, int stateSlot, int subSlot, int generatorSlot, boolean isAwait) {
        this.source = source;
        this.stateSlot = stateSlot;
        this.subSlot = subSlot;
        this.generatorSlot = generatorSlot;
        this.isAwait = isAwait;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PGenerator g = GenState.generator(frame, generatorSlot);
        Object sub;
        Object sent;
        PException thrown;
        if (GenState.get(frame, stateSlot) == 1) {
            GenState.set(frame, stateSlot, 0);
            sub = frame.getObject(subSlot);
            sent = g.takeSent();
            if (sent == null) {
                sent = PNone.NONE;
            }
            thrown = g.takeThrown();
        } else {
            Object src = source.execute(frame);
            sub = isAwait ? awaitIterator(src) : iterOf(src);
            sent = PNone.NONE;
            thrown = null;
        }
        Object r;
        try {
            // Delegation stays an indirect call: direct calls here inline recursive generators
            // (tree walks with yield from) into themselves, which compiled worse when measured.
            r = GeneratorSupport.delegate(sub, sent, thrown);
        } catch (PException e) {
            frame.setObject(subSlot, null);
            g.setYieldFrom(null);
            throw e;
        }
        if (r instanceof GeneratorSupport.Done d) {
            frame.setObject(subSlot, null);
            g.setYieldFrom(null);
            return d.value;
        }
        frame.setObject(subSlot, sub);
        g.setYieldFrom(sub);
        GenState.set(frame, stateSlot, 1);
        throw new YieldException(r);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static Object iterOf(Object src) {
        if (src instanceof PGenerator) {
            return src;
        }
        return PyOps.getIter(src);
    }

    /** The iterator behind an awaitable: a coroutine itself, or the result of {@code __await__()}. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object awaitIterator(Object src) {
        if (src instanceof PGenerator g && g.getPythonClass() == BuiltinTypes.COROUTINE) {
            return g;
        }
        Object await = PyOps.lookupSpecial(src, "__await__");
        if (await == null) {
            throw PythonErrors.typeError("object %s can't be used in 'await' expression", BuiltinTypes.typeOf(src).getName());
        }
        Object it = CallSupport.call(await, src);
        if (it instanceof PGenerator ig && ig.getPythonClass() == BuiltinTypes.COROUTINE) {
            throw PythonErrors.typeError("__await__() returned a coroutine");
        }
        if (PyOps.lookupSpecial(it, "__next__") == null) {
            throw PythonErrors.typeError("__await__() returned non-iterator of type '%s'", BuiltinTypes.typeOf(it).getName());
        }
        return it;
    }
}
