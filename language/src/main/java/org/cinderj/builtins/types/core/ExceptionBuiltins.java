package org.cinderj.builtins.types.core;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.ExceptionAttributes;
import org.cinderj.runtime.exception.ExceptionInitializer;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * The builtin exception hierarchy: {@code BaseException} and the subclasses with their own
 * attributes and {@code __str__} (StopIteration, SystemExit, ImportError, OSError, SyntaxError,
 * KeyError, NameError, AttributeError, the Unicode errors).
 *
 * <p>Exception-specific attributes are stored in the exception's shape under a non-str key (so
 * they do not appear in {@code __dict__}, as in CPython where they are C struct members) and
 * exposed through getset descriptors that return None while unset.
 */
public final class ExceptionBuiltins {
    private ExceptionBuiltins() {
    }

    private static final DynamicObjectLibrary DOL = DynamicObjectLibrary.getUncached();

    private static Object key(String name) {
        return ExceptionAttributes.key(name);
    }

    /** Reads a member attribute of an exception (None when unset). */
    public static Object getMember(PythonObject exc, String name) {
        return ExceptionAttributes.get(exc, name);
    }

    public static void setMember(PythonObject exc, String name, Object value) {
        ExceptionAttributes.set(exc, name, value);
    }

    private static void member(PythonClass cls, String name) {
        BuiltinDef.getSet(cls, name, self -> getMember((PythonObject) self, name), (self, v) -> setMember((PythonObject) self, name, v == null ? PNone.NONE : v));
    }

    static final PythonClass BE = BuiltinTypes.BASE_EXCEPTION;

    /** The builtin exceptions without a {@code __new__} of their own in CPython (they inherit it). */
    private static final java.util.Set<String> INHERITED_NEW = java.util.Set.of("AttributeError", "BlockingIOError", "BrokenPipeError",
                    "ChildProcessError", "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
                    "FileExistsError", "FileNotFoundError", "ImportError", "IndentationError", "InterruptedError", "IsADirectoryError",
                    "KeyError", "ModuleNotFoundError", "NameError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
                    "StopIteration", "SyntaxError", "SystemExit", "TabError", "TimeoutError", "UnboundLocalError");

    /**
     * {@code __new__} of {@code owner} and, as in CPython, of each builtin exception below it not
     * in {@link #INHERITED_NEW}: {@code ValueError.__new__(KeyError)} is refused.
     */
    private static void defineNew(PythonClass owner) {
        if (owner == BE || !INHERITED_NEW.contains(owner.getName())) {
            BuiltinDef.staticMethod(owner, "__new__", "(cls, /, *args, **kwargs)", a -> {
                PythonClass cls = (PythonClass) a[0];
                Object[] args = ((PTuple) a[1]).getItems();
                if (cls == BuiltinTypes.OS_ERROR && args.length >= 2) {
                    cls = osErrorSubclass(args[0]);
                }
                PBaseException e = (PBaseException) ObjectBuiltins.allocate(cls);
                e.setArgs(args);
                return e;
            });
        }
        for (PythonClass sub : owner.getSubclasses()) {
            if (sub.isBuiltin()) {
                defineNew(sub);
            }
        }
    }

    public static void install() {
        BE.define("__dict__", TypeBuiltins.instanceDictDescriptor(BE));
        BE.define("__doc__", "Common base class for all exceptions");
        defineNew(BE);
        BuiltinDef.method(BE, "__init__", "(self, /, *args, **kwargs)", a -> {
            PBaseException e = (PBaseException) a[0];
            PDict kw = (PDict) a[2];
            init(e, ((PTuple) a[1]).getItems(), kw);
            return PNone.NONE;
        });
        BuiltinDef.method(BE, "__str__", "(self, /)", a -> str((PBaseException) a[0]));
        BuiltinDef.method(BE, "__repr__", "(self, /)", a -> repr((PBaseException) a[0]));
        BuiltinDef.method(BE, "__reduce__", "(self, /)", a -> {
            PBaseException e = (PBaseException) a[0];
            PDict d = PDict.mirrorOf(e);
            if (d.size() == 0) {
                return new PTuple(new Object[]{e.getPythonClass(), new PTuple(e.getArgs())});
            }
            return new PTuple(new Object[]{e.getPythonClass(), new PTuple(e.getArgs()), d.copy(BuiltinTypes.DICT)});
        });
        BuiltinDef.method(BE, "__setstate__", "(self, state, /)", a -> {
            if (a[1] != PNone.NONE) {
                if (!(a[1] instanceof PDict d)) {
                    throw PythonErrors.typeError("state is not a dictionary");
                }
                for (PDict.Entry en : d.entriesArray()) {
                    PyOps.setAttribute(a[0], (String) en.key, en.value);
                }
            }
            return PNone.NONE;
        });
        BuiltinDef.method(BE, "with_traceback", "(self, tb, /)", a -> {
            ((PBaseException) a[0]).setTraceback(a[1]);
            return a[0];
        });
        BuiltinDef.getSet(BE, "args", self -> new PTuple(((PBaseException) self).getArgs()), (self, v) -> {
            if (v == null) {
                throw PythonErrors.typeError("args may not be deleted");
            }
            ((PBaseException) self).setArgs(org.cinderj.runtime.ProtocolImpl.toArray(v).clone());
        });
        BuiltinDef.getSet(BE, "__traceback__", self -> ((PBaseException) self).getTraceback(), (self, v) -> {
            if (v == null) {
                throw PythonErrors.typeError("__traceback__ may not be deleted");
            }
            if (v != PNone.NONE && BuiltinTypes.typeOf(v) != BuiltinTypes.TRACEBACK) {
                throw PythonErrors.typeError("__traceback__ must be a traceback or None");
            }
            ((PBaseException) self).setTraceback(v);
        });
        BuiltinDef.getSet(BE, "__cause__", self -> ((PBaseException) self).getCause(), (self, v) -> {
            if (v == null) {
                throw PythonErrors.typeError("__cause__ may not be deleted");
            }
            if (v != PNone.NONE && !(v instanceof PBaseException)) {
                throw PythonErrors.typeError("exception cause must be None or derive from BaseException");
            }
            PBaseException e = (PBaseException) self;
            e.setCause(v);
            e.setSuppressContext(true);
        });
        BuiltinDef.getSet(BE, "__context__", self -> ((PBaseException) self).getContext(), (self, v) -> {
            if (v == null) {
                throw PythonErrors.typeError("__context__ may not be deleted");
            }
            if (v != PNone.NONE && !(v instanceof PBaseException)) {
                throw PythonErrors.typeError("exception context must be None or derive from BaseException");
            }
            ((PBaseException) self).setContext(v);
        });
        BuiltinDef.getSet(BE, "__suppress_context__", self -> ((PBaseException) self).getSuppressContext(),
                        (self, v) -> ((PBaseException) self).setSuppressContext(v != null && PyOps.isTrue(v)));

        member(BuiltinTypes.STOP_ITERATION, "value");
        member(BuiltinTypes.SYSTEM_EXIT, "code");
        for (String m : new String[]{"msg", "name", "path"}) {
            member(BuiltinTypes.IMPORT_ERROR, m);
        }
        BuiltinDef.method(BuiltinTypes.IMPORT_ERROR, "__reduce__", "(self, /)", a -> {
            PBaseException e = (PBaseException) a[0];
            PDict state = PDict.mirrorOf(e).copy(BuiltinTypes.DICT);
            for (String m : new String[]{"name", "path"}) {
                Object v = getMember(e, m);
                if (v != PNone.NONE) {
                    state.put(m, v);
                }
            }
            if (state.size() == 0) {
                return new PTuple(new Object[]{e.getPythonClass(), new PTuple(e.getArgs())});
            }
            return new PTuple(new Object[]{e.getPythonClass(), new PTuple(e.getArgs()), state});
        });
        for (String m : new String[]{"errno", "strerror", "filename", "filename2"}) {
            member(BuiltinTypes.OS_ERROR, m);
        }
        BuiltinDef.getSet(BuiltinTypes.OS_ERROR, "characters_written", self -> {
            Object v = DOL.getOrDefault((PythonObject) self, key("characters_written"), null);
            if (v == null) {
                throw PythonErrors.attributeError("characters_written");
            }
            return v;
        }, (self, v) -> {
            if (v == null) {
                if (!DOL.removeKey((PythonObject) self, key("characters_written"))) {
                    throw PythonErrors.attributeError("characters_written");
                }
            } else {
                setMember((PythonObject) self, "characters_written", PyOps.index(v));
            }
        });
        BuiltinDef.method(BuiltinTypes.OS_ERROR, "__reduce__", "(self, /)", a -> {
            PBaseException e = (PBaseException) a[0];
            Object[] args = e.getArgs();
            if (args.length == 2 && getMember(e, "filename") != PNone.NONE) {
                Object f2 = getMember(e, "filename2");
                args = f2 == PNone.NONE ? new Object[]{args[0], args[1], getMember(e, "filename")}
                                : new Object[]{args[0], args[1], getMember(e, "filename"), PNone.NONE, f2};
            }
            PDict d = PDict.mirrorOf(e);
            if (d.size() == 0) {
                return new PTuple(new Object[]{e.getPythonClass(), new PTuple(args)});
            }
            return new PTuple(new Object[]{e.getPythonClass(), new PTuple(args), d.copy(BuiltinTypes.DICT)});
        });
        for (String m : new String[]{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"}) {
            member(BuiltinTypes.SYNTAX_ERROR, m);
        }
        member(BuiltinTypes.NAME_ERROR, "name");
        member(BuiltinTypes.ATTRIBUTE_ERROR, "name");
        member(BuiltinTypes.ATTRIBUTE_ERROR, "obj");
        for (String m : new String[]{"encoding", "object", "start", "end", "reason"}) {
            member(BuiltinTypes.UNICODE_ERROR, m);
        }
        ExceptionInitializer.setHook(ExceptionBuiltins::initializeFromJava);
    }

    // ---------------------------------------------------------------- construction

    /** The attributes CPython's {@code __init__} derives from the arguments, for exceptions made in Java. */
    static void initializeFromJava(PBaseException e) {
        try {
            initAttributes(e, e.getArgs(), null);
        } catch (RuntimeException ex) {
            // Java callers create exceptions with well-formed arguments; never fail here
        }
    }

    @TruffleBoundary
    static void init(PBaseException e, Object[] args, PDict kw) {
        e.setArgs(args);
        initAttributes(e, args, kw);
    }

    private static boolean is(PythonClass cls, PythonClass base) {
        return cls.isSubclassOf(base);
    }

    @TruffleBoundary
    static void initAttributes(PBaseException e, Object[] args, PDict kw) {
        PythonClass cls = e.getPythonClass();
        String typeName = cls.getName();
        if (is(cls, BuiltinTypes.IMPORT_ERROR)) {
            Object name = PNone.NONE;
            Object path = PNone.NONE;
            if (kw != null) {
                for (PDict.Entry en : kw.entriesArray()) {
                    if ("name".equals(en.key)) {
                        name = en.value;
                    } else if ("path".equals(en.key)) {
                        path = en.value;
                    } else {
                        throw PythonErrors.typeError("'%s' is an invalid keyword argument for %s()", en.key, typeName);
                    }
                }
            }
            setMember(e, "name", name);
            setMember(e, "path", path);
            setMember(e, "msg", args.length == 1 ? args[0] : PNone.NONE);
            return;
        }
        if (is(cls, BuiltinTypes.NAME_ERROR) || is(cls, BuiltinTypes.ATTRIBUTE_ERROR)) {
            boolean attr = is(cls, BuiltinTypes.ATTRIBUTE_ERROR);
            if (kw != null) {
                for (PDict.Entry en : kw.entriesArray()) {
                    if ("name".equals(en.key)) {
                        setMember(e, "name", en.value);
                    } else if (attr && "obj".equals(en.key)) {
                        setMember(e, "obj", en.value);
                    } else {
                        throw PythonErrors.typeError("'%s' is an invalid keyword argument for %s()", en.key, typeName);
                    }
                }
            }
            return;
        }
        if (kw != null && kw.size() != 0) {
            throw PythonErrors.typeError("%s() takes no keyword arguments", typeName);
        }
        if (is(cls, BuiltinTypes.STOP_ITERATION)) {
            setMember(e, "value", args.length > 0 ? args[0] : PNone.NONE);
        } else if (is(cls, BuiltinTypes.SYSTEM_EXIT)) {
            setMember(e, "code", args.length == 0 ? PNone.NONE : args.length == 1 ? args[0] : new PTuple(args));
        } else if (is(cls, BuiltinTypes.OS_ERROR)) {
            initOSError(e, args);
        } else if (is(cls, BuiltinTypes.SYNTAX_ERROR)) {
            initSyntaxError(e, args);
        } else if (is(cls, BuiltinTypes.UNICODE_DECODE_ERROR) || is(cls, BuiltinTypes.UNICODE_ENCODE_ERROR)) {
            if (args.length != 5) {
                throw PythonErrors.typeError("function takes exactly 5 arguments (%d given)", args.length);
            }
            if (!(args[0] instanceof String)) {
                throw PythonErrors.typeError("argument 1 must be str, not %s", Support.typeName(args[0]));
            }
            boolean decode = is(cls, BuiltinTypes.UNICODE_DECODE_ERROR);
            if (decode && args[1] instanceof String) {
                throw PythonErrors.typeError("a bytes-like object is required, not 'str'");
            }
            if (!decode && !(args[1] instanceof String)) {
                throw PythonErrors.typeError("argument 2 must be str, not %s", Support.typeName(args[1]));
            }
            setMember(e, "encoding", args[0]);
            setMember(e, "object", args[1]);
            setMember(e, "start", PyOps.index(args[2]));
            setMember(e, "end", PyOps.index(args[3]));
            setMember(e, "reason", args[4]);
        } else if (is(cls, BuiltinTypes.UNICODE_TRANSLATE_ERROR)) {
            if (args.length != 4) {
                throw PythonErrors.typeError("function takes exactly 4 arguments (%d given)", args.length);
            }
            setMember(e, "object", args[0]);
            setMember(e, "start", PyOps.index(args[1]));
            setMember(e, "end", PyOps.index(args[2]));
            setMember(e, "reason", args[3]);
        }
    }

    /** errno to OSError subclass, as CPython's {@code errnomap} on Linux. */
    static PythonClass osErrorSubclass(Object errno) {
        if (!(errno instanceof Long l)) {
            return BuiltinTypes.OS_ERROR;
        }
        switch (l.intValue()) {
            case 11: // EAGAIN / EWOULDBLOCK
            case 114: // EALREADY
            case 115: // EINPROGRESS
                return BuiltinTypes.BLOCKING_IO_ERROR;
            case 10:
                return BuiltinTypes.CHILD_PROCESS_ERROR;
            case 32: // EPIPE
            case 108: // ESHUTDOWN
                return BuiltinTypes.BROKEN_PIPE_ERROR;
            case 103:
                return BuiltinTypes.CONNECTION_ABORTED_ERROR;
            case 111:
                return BuiltinTypes.CONNECTION_REFUSED_ERROR;
            case 104:
                return BuiltinTypes.CONNECTION_RESET_ERROR;
            case 17:
                return BuiltinTypes.FILE_EXISTS_ERROR;
            case 2:
                return BuiltinTypes.FILE_NOT_FOUND_ERROR;
            case 21:
                return BuiltinTypes.IS_A_DIRECTORY_ERROR;
            case 20:
                return BuiltinTypes.NOT_A_DIRECTORY_ERROR;
            case 4:
                return BuiltinTypes.INTERRUPTED_ERROR;
            case 1: // EPERM
            case 13: // EACCES
                return BuiltinTypes.PERMISSION_ERROR;
            case 3:
                return BuiltinTypes.PROCESS_LOOKUP_ERROR;
            case 110:
                return BuiltinTypes.TIMEOUT_ERROR;
            default:
                return BuiltinTypes.OS_ERROR;
        }
    }

    @TruffleBoundary
    static void initOSError(PBaseException e, Object[] args) {
        int n = args.length;
        if (n >= 2 && n <= 5) {
            setMember(e, "errno", args[0]);
            setMember(e, "strerror", args[1]);
            if (n >= 3) {
                if (is(e.getPythonClass(), BuiltinTypes.BLOCKING_IO_ERROR) && args[2] instanceof Long) {
                    setMember(e, "characters_written", args[2]);
                } else {
                    setMember(e, "filename", args[2]);
                    if (n == 5) {
                        setMember(e, "filename2", args[4]);
                    }
                    // CPython keeps only (errno, strerror) in args when a filename is given
                    e.setArgs(new Object[]{args[0], args[1]});
                }
            }
        }
    }

    @TruffleBoundary
    static void initSyntaxError(PBaseException e, Object[] args) {
        if (args.length >= 1) {
            setMember(e, "msg", args[0]);
        }
        if (args.length == 2) {
            Object[] info = org.cinderj.runtime.ProtocolImpl.toArray(args[1]);
            if (info.length < 4 || info.length > 6) {
                throw PythonErrors.typeError("function takes at least 4 arguments (%d given)", info.length);
            }
            setMember(e, "filename", info[0]);
            setMember(e, "lineno", info[1]);
            setMember(e, "offset", info[2]);
            setMember(e, "text", info[3]);
            setMember(e, "end_lineno", info.length > 4 ? info[4] : PNone.NONE);
            setMember(e, "end_offset", info.length > 5 ? info[5] : PNone.NONE);
        }
    }

    // ---------------------------------------------------------------- str / repr

    @TruffleBoundary
    static String baseStr(PBaseException e) {
        Object[] args = e.getArgs();
        if (args.length == 0) {
            return "";
        }
        if (args.length == 1) {
            return PyOps.str(args[0]);
        }
        return PyOps.str(new PTuple(args));
    }

    @TruffleBoundary
    public static String str(PBaseException e) {
        PythonClass cls = e.getPythonClass();
        if (is(cls, BuiltinTypes.KEY_ERROR)) {
            Object[] args = e.getArgs();
            if (args.length == 1) {
                return PyOps.repr(args[0]);
            }
        } else if (is(cls, BuiltinTypes.OS_ERROR)) {
            Object errno = getMember(e, "errno");
            Object strerror = getMember(e, "strerror");
            Object filename = getMember(e, "filename");
            Object filename2 = getMember(e, "filename2");
            if (filename != PNone.NONE) {
                if (filename2 != PNone.NONE) {
                    return "[Errno " + PyOps.str(errno) + "] " + PyOps.str(strerror) + ": " + PyOps.repr(filename) + " -> " + PyOps.repr(filename2);
                }
                return "[Errno " + PyOps.str(errno) + "] " + PyOps.str(strerror) + ": " + PyOps.repr(filename);
            }
            if (errno != PNone.NONE || strerror != PNone.NONE) {
                if (e.getArgs().length >= 2) {
                    return "[Errno " + PyOps.str(errno) + "] " + PyOps.str(strerror);
                }
            }
        } else if (is(cls, BuiltinTypes.SYNTAX_ERROR)) {
            Object msg = getMember(e, "msg");
            Object filename = getMember(e, "filename");
            Object lineno = getMember(e, "lineno");
            String m = PyOps.str(msg);
            boolean haveFile = filename instanceof String;
            boolean haveLine = lineno instanceof Long;
            if (haveFile) {
                String f = (String) filename;
                f = f.substring(f.lastIndexOf('/') + 1);
                return haveLine ? m + " (" + f + ", line " + lineno + ")" : m + " (" + f + ")";
            } else if (haveLine) {
                return m + " (line " + lineno + ")";
            }
            return m;
        } else if (is(cls, BuiltinTypes.UNICODE_ENCODE_ERROR) || is(cls, BuiltinTypes.UNICODE_DECODE_ERROR) || is(cls, BuiltinTypes.UNICODE_TRANSLATE_ERROR)) {
            return unicodeErrorStr(e);
        }
        return baseStr(e);
    }

    @TruffleBoundary
    static String unicodeErrorStr(PBaseException e) {
        Object object = getMember(e, "object");
        Object startObj = getMember(e, "start");
        Object endObj = getMember(e, "end");
        if (object == PNone.NONE || !(startObj instanceof Long) || !(endObj instanceof Long)) {
            return "";
        }
        long start = (Long) startObj;
        long end = (Long) endObj;
        String reason = PyOps.str(getMember(e, "reason"));
        PythonClass cls = e.getPythonClass();
        if (is(cls, BuiltinTypes.UNICODE_DECODE_ERROR)) {
            String enc = PyOps.str(getMember(e, "encoding"));
            long len = PyOps.length(object);
            if (start < len && end == start + 1) {
                Object b = PyOps.getItem(object, start);
                return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, (Long) b, start, reason);
            }
            return String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end - 1, reason);
        }
        String s = (String) object;
        long len = s.codePointCount(0, s.length());
        String prefix = is(cls, BuiltinTypes.UNICODE_ENCODE_ERROR) ? "'" + PyOps.str(getMember(e, "encoding")) + "' codec can't encode" : "can't translate";
        if (start < len && end == start + 1) {
            int cp = s.codePointAt(s.offsetByCodePoints(0, (int) start));
            String esc = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
            return prefix + " character '" + esc + "' in position " + start + ": " + reason;
        }
        return prefix + " characters in position " + start + "-" + (end - 1) + ": " + reason;
    }

    @TruffleBoundary
    public static String repr(PBaseException e) {
        String name = e.getPythonClass().getName();
        Object[] args = e.getArgs();
        if (args.length == 1) {
            return name + "(" + PyOps.repr(args[0]) + ")";
        }
        if (args.length == 0) {
            return name + "()";
        }
        return name + PyOps.repr(new PTuple(args));
    }
}
