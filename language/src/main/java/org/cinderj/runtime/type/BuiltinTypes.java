package org.cinderj.runtime.type;

import org.cinderj.runtime.object.PythonObject;

/**
 * The builtin type objects. They are immutable from Python (CPython refuses attribute assignment
 * on builtin types), so one set of singletons serves every context. Their methods are installed by
 * the {@code org.cinderj.builtins} classes, see {@code org.cinderj.builtins.BuiltinsInstaller}.
 */
public final class BuiltinTypes {
    private BuiltinTypes() {
    }

    public static final PythonClass OBJECT;
    public static final PythonClass TYPE;

    static {
        OBJECT = new PythonClass(null, "object", new PythonClass[0], true);
        TYPE = new PythonClass(null, "type", new PythonClass[]{OBJECT}, true);
        OBJECT.setPythonClass(TYPE);
        TYPE.setPythonClass(TYPE);
    }

    private static PythonClass t(String name, PythonClass... bases) {
        return new PythonClass(TYPE, name, bases.length == 0 ? new PythonClass[]{OBJECT} : bases, true);
    }

    /** A builtin type that cannot be subclassed ({@code bool}, {@code NoneType}, ...). */
    private static PythonClass f(String name, PythonClass... bases) {
        PythonClass c = t(name, bases);
        c.setFlags(c.getFlags() & ~PythonClass.FLAG_BASETYPE);
        return c;
    }

    public static final PythonClass NONE_TYPE = f("NoneType");
    public static final PythonClass NOT_IMPLEMENTED_TYPE = f("NotImplementedType");
    public static final PythonClass ELLIPSIS_TYPE = f("ellipsis");
    public static final PythonClass INT = t("int");
    public static final PythonClass BOOL = f("bool", INT);
    public static final PythonClass FLOAT = t("float");
    public static final PythonClass COMPLEX = t("complex");
    public static final PythonClass STR = t("str");
    public static final PythonClass BYTES = t("bytes");
    public static final PythonClass BYTEARRAY = t("bytearray");
    public static final PythonClass MEMORYVIEW = f("memoryview");
    public static final PythonClass LIST = t("list");
    public static final PythonClass TUPLE = t("tuple");
    public static final PythonClass DICT = t("dict");
    public static final PythonClass SET = t("set");
    public static final PythonClass FROZENSET = t("frozenset");
    public static final PythonClass RANGE = f("range");
    public static final PythonClass SLICE = f("slice");
    public static final PythonClass PROPERTY = t("property");
    public static final PythonClass STATICMETHOD = t("staticmethod");
    public static final PythonClass CLASSMETHOD = t("classmethod");
    public static final PythonClass SUPER = t("super");
    public static final PythonClass FUNCTION = f("function");
    public static final PythonClass BUILTIN_FUNCTION = f("builtin_function_or_method");
    public static final PythonClass METHOD_DESCRIPTOR = f("method_descriptor");
    public static final PythonClass WRAPPER_DESCRIPTOR = f("wrapper_descriptor");
    public static final PythonClass GETSET_DESCRIPTOR = f("getset_descriptor");
    public static final PythonClass MEMBER_DESCRIPTOR = f("member_descriptor");
    public static final PythonClass CLASSMETHOD_DESCRIPTOR = f("classmethod_descriptor");
    public static final PythonClass METHOD = f("method");
    public static final PythonClass METHOD_WRAPPER = f("method-wrapper");
    public static final PythonClass MODULE = t("module");
    public static final PythonClass CELL = f("cell");
    public static final PythonClass CODE = f("code");
    public static final PythonClass FRAME = f("frame");
    public static final PythonClass TRACEBACK = f("traceback");
    public static final PythonClass GENERATOR = f("generator");
    public static final PythonClass COROUTINE = f("coroutine");
    public static final PythonClass COROUTINE_WRAPPER = f("coroutine_wrapper");
    public static final PythonClass ASYNC_GENERATOR = f("async_generator");
    public static final PythonClass ASYNC_GENERATOR_ASEND = f("async_generator_asend");
    public static final PythonClass ASYNC_GENERATOR_ATHROW = f("async_generator_athrow");
    public static final PythonClass MAPPINGPROXY = f("mappingproxy");
    public static final PythonClass DICT_KEYS = f("dict_keys");
    public static final PythonClass DICT_VALUES = f("dict_values");
    public static final PythonClass DICT_ITEMS = f("dict_items");
    public static final PythonClass DICT_KEYITERATOR = f("dict_keyiterator");
    public static final PythonClass DICT_VALUEITERATOR = f("dict_valueiterator");
    public static final PythonClass DICT_ITEMITERATOR = f("dict_itemiterator");
    public static final PythonClass LIST_ITERATOR = f("list_iterator");
    public static final PythonClass LIST_REVERSEITERATOR = f("list_reverseiterator");
    public static final PythonClass TUPLE_ITERATOR = f("tuple_iterator");
    public static final PythonClass STR_ITERATOR = f("str_iterator");
    public static final PythonClass BYTES_ITERATOR = f("bytes_iterator");
    public static final PythonClass SET_ITERATOR = f("set_iterator");
    public static final PythonClass RANGE_ITERATOR = f("range_iterator");
    public static final PythonClass LONGRANGE_ITERATOR = f("longrange_iterator");
    public static final PythonClass ITERATOR = f("iterator");
    public static final PythonClass CALLABLE_ITERATOR = f("callable_iterator");
    public static final PythonClass ENUMERATE = t("enumerate");
    public static final PythonClass ZIP = t("zip");
    public static final PythonClass MAP = t("map");
    public static final PythonClass FILTER = t("filter");
    public static final PythonClass REVERSED = t("reversed");
    public static final PythonClass SIMPLE_NAMESPACE = t("types.SimpleNamespace");
    public static final PythonClass NAMESPACE_LOADER = t("NamespaceLoader");
    /** {@code types.GenericAlias}: {@code list[int]}. */
    public static final PythonClass GENERIC_ALIAS = t("types.GenericAlias");
    /** {@code types.UnionType}: {@code int | str}. */
    public static final PythonClass UNION_TYPE = f("types.UnionType");

    // ---- the exception hierarchy of Python 3.10 ----
    public static final PythonClass BASE_EXCEPTION = t("BaseException");
    public static final PythonClass SYSTEM_EXIT = t("SystemExit", BASE_EXCEPTION);
    public static final PythonClass KEYBOARD_INTERRUPT = t("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PythonClass GENERATOR_EXIT = t("GeneratorExit", BASE_EXCEPTION);
    public static final PythonClass EXCEPTION = t("Exception", BASE_EXCEPTION);
    public static final PythonClass STOP_ITERATION = t("StopIteration", EXCEPTION);
    public static final PythonClass STOP_ASYNC_ITERATION = t("StopAsyncIteration", EXCEPTION);
    public static final PythonClass ARITHMETIC_ERROR = t("ArithmeticError", EXCEPTION);
    public static final PythonClass FLOATING_POINT_ERROR = t("FloatingPointError", ARITHMETIC_ERROR);
    public static final PythonClass OVERFLOW_ERROR = t("OverflowError", ARITHMETIC_ERROR);
    public static final PythonClass ZERO_DIVISION_ERROR = t("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PythonClass ASSERTION_ERROR = t("AssertionError", EXCEPTION);
    public static final PythonClass ATTRIBUTE_ERROR = t("AttributeError", EXCEPTION);
    public static final PythonClass BUFFER_ERROR = t("BufferError", EXCEPTION);
    public static final PythonClass EOF_ERROR = t("EOFError", EXCEPTION);
    public static final PythonClass IMPORT_ERROR = t("ImportError", EXCEPTION);
    public static final PythonClass MODULE_NOT_FOUND_ERROR = t("ModuleNotFoundError", IMPORT_ERROR);
    public static final PythonClass LOOKUP_ERROR = t("LookupError", EXCEPTION);
    public static final PythonClass INDEX_ERROR = t("IndexError", LOOKUP_ERROR);
    public static final PythonClass KEY_ERROR = t("KeyError", LOOKUP_ERROR);
    public static final PythonClass MEMORY_ERROR = t("MemoryError", EXCEPTION);
    public static final PythonClass NAME_ERROR = t("NameError", EXCEPTION);
    public static final PythonClass UNBOUND_LOCAL_ERROR = t("UnboundLocalError", NAME_ERROR);
    public static final PythonClass OS_ERROR = t("OSError", EXCEPTION);
    public static final PythonClass BLOCKING_IO_ERROR = t("BlockingIOError", OS_ERROR);
    public static final PythonClass CHILD_PROCESS_ERROR = t("ChildProcessError", OS_ERROR);
    public static final PythonClass CONNECTION_ERROR = t("ConnectionError", OS_ERROR);
    public static final PythonClass BROKEN_PIPE_ERROR = t("BrokenPipeError", CONNECTION_ERROR);
    public static final PythonClass CONNECTION_ABORTED_ERROR = t("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PythonClass CONNECTION_REFUSED_ERROR = t("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PythonClass CONNECTION_RESET_ERROR = t("ConnectionResetError", CONNECTION_ERROR);
    public static final PythonClass FILE_EXISTS_ERROR = t("FileExistsError", OS_ERROR);
    public static final PythonClass FILE_NOT_FOUND_ERROR = t("FileNotFoundError", OS_ERROR);
    public static final PythonClass INTERRUPTED_ERROR = t("InterruptedError", OS_ERROR);
    public static final PythonClass IS_A_DIRECTORY_ERROR = t("IsADirectoryError", OS_ERROR);
    public static final PythonClass NOT_A_DIRECTORY_ERROR = t("NotADirectoryError", OS_ERROR);
    public static final PythonClass PERMISSION_ERROR = t("PermissionError", OS_ERROR);
    public static final PythonClass PROCESS_LOOKUP_ERROR = t("ProcessLookupError", OS_ERROR);
    public static final PythonClass TIMEOUT_ERROR = t("TimeoutError", OS_ERROR);
    public static final PythonClass REFERENCE_ERROR = t("ReferenceError", EXCEPTION);
    public static final PythonClass RUNTIME_ERROR = t("RuntimeError", EXCEPTION);
    public static final PythonClass NOT_IMPLEMENTED_ERROR = t("NotImplementedError", RUNTIME_ERROR);
    public static final PythonClass RECURSION_ERROR = t("RecursionError", RUNTIME_ERROR);
    public static final PythonClass SYNTAX_ERROR = t("SyntaxError", EXCEPTION);
    public static final PythonClass INDENTATION_ERROR = t("IndentationError", SYNTAX_ERROR);
    public static final PythonClass TAB_ERROR = t("TabError", INDENTATION_ERROR);
    public static final PythonClass SYSTEM_ERROR = t("SystemError", EXCEPTION);
    public static final PythonClass TYPE_ERROR = t("TypeError", EXCEPTION);
    public static final PythonClass VALUE_ERROR = t("ValueError", EXCEPTION);
    public static final PythonClass UNICODE_ERROR = t("UnicodeError", VALUE_ERROR);
    public static final PythonClass UNICODE_DECODE_ERROR = t("UnicodeDecodeError", UNICODE_ERROR);
    public static final PythonClass UNICODE_ENCODE_ERROR = t("UnicodeEncodeError", UNICODE_ERROR);
    public static final PythonClass UNICODE_TRANSLATE_ERROR = t("UnicodeTranslateError", UNICODE_ERROR);
    public static final PythonClass WARNING = t("Warning", EXCEPTION);
    public static final PythonClass DEPRECATION_WARNING = t("DeprecationWarning", WARNING);
    public static final PythonClass PENDING_DEPRECATION_WARNING = t("PendingDeprecationWarning", WARNING);
    public static final PythonClass RUNTIME_WARNING = t("RuntimeWarning", WARNING);
    public static final PythonClass SYNTAX_WARNING = t("SyntaxWarning", WARNING);
    public static final PythonClass USER_WARNING = t("UserWarning", WARNING);
    public static final PythonClass FUTURE_WARNING = t("FutureWarning", WARNING);
    public static final PythonClass IMPORT_WARNING = t("ImportWarning", WARNING);
    public static final PythonClass UNICODE_WARNING = t("UnicodeWarning", WARNING);
    public static final PythonClass BYTES_WARNING = t("BytesWarning", WARNING);
    public static final PythonClass RESOURCE_WARNING = t("ResourceWarning", WARNING);
    public static final PythonClass ENCODING_WARNING = t("EncodingWarning", WARNING);

    /** The exception classes visible in {@code builtins}, in definition order. */
    public static final PythonClass[] EXCEPTIONS = {
        BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT, EXCEPTION, STOP_ITERATION,
        STOP_ASYNC_ITERATION, ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR,
        ASSERTION_ERROR, ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR,
        LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, OS_ERROR,
        BLOCKING_IO_ERROR, CHILD_PROCESS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR, CONNECTION_ABORTED_ERROR,
        CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR, FILE_NOT_FOUND_ERROR,
        INTERRUPTED_ERROR, IS_A_DIRECTORY_ERROR, NOT_A_DIRECTORY_ERROR, PERMISSION_ERROR, PROCESS_LOOKUP_ERROR,
        TIMEOUT_ERROR, REFERENCE_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, SYNTAX_ERROR,
        INDENTATION_ERROR, TAB_ERROR, SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR,
        UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, UNICODE_TRANSLATE_ERROR, WARNING, DEPRECATION_WARNING,
        PENDING_DEPRECATION_WARNING, RUNTIME_WARNING, SYNTAX_WARNING, USER_WARNING, FUTURE_WARNING,
        IMPORT_WARNING, UNICODE_WARNING, BYTES_WARNING, RESOURCE_WARNING, ENCODING_WARNING,
    };

    /** The Python class of any value. */
    public static PythonClass typeOf(Object value) {
        if (value instanceof PythonObject o) {
            return o.getPythonClass();
        } else if (value instanceof String) {
            return STR;
        } else if (value instanceof Long || value instanceof java.math.BigInteger) {
            return INT;
        } else if (value instanceof Boolean) {
            return BOOL;
        } else if (value instanceof Double) {
            return FLOAT;
        }
        return OBJECT; // foreign values
    }
}
