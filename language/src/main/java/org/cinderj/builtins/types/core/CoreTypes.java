package org.cinderj.builtins.types.core;

import org.cinderj.builtins.types.containers.ContainerTypes;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;

/**
 * object, type, functions and descriptors, exceptions, containers and iterators; installs the
 * {@code PyOps} protocol implementation.
 */
public final class CoreTypes {
    private CoreTypes() {
    }

    public static void install() {
        PyOps.setImplementation(ProtocolImpl.INSTANCE);
        ObjectBuiltins.install();
        TypeBuiltins.install();
        FunctionBuiltins.install();
        DescriptorBuiltins.install();
        SuperBuiltins.install();
        MiscBuiltins.install();
        ModuleBuiltins.install();
        ExceptionBuiltins.install();
        GenericAliasBuiltins.install();
        ContainerTypes.install();
    }
}
