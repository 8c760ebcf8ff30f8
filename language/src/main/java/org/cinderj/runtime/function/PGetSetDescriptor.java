package org.cinderj.runtime.function;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * A data descriptor implemented in Java: attributes of builtin types such as
 * {@code function.__name__}, {@code BaseException.args} or {@code complex.real}.
 */
public final class PGetSetDescriptor extends PythonObject {
    public interface Getter {
        Object get(Object self);
    }

    public interface Setter {
        /** {@code value} is null for deletion. */
        void set(Object self, Object value);
    }

    private final String name;
    private final PythonClass owner;
    private final Getter getter;
    private final Setter setter;

    public PGetSetDescriptor(String name, PythonClass owner, Getter getter, Setter setter) {
        super(BuiltinTypes.GETSET_DESCRIPTOR);
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    public String getName() {
        return name;
    }

    public PythonClass getOwner() {
        return owner;
    }

    public Getter getGetter() {
        return getter;
    }

    /** Null for a read-only attribute. */
    public Setter getSetter() {
        return setter;
    }
}
