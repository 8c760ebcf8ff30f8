package org.cinderj.runtime.object;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;
import org.cinderj.runtime.type.PythonClass;

/**
 * Every Python object that is not represented by a plain Java value. Plain Java values are:
 * {@code Long} and {@code java.math.BigInteger} for {@code int} (BigInteger only outside the long
 * range), {@code Boolean} for {@code bool}, {@code Double} for {@code float}, {@code String} for
 * {@code str}. Everything else extends this class.
 *
 * <p>Instance attributes live in the object's Truffle {@link Shape}, so attribute access on objects
 * of the same layout is a cached shape check plus a field load.
 */
@com.oracle.truffle.api.library.ExportLibrary(com.oracle.truffle.api.interop.InteropLibrary.class)
public class PythonObject extends DynamicObject {
    /** The one empty shape every object starts from; shapes grow by transition from here. */
    public static final Shape ROOT_SHAPE = Shape.newBuilder().build();

    private PythonClass pythonClass;

    public PythonObject(PythonClass pythonClass) {
        super(ROOT_SHAPE);
        this.pythonClass = pythonClass;
    }

    protected PythonObject(PythonClass pythonClass, Shape shape) {
        super(shape);
        this.pythonClass = pythonClass;
    }

    public final PythonClass getPythonClass() {
        return pythonClass;
    }

    /** Assignment to {@code __class__}; the caller checks layout compatibility. */
    public final void setPythonClass(PythonClass cls) {
        this.pythonClass = cls;
    }

    // ---- interop: what embedders see of Python objects ----

    @com.oracle.truffle.api.library.ExportMessage
    final boolean isNull() {
        return this == PNone.NONE;
    }

    @com.oracle.truffle.api.library.ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    final boolean isExecutable() {
        return this instanceof org.cinderj.runtime.function.PFunction || this instanceof org.cinderj.runtime.function.PBuiltinFunction
                        || this instanceof org.cinderj.runtime.function.PMethod || this instanceof PythonClass
                        || org.cinderj.runtime.type.BuiltinTypes.typeOf(this).lookup("__call__") != null;
    }

    @com.oracle.truffle.api.library.ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    final Object execute(Object[] arguments) {
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = InteropConversion.toPython(arguments[i]);
        }
        return InteropConversion.toInterop(org.cinderj.runtime.function.CallSupport.call(this, args));
    }

    @com.oracle.truffle.api.library.ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @com.oracle.truffle.api.library.ExportMessage
    final Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return org.cinderj.PythonLanguage.class;
    }

    @com.oracle.truffle.api.library.ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    final Object toDisplayString(boolean allowSideEffects) {
        if (!allowSideEffects) {
            return "<" + org.cinderj.runtime.type.BuiltinTypes.typeOf(this).getName() + " object>";
        }
        return org.cinderj.runtime.PyOps.repr(this);
    }
}
