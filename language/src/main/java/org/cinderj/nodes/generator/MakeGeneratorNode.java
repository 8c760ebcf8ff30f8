package org.cinderj.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.control.ControlFlow;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.function.PFunction;
import org.cinderj.runtime.generator.PGenerator;
import org.cinderj.runtime.type.PythonClass;

/**
 * The whole body of a generator function's call: after the prologue has bound the arguments, the
 * frame moves to the heap and a generator object owning it is returned.
 */
public final class MakeGeneratorNode extends StmtNode {
    private final PythonClass generatorClass;
    private final int generatorSlot;
    @CompilationFinal private RootCallTarget resumeTarget;
    @CompilationFinal private PCode code;

    public MakeGeneratorNode(PythonClass generatorClass, int generatorSlot) {
        this.generatorClass = generatorClass;
        this.generatorSlot = generatorSlot;
    }

    public void setTargets(RootCallTarget resumeTarget, PCode code) {
        this.resumeTarget = resumeTarget;
        this.code = code;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        MaterializedFrame heapFrame = frame.materialize();
        PFunction f = (PFunction) frame.getArguments()[0];
        PGenerator g = new PGenerator(generatorClass, heapFrame, resumeTarget, code, f.getName(), f.getQualname());
        heapFrame.setObject(generatorSlot, g);
        throw new ControlFlow.ReturnException(g);
    }
}
