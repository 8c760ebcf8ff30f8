package org.cinderj.runtime.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * A function implemented in Java: a module-level builtin ({@code builtin_function_or_method}) or a
 * method of a builtin type ({@code method_descriptor}, bound on attribute access like a function).
 */
public final class PBuiltinFunction extends PythonObject {
    private final String name;
    private final Signature signature;
    private final Object[] defaults;
    private final BuiltinBody body;
    /** The type that defines this method, or null for a module-level function. */
    private final PythonClass owner;
    /** Module name for {@code __module__} of module-level builtins; null for methods. */
    private final String module;
    private final boolean inlinable;
    private final String doc;

    public PBuiltinFunction(String name, Signature signature, Object[] defaults, BuiltinBody body, PythonClass owner,
                    String module, boolean inlinable, String doc) {
        super(owner == null ? BuiltinTypes.BUILTIN_FUNCTION : BuiltinTypes.METHOD_DESCRIPTOR);
        this.name = name;
        this.signature = signature;
        this.defaults = defaults;
        this.body = body;
        this.owner = owner;
        this.module = module;
        this.inlinable = inlinable;
        this.doc = doc;
    }

    public String getName() {
        return name;
    }

    public Signature getSignature() {
        return signature;
    }

    /** Defaults of the trailing positional parameters followed by keyword-only ones, in layout order. */
    public Object[] getDefaults() {
        return defaults;
    }

    public BuiltinBody getBody() {
        return body;
    }

    /** The {@code __qualname__} of a staticmethod or classmethod of a builtin type ("str.maketrans"); null otherwise. */
    private String qualname;

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PythonClass getOwner() {
        return owner;
    }

    public String getModule() {
        return module;
    }

    public boolean isMethod() {
        return owner != null;
    }

    public boolean isInlinable() {
        return inlinable;
    }

    public String getDoc() {
        return doc;
    }

    /** Runs the body on an already bound argument array, outside of compiled code. */
    @TruffleBoundary
    public Object invokeBoundary(Object[] boundArgs) {
        try {
            return body.call(boundArgs);
        } catch (ClassCastException e) {
            RuntimeException r = wrongSelf(boundArgs, e);
            throw r == e ? internalError(e) : r;
        } catch (org.cinderj.runtime.exception.PException | com.oracle.truffle.api.nodes.ControlFlowException e) {
            throw e;
        } catch (com.oracle.truffle.api.exception.AbstractTruffleException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw org.cinderj.runtime.exception.PythonErrors.recursionError();
        } catch (RuntimeException e) {
            throw internalError(e);
        }
    }

    /**
     * A Java exception escaping a builtin is a bug in cinderj; Python code sees it as CPython shows
     * interpreter bugs, a SystemError, instead of a Java stack trace.
     */
    @TruffleBoundary
    private RuntimeException internalError(RuntimeException e) {
        return org.cinderj.runtime.exception.PythonErrors.systemError("%s() raised an internal error: %s", name, e);
    }

    /**
     * Method bodies cast {@code self}; a method descriptor called on an object of the wrong type
     * ({@code list.append(1, 2)}) surfaces as a ClassCastException, turned here into CPython's
     * TypeError. Other ClassCastExceptions are rethrown.
     */
    @TruffleBoundary
    public RuntimeException wrongSelf(Object[] boundArgs, ClassCastException e) {
        if (owner != null && boundArgs.length > 0 && !BuiltinTypes.typeOf(boundArgs[0]).isSubclassOf(owner)) {
            return org.cinderj.runtime.exception.PythonErrors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                            owner.getName(), BuiltinTypes.typeOf(boundArgs[0]).getName());
        }
        return e;
    }

    @Override
    public String toString() {
        return owner == null ? "<built-in function " + name + ">" : "<method '" + name + "' of '" + owner.getName() + "' objects>";
    }
}
