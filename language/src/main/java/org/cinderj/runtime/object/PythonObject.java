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
}
