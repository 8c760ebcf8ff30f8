package org.cinderj.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.access.AttributeNodes;
import org.cinderj.nodes.access.AttributeNodesFactory;
import org.cinderj.runtime.function.PBuiltinFunction;
import org.cinderj.runtime.function.PFunction;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * {@code obj.name(args)} without allocating a bound method when the attribute is a function found
 * on the class: the function is called with {@code obj} prepended.
 */
public final class MethodCallNode extends CallNode {
    @Child private LookupMethodNode lookup;
    @Child private AttributeNodes.GetAttributeNode getAttr;

    public MethodCallNode(ExprNode receiver, String name, ExprNode[] args, String[] kwNames, ExprNode[] kwValues) {
        super(receiver, args, kwNames, kwValues);
        this.lookup = MethodCallNodeFactory.LookupMethodNodeGen.create(name);
        this.getAttr = AttributeNodesFactory.GetAttributeNodeGen.create(null, name);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object receiver = callee.execute(frame);
        Object method = lookup.execute(receiver);
        if (method != null) {
            return callWith(frame, method, receiver);
        }
        return callWith(frame, getAttr.executeWith(receiver), null);
    }

    /** Returns the unbound method to call with the receiver prepended, or null to use getattr. */
    @com.oracle.truffle.api.dsl.NodeField(name = "name", type = String.class)
    public abstract static class LookupMethodNode extends Node {
        protected abstract String getName();

        public abstract Object execute(Object receiver);

        @Specialization(guards = {"obj.getPythonClass() == cachedClass", "method != null"}, assumptions = "cachedClass.getStableAssumption()", limit = "4")
        protected Object doInstance(PythonObject obj,
                        @Cached("obj.getPythonClass()") PythonClass cachedClass,
                        @Cached("plainMethod(cachedClass, getName())") Object method,
                        @CachedLibrary(limit = "4") DynamicObjectLibrary lib) {
            if (cachedClass.getLayoutBase() == BuiltinTypes.OBJECT && lib.containsKey(obj, getName())) {
                return null;
            }
            return method;
        }

        @Specialization(guards = {"isString(s)"})
        protected Object doString(Object s,
                        @Cached("strMethod(getName())") Object method) {
            return method;
        }

        @Specialization(replaces = {"doInstance", "doString"})
        protected Object doOther(Object obj) {
            return null;
        }

        protected static boolean isString(Object o) {
            return o instanceof String;
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        protected static Object strMethod(String name) {
            Object m = BuiltinTypes.STR.lookup(name);
            return m instanceof PBuiltinFunction ? m : null;
        }

        /**
         * A function or builtin method defined on the class, reached by the default attribute
         * protocol; null when attribute access must go the general way.
         */
        @TruffleBoundary(transferToInterpreterOnException = false)
        protected static Object plainMethod(PythonClass cls, String name) {
            if (!AttributeNodes.hasDefaultGetattribute(cls)) {
                return null;
            }
            Object m = cls.lookup(name);
            if (m instanceof PFunction) {
                return cls.getLayoutBase() == BuiltinTypes.OBJECT || !cls.instancesHaveDict() ? m : null;
            }
            if (m instanceof PBuiltinFunction b && b.isMethod() && cls.isBuiltin()) {
                return m;
            }
            if (m instanceof PBuiltinFunction b && b.isMethod() && !cls.instancesHaveDict()) {
                return m;
            }
            return null;
        }
    }
}
