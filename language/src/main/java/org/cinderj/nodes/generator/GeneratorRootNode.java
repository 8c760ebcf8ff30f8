package org.cinderj.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.cinderj.PythonLanguage;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.control.ControlFlow;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.exception.TracebackSupport;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.generator.GeneratorSupport;
import org.cinderj.runtime.generator.PGenerator;
import org.cinderj.runtime.object.PNone;

/**
 * Resumes a generator: runs the body on the generator's heap frame. Returns the yielded value, or
 * a {@link GeneratorSupport.Done} with the return value when the body ends.
 */
public final class GeneratorRootNode extends RootNode {
    @Child private StmtNode body;
    private final String qualname;
    private final SourceSection section;
    @CompilationFinal private PCode code;

    public GeneratorRootNode(PythonLanguage language, StmtNode body, String qualname, SourceSection section) {
        super(language, new FrameDescriptor());
        this.body = body;
        this.qualname = qualname;
        this.section = section;
    }

    public void setCode(PCode code) {
        this.code = code;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PGenerator g = (PGenerator) frame.getArguments()[0];
        MaterializedFrame f = g.getFrame();
        PythonContext ctx = PythonContext.get(this);
        if (!ctx.enterFrame()) {
            ctx.exitFrame();
            throw PythonErrors.recursionError();
        }
        try {
            body.executeVoid(f);
            return new GeneratorSupport.Done(PNone.NONE);
        } catch (YieldException y) {
            return y.getValue();
        } catch (ControlFlow.ReturnException r) {
            return new GeneratorSupport.Done(r.getValue());
        } catch (PException e) {
            TracebackSupport.addFrame(e, code, f);
            throw e;
        } finally {
            ctx.exitFrame();
        }
    }

    @Override
    public String getName() {
        return qualname;
    }

    @Override
    public String toString() {
        return qualname + "<resume>";
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }
}
