package org.cinderj.builtins.types.containers;

import org.cinderj.builtins.BuiltinDef;
import org.cinderj.builtins.types.core.Support;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.iterator.PEnumerate;
import org.cinderj.runtime.iterator.PFilter;
import org.cinderj.runtime.iterator.PIterator;
import org.cinderj.runtime.iterator.PListReverseIterator;
import org.cinderj.runtime.iterator.PMap;
import org.cinderj.runtime.iterator.PReversed;
import org.cinderj.runtime.iterator.PZip;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * The builtin iterator types: the container iterators (list, tuple, str, dict, set, range,
 * sequence, callable) and {@code enumerate}, {@code zip}, {@code map}, {@code filter},
 * {@code reversed}.
 */
public final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    private static final PythonClass[] ITERATOR_TYPES = {BuiltinTypes.LIST_ITERATOR, BuiltinTypes.LIST_REVERSEITERATOR, BuiltinTypes.TUPLE_ITERATOR,
                    BuiltinTypes.STR_ITERATOR, BuiltinTypes.SET_ITERATOR, BuiltinTypes.RANGE_ITERATOR, BuiltinTypes.LONGRANGE_ITERATOR, BuiltinTypes.ITERATOR,
                    BuiltinTypes.CALLABLE_ITERATOR, BuiltinTypes.DICT_KEYITERATOR, BuiltinTypes.DICT_VALUEITERATOR, BuiltinTypes.DICT_ITEMITERATOR,
                    BuiltinTypes.ENUMERATE, BuiltinTypes.ZIP, BuiltinTypes.MAP, BuiltinTypes.FILTER, BuiltinTypes.REVERSED};

    private static final PythonClass[] WITH_LENGTH_HINT = {BuiltinTypes.LIST_ITERATOR, BuiltinTypes.LIST_REVERSEITERATOR, BuiltinTypes.TUPLE_ITERATOR,
                    BuiltinTypes.STR_ITERATOR, BuiltinTypes.SET_ITERATOR, BuiltinTypes.RANGE_ITERATOR, BuiltinTypes.LONGRANGE_ITERATOR, BuiltinTypes.DICT_KEYITERATOR,
                    BuiltinTypes.DICT_VALUEITERATOR, BuiltinTypes.DICT_ITEMITERATOR, BuiltinTypes.REVERSED};

    /** The sequence iterators whose position pickles ({@code __reduce__} and {@code __setstate__}), as in CPython. */
    private static final PythonClass[] POSITIONED = {BuiltinTypes.LIST_ITERATOR, BuiltinTypes.LIST_REVERSEITERATOR, BuiltinTypes.TUPLE_ITERATOR,
                    BuiltinTypes.STR_ITERATOR, BuiltinTypes.ITERATOR, BuiltinTypes.REVERSED};

    /** The iterators that pickle: the positioned ones, and the dict and set iterators (as their remaining items). */
    private static final PythonClass[] PICKLABLE = {BuiltinTypes.LIST_ITERATOR, BuiltinTypes.LIST_REVERSEITERATOR, BuiltinTypes.TUPLE_ITERATOR,
                    BuiltinTypes.STR_ITERATOR, BuiltinTypes.ITERATOR, BuiltinTypes.REVERSED, BuiltinTypes.DICT_KEYITERATOR, BuiltinTypes.DICT_VALUEITERATOR,
                    BuiltinTypes.DICT_ITEMITERATOR, BuiltinTypes.SET_ITERATOR};

    public static void install() {
        for (PythonClass c : ITERATOR_TYPES) {
            BuiltinDef.inlinableMethod(c, "__iter__", "(self, /)", a -> a[0]);
            BuiltinDef.method(c, "__next__", "(self, /)", a -> {
                Object v = ((PIterator) a[0]).next();
                if (v == null) {
                    throw PythonErrors.stopIteration(null);
                }
                return v;
            });
        }
        org.cinderj.runtime.ProtocolImpl.ownStrIteratorNext = BuiltinTypes.STR_ITERATOR.getOwn("__next__");
        for (PythonClass c : PICKLABLE) {
            BuiltinDef.method(c, "__reduce__", "(self, /)", a -> {
                Object[] r = ((PIterator) a[0]).reduce(org.cinderj.runtime.PythonContext.get(null).getBuiltins().getAttr("iter"));
                if (r == null) {
                    throw PythonErrors.typeError("cannot pickle '%s' object", BuiltinTypes.typeOf(a[0]).getName());
                }
                return new PTuple(r);
            });
        }
        for (PythonClass c : POSITIONED) {
            BuiltinDef.method(c, "__setstate__", "(self, state, /)", a -> {
                if (!org.cinderj.runtime.number.IntOps.isInt(a[1])) {
                    throw PythonErrors.typeError("an integer is required");
                }
                ((PIterator) a[0]).setState(org.cinderj.builtins.modules.PyUtil.toLong(a[1]));
                return PNone.NONE;
            });
        }
        for (PythonClass c : WITH_LENGTH_HINT) {
            BuiltinDef.method(c, "__length_hint__", "(self, /)", a -> Math.max(0L, ((PIterator) a[0]).lengthHint()));
        }

        Support.defineNew(BuiltinTypes.ENUMERATE, "(cls, iterable, start=0)", a -> {
            Object start = PyOps.index(a[2]);
            return new PEnumerate((PythonClass) a[0], PyOps.getIter(a[1]), start);
        });
        BuiltinDef.classMethod(BuiltinTypes.ENUMERATE, "__class_getitem__", "(cls, item, /)", a -> org.cinderj.builtins.types.core.GenericAliasBuiltins.classGetItem(a[0], a[1]));

        Support.defineNew(BuiltinTypes.ZIP, "(cls, /, *iterables, strict=False)", a -> {
            Object[] its = ((PTuple) a[1]).getItems();
            Object[] iters = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                iters[i] = PyOps.getIter(its[i]);
            }
            return new PZip((PythonClass) a[0], iters, PyOps.isTrue(a[2]));
        });

        Support.defineNew(BuiltinTypes.MAP, "(cls, /, *args, **kwargs)", a -> {
            PythonClass cls = (PythonClass) a[0];
            if (cls == BuiltinTypes.MAP && ((PDict) a[2]).size() != 0) {
                throw PythonErrors.typeError("map() takes no keyword arguments");
            }
            Object[] args = ((PTuple) a[1]).getItems();
            if (args.length < 2) {
                throw PythonErrors.typeError("map() must have at least two arguments.");
            }
            Object[] iters = new Object[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                iters[i - 1] = PyOps.getIter(args[i]);
            }
            return new PMap(cls, args[0], iters);
        });

        Support.defineNew(BuiltinTypes.FILTER, "(cls, function, iterable, /)",
                        a -> new PFilter((PythonClass) a[0], a[1], PyOps.getIter(a[2])));

        Support.defineNew(BuiltinTypes.REVERSED, "(cls, sequence, /)", a -> {
            PythonClass cls = (PythonClass) a[0];
            Object seq = a[1];
            Object rev = BuiltinTypes.typeOf(seq).lookup("__reversed__");
            if (rev == PNone.NONE) {
                throw PythonErrors.typeError("'%s' object is not reversible", Support.typeName(seq));
            }
            if (rev != null) {
                if (seq instanceof PList l && cls == BuiltinTypes.REVERSED && rev == BuiltinTypes.LIST.getOwn("__reversed__")) {
                    return new PListReverseIterator(l);
                }
                return org.cinderj.runtime.function.CallSupport.call(rev, seq);
            }
            if (BuiltinTypes.typeOf(seq).lookup("__getitem__") == null || BuiltinTypes.typeOf(seq).lookup("__len__") == null || seq instanceof PDict) {
                throw PythonErrors.typeError("'%s' object is not reversible", Support.typeName(seq));
            }
            return new PReversed(cls, seq, PyOps.length(seq));
        });

    }
}
