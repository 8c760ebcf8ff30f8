package org.cinderj.runtime.dict;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Map;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * {@code mappingproxy}: a read-only view of a mapping. For a class ({@code C.__dict__}) the view
 * reads the class namespace; each operation sees its current state.
 */
public final class PMappingProxy extends PythonObject {
    /** A PythonClass (namespace view) or any mapping object. */
    private final Object mapping;

    public PMappingProxy(Object mapping) {
        super(BuiltinTypes.MAPPINGPROXY);
        this.mapping = mapping;
    }

    public Object getMapping() {
        return mapping;
    }

    /** The mapping to operate on: a snapshot dict of the namespace for classes. */
    @TruffleBoundary
    public Object target() {
        if (mapping instanceof PythonClass c) {
            PDict d = new PDict();
            for (Map.Entry<String, Object> e : c.getNamespace().entrySet()) {
                d.put(e.getKey(), e.getValue());
            }
            return d;
        }
        return mapping;
    }
}
