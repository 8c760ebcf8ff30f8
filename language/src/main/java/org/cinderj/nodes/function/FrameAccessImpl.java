package org.cinderj.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.RootNode;
import java.util.ArrayList;
import java.util.List;
import org.cinderj.builtins.modules.FrameAccess;
import org.cinderj.nodes.generator.GeneratorRootNode;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PFrame;
import org.cinderj.runtime.exception.TracebackPrinter;
import org.cinderj.runtime.function.PCell;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.function.PFunction;
import org.cinderj.runtime.generator.PGenerator;
import org.cinderj.runtime.object.PNone;

/**
 * How builtins such as {@code globals()}, {@code locals()} and {@code sys._getframe} see the
 * calling Python frames: by walking Truffle's stack, only when asked (frames are never
 * materialised for them in advance).
 */
public final class FrameAccessImpl implements FrameAccess {
    public static final FrameAccessImpl INSTANCE = new FrameAccessImpl();

    /** A Python frame on the stack: its code and the frame holding its variables. */
    private record PyFrame(PCode code, Frame frame) {
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static List<PyFrame> pythonFrames(int max) {
        List<PyFrame> out = new ArrayList<>();
        Truffle.getRuntime().iterateFrames(fi -> {
            RootNode root = ((com.oracle.truffle.api.RootCallTarget) fi.getCallTarget()).getRootNode();
            if (root instanceof PythonRootNode pr && pr.getCode() != null) {
                out.add(new PyFrame(pr.getCode(), fi.getFrame(FrameInstance.FrameAccess.READ_ONLY)));
            } else if (root instanceof GeneratorRootNode) {
                Frame f = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY);
                PGenerator g = (PGenerator) f.getArguments()[0];
                out.add(new PyFrame(g.getCode(), g.getFrame()));
            }
            return out.size() >= max ? out : null;
        });
        return out;
    }

    private static PyFrame caller() {
        List<PyFrame> frames = pythonFrames(1);
        return frames.isEmpty() ? null : frames.get(0);
    }

    @Override
    @TruffleBoundary(transferToInterpreterOnException = false)
    public Object currentGlobals() {
        PyFrame f = caller();
        if (f == null) {
            return null;
        }
        return ((PFunction) f.frame().getArguments()[0]).getGlobals();
    }

    @Override
    @TruffleBoundary(transferToInterpreterOnException = false)
    public Object currentLocals() {
        PyFrame f = caller();
        if (f == null) {
            return null;
        }
        return localsOf(f);
    }

    private static Object localsOf(PyFrame f) {
        Object[] args = f.frame().getArguments();
        if ((f.code().getFlags() & PCode.CO_OPTIMIZED) == 0) {
            return args.length > 1 ? args[1] : ((PFunction) args[0]).getGlobals();
        }
        PDict d = new PDict();
        FrameDescriptor fd = f.frame().getFrameDescriptor();
        for (int i = 0; i < fd.getNumberOfSlots(); i++) {
            Object name = fd.getSlotName(i);
            if (!(name instanceof String s) || s.startsWith(".")) {
                continue;
            }
            Object v = f.frame().getValue(i);
            if (v instanceof PCell c) {
                v = c.get();
            }
            if (v != null) {
                d.put(s, v);
            }
        }
        return d;
    }

    @Override
    @TruffleBoundary(transferToInterpreterOnException = false)
    public Object getFrame(int depth) {
        List<PyFrame> frames = pythonFrames(Integer.MAX_VALUE);
        if (depth >= frames.size()) {
            return null;
        }
        PFrame result = null;
        PFrame previous = null;
        for (int i = depth; i < frames.size(); i++) {
            PyFrame f = frames.get(i);
            PFrame pf = new PFrame(f.code(), ((PFunction) f.frame().getArguments()[0]).getGlobals(), f.code().getFirstLineNo());
            pf.setLocals(localsOf(f));
            pf.setBack(PNone.NONE);
            if (previous != null) {
                previous.setBack(pf);
            } else {
                result = pf;
            }
            previous = pf;
        }
        return result;
    }

    @Override
    public String formatException(PBaseException exc) {
        return TracebackPrinter.format(exc);
    }
}
