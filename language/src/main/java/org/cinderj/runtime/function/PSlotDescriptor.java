package org.cinderj.runtime.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * A {@code member_descriptor} for a {@code __slots__} name. The value lives in the instance's
 * shape like any attribute (under the slot name), so the node-level attribute caches work on it;
 * the descriptor only makes the name a data descriptor and gives the unset-slot errors.
 */
public final class PSlotDescriptor extends PythonObject {
    private final String name;
    private final PythonClass owner;

    public PSlotDescriptor(String name, PythonClass owner) {
        super(BuiltinTypes.MEMBER_DESCRIPTOR);
        this.name = name;
        this.owner = owner;
    }

    public String getName() {
        return name;
    }

    public PythonClass getOwner() {
        return owner;
    }

    private void check(Object instance) {
        if (!(instance instanceof PythonObject po) || !po.getPythonClass().isSubclassOf(owner)) {
            throw PythonErrors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.getName(),
                            BuiltinTypes.typeOf(instance).getName());
        }
    }

    @TruffleBoundary
    public Object get(Object instance) {
        check(instance);
        Object v = DynamicObjectLibrary.getUncached().getOrDefault((PythonObject) instance, name, null);
        if (v == null) {
            throw PythonErrors.attributeError("'%s' object has no attribute '%s'", BuiltinTypes.typeOf(instance).getName(), name);
        }
        return v;
    }

    /** value null deletes. */
    @TruffleBoundary
    public void set(Object instance, Object value) {
        check(instance);
        PythonObject o = (PythonObject) instance;
        if (value == null) {
            if (!DynamicObjectLibrary.getUncached().removeKey(o, name)) {
                throw PythonErrors.attributeError("%s", name);
            }
        } else {
            DynamicObjectLibrary.getUncached().put(o, name, value);
        }
    }

    @Override
    public String toString() {
        return "<member '" + name + "' of '" + owner.getName() + "' objects>";
    }
}
