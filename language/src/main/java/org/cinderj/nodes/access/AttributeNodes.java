package org.cinderj.nodes.access;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.function.PBuiltinFunction;
import org.cinderj.runtime.function.PFunction;
import org.cinderj.runtime.function.PMethod;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * {@code obj.name}, {@code obj.name = v}, {@code del obj.name}. Plain instances of user classes
 * (default {@code __getattribute__}/{@code __setattr__}, no data descriptor of that name) read and
 * write their shape directly; module attributes are cached like globals; the rest goes through
 * the generic protocol.
 */
public final class AttributeNodes {
    private AttributeNodes() {
    }

    /** What a plain lookup on instances of {@code cls} finds on the class for {@code name}. */
    public static final class ClassAttr {
        final Object value;
        final boolean plain;
        /** A plain data attribute of the class rebound often: read it on each access. */
        final boolean dynamic;
        /** Valid while a cached plain data value stays bound. */
        final com.oracle.truffle.api.Assumption valueAssumption;

        ClassAttr(Object value, boolean plain) {
            this(value, plain, false, com.oracle.truffle.api.Assumption.ALWAYS_VALID);
        }

        ClassAttr(Object value, boolean plain, boolean dynamic, com.oracle.truffle.api.Assumption valueAssumption) {
            this.value = value;
            this.plain = plain;
            this.dynamic = dynamic;
            this.valueAssumption = valueAssumption;
        }
    }

    /** True when instances of cls use the default attribute protocol and their dict is the shape. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static boolean hasDefaultGetattribute(PythonClass cls) {
        return cls.lookup("__getattribute__") == BuiltinTypes.OBJECT.getOwn("__getattribute__");
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    public static boolean hasDefaultSetattr(PythonClass cls) {
        return cls.lookup("__setattr__") == BuiltinTypes.OBJECT.getOwn("__setattr__");
    }

    /** A {@code __slots__} member for exactly this name: its value lives in the shape under the name. */
    static boolean isSlotFor(Object v, String name) {
        return v instanceof org.cinderj.runtime.function.PSlotDescriptor sd && sd.getName().equals(name);
    }

    /** A class attribute is "plain" if it is absent, a function, or a value that is no descriptor. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static ClassAttr classAttr(PythonClass cls, String name) {
        if (cls.getLayoutBase() != BuiltinTypes.OBJECT || !hasDefaultGetattribute(cls)) {
            return new ClassAttr(null, false);
        }
        Object v = cls.lookup(name);
        if (v == null || v instanceof PFunction) {
            return new ClassAttr(v, true);
        }
        if (isSlotFor(v, name)) {
            // Read the shape; a missing slot value falls to the generic path for its error.
            return new ClassAttr(null, true);
        }
        if (PythonClass.isPlainData(v)) {
            PythonClass owner = cls.lookupOwner(name);
            if (owner.getValueInvalidations(name) > 3) {
                return new ClassAttr(null, true, true, com.oracle.truffle.api.Assumption.ALWAYS_VALID);
            }
            return new ClassAttr(v, true, false, owner.getValueAssumption(name));
        }
        return new ClassAttr(null, false);
    }

    @NodeChild("receiver")
    @NodeField(name = "name", type = String.class)
    public abstract static class GetAttributeNode extends ExprNode {
        protected abstract String getName();

        public abstract Object executeWith(Object receiver);

        @Specialization(guards = {"obj.getPythonClass() == cachedClass", "attr.plain"}, assumptions = {"cachedClass.getStableAssumption()", "attr.valueAssumption"}, limit = "4")
        protected Object doPlainInstance(PythonObject obj,
                        @Cached("obj.getPythonClass()") PythonClass cachedClass,
                        @Cached("lookupClassAttr(cachedClass, getName())") ClassAttr attr,
                        @CachedLibrary(limit = "4") DynamicObjectLibrary lib) {
            Object v = lib.getOrDefault(obj, getName(), null);
            if (v != null) {
                return v;
            }
            Object c = attr.dynamic ? classLookup(cachedClass, getName()) : attr.value;
            if (c == null) {
                return generic(obj, getName());
            }
            if (c instanceof PFunction) {
                return new PMethod(obj, c);
            }
            return c;
        }

        /** {@code z.real} / {@code z.imag} of a builtin complex. */
        @Specialization(guards = {"isComplex(c)", "isRealOrImag()"})
        protected double doComplexPart(Object c) {
            org.cinderj.runtime.number.PComplex z = (org.cinderj.runtime.number.PComplex) c;
            return getName().equals("real") ? z.getReal() : z.getImag();
        }

        protected static boolean isComplex(Object o) {
            return o instanceof org.cinderj.runtime.number.PComplex c && c.getPythonClass() == BuiltinTypes.COMPLEX;
        }

        protected boolean isRealOrImag() {
            return getName().equals("real") || getName().equals("imag");
        }

        @Specialization(guards = "module == cachedModule", assumptions = "watch", limit = "2")
        protected Object doModule(PythonModule module,
                        @Cached("module") PythonModule cachedModule,
                        @Cached("watchOf(cachedModule, getName())") Assumption watch,
                        @Cached("module.getAttr(getName())") Object cachedValue) {
            if (cachedValue == null) {
                return generic(module, getName());
            }
            return cachedValue;
        }

        /**
         * {@code Cls.name} on a class whose metaclass is {@code type}: functions (unbound in
         * Python 3), plain data (watched per key), static and class methods resolve at compile time.
         */
        @Specialization(guards = {"cls == cachedClass", "found != null"}, assumptions = {"cachedClass.getStableAssumption()", "found.valueAssumption"}, limit = "3")
        protected Object doClass(PythonClass cls,
                        @Cached("cls") PythonClass cachedClass,
                        @Cached("classLevelAttr(cachedClass, getName())") ClassAttr found) {
            if (found.dynamic) {
                return classLookup(cachedClass, getName());
            }
            return found.value;
        }

        @Specialization(replaces = {"doPlainInstance", "doModule", "doClass", "doComplexPart"})
        protected Object doGeneric(Object obj) {
            return generic(obj, getName());
        }

        /** What {@code cls.name} evaluates to when it needs no descriptor call per access; null otherwise. */
        @TruffleBoundary(transferToInterpreterOnException = false)
        protected static ClassAttr classLevelAttr(PythonClass cls, String name) {
            if (cls.getPythonClass() != org.cinderj.runtime.type.BuiltinTypes.TYPE) {
                return null;
            }
            Object meta = org.cinderj.runtime.type.BuiltinTypes.TYPE.lookup(name);
            if (meta != null) {
                return null;
            }
            Object v = cls.lookup(name);
            if (v == null) {
                return null;
            }
            if (v instanceof PFunction || v instanceof PythonClass) {
                return new ClassAttr(v, true);
            }
            if (v instanceof org.cinderj.runtime.function.PStaticMethod sm) {
                return new ClassAttr(sm.getCallable(), true);
            }
            if (PythonClass.isPlainData(v)) {
                PythonClass owner = cls.lookupOwner(name);
                if (owner.getValueInvalidations(name) > 3) {
                    return new ClassAttr(null, true, true, com.oracle.truffle.api.Assumption.ALWAYS_VALID);
                }
                return new ClassAttr(v, true, false, owner.getValueAssumption(name));
            }
            return null;
        }

        protected static ClassAttr lookupClassAttr(PythonClass cls, String name) {
            return classAttr(cls, name);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        protected static Assumption watchOf(PythonModule m, String name) {
            return m.getDict().getWatchAssumption(name);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        static Object generic(Object obj, String name) {
            return PyOps.getAttribute(obj, name);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        static Object classLookup(PythonClass cls, String name) {
            return cls.lookup(name);
        }
    }

    @NodeField(name = "name", type = String.class)
    public abstract static class SetAttributeNode extends Node {
        protected abstract String getName();

        public abstract void executeSet(Object receiver, Object value);

        @Specialization(guards = {"obj.getPythonClass() == cachedClass", "plainSet"}, assumptions = "cachedClass.getStableAssumption()", limit = "4")
        protected void doPlainInstance(PythonObject obj, Object value,
                        @Cached("obj.getPythonClass()") PythonClass cachedClass,
                        @Cached("isPlainSet(cachedClass, getName())") boolean plainSet,
                        @CachedLibrary(limit = "4") DynamicObjectLibrary lib) {
            lib.put(obj, getName(), value);
        }

        @Specialization(replaces = "doPlainInstance")
        protected void doGeneric(Object obj, Object value) {
            generic(obj, getName(), value);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        protected static boolean isPlainSet(PythonClass cls, String name) {
            if (cls.getLayoutBase() != BuiltinTypes.OBJECT || !hasDefaultSetattr(cls)) {
                return false;
            }
            Object v = cls.lookup(name);
            if (isSlotFor(v, name)) {
                return true;
            }
            if (!cls.instancesHaveDict()) {
                return false;
            }
            if (v == null || v instanceof PFunction || v instanceof PBuiltinFunction) {
                return true;
            }
            PythonClass vt = BuiltinTypes.typeOf(v);
            return vt.lookup("__set__") == null && vt.lookup("__delete__") == null;
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        static void generic(Object obj, String name, Object value) {
            PyOps.setAttribute(obj, name, value);
        }
    }

    /** Base for DSL nodes that are neither expressions nor statements. */
    public abstract static class Node extends com.oracle.truffle.api.nodes.Node {
    }

    /** {@code obj.name = value} as an assignment target. */
    public static final class AttributeTargetNode extends TargetNode {
        @Child private ExprNode receiver;
        @Child private SetAttributeNode set;

        public AttributeTargetNode(ExprNode receiver, String name) {
            this.receiver = receiver;
            this.set = AttributeNodesFactory.SetAttributeNodeGen.create(name);
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object value) {
            set.executeSet(receiver.execute(frame), value);
        }
    }

    public static final class DeleteAttributeNode extends StmtNode {
        @Child private ExprNode receiver;
        private final String name;

        public DeleteAttributeNode(ExprNode receiver, String name) {
            this.receiver = receiver;
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            delete(receiver.execute(frame), name);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static void delete(Object obj, String name) {
            PyOps.deleteAttribute(obj, name);
        }
    }
}
