package org.cinderj.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import org.cinderj.nodes.Guards;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.function.PBuiltinFunction;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * Call-site specialisations of the hottest builtins ({@code len}, {@code isinstance}). A call
 * site that sees one of these builtins with plain positional arguments runs the node here
 * instead of the generic builtin body, so compiled code needs no boundary call for them.
 */
public final class IntrinsicNodes {
    private IntrinsicNodes() {
    }

    public abstract static class IntrinsicNode extends Node {
        /** The result, or null to let the caller run the builtin normally. */
        public abstract Object execute(Object[] args);
    }

    /** The intrinsic for this builtin and argument count, or null. */
    public static IntrinsicNode create(PBuiltinFunction b, int argc) {
        if (b.isMethod() || !"builtins".equals(b.getModule())) {
            return null;
        }
        switch (b.getName()) {
            case "len":
                return argc == 1 ? IntrinsicNodesFactory.LenNodeGen.create() : null;
            case "isinstance":
                return argc == 2 ? IntrinsicNodesFactory.IsInstanceNodeGen.create() : null;
            default:
                return null;
        }
    }

    @ImportStatic(Guards.class)
    public abstract static class LenNode extends IntrinsicNode {
        @Override
        public final Object execute(Object[] args) {
            return executeLen(args[0]);
        }

        protected abstract Object executeLen(Object o);

        @Specialization(guards = "isList(l)")
        protected long doList(PList l) {
            return l.size();
        }

        @Specialization(guards = "isTuple(t)")
        protected long doTuple(PTuple t) {
            return t.size();
        }

        @Specialization(guards = "isDict(d)")
        protected long doDict(PDict d) {
            return d.size();
        }

        @Specialization
        protected long doString(String s) {
            return length(s);
        }

        @Specialization(replaces = {"doList", "doTuple", "doDict"})
        protected Object doGeneric(Object o) {
            return generic(o);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        static long length(String s) {
            return org.cinderj.runtime.str.StrOps.codePointLength(s);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        static Object generic(Object o) {
            return PyOps.length(o);
        }
    }

    /**
     * {@code isinstance(obj, cls)} for a class whose metaclass is {@code type} (no
     * {@code __instancecheck__}) and an object whose class does not override {@code __class__}:
     * the answer depends only on the two classes, so it is cached per pair.
     */
    public abstract static class IsInstanceNode extends IntrinsicNode {
        @Override
        public final Object execute(Object[] args) {
            return executeCheck(args[0], args[1]);
        }

        protected abstract Object executeCheck(Object obj, Object cls);

        @Specialization(guards = {"typeOf(obj) == objClass", "cls == cachedCls", "simple"}, limit = "6",
                        assumptions = {"objClass.getStableAssumption()", "stableOf(cachedCls)"})
        protected boolean doCached(Object obj, Object cls,
                        @Cached("typeOf(obj)") PythonClass objClass,
                        @Cached("cls") Object cachedCls,
                        @Cached("isSimple(objClass, cls)") boolean simple,
                        @Cached("subclassCheck(simple, objClass, cls)") boolean result) {
            return result;
        }

        @Specialization(replaces = "doCached")
        protected Object doGeneric(Object obj, Object cls) {
            return generic(obj, cls);
        }

        protected static PythonClass typeOf(Object o) {
            return BuiltinTypes.typeOf(o);
        }

        protected static com.oracle.truffle.api.Assumption stableOf(Object o) {
            return o instanceof PythonClass c ? c.getStableAssumption() : com.oracle.truffle.api.Assumption.ALWAYS_VALID;
        }

        protected static boolean subclassCheck(boolean simple, PythonClass objClass, Object cls) {
            return simple && objClass.isSubclassOf((PythonClass) cls);
        }

        protected static PythonClass asClass(Object o) {
            return (PythonClass) o;
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        protected static boolean isSimple(PythonClass objClass, Object cls) {
            if (!(cls instanceof PythonClass c) || c.getPythonClass() != BuiltinTypes.TYPE) {
                return false;
            }
            return objClass.lookup("__class__") == BuiltinTypes.OBJECT.getOwn("__class__");
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        static Object generic(Object obj, Object cls) {
            return PyOps.isInstance(obj, cls);
        }
    }
}
