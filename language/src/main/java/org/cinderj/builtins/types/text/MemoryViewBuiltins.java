package org.cinderj.builtins.types.text;

import static org.cinderj.runtime.object.PNotImplemented.NOT_IMPLEMENTED;

import java.util.Arrays;
import org.cinderj.ast.CmpOperator;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.builtins.types.numbers.NumberSupport;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.bytes.PByteArray;
import org.cinderj.runtime.bytes.PBytes;
import org.cinderj.runtime.bytes.PMemoryView;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.number.IntOps;
import org.cinderj.runtime.number.NumberHash;
import org.cinderj.runtime.object.PEllipsis;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.slice.PSlice;
import org.cinderj.runtime.str.StrOps;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The methods and attributes of {@code memoryview} (data in {@link PMemoryView}). */
public final class MemoryViewBuiltins {
    private MemoryViewBuiltins() {
    }

    private static final PythonClass MEMORYVIEW = BuiltinTypes.MEMORYVIEW;

    /** {@code memory_iterator}. */
    public static final PythonClass ITERATOR = new PythonClass(BuiltinTypes.TYPE, "memory_iterator", new PythonClass[]{BuiltinTypes.OBJECT}, true);

    static {
        ITERATOR.setFlags(ITERATOR.getFlags() & ~PythonClass.FLAG_BASETYPE);
    }

    private static final class MemoryIterator extends PythonObject {
        PMemoryView view;
        int position;

        MemoryIterator(PMemoryView view) {
            super(ITERATOR);
            this.view = view;
        }

        Object next() {
            if (view == null) {
                return null;
            }
            view.checkReleased();
            if (position >= view.getDims()[0]) {
                view = null;
                return null;
            }
            return view.unpack(view.array(), view.position(position++));
        }
    }

    static PMemoryView self(Object o, String method) {
        if (o instanceof PMemoryView mv) {
            return mv;
        }
        throw NumberSupport.descriptorError(method, MEMORYVIEW, o);
    }

    /** self, checked not to be released. */
    static PMemoryView live(Object o, String method) {
        PMemoryView mv = self(o, method);
        mv.checkReleased();
        return mv;
    }

    private interface ViewAttr {
        Object get(PMemoryView mv);
    }

    private static void attr(String name, ViewAttr f) {
        BuiltinDef.getter(MEMORYVIEW, name, o -> f.get(live(o, name)));
    }

    private static PTuple ints(int[] a) {
        Object[] items = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            items[i] = (long) a[i];
        }
        return PTuple.of(items);
    }

    public static void install() {
        BuiltinDef.staticMethod(MEMORYVIEW, "__new__", "(cls, object)", args -> {
            NumberSupport.checkNewCls(args[0], MEMORYVIEW);
            PMemoryView mv = PMemoryView.of(args[1]);
            if (mv == null) {
                throw PythonErrors.typeError("memoryview: a bytes-like object is required, not '%s'", BuiltinTypes.typeOf(args[1]).getName());
            }
            return mv;
        });
        MEMORYVIEW.define("__doc__", "Create a new memoryview object which references the given object.");
        attr("obj", PMemoryView::getObj);
        attr("nbytes", mv -> (long) mv.nbytes());
        attr("readonly", PMemoryView::isReadonly);
        attr("itemsize", mv -> (long) mv.getItemsize());
        attr("format", PMemoryView::getFormat);
        attr("ndim", mv -> (long) mv.getNdim());
        attr("shape", mv -> ints(mv.getDims()));
        attr("strides", mv -> ints(mv.getStrides()));
        attr("suboffsets", mv -> PTuple.of());
        attr("c_contiguous", PMemoryView::isCContiguous);
        attr("f_contiguous", PMemoryView::isFContiguous);
        attr("contiguous", mv -> mv.isCContiguous() || mv.isFContiguous());

        BuiltinDef.method(MEMORYVIEW, "__repr__", "(self, /)", args -> self(args[0], "__repr__").toString());
        BuiltinDef.inlinableMethod(MEMORYVIEW, "__len__", "(self, /)", args -> {
            PMemoryView mv = live(args[0], "__len__");
            return mv.getNdim() == 0 ? 1L : (long) mv.getDims()[0];
        });
        BuiltinDef.method(MEMORYVIEW, "__getitem__", "(self, key, /)", args -> getItem(live(args[0], "__getitem__"), args[1]));
        BuiltinDef.method(MEMORYVIEW, "__setitem__", "(self, key, value, /)", args -> {
            setItem(live(args[0], "__setitem__"), args[1], args[2]);
            return PNone.NONE;
        });
        BuiltinDef.method(MEMORYVIEW, "__delitem__", "(self, key, /)", args -> {
            PMemoryView mv = live(args[0], "__delitem__");
            if (mv.isReadonly()) {
                throw PythonErrors.typeError("cannot modify read-only memory");
            }
            throw PythonErrors.typeError("cannot delete memory");
        });
        BuiltinDef.method(MEMORYVIEW, "__iter__", "(self, /)", args -> {
            PMemoryView mv = live(args[0], "__iter__");
            if (mv.getNdim() == 0) {
                throw PythonErrors.typeError("invalid indexing of 0-dim memory");
            } else if (mv.getNdim() > 1) {
                throw PythonErrors.notImplementedError("multi-dimensional sub-views are not implemented");
            }
            return new MemoryIterator(mv);
        });
        BuiltinDef.method(ITERATOR, "__iter__", "(self, /)", args -> args[0]);
        BuiltinDef.method(ITERATOR, "__next__", "(self, /)", args -> {
            Object v = ((MemoryIterator) args[0]).next();
            if (v == null) {
                throw PythonErrors.stopIteration(null);
            }
            return v;
        });
        BuiltinDef.method(MEMORYVIEW, "__eq__", "(self, value, /)", args -> equal(self(args[0], "__eq__"), args[1]));
        BuiltinDef.method(MEMORYVIEW, "__ne__", "(self, value, /)", args -> {
            Object r = equal(self(args[0], "__ne__"), args[1]);
            return r == NOT_IMPLEMENTED ? r : !(Boolean) r;
        });
        BuiltinDef.method(MEMORYVIEW, "__hash__", "(self, /)", args -> {
            PMemoryView mv = live(args[0], "__hash__");
            if (!mv.isReadonly()) {
                throw PythonErrors.valueError("cannot hash writable memoryview object");
            }
            if (!PMemoryView.isByteFormat(mv.getCode())) {
                throw PythonErrors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            byte[] b = mv.toBytes(false);
            return NumberHash.hashBytes(b, b.length);
        });
        BuiltinDef.method(MEMORYVIEW, "release", "(self, /)", args -> {
            self(args[0], "release").release();
            return PNone.NONE;
        });
        BuiltinDef.method(MEMORYVIEW, "__enter__", "(self, /)", args -> live(args[0], "__enter__"));
        BuiltinDef.method(MEMORYVIEW, "__exit__", "(self, *args)", args -> {
            self(args[0], "__exit__").release();
            return PNone.NONE;
        });
        BuiltinDef.method(MEMORYVIEW, "toreadonly", "(self, /)", args -> {
            PMemoryView mv = live(args[0], "toreadonly");
            return mv.derive(mv.getOffset(), mv.getFormat(), mv.getItemsize(), mv.getDims(), mv.getStrides(), true);
        });
        BuiltinDef.method(MEMORYVIEW, "tobytes", "(self, order=None)", args -> {
            PMemoryView mv = live(args[0], "tobytes");
            boolean fortran = false;
            if (args[1] != PNone.NONE) {
                String order = StrOps.asStr(args[1]);
                if (order == null) {
                    throw PythonErrors.typeError("tobytes() argument 'order' must be str or None, not %s", BuiltinTypes.typeOf(args[1]).getName());
                }
                switch (order) {
                    case "C" -> fortran = false;
                    case "F" -> fortran = true;
                    case "A" -> fortran = !mv.isCContiguous() && mv.isFContiguous();
                    default -> throw PythonErrors.valueError("order must be 'C', 'F' or 'A'");
                }
            }
            return BytesOps.newBytes(mv.toBytes(fortran));
        });
        BuiltinDef.method(MEMORYVIEW, "tolist", "(self, /)", args -> {
            PMemoryView mv = live(args[0], "tolist");
            byte[] a = mv.array();
            if (mv.getNdim() == 0) {
                return mv.unpack(a, mv.getOffset());
            }
            return listDim(mv, a, 0, mv.getOffset());
        });
        BuiltinDef.method(MEMORYVIEW, "hex", "(self, sep=?, bytes_per_sep=1)", args -> {
            byte[] b = live(args[0], "hex").toBytes(false);
            return BytesOps.hex(b, b.length, BytesOps.hexSeparator(args[1]), NumberSupport.indexAsLong(args[2]));
        });
        BuiltinDef.method(MEMORYVIEW, "cast", "(self, format, shape=?)", args -> cast(live(args[0], "cast"), args[1], args[2]));
    }

    private static PList listDim(PMemoryView mv, byte[] a, int dim, int pos) {
        int n = mv.getDims()[dim];
        int stride = mv.getStrides()[dim];
        boolean last = dim == mv.getNdim() - 1;
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            int p = pos + i * stride;
            items[i] = last ? mv.unpack(a, p) : listDim(mv, a, dim + 1, p);
        }
        return new PList(items);
    }

    private static boolean isIndex(Object key) {
        return IntOps.isInt(key) || (!(key instanceof PSlice) && !(key instanceof PTuple) && PyOps.lookupSpecial(key, "__index__") != null);
    }

    private static long indexValue(Object key) {
        Object i = IntOps.asInt(key);
        if (i == null) {
            i = PyOps.index(key);
        }
        return IntOps.asIndexSaturated(i);
    }

    /** The byte position of the item at {@code indices} (one per dimension), bounds-checked. */
    private static int itemPosition(PMemoryView mv, Object[] indices) {
        int pos = mv.getOffset();
        int[] shape = mv.getDims();
        int[] strides = mv.getStrides();
        for (int d = 0; d < indices.length; d++) {
            long i = indexValue(indices[d]);
            if (i < 0) {
                i += shape[d];
            }
            if (i < 0 || i >= shape[d]) {
                throw PythonErrors.indexError("index out of bounds on dimension %d", d + 1);
            }
            pos += (int) i * strides[d];
        }
        return pos;
    }

    private static boolean allIndices(Object[] items) {
        for (Object o : items) {
            if (!isIndex(o)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allSlices(Object[] items) {
        for (Object o : items) {
            if (!(o instanceof PSlice)) {
                return false;
            }
        }
        return true;
    }

    /** The position of a multi-index item (tuple of ints), with CPython's errors for wrong arity. */
    private static int tupleItemPosition(PMemoryView mv, Object[] items) {
        if (items.length < mv.getNdim()) {
            throw PythonErrors.notImplementedError("sub-views are not implemented");
        }
        if (items.length > mv.getNdim()) {
            throw PythonErrors.typeError("cannot index %d-dimension view with %d-element tuple", mv.getNdim(), items.length);
        }
        return itemPosition(mv, items);
    }

    private static PMemoryView sliced(PMemoryView mv, PSlice slice) {
        int[] shape = mv.getDims().clone();
        int[] strides = mv.getStrides().clone();
        PSlice.Indices idx = slice.indices(shape[0]);
        int n = Math.max(idx.length(), 0);
        int offset = mv.getOffset() + (n == 0 ? 0 : idx.start() * strides[0]);
        shape[0] = n;
        strides[0] *= idx.step();
        return mv.derive(offset, mv.getFormat(), mv.getItemsize(), shape, strides, mv.isReadonly());
    }

    static Object getItem(PMemoryView mv, Object key) {
        int nd = mv.getNdim();
        if (nd == 0) {
            if (key == PEllipsis.ELLIPSIS) {
                return mv;
            }
            if (key instanceof PTuple t && t.size() == 0) {
                return mv.unpack(mv.array(), mv.getOffset());
            }
            throw PythonErrors.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (nd != 1) {
                throw PythonErrors.notImplementedError("multi-dimensional sub-views are not implemented");
            }
            int pos = itemPosition(mv, new Object[]{key});
            return mv.unpack(mv.array(), pos);
        }
        if (key instanceof PSlice slice) {
            return sliced(mv, slice);
        }
        if (key instanceof PTuple t) {
            Object[] items = t.getItems();
            if (allIndices(items)) {
                int pos = tupleItemPosition(mv, items);
                return mv.unpack(mv.array(), pos);
            }
            if (allSlices(items)) {
                throw PythonErrors.notImplementedError("multi-dimensional slicing is not implemented");
            }
        }
        throw PythonErrors.typeError("memoryview: invalid slice key");
    }

    static void setItem(PMemoryView mv, Object key, Object value) {
        if (mv.isReadonly()) {
            throw PythonErrors.typeError("cannot modify read-only memory");
        }
        int nd = mv.getNdim();
        if (nd == 0) {
            if (key == PEllipsis.ELLIPSIS || (key instanceof PTuple t && t.size() == 0)) {
                mv.pack(mv.array(), mv.getOffset(), value);
                return;
            }
            throw PythonErrors.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (nd > 1) {
                throw PythonErrors.notImplementedError("sub-views are not implemented");
            }
            int pos = itemPosition(mv, new Object[]{key});
            mv.pack(mv.array(), pos, value);
            return;
        }
        if (key instanceof PSlice slice) {
            if (nd != 1) {
                throw PythonErrors.notImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
            }
            PMemoryView src = PMemoryView.of(value);
            if (src == null) {
                throw PythonErrors.typeError("a bytes-like object is required, not '%s'", BuiltinTypes.typeOf(value).getName());
            }
            PMemoryView dest = sliced(mv, slice);
            if (src.getCode() != dest.getCode() || src.getItemsize() != dest.getItemsize() || !Arrays.equals(src.getDims(), dest.getDims())) {
                throw PythonErrors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] data = src.toBytes(false);
            byte[] a = dest.array();
            int size = dest.getItemsize();
            int n = dest.getDims()[0];
            for (int i = 0; i < n; i++) {
                System.arraycopy(data, i * size, a, dest.position(i), size);
            }
            return;
        }
        if (key instanceof PTuple t) {
            Object[] items = t.getItems();
            if (allIndices(items)) {
                int pos = tupleItemPosition(mv, items);
                mv.pack(mv.array(), pos, value);
                return;
            }
            if (allSlices(items)) {
                throw PythonErrors.notImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
            }
        }
        throw PythonErrors.typeError("memoryview: invalid slice key");
    }

    /** Flattened items in C order. */
    private static Object[] items(PMemoryView mv) {
        byte[] a = mv.array();
        int count = mv.itemCount();
        Object[] out = new Object[count];
        int nd = mv.getNdim();
        int[] shape = mv.getDims();
        int[] strides = mv.getStrides();
        int[] idx = new int[nd];
        for (int k = 0; k < count; k++) {
            int pos = mv.getOffset();
            for (int d = 0; d < nd; d++) {
                pos += idx[d] * strides[d];
            }
            out[k] = mv.unpack(a, pos);
            for (int d = nd - 1; d >= 0; d--) {
                if (++idx[d] < shape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        return out;
    }

    static Object equal(PMemoryView a, Object other) {
        PMemoryView b;
        if (other instanceof PMemoryView o) {
            b = o;
        } else if (other instanceof PBytes || other instanceof PByteArray) {
            b = PMemoryView.of(other);
        } else {
            return NOT_IMPLEMENTED;
        }
        if (a.isReleased() || b.isReleased()) {
            return a == other;
        }
        if (!Arrays.equals(a.getDims(), b.getDims())) {
            return false;
        }
        char ca = a.getCode();
        if (ca == b.getCode() && PMemoryView.isByteFormat(ca)) {
            return Arrays.equals(a.toBytes(false), b.toBytes(false));
        }
        Object[] x = items(a);
        Object[] y = items(b);
        for (int i = 0; i < x.length; i++) {
            if (!itemEquals(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean itemEquals(Object x, Object y) {
        if (x instanceof Long l && y instanceof Long m) {
            return l.longValue() == m.longValue();
        }
        if (x instanceof Double l && y instanceof Double m) {
            return l.doubleValue() == m.doubleValue();
        }
        return PyOps.isTrue(PyOps.richCompare(x, y, CmpOperator.EQ));
    }

    private static final int MAX_NDIM = 64;

    static PMemoryView cast(PMemoryView mv, Object formatArg, Object shapeArg) {
        String format = StrOps.asStr(formatArg);
        if (format == null) {
            throw PythonErrors.typeError("cast() argument 'format' must be str, not %s", BuiltinTypes.typeOf(formatArg).getName());
        }
        boolean hasShape = !NumberSupport.isMissing(shapeArg);
        if (!mv.isCContiguous()) {
            throw PythonErrors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if ((hasShape || mv.getNdim() != 1) && zeroInShape(mv)) {
            throw PythonErrors.typeError("memoryview: cannot cast view with zeros in shape or strides");
        }
        Object[] shapeItems = null;
        if (hasShape) {
            if (shapeArg instanceof PList l) {
                shapeItems = l.toArray();
            } else if (shapeArg instanceof PTuple t) {
                shapeItems = t.getItems();
            } else {
                throw PythonErrors.typeError("shape must be a list or a tuple");
            }
            if (shapeItems.length > MAX_NDIM) {
                throw PythonErrors.valueError("memoryview: number of dimensions must not exceed %d", MAX_NDIM);
            }
            if (mv.getNdim() != 1 && shapeItems.length != 1) {
                throw PythonErrors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
        }
        int itemsize = PMemoryView.nativeItemsize(format);
        if (itemsize < 0) {
            throw PythonErrors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        char code = format.charAt(format.length() - 1);
        if (!PMemoryView.isByteFormat(mv.getCode()) && !PMemoryView.isByteFormat(code)) {
            throw PythonErrors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int len = mv.nbytes();
        if (len % itemsize != 0) {
            throw PythonErrors.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (!hasShape) {
            return mv.derive(mv.getOffset(), format, itemsize, new int[]{len / itemsize}, new int[]{itemsize}, mv.isReadonly());
        }
        int nd = shapeItems.length;
        int[] shape = new int[nd];
        long product = 1;
        for (int d = 0; d < nd; d++) {
            Object x = IntOps.asInt(shapeItems[d]);
            if (x == null) {
                throw PythonErrors.typeError("memoryview.cast(): elements of shape must be integers");
            }
            if (IntOps.signum(x) <= 0) {
                throw PythonErrors.valueError("memoryview.cast(): elements of shape must be integers > 0");
            }
            if (!(x instanceof Long l) || l > Integer.MAX_VALUE || (product *= l) > Integer.MAX_VALUE) {
                throw PythonErrors.valueError("memoryview.cast(): product(shape) > SSIZE_MAX");
            }
            shape[d] = (int) (long) (Long) x;
        }
        if (product * itemsize != len) {
            throw PythonErrors.typeError("memoryview: product(shape) * itemsize != buffer size");
        }
        int[] strides = new int[nd];
        int sd = itemsize;
        for (int d = nd - 1; d >= 0; d--) {
            strides[d] = sd;
            sd *= shape[d];
        }
        return mv.derive(mv.getOffset(), format, itemsize, shape, strides, mv.isReadonly());
    }

    private static boolean zeroInShape(PMemoryView mv) {
        for (int s : mv.getDims()) {
            if (s == 0) {
                return true;
            }
        }
        return false;
    }
}
