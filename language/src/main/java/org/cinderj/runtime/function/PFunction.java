package org.cinderj.runtime.function;

import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * A function defined in Python. Calls go to {@code code.getCallTarget()} with the argument array
 * {@code [function, bound parameters...]}: the caller binds (see {@link ArgBinder}) so that the
 * callee only reads its parameters from fixed positions.
 */
public final class PFunction extends PythonObject {
    private PCode code;
    /** The module namespace (or the dict given to exec/eval). */
    private final PDict globals;
    private final PCell[] closure;
    /** Defaults of the last positional parameters; empty array when none. */
    private Object[] defaults;
    /** Parallel to the keyword-only parameters, null entries where there is no default; or null. */
    private Object[] kwDefaults;
    private String name;
    private String qualname;
    private Object module;
    private Object doc = PNone.NONE;
    /** A PDict, or null until first asked for. */
    private Object annotations;

    public PFunction(PCode code, PDict globals, PCell[] closure, Object[] defaults, Object[] kwDefaults, Object module) {
        super(BuiltinTypes.FUNCTION);
        this.code = code;
        this.globals = globals;
        this.closure = closure;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.name = code.getName();
        this.qualname = code.getQualname();
        this.module = module;
    }

    public PCode getCode() {
        return code;
    }

    public void setCode(PCode code) {
        this.code = code;
        this.layoutDefaultsValid = false;
    }

    public PDict getGlobals() {
        return globals;
    }

    public PCell[] getClosure() {
        return closure;
    }

    /** Defaults aligned with the bound-argument layout, for {@link ArgBinder#bind}. */
    private Object[] layoutDefaults;
    private boolean layoutDefaultsValid;

    public Object[] getLayoutDefaults() {
        if (!layoutDefaultsValid) {
            layoutDefaults = ArgBinder.layoutDefaults(code.getSignature(), defaults, kwDefaults);
            layoutDefaultsValid = true;
        }
        return layoutDefaults;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public void setDefaults(Object[] defaults) {
        this.defaults = defaults;
        this.layoutDefaultsValid = false;
    }

    public Object[] getKwDefaults() {
        return kwDefaults;
    }

    public void setKwDefaults(Object[] kwDefaults) {
        this.kwDefaults = kwDefaults;
        this.layoutDefaultsValid = false;
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

    public Object getModule() {
        return module;
    }

    public void setModule(Object module) {
        this.module = module;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    public Object getAnnotations() {
        return annotations;
    }

    public void setAnnotations(Object annotations) {
        this.annotations = annotations;
    }

    @Override
    public String toString() {
        return "<function " + qualname + ">";
    }
}
