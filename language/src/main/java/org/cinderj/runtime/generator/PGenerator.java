package org.cinderj.runtime.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.PythonClass;

/**
 * A generator, coroutine or async generator. Its frame lives on the heap between resumptions; the
 * resume call target runs the body again on that frame, and the resumable statement nodes skip
 * to where the last {@code yield} left off. No thread per generator.
 */
public final class PGenerator extends PythonObject {
    private final MaterializedFrame frame;
    private final RootCallTarget resumeTarget;
    private final PCode code;
    private String name;
    private String qualname;
    private boolean started;
    private boolean running;
    private boolean finished;
    /** The value {@code send()} passes in, read by the resumed yield. */
    private Object sent;
    /** An exception {@code throw()} passes in, raised by the resumed yield. */
    private PException thrown;
    /** The sub-iterator of a running {@code yield from}/{@code await}, for {@code gi_yieldfrom}. */
    private Object yieldFrom;

    public PGenerator(PythonClass cls, MaterializedFrame frame, RootCallTarget resumeTarget, PCode code, String name, String qualname) {
        super(cls);
        this.frame = frame;
        this.resumeTarget = resumeTarget;
        this.code = code;
        this.name = name;
        this.qualname = qualname;
    }

    /**
     * The exception the caller of {@code throw()} was handling: the thrown exception takes as
     * context only an exception the generator itself is handling, as in CPython.
     */
    private org.cinderj.runtime.exception.PBaseException callerHandled;

    public void setCallerHandled(org.cinderj.runtime.exception.PBaseException e) {
        this.callerHandled = e;
    }

    public org.cinderj.runtime.exception.PBaseException takeCallerHandled() {
        org.cinderj.runtime.exception.PBaseException e = callerHandled;
        callerHandled = null;
        return e;
    }

    /** The frame object Python code sees ({@code gi_frame}), created on first request. */
    private Object frameObject;

    public Object getFrameObject() {
        return frameObject;
    }

    public void setFrameObject(Object frameObject) {
        this.frameObject = frameObject;
    }

    public MaterializedFrame getFrame() {
        return frame;
    }

    public RootCallTarget getResumeTarget() {
        return resumeTarget;
    }

    public PCode getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public boolean isStarted() {
        return started;
    }

    public void setStarted(boolean started) {
        this.started = started;
    }

    public boolean isRunning() {
        return running;
    }

    public void setRunning(boolean running) {
        this.running = running;
    }

    public boolean isFinished() {
        return finished;
    }

    public void setFinished(boolean finished) {
        this.finished = finished;
    }

    public void setSent(Object value) {
        this.sent = value;
    }

    public Object takeSent() {
        Object v = sent;
        sent = null;
        return v;
    }

    public void setThrown(PException e) {
        this.thrown = e;
    }

    public PException takeThrown() {
        PException e = thrown;
        thrown = null;
        return e;
    }

    public Object getYieldFrom() {
        return yieldFrom;
    }

    public void setYieldFrom(Object yieldFrom) {
        this.yieldFrom = yieldFrom;
    }
}
