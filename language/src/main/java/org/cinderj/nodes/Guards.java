package org.cinderj.nodes;

import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** Guards shared by DSL nodes ({@code @ImportStatic(Guards.class)}). */
public final class Guards {
    private Guards() {
    }

    public static boolean isList(PList l) {
        return l.getPythonClass() == BuiltinTypes.LIST;
    }

    public static boolean isTuple(PTuple t) {
        return t.getPythonClass() == BuiltinTypes.TUPLE;
    }

    public static boolean isDict(PDict d) {
        return d.getPythonClass() == BuiltinTypes.DICT;
    }

    /** Python index {@code i} (negative counts from the end) is valid for a sequence of this size. */
    public static boolean inBounds(long i, int size) {
        return i >= 0 ? i < size : -i <= size;
    }
}
