package org.cinderj.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * The abstract object protocol (CPython's {@code abstract.c} / {@code object.c}) as uncached Java
 * code: what builtins and the slow paths of nodes use. Nodes specialise the common cases and fall
 * back to these. Every method follows CPython 3.10's semantics and error messages.
 *
 * <p>OWNERSHIP: the types/protocol work fills in these methods; signatures are a contract used by
 * the interpreter nodes and the builtins.
 */
public final class PyOps {
    private PyOps() {
    }

    /** Installed once by {@code org.cinderj.builtins.BuiltinsInstaller} before Python code runs. */
    private static Protocol impl;

    public static void setImplementation(Protocol implementation) {
        impl = implementation;
    }

    /** Looks up a special method on the type (never the instance), as CPython's {@code _PyType_Lookup}. */
    public static Object lookupSpecial(Object receiver, String name) {
        return BuiltinTypes.typeOf(receiver).lookup(name);
    }

    /** Calls the special method {@code name} on {@code receiver}; null when the type lacks it. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object callSpecial(Object receiver, String name, Object... args) {
        Object method = lookupSpecial(receiver, name);
        if (method == null) {
            return null;
        }
        return CallSupport.callSpecialMethod(method, receiver, args, null, null);
    }

    // The methods below delegate to the installed Protocol implementation.

    /** {@code hash(obj)}: CPython's hash values for numbers and str-independent objects. */
    public static long hash(Object obj) {
        return impl.hash(obj);
    }

    /** {@code a == b} as a boolean (identity first, then rich comparison, then truth). */
    public static boolean equals(Object a, Object b) {
        return impl.equals(a, b);
    }

    /** {@code bool(obj)}. */
    public static boolean isTrue(Object obj) {
        return impl.isTrue(obj);
    }

    /** {@code repr(obj)}. */
    public static String repr(Object obj) {
        return impl.repr(obj);
    }

    /** {@code str(obj)}. */
    public static String str(Object obj) {
        return impl.str(obj);
    }

    /** {@code getattr(obj, name)}; raises AttributeError. */
    public static Object getAttribute(Object obj, String name) {
        return impl.getAttribute(obj, name);
    }

    /** {@code getattr(obj, name, None)} without raising: null when missing. */
    public static Object lookupAttribute(Object obj, String name) {
        return impl.lookupAttribute(obj, name);
    }

    public static void setAttribute(Object obj, String name, Object value) {
        impl.setAttribute(obj, name, value);
    }

    public static void deleteAttribute(Object obj, String name) {
        impl.deleteAttribute(obj, name);
    }

    /** {@code iter(obj)}. */
    public static Object getIter(Object obj) {
        return impl.getIter(obj);
    }

    /** {@code next(it)}; returns null when the iterator is exhausted (StopIteration swallowed). */
    public static Object next(Object iterator) {
        return impl.next(iterator);
    }

    /** {@code len(obj)}. */
    public static long length(Object obj) {
        return impl.length(obj);
    }

    public static Object getItem(Object obj, Object key) {
        return impl.getItem(obj, key);
    }

    public static void setItem(Object obj, Object key, Object value) {
        impl.setItem(obj, key, value);
    }

    public static void deleteItem(Object obj, Object key) {
        impl.deleteItem(obj, key);
    }

    /** Binary operator with the full dunder protocol (reflected operands, NotImplemented). */
    public static Object binaryOp(Object a, Object b, org.cinderj.ast.Operator op) {
        return impl.binaryOp(a, b, op);
    }

    /** In-place operator ({@code a += b}): {@code __iadd__} first, then the binary protocol. */
    public static Object inplaceOp(Object a, Object b, org.cinderj.ast.Operator op) {
        return impl.inplaceOp(a, b, op);
    }

    public static Object unaryOp(Object a, org.cinderj.ast.UnaryOperator op) {
        return impl.unaryOp(a, op);
    }

    /** Rich comparison ({@code ==, !=, <, <=, >, >=}) returning a Python object. */
    public static Object richCompare(Object a, Object b, org.cinderj.ast.CmpOperator op) {
        return impl.richCompare(a, b, op);
    }

    /** {@code item in container}. */
    public static boolean contains(Object container, Object item) {
        return impl.contains(container, item);
    }

    /** {@code isinstance(obj, classinfo)} including {@code __instancecheck__} and tuples. */
    public static boolean isInstance(Object obj, Object classinfo) {
        return impl.isInstance(obj, classinfo);
    }

    public static boolean isSubclass(Object cls, Object classinfo) {
        return impl.isSubclass(cls, classinfo);
    }

    /** {@code operator.index(obj)}: a Long or BigInteger. */
    public static Object index(Object obj) {
        return impl.index(obj);
    }

    /** {@code format(obj, spec)}. */
    public static String format(Object obj, String spec) {
        return impl.format(obj, spec);
    }

    /** Calls {@code cls(args...)} for a Python class (type.__call__: __new__ then __init__). */
    public static Object callClass(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues) {
        return impl.callClass(cls, args, kwNames, kwValues);
    }
}
