package org.cinderj.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.access.TargetNode;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.range.PRange;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * {@code for target in iterable: body else: orelse} as a {@link LoopNode}. Plain lists, tuples and
 * ranges are walked by index without an iterator object; anything else goes through the iterator
 * protocol. The iteration state lives in two frame slots so the loop is re-entrant (recursion) and
 * OSR can resume it.
 */
public final class ForNode extends StmtNode {
    @Child private ExprNode iterable;
    @Child private LoopNode loop;
    @Child private StmtNode orelse;
    private final int iterSlot;
    private final int indexSlot;

    public ForNode(ExprNode iterable, TargetNode target, StmtNode body, StmtNode orelse, int iterSlot, int indexSlot) {
        this.iterable = iterable;
        this.orelse = orelse;
        this.iterSlot = iterSlot;
        this.indexSlot = indexSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new ForRepeatingNode(target, body, iterSlot, indexSlot));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object it = iterable.execute(frame);
        if (!(it instanceof PList l && l.getPythonClass() == BuiltinTypes.LIST) && !(it instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE)
                        && !(it instanceof PRange)) {
            it = getIter(it);
        }
        frame.setObject(iterSlot, it);
        frame.setLong(indexSlot, 0);
        Object result = loop.execute(frame);
        frame.setObject(iterSlot, null);
        if (result != WhileNode.BROKE && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static Object getIter(Object o) {
        return PyOps.getIter(o);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static Object next(Object it) {
        if (it instanceof org.cinderj.runtime.generator.PGenerator g) {
            return org.cinderj.runtime.generator.GeneratorSupport.nextOrNull(g);
        }
        return PyOps.next(it);
    }

    static final class ForRepeatingNode extends Node implements RepeatingNode {
        private static final int UNINIT = 0;
        private static final int LIST = 1;
        private static final int TUPLE = 2;
        private static final int RANGE = 3;
        private static final int GENERIC = 4;
        private static final int GENERATOR = 6;
        private static final int MIXED = 5;

        @Child private TargetNode target;
        @Child private StmtNode body;
        private final int iterSlot;
        private final int indexSlot;
        @CompilationFinal private int mode = UNINIT;
        @Child private org.cinderj.nodes.generator.ResumeGeneratorNode resume;

        ForRepeatingNode(TargetNode target, StmtNode body, int iterSlot, int indexSlot) {
            this.target = target;
            this.body = body;
            this.iterSlot = iterSlot;
            this.indexSlot = indexSlot;
        }

        private int kindOf(Object it) {
            if (it instanceof PList) {
                return LIST;
            } else if (it instanceof PTuple) {
                return TUPLE;
            } else if (it instanceof PRange) {
                return RANGE;
            } else if (it instanceof org.cinderj.runtime.generator.PGenerator) {
                return GENERATOR;
            }
            return GENERIC;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            Object it = frame.getObject(iterSlot);
            int m = mode;
            if (m != MIXED) {
                int k = kindOf(it);
                if (k != m) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    mode = m == UNINIT ? k : MIXED;
                }
            }
            Object item;
            if (mode == LIST || (mode == MIXED && it instanceof PList)) {
                PList l = (PList) it;
                long i = frame.getLong(indexSlot);
                if (i >= l.size()) {
                    return RepeatingNode.BREAK_LOOP_STATUS;
                }
                item = l.get((int) i);
                frame.setLong(indexSlot, i + 1);
            } else if (mode == TUPLE || (mode == MIXED && it instanceof PTuple)) {
                PTuple t = (PTuple) it;
                long i = frame.getLong(indexSlot);
                if (i >= t.size()) {
                    return RepeatingNode.BREAK_LOOP_STATUS;
                }
                item = t.get((int) i);
                frame.setLong(indexSlot, i + 1);
            } else if (mode == RANGE || (mode == MIXED && it instanceof PRange)) {
                PRange r = (PRange) it;
                long i = frame.getLong(indexSlot);
                if (i >= r.getLength()) {
                    return RepeatingNode.BREAK_LOOP_STATUS;
                }
                item = r.getStart() + i * r.getStep();
                frame.setLong(indexSlot, i + 1);
            } else if (mode == GENERATOR || (mode == MIXED && it instanceof org.cinderj.runtime.generator.PGenerator)) {
                if (resume == null) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    resume = insert(org.cinderj.nodes.generator.ResumeGeneratorNode.create());
                }
                item = resume.next((org.cinderj.runtime.generator.PGenerator) it);
                if (item == null) {
                    return RepeatingNode.BREAK_LOOP_STATUS;
                }
            } else {
                item = next(it);
                if (item == null) {
                    return RepeatingNode.BREAK_LOOP_STATUS;
                }
            }
            target.executeWrite(frame, item);
            try {
                body.executeVoid(frame);
            } catch (ControlFlow.BreakException e) {
                return WhileNode.BROKE;
            } catch (ControlFlow.ContinueException e) {
                // next iteration
            }
            return RepeatingNode.CONTINUE_LOOP_STATUS;
        }
    }
}
