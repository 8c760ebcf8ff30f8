package org.cinderj.runtime.number;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code complex} (and instances of its subclasses): an immutable pair of doubles. */
public final class PComplex extends PythonObject {
    private final double real;
    private final double imag;

    public PComplex(double real, double imag) {
        super(BuiltinTypes.COMPLEX);
        this.real = real;
        this.imag = imag;
    }

    public PComplex(PythonClass cls, double real, double imag) {
        super(cls);
        this.real = real;
        this.imag = imag;
    }

    public double getReal() {
        return real;
    }

    public double getImag() {
        return imag;
    }

    @Override
    public String toString() {
        return ComplexOps.repr(real, imag);
    }
}
