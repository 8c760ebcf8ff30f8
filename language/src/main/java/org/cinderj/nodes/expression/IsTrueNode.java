package org.cinderj.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.cinderj.nodes.ExprNode;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.object.PNone;

/** Truth value of its operand ({@code if}, {@code while}, {@code and}/{@code or}, {@code not}). */
@NodeChild("operand")
public abstract class IsTrueNode extends ExprNode {
    public abstract boolean executeBool(com.oracle.truffle.api.frame.VirtualFrame frame);

    public abstract boolean executeWith(Object value);

    @Specialization
    protected boolean doBoolean(boolean b) {
        return b;
    }

    @Specialization
    protected boolean doLong(long l) {
        return l != 0;
    }

    @Specialization
    protected boolean doDouble(double d) {
        return d != 0.0;
    }

    @Specialization
    protected boolean doString(String s) {
        return !s.isEmpty();
    }

    @Specialization
    protected boolean doNone(PNone n) {
        return false;
    }

    @Specialization(guards = "isPlainList(l)")
    protected boolean doList(PList l) {
        return l.size() != 0;
    }

    /** Instances of classes defining neither {@code __bool__} nor {@code __len__} are always true. */
    @Specialization(guards = {"o.getPythonClass() == cachedClass", "alwaysTrue"}, assumptions = "cachedClass.getStableAssumption()", limit = "3")
    protected boolean doPlainObject(org.cinderj.runtime.object.PythonObject o,
                    @com.oracle.truffle.api.dsl.Cached("o.getPythonClass()") org.cinderj.runtime.type.PythonClass cachedClass,
                    @com.oracle.truffle.api.dsl.Cached("isAlwaysTrue(cachedClass)") boolean alwaysTrue) {
        return true;
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    protected static boolean isAlwaysTrue(org.cinderj.runtime.type.PythonClass cls) {
        return !cls.isBuiltin() && cls.lookup("__bool__") == null && cls.lookup("__len__") == null;
    }

    @Specialization(replaces = {"doList", "doPlainObject"})
    protected boolean doGeneric(Object o) {
        return generic(o);
    }

    protected static boolean isPlainList(PList l) {
        return l.getPythonClass() == org.cinderj.runtime.type.BuiltinTypes.LIST;
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static boolean generic(Object o) {
        return PyOps.isTrue(o);
    }
}
