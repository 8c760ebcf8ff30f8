package org.cinderj.ast;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of a {@link Module}, so that imports can skip parsing a source file whose
 * AST was cached (see {@code translator.AstCache}).
 *
 * <p>Every value is a tag byte and a payload. Strings are written once and then referred to by
 * index (identifiers repeat a lot); they keep their UTF-16 code units, lone surrogates included.
 * Records are encoded generically from their components, but decoded by plain constructor calls
 * ({@link #make}): decoding runs at startup, before the JVM has compiled anything, where
 * reflective construction costs several times more.
 *
 * <p>{@link #SCHEMA} names this encoding of the AST; a cache written under another schema is never
 * read. {@code AstCodecTest} checks that {@link #KINDS} and {@link #ENUMS} list every AST record
 * and enum and that {@link #SCHEMA} equals {@link #fingerprint()}: changing an AST record fails
 * that test until the decoder and the schema are updated with it.
 */
public final class AstCodec {
    private AstCodec() {
    }

    /** Names the AST's shape and this encoding: {@link #fingerprint()} of this build's AST. */
    public static final long SCHEMA = -7780242844880506962L;

    private static final byte NULL = 0;
    private static final byte RECORD = 1;
    private static final byte LIST = 2;
    private static final byte STR_REF = 3;
    private static final byte STR_NEW = 4;
    private static final byte STR_NEW_LATIN1 = 5;
    private static final byte INT = 6;
    private static final byte LONG = 7;
    private static final byte BIG = 8;
    private static final byte DOUBLE = 9;
    private static final byte TRUE = 10;
    private static final byte FALSE = 11;
    private static final byte ENUM = 12;
    private static final byte BYTES = 13;

    /** Every AST record class; its position is its tag, and the case of {@link #make}. */
    static final Class<?>[] KINDS = {
        Alias.class,
        Arg.class,
        Arguments.class,
        Comprehension.class,
        ExceptHandler.class,
        Expr.Attribute.class,
        Expr.Await.class,
        Expr.BinOp.class,
        Expr.BoolOp.class,
        Expr.Call.class,
        Expr.Compare.class,
        Expr.ComplexLiteral.class,
        Expr.Constant.class,
        Expr.Dict.class,
        Expr.DictComp.class,
        Expr.FormattedValue.class,
        Expr.GeneratorExp.class,
        Expr.IfExp.class,
        Expr.JoinedStr.class,
        Expr.Lambda.class,
        Expr.ListComp.class,
        Expr.ListExpr.class,
        Expr.Name.class,
        Expr.NamedExpr.class,
        Expr.SetComp.class,
        Expr.SetExpr.class,
        Expr.Slice.class,
        Expr.Starred.class,
        Expr.Subscript.class,
        Expr.Tuple.class,
        Expr.UnaryOp.class,
        Expr.Yield.class,
        Expr.YieldFrom.class,
        Keyword.class,
        MatchCase.class,
        Module.class,
        Pattern.MatchAs.class,
        Pattern.MatchClass.class,
        Pattern.MatchMapping.class,
        Pattern.MatchOr.class,
        Pattern.MatchSequence.class,
        Pattern.MatchSingleton.class,
        Pattern.MatchStar.class,
        Pattern.MatchValue.class,
        Stmt.AnnAssign.class,
        Stmt.Assert.class,
        Stmt.Assign.class,
        Stmt.AugAssign.class,
        Stmt.Break.class,
        Stmt.ClassDef.class,
        Stmt.Continue.class,
        Stmt.Delete.class,
        Stmt.ExprStmt.class,
        Stmt.For.class,
        Stmt.FunctionDef.class,
        Stmt.Global.class,
        Stmt.If.class,
        Stmt.Import.class,
        Stmt.ImportFrom.class,
        Stmt.Match.class,
        Stmt.Nonlocal.class,
        Stmt.Pass.class,
        Stmt.Raise.class,
        Stmt.Return.class,
        Stmt.Try.class,
        Stmt.While.class,
        Stmt.With.class,
        WithItem.class
    };

    /** The number of components of each kind. */
    private static final byte[] ARITY = {4, 4, 7, 4, 5, 5, 3, 5, 4, 5, 5, 1, 3, 4, 5, 5, 4, 5, 3, 4, 4, 4, 4, 4, 4, 3, 5, 4, 5, 4, 4, 3, 3, 4, 3, 2, 4, 6, 5, 3, 3, 3, 3, 3, 6, 4, 4, 5, 2, 7, 2, 3, 3, 7, 8, 3, 5, 3, 5, 4, 3, 2, 4, 3, 6, 5, 5, 2};

    /** Every AST enum; its position is its tag. */
    static final Class<?>[] ENUMS = {
        BoolOperator.class, CmpOperator.class, Expr.Ctx.class, Expr.Singleton.class, Module.Mode.class, Operator.class, UnaryOperator.class
    };

    private static final Object[][] ENUM_CONSTANTS = new Object[ENUMS.length][];
    private static final Map<Class<?>, Integer> INDEX = new HashMap<>();

    static {
        for (int i = 0; i < KINDS.length; i++) {
            INDEX.put(KINDS[i], i);
        }
        for (int i = 0; i < ENUMS.length; i++) {
            INDEX.put(ENUMS[i], i);
            ENUM_CONSTANTS[i] = ENUMS[i].getEnumConstants();
        }
    }

    /** The record of kind {@code kind} from its component values. */
    private static Object make(int kind, Object[] a) {
        return switch (kind) {
            case 0 -> new Alias((int) a[0], (int) a[1], (String) a[2], (String) a[3]);
            case 1 -> new Arg((int) a[0], (int) a[1], (String) a[2], (Expr) a[3]);
            case 2 -> new Arguments(list(a[0]), list(a[1]), (Arg) a[2], list(a[3]), list(a[4]), (Arg) a[5], list(a[6]));
            case 3 -> new Comprehension((Expr) a[0], (Expr) a[1], list(a[2]), (boolean) a[3]);
            case 4 -> new ExceptHandler((int) a[0], (int) a[1], (Expr) a[2], (String) a[3], list(a[4]));
            case 5 -> new Expr.Attribute((int) a[0], (int) a[1], (Expr) a[2], (String) a[3], (Expr.Ctx) a[4]);
            case 6 -> new Expr.Await((int) a[0], (int) a[1], (Expr) a[2]);
            case 7 -> new Expr.BinOp((int) a[0], (int) a[1], (Expr) a[2], (Operator) a[3], (Expr) a[4]);
            case 8 -> new Expr.BoolOp((int) a[0], (int) a[1], (BoolOperator) a[2], list(a[3]));
            case 9 -> new Expr.Call((int) a[0], (int) a[1], (Expr) a[2], list(a[3]), list(a[4]));
            case 10 -> new Expr.Compare((int) a[0], (int) a[1], (Expr) a[2], list(a[3]), list(a[4]));
            case 11 -> new Expr.ComplexLiteral((double) a[0]);
            case 12 -> new Expr.Constant((int) a[0], (int) a[1], a[2]);
            case 13 -> new Expr.Dict((int) a[0], (int) a[1], list(a[2]), list(a[3]));
            case 14 -> new Expr.DictComp((int) a[0], (int) a[1], (Expr) a[2], (Expr) a[3], list(a[4]));
            case 15 -> new Expr.FormattedValue((int) a[0], (int) a[1], (Expr) a[2], (int) a[3], (Expr) a[4]);
            case 16 -> new Expr.GeneratorExp((int) a[0], (int) a[1], (Expr) a[2], list(a[3]));
            case 17 -> new Expr.IfExp((int) a[0], (int) a[1], (Expr) a[2], (Expr) a[3], (Expr) a[4]);
            case 18 -> new Expr.JoinedStr((int) a[0], (int) a[1], list(a[2]));
            case 19 -> new Expr.Lambda((int) a[0], (int) a[1], (Arguments) a[2], (Expr) a[3]);
            case 20 -> new Expr.ListComp((int) a[0], (int) a[1], (Expr) a[2], list(a[3]));
            case 21 -> new Expr.ListExpr((int) a[0], (int) a[1], list(a[2]), (Expr.Ctx) a[3]);
            case 22 -> new Expr.Name((int) a[0], (int) a[1], (String) a[2], (Expr.Ctx) a[3]);
            case 23 -> new Expr.NamedExpr((int) a[0], (int) a[1], (Expr) a[2], (Expr) a[3]);
            case 24 -> new Expr.SetComp((int) a[0], (int) a[1], (Expr) a[2], list(a[3]));
            case 25 -> new Expr.SetExpr((int) a[0], (int) a[1], list(a[2]));
            case 26 -> new Expr.Slice((int) a[0], (int) a[1], (Expr) a[2], (Expr) a[3], (Expr) a[4]);
            case 27 -> new Expr.Starred((int) a[0], (int) a[1], (Expr) a[2], (Expr.Ctx) a[3]);
            case 28 -> new Expr.Subscript((int) a[0], (int) a[1], (Expr) a[2], (Expr) a[3], (Expr.Ctx) a[4]);
            case 29 -> new Expr.Tuple((int) a[0], (int) a[1], list(a[2]), (Expr.Ctx) a[3]);
            case 30 -> new Expr.UnaryOp((int) a[0], (int) a[1], (UnaryOperator) a[2], (Expr) a[3]);
            case 31 -> new Expr.Yield((int) a[0], (int) a[1], (Expr) a[2]);
            case 32 -> new Expr.YieldFrom((int) a[0], (int) a[1], (Expr) a[2]);
            case 33 -> new Keyword((int) a[0], (int) a[1], (String) a[2], (Expr) a[3]);
            case 34 -> new MatchCase((Pattern) a[0], (Expr) a[1], list(a[2]));
            case 35 -> new Module(list(a[0]), (Module.Mode) a[1]);
            case 36 -> new Pattern.MatchAs((int) a[0], (int) a[1], (Pattern) a[2], (String) a[3]);
            case 37 -> new Pattern.MatchClass((int) a[0], (int) a[1], (Expr) a[2], list(a[3]), list(a[4]), list(a[5]));
            case 38 -> new Pattern.MatchMapping((int) a[0], (int) a[1], list(a[2]), list(a[3]), (String) a[4]);
            case 39 -> new Pattern.MatchOr((int) a[0], (int) a[1], list(a[2]));
            case 40 -> new Pattern.MatchSequence((int) a[0], (int) a[1], list(a[2]));
            case 41 -> new Pattern.MatchSingleton((int) a[0], (int) a[1], a[2]);
            case 42 -> new Pattern.MatchStar((int) a[0], (int) a[1], (String) a[2]);
            case 43 -> new Pattern.MatchValue((int) a[0], (int) a[1], (Expr) a[2]);
            case 44 -> new Stmt.AnnAssign((int) a[0], (int) a[1], (Expr) a[2], (Expr) a[3], (Expr) a[4], (boolean) a[5]);
            case 45 -> new Stmt.Assert((int) a[0], (int) a[1], (Expr) a[2], (Expr) a[3]);
            case 46 -> new Stmt.Assign((int) a[0], (int) a[1], list(a[2]), (Expr) a[3]);
            case 47 -> new Stmt.AugAssign((int) a[0], (int) a[1], (Expr) a[2], (Operator) a[3], (Expr) a[4]);
            case 48 -> new Stmt.Break((int) a[0], (int) a[1]);
            case 49 -> new Stmt.ClassDef((int) a[0], (int) a[1], (String) a[2], list(a[3]), list(a[4]), list(a[5]), list(a[6]));
            case 50 -> new Stmt.Continue((int) a[0], (int) a[1]);
            case 51 -> new Stmt.Delete((int) a[0], (int) a[1], list(a[2]));
            case 52 -> new Stmt.ExprStmt((int) a[0], (int) a[1], (Expr) a[2]);
            case 53 -> new Stmt.For((int) a[0], (int) a[1], (Expr) a[2], (Expr) a[3], list(a[4]), list(a[5]), (boolean) a[6]);
            case 54 -> new Stmt.FunctionDef((int) a[0], (int) a[1], (String) a[2], (Arguments) a[3], list(a[4]), list(a[5]), (Expr) a[6], (boolean) a[7]);
            case 55 -> new Stmt.Global((int) a[0], (int) a[1], list(a[2]));
            case 56 -> new Stmt.If((int) a[0], (int) a[1], (Expr) a[2], list(a[3]), list(a[4]));
            case 57 -> new Stmt.Import((int) a[0], (int) a[1], list(a[2]));
            case 58 -> new Stmt.ImportFrom((int) a[0], (int) a[1], (String) a[2], list(a[3]), (int) a[4]);
            case 59 -> new Stmt.Match((int) a[0], (int) a[1], (Expr) a[2], list(a[3]));
            case 60 -> new Stmt.Nonlocal((int) a[0], (int) a[1], list(a[2]));
            case 61 -> new Stmt.Pass((int) a[0], (int) a[1]);
            case 62 -> new Stmt.Raise((int) a[0], (int) a[1], (Expr) a[2], (Expr) a[3]);
            case 63 -> new Stmt.Return((int) a[0], (int) a[1], (Expr) a[2]);
            case 64 -> new Stmt.Try((int) a[0], (int) a[1], list(a[2]), list(a[3]), list(a[4]), list(a[5]));
            case 65 -> new Stmt.While((int) a[0], (int) a[1], (Expr) a[2], list(a[3]), list(a[4]));
            case 66 -> new Stmt.With((int) a[0], (int) a[1], list(a[2]), list(a[3]), (boolean) a[4]);
            case 67 -> new WithItem((Expr) a[0], (Expr) a[1]);
            default -> throw new IllegalArgumentException("corrupt AST data: record kind " + kind);
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object o) {
        return (List<T>) o;
    }

    /**
     * The fingerprint of the AST as this codec sees it: the kinds and enums in tag order, each
     * record's components with their types, each enum's constants.
     */
    static long fingerprint() {
        long h = 0xcbf29ce484222325L;
        for (Class<?> c : KINDS) {
            h = mix(h, c.getName());
            for (RecordComponent rc : c.getRecordComponents()) {
                h = mix(h, rc.getName() + ":" + rc.getGenericType().getTypeName());
            }
        }
        for (Class<?> c : ENUMS) {
            h = mix(h, c.getName());
            for (Object constant : c.getEnumConstants()) {
                h = mix(h, ((Enum<?>) constant).name());
            }
        }
        return h;
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return (h ^ 0xff) * 0x100000001b3L;
    }

    // ---- encoding ----

    /**
     * The encoded module.
     *
     * @throws IllegalArgumentException if the tree holds a value the codec does not know
     */
    public static byte[] encode(Module module) {
        Writer w = new Writer();
        w.value(module);
        return Arrays.copyOf(w.buf, w.len);
    }

    private static final class Writer {
        byte[] buf = new byte[1 << 14];
        int len;
        final Map<String, Integer> strings = new HashMap<>();
        final RecordComponent[][] components = new RecordComponent[KINDS.length][];

        RecordComponent[] components(int kind) {
            if (components[kind] == null) {
                components[kind] = KINDS[kind].getRecordComponents();
            }
            return components[kind];
        }

        void value(Object v) {
            if (v == null) {
                put(NULL);
            } else if (v instanceof Record r) {
                Integer idx = INDEX.get(r.getClass());
                if (idx == null) {
                    throw new IllegalArgumentException("not an AST record: " + r.getClass());
                }
                put(RECORD);
                varint(idx);
                for (RecordComponent rc : components(idx)) {
                    try {
                        value(rc.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalArgumentException(e);
                    }
                }
            } else if (v instanceof List<?> list) {
                put(LIST);
                varint(list.size());
                for (Object o : list) {
                    value(o);
                }
            } else if (v instanceof String s) {
                string(s);
            } else if (v instanceof Integer i) {
                put(INT);
                varint(zigzag(i));
            } else if (v instanceof Long l) {
                put(LONG);
                varint(zigzag(l));
            } else if (v instanceof BigInteger b) {
                put(BIG);
                bytes(b.toByteArray());
            } else if (v instanceof Double d) {
                put(DOUBLE);
                long bits = Double.doubleToRawLongBits(d);
                for (int i = 0; i < 8; i++) {
                    put((byte) (bits >>> (8 * i)));
                }
            } else if (v instanceof Boolean b) {
                put(b ? TRUE : FALSE);
            } else if (v instanceof Enum<?> e && INDEX.containsKey(e.getDeclaringClass())) {
                put(ENUM);
                varint(INDEX.get(e.getDeclaringClass()));
                varint(e.ordinal());
            } else if (v instanceof byte[] b) {
                put(BYTES);
                bytes(b);
            } else {
                throw new IllegalArgumentException("not an AST value: " + v.getClass());
            }
        }

        void string(String s) {
            Integer idx = strings.get(s);
            if (idx != null) {
                put(STR_REF);
                varint(idx);
                return;
            }
            strings.put(s, strings.size());
            boolean latin1 = true;
            for (int i = 0; i < s.length() && latin1; i++) {
                latin1 = s.charAt(i) < 256;
            }
            put(latin1 ? STR_NEW_LATIN1 : STR_NEW);
            varint(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                put((byte) c);
                if (!latin1) {
                    put((byte) (c >>> 8));
                }
            }
        }

        void bytes(byte[] b) {
            varint(b.length);
            for (byte x : b) {
                put(x);
            }
        }

        static long zigzag(long v) {
            return (v << 1) ^ (v >> 63);
        }

        void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                put((byte) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            put((byte) v);
        }

        void put(byte b) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[len++] = b;
        }
    }

    // ---- decoding ----

    /**
     * The module encoded in {@code data[offset..]}.
     *
     * @throws IllegalArgumentException if the data is not an encoded module
     */
    public static Module decode(byte[] data, int offset) {
        Reader r = new Reader(data, offset);
        try {
            if (r.value() instanceof Module m && r.pos == data.length) {
                return m;
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("corrupt AST data", e);
        }
        throw new IllegalArgumentException("corrupt AST data");
    }

    private static final class Reader {
        final byte[] data;
        int pos;
        final List<String> strings = new ArrayList<>();

        Reader(byte[] data, int pos) {
            this.data = data;
            this.pos = pos;
        }

        Object value() {
            byte tag = data[pos++];
            switch (tag) {
                case NULL:
                    return null;
                case RECORD: {
                    int kind = (int) varint();
                    if (kind >= KINDS.length) {
                        throw new IllegalArgumentException("corrupt AST data: record kind " + kind);
                    }
                    Object[] args = new Object[ARITY[kind]];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = value();
                    }
                    return make(kind, args);
                }
                case LIST: {
                    int n = (int) varint();
                    ArrayList<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(value());
                    }
                    return list;
                }
                case STR_REF:
                    return strings.get((int) varint());
                case STR_NEW:
                case STR_NEW_LATIN1: {
                    int n = (int) varint();
                    char[] chars = new char[n];
                    for (int i = 0; i < n; i++) {
                        chars[i] = tag == STR_NEW_LATIN1 ? (char) (data[pos++] & 0xff) : (char) ((data[pos++] & 0xff) | (data[pos++] & 0xff) << 8);
                    }
                    String s = new String(chars);
                    strings.add(s);
                    return s;
                }
                case INT:
                    return (int) unzigzag(varint());
                case LONG:
                    return unzigzag(varint());
                case BIG:
                    return new BigInteger(bytes());
                case DOUBLE: {
                    long bits = 0;
                    for (int i = 0; i < 8; i++) {
                        bits |= (data[pos++] & 0xffL) << (8 * i);
                    }
                    return Double.longBitsToDouble(bits);
                }
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case ENUM: {
                    Object[] constants = ENUM_CONSTANTS[(int) varint()];
                    return constants[(int) varint()];
                }
                case BYTES:
                    return bytes();
                default:
                    throw new IllegalArgumentException("corrupt AST data: tag " + tag);
            }
        }

        byte[] bytes() {
            int n = (int) varint();
            if (n < 0 || n > data.length - pos) {
                throw new IllegalArgumentException("corrupt AST data");
            }
            pos += n;
            return Arrays.copyOfRange(data, pos - n, pos);
        }

        static long unzigzag(long v) {
            return (v >>> 1) ^ -(v & 1);
        }

        long varint() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte b = data[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
                if (shift > 63) {
                    throw new IllegalArgumentException("corrupt AST data");
                }
            }
        }
    }
}
