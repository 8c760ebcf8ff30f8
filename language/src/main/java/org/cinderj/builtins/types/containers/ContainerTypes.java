package org.cinderj.builtins.types.containers;

/** Installs the container and iterator types. */
public final class ContainerTypes {
    private ContainerTypes() {
    }

    public static void install() {
        ListBuiltins.install();
        TupleBuiltins.install();
        DictBuiltins.install();
        SetBuiltins.install();
        RangeBuiltins.install();
        SliceBuiltins.install();
        IteratorBuiltins.install();
    }
}
