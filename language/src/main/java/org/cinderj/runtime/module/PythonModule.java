package org.cinderj.runtime.module;

import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * A module object. Its namespace is a real {@link PDict} ({@code __dict__}, and {@code globals()}
 * of its code), made watchable so that global reads in compiled code can treat a global as a
 * constant until it is reassigned (see {@link PDict#getWatchAssumption}).
 */
public final class PythonModule extends PythonObject {
    private final PDict dict;

    public PythonModule(String name) {
        this(BuiltinTypes.MODULE, name);
    }

    public PythonModule(PythonClass cls, String name) {
        super(cls);
        this.dict = new PDict();
        this.dict.makeWatchable();
        dict.put("__name__", name);
    }

    public PDict getDict() {
        return dict;
    }

    public String getModuleName() {
        Object n = dict.get("__name__");
        return n instanceof String s ? s : "?";
    }

    /** Null when absent. */
    public Object getAttr(String key) {
        return dict.get(key);
    }

    public void setAttr(String key, Object value) {
        dict.put(key, value);
    }

    public boolean deleteAttr(String key) {
        return dict.remove(key) != null;
    }

    @Override
    public String toString() {
        return "<module '" + getModuleName() + "'>";
    }
}
