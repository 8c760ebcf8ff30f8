package org.cinderj.runtime;

import org.cinderj.runtime.type.PythonClass;

/**
 * The implementation behind {@link PyOps}. Kept behind an interface so that the interpreter core
 * compiles against the contract while the type implementations live in {@code org.cinderj.builtins}.
 */
public interface Protocol {
    long hash(Object obj);

    boolean equals(Object a, Object b);

    boolean isTrue(Object obj);

    String repr(Object obj);

    String str(Object obj);

    Object getAttribute(Object obj, String name);

    Object lookupAttribute(Object obj, String name);

    void setAttribute(Object obj, String name, Object value);

    void deleteAttribute(Object obj, String name);

    Object getIter(Object obj);

    Object next(Object iterator);

    long length(Object obj);

    Object getItem(Object obj, Object key);

    void setItem(Object obj, Object key, Object value);

    void deleteItem(Object obj, Object key);

    Object binaryOp(Object a, Object b, org.cinderj.ast.Operator op);

    Object inplaceOp(Object a, Object b, org.cinderj.ast.Operator op);

    Object unaryOp(Object a, org.cinderj.ast.UnaryOperator op);

    Object richCompare(Object a, Object b, org.cinderj.ast.CmpOperator op);

    boolean contains(Object container, Object item);

    boolean isInstance(Object obj, Object classinfo);

    boolean isSubclass(Object cls, Object classinfo);

    Object index(Object obj);

    String format(Object obj, String spec);

    Object callClass(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues);
}
