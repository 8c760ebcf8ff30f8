package org.cinderj.builtins.types.containers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.ast.CmpOperator;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.builtins.types.core.ObjectBuiltins;
import org.cinderj.builtins.types.core.Support;
import org.cinderj.runtime.ProtocolImpl;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.iterator.PHashIterator;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.set.PBaseSet;
import org.cinderj.runtime.set.PFrozenSet;
import org.cinderj.runtime.set.PSet;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code set} and {@code frozenset}. */
public final class SetBuiltins {
    private SetBuiltins() {
    }

    static final PythonClass S = BuiltinTypes.SET;
    static final PythonClass F = BuiltinTypes.FROZENSET;
    static final Object NI = SequenceSupport.NI;

    public static void install() {
        S.define("__hash__", PNone.NONE);
        Support.defineNew(S, "(cls, /, *args, **kwargs)", a -> ObjectBuiltins.allocate(Support.asClass(a[0], "set.__new__(X): X")));
        BuiltinDef.method(S, "__init__", "(self, /, *args, **kwargs)", a -> {
            PSet self = (PSet) a[0];
            Object[] args = ((PTuple) a[1]).getItems();
            if (((PDict) a[2]).size() != 0 && self.getPythonClass() == S) {
                throw PythonErrors.typeError("set() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw PythonErrors.typeError("set expected at most 1 argument, got %d", args.length);
            }
            self.clear();
            if (args.length == 1) {
                addAll(self, args[0]);
            }
            return PNone.NONE;
        });
        Support.defineNew(F, "(cls, iterable=?, /)", a -> {
            PythonClass cls = Support.asClass(a[0], "frozenset.__new__(X): X");
            if (cls == F && a[1] instanceof PFrozenSet f && f.getPythonClass() == F) {
                return f;
            }
            PFrozenSet r = (PFrozenSet) ObjectBuiltins.allocate(cls);
            if (a[1] != Missing.VALUE) {
                addAll(r, a[1]);
            }
            return r;
        });
        BuiltinDef.method(F, "__hash__", "(self, /)", a -> frozensetHash((PFrozenSet) a[0]));
        for (PythonClass c : new PythonClass[]{S, F}) {
            installCommon(c);
        }
        installMutators();
    }

    private static void installCommon(PythonClass c) {
        BuiltinDef.method(c, "__repr__", "(self, /)", a -> repr((PBaseSet) a[0]));
        BuiltinDef.inlinableMethod(c, "__len__", "(self, /)", a -> (long) ((PBaseSet) a[0]).size());
        BuiltinDef.method(c, "__contains__", "(self, key, /)", a -> ((PBaseSet) a[0]).containsKey(a[1]));
        BuiltinDef.method(c, "__iter__", "(self, /)", a -> new PHashIterator(BuiltinTypes.SET_ITERATOR, ((PBaseSet) a[0]).getTable(), PHashIterator.KEYS, true));
        for (CmpOperator op : new CmpOperator[]{CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.LT, CmpOperator.LT_E, CmpOperator.GT, CmpOperator.GT_E}) {
            BuiltinDef.method(c, op.dunder, "(self, value, /)", a -> {
                if (!(a[1] instanceof PBaseSet other)) {
                    return NI;
                }
                return compareSets((PBaseSet) a[0], other, op);
            });
        }
        String[][] ops = {{"__and__", "__rand__", "&"}, {"__or__", "__ror__", "|"}, {"__xor__", "__rxor__", "^"}, {"__sub__", "__rsub__", "-"}};
        for (String[] op : ops) {
            BuiltinDef.method(c, op[0], "(self, value, /)", a -> {
                if (!(a[1] instanceof PBaseSet other)) {
                    return NI;
                }
                return binary((PBaseSet) a[0], other, op[2]);
            });
            BuiltinDef.method(c, op[1], "(self, value, /)", a -> {
                if (!(a[1] instanceof PBaseSet other)) {
                    return NI;
                }
                return binary(other, (PBaseSet) a[0], op[2]);
            });
        }
        BuiltinDef.method(c, "copy", "(self, /)", a -> {
            PBaseSet self = (PBaseSet) a[0];
            if (self.getPythonClass() == F) {
                return self;
            }
            return copyAs(self, self instanceof PFrozenSet ? F : S);
        });
        BuiltinDef.method(c, "union", "(self, /, *others)", a -> {
            PBaseSet self = (PBaseSet) a[0];
            PBaseSet r = copyAs(self, baseType(self));
            for (Object o : ((PTuple) a[1]).getItems()) {
                addAll(r, o);
            }
            return r;
        });
        BuiltinDef.method(c, "intersection", "(self, /, *others)", a -> {
            PBaseSet r = copyAs((PBaseSet) a[0], baseType((PBaseSet) a[0]));
            for (Object o : ((PTuple) a[1]).getItems()) {
                r = intersect(r, o, baseType((PBaseSet) a[0]));
            }
            return r;
        });
        BuiltinDef.method(c, "difference", "(self, /, *others)", a -> {
            PBaseSet r = copyAs((PBaseSet) a[0], baseType((PBaseSet) a[0]));
            for (Object o : ((PTuple) a[1]).getItems()) {
                removeAll(r, o);
            }
            return r;
        });
        BuiltinDef.method(c, "symmetric_difference", "(self, other, /)", a -> {
            PBaseSet other = asSet(a[1]);
            return binary((PBaseSet) a[0], other, "^");
        });
        BuiltinDef.method(c, "issubset", "(self, other, /)", a -> isSubset((PBaseSet) a[0], asSet(a[1])));
        BuiltinDef.method(c, "issuperset", "(self, other, /)", a -> isSubset(asSet(a[1]), (PBaseSet) a[0]));
        BuiltinDef.method(c, "isdisjoint", "(self, other, /)", a -> {
            PBaseSet self = (PBaseSet) a[0];
            Object it = PyOps.getIter(a[1]);
            Object x;
            while ((x = PyOps.next(it)) != null) {
                if (self.contains(x)) {
                    return false;
                }
            }
            return true;
        });
        BuiltinDef.method(c, "__reduce__", "(self, /)", a -> {
            PBaseSet self = (PBaseSet) a[0];
            Object d = PyOps.lookupAttribute(self, "__dict__");
            return new PTuple(new Object[]{self.getPythonClass(), new PTuple(new Object[]{new org.cinderj.runtime.list.PList(self.toArray())}),
                            d == null ? PNone.NONE : d});
        });
        BuiltinDef.classMethod(c, "__class_getitem__", "(cls, item, /)", a -> org.cinderj.builtins.types.core.GenericAliasBuiltins.classGetItem(a[0], a[1]));
        BuiltinDef.method(c, "__sizeof__", "(self, /)", a -> 200L + 16L * ((PBaseSet) a[0]).size());
    }

    private static void installMutators() {
        BuiltinDef.inlinableMethod(S, "add", "(self, object, /)", a -> {
            ((PSet) a[0]).add(a[1]);
            return PNone.NONE;
        });
        BuiltinDef.method(S, "remove", "(self, object, /)", a -> {
            if (!((PSet) a[0]).discardKey(a[1])) {
                throw PythonErrors.keyError(a[1]);
            }
            return PNone.NONE;
        });
        BuiltinDef.method(S, "discard", "(self, object, /)", a -> {
            ((PSet) a[0]).discardKey(a[1]);
            return PNone.NONE;
        });
        BuiltinDef.method(S, "pop", "(self, /)", a -> {
            PSet self = (PSet) a[0];
            PDict.Entry e = self.getTable().removeLast();
            if (e == null) {
                throw PythonErrors.keyError("pop from an empty set");
            }
            return e.key;
        });
        BuiltinDef.method(S, "clear", "(self, /)", a -> {
            ((PSet) a[0]).clear();
            return PNone.NONE;
        });
        BuiltinDef.method(S, "update", "(self, /, *others)", a -> {
            for (Object o : ((PTuple) a[1]).getItems()) {
                addAll((PSet) a[0], o);
            }
            return PNone.NONE;
        });
        BuiltinDef.method(S, "intersection_update", "(self, /, *others)", a -> {
            PSet self = (PSet) a[0];
            PBaseSet r = self;
            for (Object o : ((PTuple) a[1]).getItems()) {
                r = intersect(r, o, S);
            }
            if (r != self) {
                self.setTable(r.getTable());
            }
            return PNone.NONE;
        });
        BuiltinDef.method(S, "difference_update", "(self, /, *others)", a -> {
            for (Object o : ((PTuple) a[1]).getItems()) {
                removeAll((PSet) a[0], o);
            }
            return PNone.NONE;
        });
        BuiltinDef.method(S, "symmetric_difference_update", "(self, other, /)", a -> {
            symmetricUpdate((PSet) a[0], asSet(a[1]));
            return PNone.NONE;
        });
        String[][] iops = {{"__iand__", "&"}, {"__ior__", "|"}, {"__ixor__", "^"}, {"__isub__", "-"}};
        for (String[] op : iops) {
            BuiltinDef.method(S, op[0], "(self, value, /)", a -> {
                if (!(a[1] instanceof PBaseSet other)) {
                    return NI;
                }
                PSet self = (PSet) a[0];
                switch (op[1]) {
                    case "&":
                        self.setTable(intersect(self, other, S).getTable());
                        break;
                    case "|":
                        addAll(self, other);
                        break;
                    case "^":
                        symmetricUpdate(self, other);
                        break;
                    default:
                        removeAll(self, other == self ? copyAs(other, S) : other);
                        break;
                }
                return self;
            });
        }
    }

    // ---------------------------------------------------------------- helpers

    static PythonClass baseType(PBaseSet s) {
        return s instanceof PFrozenSet ? F : S;
    }
    @TruffleBoundary
    public static PBaseSet copyAs(PBaseSet s, PythonClass cls) {
        PBaseSet r = cls == F ? new PFrozenSet() : new PSet();
        r.setTable(s.getTable().copy());
        return r;
    }

    /** Adds every item of an iterable. */
    @TruffleBoundary
    public static void addAll(PBaseSet s, Object iterable) {
        if (iterable instanceof PBaseSet o) {
            for (PDict.Entry e : o.entriesArray()) {
                s.addEntry(e);
            }
            return;
        }
        if (iterable instanceof PDict d && d.getPythonClass() == BuiltinTypes.DICT) {
            for (PDict.Entry e : d.entriesArray()) {
                s.addEntry(e);
            }
            return;
        }
        Object it = PyOps.getIter(iterable);
        Object x;
        while ((x = PyOps.next(it)) != null) {
            s.add(x);
        }
    }

    @TruffleBoundary
    static void removeAll(PBaseSet s, Object iterable) {
        if (iterable == s) {
            s.setTable(new org.cinderj.runtime.dict.HashTable());
            return;
        }
        Object it = PyOps.getIter(iterable);
        Object x;
        while ((x = PyOps.next(it)) != null) {
            s.discard(x);
        }
    }

    @TruffleBoundary
    static PBaseSet intersect(PBaseSet s, Object other, PythonClass cls) {
        PBaseSet r = cls == F ? new PFrozenSet() : new PSet();
        if (other instanceof PBaseSet o) {
            PBaseSet small = s.size() <= o.size() ? s : o;
            PBaseSet big = small == s ? o : s;
            for (PDict.Entry e : small.entriesArray()) {
                if (big.containsEntry(e)) {
                    r.addEntry(e);
                }
            }
            return r;
        }
        Object it = PyOps.getIter(other);
        Object x;
        while ((x = PyOps.next(it)) != null) {
            if (s.contains(x)) {
                r.add(x);
            }
        }
        return r;
    }

    @TruffleBoundary
    static void symmetricUpdate(PBaseSet self, PBaseSet other) {
        if (other == self) {
            self.setTable(new org.cinderj.runtime.dict.HashTable());
            return;
        }
        for (PDict.Entry e : other.entriesArray()) {
            if (self.containsEntry(e)) {
                self.getTable().remove(e.key, e.getHash());
            } else {
                self.addEntry(e);
            }
        }
    }

    @TruffleBoundary
    static PBaseSet asSet(Object o) {
        if (o instanceof PBaseSet s) {
            return s;
        }
        PSet s = new PSet();
        addAll(s, o);
        return s;
    }

    /** {@code a op b} for two sets; the result has the exact base type of {@code a}. */
    @TruffleBoundary
    static PBaseSet binary(PBaseSet a, PBaseSet b, String op) {
        PythonClass cls = baseType(a);
        switch (op) {
            case "&":
                return intersect(a, b, cls);
            case "|": {
                PBaseSet r = copyAs(a, cls);
                addAll(r, b);
                return r;
            }
            case "^": {
                PBaseSet r = copyAs(a, cls);
                symmetricUpdate(r, b);
                return r;
            }
            default: {
                PBaseSet r = cls == F ? new PFrozenSet() : new PSet();
                for (PDict.Entry e : a.entriesArray()) {
                    if (!b.containsEntry(e)) {
                        r.addEntry(e);
                    }
                }
                return r;
            }
        }
    }

    @TruffleBoundary
    static boolean isSubset(PBaseSet a, PBaseSet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (PDict.Entry e : a.entriesArray()) {
            if (!b.containsEntry(e)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static Object compareSets(PBaseSet a, PBaseSet b, CmpOperator op) {
        switch (op) {
            case EQ:
                return a.size() == b.size() && isSubset(a, b);
            case NOT_EQ:
                return !(a.size() == b.size() && isSubset(a, b));
            case LT:
                return a.size() < b.size() && isSubset(a, b);
            case LT_E:
                return isSubset(a, b);
            case GT:
                return a.size() > b.size() && isSubset(b, a);
            default:
                return isSubset(b, a);
        }
    }

    @TruffleBoundary
    public static String repr(PBaseSet s) {
        PythonClass cls = s.getPythonClass();
        String name = cls.getName();
        if (s.size() == 0) {
            return name + "()";
        }
        if (!ProtocolImpl.reprEnter(s)) {
            return name + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder();
            boolean wrap = cls != S;
            if (wrap) {
                sb.append(name).append('(');
            }
            sb.append('{');
            Object[] items = s.toArray();
            SequenceSupport.appendReprs(sb, items, items.length);
            sb.append('}');
            if (wrap) {
                sb.append(')');
            }
            return sb.toString();
        } finally {
            ProtocolImpl.reprLeave(s);
        }
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** CPython 3.10's frozenset hash (XOR of shuffled item hashes, then dispersed). */
    @TruffleBoundary
    public static long frozensetHash(PFrozenSet s) {
        long cached = s.getCachedHash();
        if (cached != PFrozenSet.NO_HASH) {
            return cached;
        }
        long hash = 0;
        for (PDict.Entry e : s.entriesArray()) {
            hash ^= shuffle(e.getHash());
        }
        hash ^= ((long) s.size() + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        s.setCachedHash(hash);
        return hash;
    }
}
