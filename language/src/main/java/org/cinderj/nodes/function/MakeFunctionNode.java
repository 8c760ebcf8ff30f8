package org.cinderj.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.access.GlobalNodes;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.function.PCell;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.function.PFunction;
import org.cinderj.runtime.object.PNone;

/** {@code def}/{@code lambda}: evaluates defaults and annotations and makes a function object. */
public final class MakeFunctionNode extends ExprNode {
    private final PCode code;
    @Children private final ExprNode[] defaults;
    /** Parallel to the keyword-only parameters; null entries have no default. */
    @Children private final ExprNode[] kwDefaults;
    @Children private final ExprNode[] closureCells;
    private final String[] annotationNames;
    @Children private final ExprNode[] annotationValues;
    private final Object doc;

    public MakeFunctionNode(PCode code, ExprNode[] defaults, ExprNode[] kwDefaults, ExprNode[] closureCells, String[] annotationNames,
                    ExprNode[] annotationValues, Object doc) {
        this.code = code;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closureCells = closureCells;
        this.annotationNames = annotationNames;
        this.annotationValues = annotationValues;
        this.doc = doc;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] d = new Object[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            d[i] = defaults[i].execute(frame);
        }
        Object[] kw = null;
        if (kwDefaults.length > 0) {
            kw = new Object[kwDefaults.length];
            for (int i = 0; i < kwDefaults.length; i++) {
                kw[i] = kwDefaults[i] == null ? null : kwDefaults[i].execute(frame);
            }
        }
        PCell[] closure = new PCell[closureCells.length];
        for (int i = 0; i < closureCells.length; i++) {
            closure[i] = (PCell) closureCells[i].execute(frame);
        }
        PDict globals = GlobalNodes.globals(frame);
        PFunction f = create(code, globals, closure, d, kw);
        if (annotationValues.length > 0) {
            Object[] values = new Object[annotationValues.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = annotationValues[i].execute(frame);
            }
            setAnnotations(f, annotationNames, values);
        }
        if (doc != null) {
            f.setDoc(doc);
        }
        return f;
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static PFunction create(PCode code, PDict globals, PCell[] closure, Object[] d, Object[] kw) {
        Object module = globals.get("__name__");
        return new PFunction(code, globals, closure, d, kw, module == null ? PNone.NONE : module);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static void setAnnotations(PFunction f, String[] names, Object[] values) {
        PDict a = new PDict();
        for (int i = 0; i < names.length; i++) {
            a.put(names[i], values[i]);
        }
        f.setAnnotations(a);
    }
}
