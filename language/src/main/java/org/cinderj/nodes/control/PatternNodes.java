package org.cinderj.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import java.util.ArrayList;
import java.util.List;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.access.TargetNode;
import org.cinderj.nodes.expression.IdentityNodes;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The patterns of the {@code match} statement (PEP 634). */
public final class PatternNodes {
    private PatternNodes() {
    }

    public abstract static class PatternNode extends Node {
        public abstract boolean match(VirtualFrame frame, Object subject);
    }

    /** {@code case <pattern> if <guard>:} as an expression on the subject held in a slot. */
    public static final class CaseTestNode extends ExprNode {
        @Child private PatternNode pattern;
        @Child private ExprNode guard;
        private final int subjectSlot;

        public CaseTestNode(PatternNode pattern, ExprNode guard, int subjectSlot) {
            this.pattern = pattern;
            this.guard = guard;
            this.subjectSlot = subjectSlot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (!pattern.match(frame, frame.getObject(subjectSlot))) {
                return false;
            }
            return guard == null ? Boolean.TRUE : guard.execute(frame);
        }
    }

    public static final class WildcardNode extends PatternNode {
        @Override
        public boolean match(VirtualFrame frame, Object subject) {
            return true;
        }
    }

    public static final class CaptureNode extends PatternNode {
        @Child private TargetNode target;

        public CaptureNode(TargetNode target) {
            this.target = target;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject) {
            target.executeWrite(frame, subject);
            return true;
        }
    }

    public static final class AsNode extends PatternNode {
        @Child private PatternNode pattern;
        @Child private TargetNode target;

        public AsNode(PatternNode pattern, TargetNode target) {
            this.pattern = pattern;
            this.target = target;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject) {
            if (!pattern.match(frame, subject)) {
                return false;
            }
            target.executeWrite(frame, subject);
            return true;
        }
    }

    public static final class ValueNode extends PatternNode {
        @Child private ExprNode value;

        public ValueNode(ExprNode value) {
            this.value = value;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject) {
            return equal(subject, value.execute(frame));
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static boolean equal(Object a, Object b) {
            return PyOps.isTrue(PyOps.richCompare(a, b, org.cinderj.ast.CmpOperator.EQ));
        }
    }

    public static final class SingletonNode extends PatternNode {
        private final Object value;

        public SingletonNode(Object value) {
            this.value = value;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject) {
            return IdentityNodes.is(subject, value);
        }
    }

    public static final class OrNode extends PatternNode {
        @Children private final PatternNode[] alternatives;

        public OrNode(PatternNode[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject) {
            for (PatternNode p : alternatives) {
                if (p.match(frame, subject)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code [a, *rest, b]} / {@code (a, b)}. */
    public static final class SequenceNode extends PatternNode {
        @Children private final PatternNode[] patterns;
        private final int starIndex;
        @Child private TargetNode starTarget;

        public SequenceNode(PatternNode[] patterns, int starIndex, TargetNode starTarget) {
            this.patterns = patterns;
            this.starIndex = starIndex;
            this.starTarget = starTarget;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject) {
            Object[] items = sequenceItems(PythonContext.get(this), subject);
            if (items == null) {
                return false;
            }
            int fixed = patterns.length - (starIndex >= 0 ? 1 : 0);
            if (starIndex < 0 ? items.length != fixed : items.length < fixed) {
                return false;
            }
            for (int i = 0; i < patterns.length; i++) {
                if (i == starIndex) {
                    int n = items.length - fixed;
                    if (starTarget != null) {
                        Object[] rest = new Object[n];
                        System.arraycopy(items, starIndex, rest, 0, n);
                        starTarget.executeWrite(frame, new PList(rest));
                    }
                    continue;
                }
                int idx = starIndex >= 0 && i > starIndex ? items.length - (patterns.length - i) : i;
                if (!patterns[i].match(frame, items[idx])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The items of a subject a sequence pattern can match, or null (str, bytes, mappings never match). */
    @TruffleBoundary(transferToInterpreterOnException = false)
    static Object[] sequenceItems(PythonContext ctx, Object subject) {
        if (subject instanceof PList l) {
            return l.toArray();
        }
        if (subject instanceof PTuple t) {
            return t.getItems();
        }
        if (subject instanceof String || subject instanceof PDict || subject instanceof Long || subject instanceof Double || subject instanceof Boolean) {
            return null;
        }
        PythonClass cls = BuiltinTypes.typeOf(subject);
        if (cls.isSubclassOf(BuiltinTypes.BYTES) || cls.isSubclassOf(BuiltinTypes.BYTEARRAY) || cls.isSubclassOf(BuiltinTypes.STR)) {
            return null;
        }
        if (cls == BuiltinTypes.RANGE || isInstanceOfAbc(ctx, subject, "Sequence")) {
            List<Object> out = new ArrayList<>();
            Object it = PyOps.getIter(subject);
            for (Object o = PyOps.next(it); o != null; o = PyOps.next(it)) {
                out.add(o);
            }
            return out.toArray();
        }
        return null;
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static boolean isInstanceOfAbc(PythonContext ctx, Object subject, String abc) {
        Object mod = ctx.getSysModules().get("collections.abc");
        if (mod == null) {
            return false;
        }
        Object cls = PyOps.lookupAttribute(mod, abc);
        return cls != null && PyOps.isInstance(subject, cls);
    }

    /** {@code {"k": p, **rest}}. */
    public static final class MappingNode extends PatternNode {
        @Children private final ExprNode[] keys;
        @Children private final PatternNode[] patterns;
        @Child private TargetNode rest;

        public MappingNode(ExprNode[] keys, PatternNode[] patterns, TargetNode rest) {
            this.keys = keys;
            this.patterns = patterns;
            this.rest = rest;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject) {
            if (!isMapping(PythonContext.get(this), subject)) {
                return false;
            }
            Object[] keyValues = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                keyValues[i] = keys[i].execute(frame);
                Object v = lookup(subject, keyValues[i]);
                if (v == null || !patterns[i].match(frame, v)) {
                    return false;
                }
            }
            if (rest != null) {
                rest.executeWrite(frame, remaining(subject, keyValues));
            }
            return true;
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static boolean isMapping(PythonContext ctx, Object subject) {
            return subject instanceof PDict || isInstanceOfAbc(ctx, subject, "Mapping");
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static Object lookup(Object subject, Object key) {
            if (subject instanceof PDict d && d.getPythonClass() == BuiltinTypes.DICT) {
                return d.get(key);
            }
            Object marker = new PTuple(new Object[0]);
            Object r = CallSupport.call(PyOps.getAttribute(subject, "get"), key, marker);
            return r == marker ? null : r;
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static Object remaining(Object subject, Object[] used) {
            PDict d = new PDict();
            org.cinderj.nodes.literal.CollectionNodes.update(d, subject);
            for (Object k : used) {
                d.remove(k);
            }
            return d;
        }
    }

    /** {@code Point(x, y=0)}. */
    public static final class ClassNode extends PatternNode {
        @Child private ExprNode cls;
        @Children private final PatternNode[] positional;
        private final String[] kwNames;
        @Children private final PatternNode[] kwPatterns;

        public ClassNode(ExprNode cls, PatternNode[] positional, String[] kwNames, PatternNode[] kwPatterns) {
            this.cls = cls;
            this.positional = positional;
            this.kwNames = kwNames;
            this.kwPatterns = kwPatterns;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject) {
            Object c = cls.execute(frame);
            if (!(c instanceof PythonClass type)) {
                throw PythonErrors.typeError("called match pattern must be a type");
            }
            if (!isInstance(subject, type)) {
                return false;
            }
            String[] names = positionalNames(type, positional.length, kwNames);
            for (int i = 0; i < positional.length; i++) {
                Object v = names[i] == null ? subject : attr(subject, names[i]);
                if (v == null || !positional[i].match(frame, v)) {
                    return false;
                }
            }
            for (int i = 0; i < kwNames.length; i++) {
                Object v = attr(subject, kwNames[i]);
                if (v == null || !kwPatterns[i].match(frame, v)) {
                    return false;
                }
            }
            return true;
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static boolean isInstance(Object subject, PythonClass type) {
            return PyOps.isInstance(subject, type);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static Object attr(Object subject, String name) {
            return PyOps.lookupAttribute(subject, name);
        }

        private static final PythonClass[] SELF_MATCHING = {BuiltinTypes.BOOL, BuiltinTypes.BYTEARRAY, BuiltinTypes.BYTES, BuiltinTypes.DICT,
                        BuiltinTypes.FLOAT, BuiltinTypes.FROZENSET, BuiltinTypes.INT, BuiltinTypes.LIST, BuiltinTypes.SET, BuiltinTypes.STR, BuiltinTypes.TUPLE};

        /** Attribute names for the positional sub-patterns (null: the subject itself). */
        @TruffleBoundary(transferToInterpreterOnException = false)
        private static String[] positionalNames(PythonClass type, int n, String[] kwNames) {
            String[] names = new String[n];
            if (n == 0) {
                return names;
            }
            Object matchArgs = type.lookup("__match_args__");
            if (matchArgs == null) {
                for (PythonClass s : SELF_MATCHING) {
                    if (type.isSubclassOf(s)) {
                        if (n > 1) {
                            throw PythonErrors.typeError("%s() accepts 1 positional sub-pattern (%d given)", type.getName(), n);
                        }
                        return names;
                    }
                }
                throw PythonErrors.typeError("%s() accepts 0 positional sub-patterns (%d given)", type.getName(), n);
            }
            if (!(matchArgs instanceof PTuple t)) {
                throw PythonErrors.typeError("%s.__match_args__ must be a tuple (got %s)", type.getName(), BuiltinTypes.typeOf(matchArgs).getName());
            }
            if (n > t.size()) {
                throw PythonErrors.typeError("%s() accepts %d positional sub-pattern%s (%d given)", type.getName(), t.size(), t.size() == 1 ? "" : "s", n);
            }
            for (int i = 0; i < n; i++) {
                if (!(t.get(i) instanceof String s)) {
                    throw PythonErrors.typeError("__match_args__ elements must be strings (got %s)", BuiltinTypes.typeOf(t.get(i)).getName());
                }
                for (String kw : kwNames) {
                    if (kw.equals(s)) {
                        throw PythonErrors.typeError("%s() got multiple sub-patterns for attribute '%s'", type.getName(), s);
                    }
                }
                names[i] = s;
            }
            return names;
        }
    }
}
