package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;
import static org.cinderj.builtins.modules.PyUtil.absent;
import static org.cinderj.builtins.modules.PyUtil.isMissing;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.cinderj.PythonOptions;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.io.PTextIO;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The {@code sys} module. */
public final class SysModule {
    private SysModule() {
    }

    static final String[] FLAG_FIELDS = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
        "warn_default_encoding", "int_max_str_digits"};
    static final PythonClass FLAGS = StructSeq.type("sys", "flags", FLAG_FIELDS, FLAG_FIELDS.length);
    static final PythonClass VERSION_INFO = StructSeq.type("sys", "version_info", new String[]{"major", "minor", "micro", "releaselevel", "serial"}, 5);
    static final PythonClass FLOAT_INFO = StructSeq.type("sys", "float_info",
                    new String[]{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, 11);
    static final PythonClass INT_INFO = StructSeq.type("sys", "int_info",
                    new String[]{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4);
    static final PythonClass HASH_INFO = StructSeq.type("sys", "hash_info",
                    new String[]{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9);
    static final PythonClass THREAD_INFO = StructSeq.type("sys", "thread_info", new String[]{"name", "lock", "version"}, 3);

    public static final PTuple VERSION_INFO_VALUE = StructSeq.make(VERSION_INFO, 5, 3L, 10L, 8L, "final", 0L);

    /** Hook the interpreter may set to print uncaught exceptions itself (used by sys.excepthook). */
    public static String jitStatus(PythonContext ctx) {
        String s = ctx.getEnv().getOptions().get(PythonOptions.JitStatus);
        if (s == null || s.isEmpty()) {
            String rt = com.oracle.truffle.api.Truffle.getRuntime().getName();
            return rt.toLowerCase().contains("interpret") ? "interpreter only" : rt;
        }
        return s;
    }

    public static PythonModule create(PythonContext ctx, PythonModule builtins) {
        PythonModule sys = new PythonModule("sys");
        var opts = ctx.getEnv().getOptions();
        String flagsOpt = opts.get(PythonOptions.Flags);
        boolean interactive = flagsOpt.indexOf('i') >= 0;
        sys.setAttr("__doc__", "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.");
        sys.setAttr("__package__", "");
        sys.setAttr("modules", ctx.getSysModules());

        // argv and path
        String[] appArgs = ctx.getEnv().getApplicationArguments();
        List<Object> argv = new ArrayList<>(List.of((Object[]) appArgs));
        if (argv.isEmpty()) {
            argv.add("");
        }
        sys.setAttr("argv", PyUtil.list(argv));
        String executable = opts.get(PythonOptions.Executable);
        sys.setAttr("executable", executable);
        List<Object> orig = new ArrayList<>();
        orig.add(executable.isEmpty() ? "cinderj" : executable);
        orig.addAll(List.of((Object[]) appArgs));
        sys.setAttr("orig_argv", PyUtil.list(orig));
        sys.setAttr("path", PyUtil.list(computePath(ctx, (String) argv.get(0))));
        String stdlib = opts.get(PythonOptions.StdLibHome);
        String prefix = "";
        if (!stdlib.isEmpty()) {
            File lib = new File(stdlib).getAbsoluteFile();
            File p = lib.getParentFile() != null ? lib.getParentFile().getParentFile() : null;
            prefix = p != null ? p.getPath() : lib.getPath();
        }
        for (String n : new String[]{"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            sys.setAttr(n, prefix);
        }
        sys.setAttr("_stdlib_dir", stdlib.isEmpty() ? NONE : stdlib);
        sys.setAttr("platlibdir", "lib");
        sys.setAttr("pycache_prefix", NONE);
        sys.setAttr("meta_path", new PList());
        sys.setAttr("path_hooks", new PList(new Object[]{ImportSystem.pathHook()}));
        sys.setAttr("path_importer_cache", new PDict());

        // streams
        PTextIO[] std = IoModule.createStdStreams(ctx, interactive);
        sys.setAttr("stdin", std[0]);
        sys.setAttr("stdout", std[1]);
        sys.setAttr("stderr", std[2]);
        sys.setAttr("__stdin__", std[0]);
        sys.setAttr("__stdout__", std[1]);
        sys.setAttr("__stderr__", std[2]);

        // version
        String jv = System.getProperty("java.vm.name", "Java") + " " + System.getProperty("java.version", "");
        sys.setAttr("version", "3.10.8 (cinderj, " + jitStatus(ctx) + ") [" + jv.trim() + "]");
        sys.setAttr("version_info", VERSION_INFO_VALUE);
        sys.setAttr("hexversion", 0x030a08f0L);
        sys.setAttr("api_version", 1013L);
        sys.setAttr("implementation", PyUtil.namespace("name", "cinderj", "cache_tag", "cinderj-310", "version", VERSION_INFO_VALUE,
                        "hexversion", 0x030a08f0L, "_multiarch", "x86_64-linux-gnu"));
        sys.setAttr("copyright", "Copyright (c) 2001-2022 Python Software Foundation.\nAll Rights Reserved.");
        sys.setAttr("platform", "linux");
        sys.setAttr("byteorder", java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little" : "big");
        sys.setAttr("maxsize", Long.MAX_VALUE);
        sys.setAttr("maxunicode", 0x10ffffL);
        sys.setAttr("float_info", StructSeq.make(FLOAT_INFO, 11, Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L,
                        Math.ulp(1.0), 2L, 1L));
        sys.setAttr("int_info", StructSeq.make(INT_INFO, 4, 30L, 4L, 4300L, 640L));
        sys.setAttr("hash_info", StructSeq.make(HASH_INFO, 9, 64L, 2305843009213693951L, 314159L, 0L, 1000003L, "siphash24", 64L, 128L, 0L));
        sys.setAttr("thread_info", StructSeq.make(THREAD_INFO, 3, "pthread", "semaphore", NONE));
        sys.setAttr("float_repr_style", "short");
        sys.setAttr("abiflags", "");
        // True whatever -B says: importlib's own SourceLoader (spec_from_file_location and
        // friends) would otherwise marshal code objects into CPython .pyc files, which cinderj
        // cannot do. The import system's AST cache (translator.AstCache) follows -B instead.
        sys.setAttr("dont_write_bytecode", true);
        sys.setAttr("flags", makeFlags(flagsOpt));
        sys.setAttr("_xoptions", xoptions(opts.get(PythonOptions.XOptions)));
        List<Object> warn = new ArrayList<>();
        String wo = opts.get(PythonOptions.WarnOptions);
        if (!wo.isEmpty()) {
            warn.addAll(List.of((Object[]) wo.split("\u0001")));
        }
        sys.setAttr("warnoptions", PyUtil.list(warn));
        sys.setAttr("_git", PyUtil.tuple("cinderj", "", ""));
        sys.setAttr("_framework", "");
        sys.setAttr("_base_executable", executable);
        if (interactive) {
            sys.setAttr("ps1", ">>> ");
            sys.setAttr("ps2", "... ");
        }
        TreeSet<String> names = new TreeSet<>(ctx.getBuiltinModuleNames());
        names.add("sys");
        names.add("builtins");
        sys.setAttr("builtin_module_names", new PTuple(names.toArray()));

        defineFunctions(sys, ctx);
        return sys;
    }

    static PTuple makeFlags(String f) {
        long optimize = count(f, 'O');
        return StructSeq.make(FLAGS, FLAG_FIELDS.length, count(f, 'd'), count(f, 'i') > 0 ? 1L : 0L, count(f, 'i') > 0 ? 1L : 0L, optimize, count(f, 'B') > 0 ? 1L : 0L,
                        count(f, 's') > 0 || count(f, 'I') > 0 ? 1L : 0L, count(f, 'S') > 0 ? 1L : 0L, count(f, 'E') > 0 || count(f, 'I') > 0 ? 1L : 0L,
                        count(f, 'v'), count(f, 'b'), count(f, 'q') > 0 ? 1L : 0L, 1L, count(f, 'I') > 0 ? 1L : 0L, false, 0L, 0L, -1L);
    }

    private static long count(String s, char c) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    static PDict xoptions(String opt) {
        PDict d = new PDict();
        if (opt == null || opt.isEmpty()) {
            return d;
        }
        for (String e : opt.split("\u0001")) {
            if (e.isEmpty()) {
                continue;
            }
            int eq = e.indexOf('=');
            if (eq >= 0) {
                d.put(e.substring(0, eq), e.substring(eq + 1));
            } else {
                d.put(e, true);
            }
        }
        return d;
    }

    static List<Object> computePath(PythonContext ctx, String argv0) {
        List<Object> path = new ArrayList<>();
        var opts = ctx.getEnv().getOptions();
        boolean isolated = opts.get(PythonOptions.Flags).indexOf('I') >= 0;
        if (!isolated) {
            if (argv0.isEmpty() || argv0.equals("-c") || argv0.equals("-")) {
                path.add("");
            } else if (argv0.equals("-m")) {
                path.add(PosixModule.cwd());
            } else if (new File(argv0).isAbsolute() ? new File(argv0).isDirectory() : new File(PosixModule.cwd(), argv0).isDirectory()) {
                // a directory with __main__.py: the directory itself, absolute but as typed (CPython)
                path.add(new File(argv0).isAbsolute() ? argv0 : PosixModule.cwd() + File.separator + argv0);
            } else {
                File f = new File(argv0);
                if (!f.isAbsolute()) {
                    f = new File(PosixModule.cwd(), argv0);
                }
                try {
                    f = f.getCanonicalFile();
                } catch (java.io.IOException e) {
                    f = f.getAbsoluteFile();
                }
                String parent = f.getParent();
                path.add(parent == null ? "" : parent);
            }
        }
        String pp = opts.get(PythonOptions.PythonPath);
        if (!pp.isEmpty() && opts.get(PythonOptions.Flags).indexOf('E') < 0 && !isolated) {
            for (String e : pp.split(File.pathSeparator)) {
                if (!e.isEmpty()) {
                    path.add(e);
                }
            }
        }
        String stdlib = opts.get(PythonOptions.StdLibHome);
        if (!stdlib.isEmpty()) {
            path.add(stdlib);
        }
        return path;
    }

    private static void defineFunctions(PythonModule sys, PythonContext ctx) {
        BuiltinDef.function(sys, "exit", "(status=?, /)", a -> {
            throw PythonErrors.raiseObject(isMissing(a[0]) ? PythonErrors.create(BuiltinTypes.SYSTEM_EXIT)
                            : PythonErrors.create(BuiltinTypes.SYSTEM_EXIT, a[0]));
        });
        BuiltinDef.function(sys, "getrecursionlimit", "()", a -> (long) ctx.getRecursionLimit());
        BuiltinDef.function(sys, "setrecursionlimit", "(limit, /)", a -> {
            if (a[0] instanceof Double) {
                throw PythonErrors.typeError("'float' object cannot be interpreted as an integer");
            }
            long l = PyUtil.toLong(a[0]);
            if (l < 1) {
                throw PythonErrors.valueError("recursion limit must be greater or equal than 1");
            }
            if (l > Integer.MAX_VALUE) {
                throw PythonErrors.overflowError("Python int too large to convert to C int");
            }
            if (l <= ctx.getRecursionDepth()) {
                throw PythonErrors.raise(BuiltinTypes.RECURSION_ERROR,
                                "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", l, ctx.getRecursionDepth());
            }
            ctx.setRecursionLimit((int) l);
            return NONE;
        });
        BuiltinDef.function(sys, "exc_info", "()", a -> excInfo(ctx));
        BuiltinDef.function(sys, "exception", "()", a -> {
            PBaseException e = ctx.getCaughtException();
            return e == null ? NONE : e;
        });
        BuiltinDef.function(sys, "_getframe", "(depth=0, /)", a -> {
            int depth = PyUtil.toInt(a[0]);
            FrameAccess fa = FrameAccess.get();
            Object f = fa == null ? null : fa.getFrame(depth);
            if (f == null) {
                throw PythonErrors.valueError("call stack is not deep enough");
            }
            return f;
        });
        BuiltinDef.function(sys, "intern", "(string, /)", a -> {
            if (!(a[0] instanceof String s)) {
                throw PythonErrors.typeError("intern() argument must be str, not %s", PyUtil.typeName(a[0]));
            }
            return s.intern();
        });
        BuiltinDef.function(sys, "getsizeof", "(object, default=?)", a -> getsizeof(a[0], a[1]));
        BuiltinDef.function(sys, "getdefaultencoding", "()", a -> "utf-8");
        BuiltinDef.function(sys, "getfilesystemencoding", "()", a -> "utf-8");
        BuiltinDef.function(sys, "getfilesystemencodeerrors", "()", a -> "surrogateescape");
        BuiltinDef.function(sys, "getrefcount", "(object, /)", a -> 2L);
        BuiltinDef.function(sys, "getswitchinterval", "()", a -> 0.005);
        BuiltinDef.function(sys, "setswitchinterval", "(interval, /)", a -> NONE);
        BuiltinDef.function(sys, "getallocatedblocks", "()", a -> 0L);
        BuiltinDef.function(sys, "is_finalizing", "()", a -> false);
        BuiltinDef.function(sys, "audit", "(event, *args)", a -> NONE);
        BuiltinDef.function(sys, "addaudithook", "(hook)", a -> NONE);
        BuiltinDef.function(sys, "call_tracing", "(func, args, /)", a -> PyUtil.callKw(a[0], PyUtil.toArray(a[1]), null, null));
        final Object[] trace = {NONE, NONE};
        BuiltinDef.function(sys, "settrace", "(function, /)", a -> {
            trace[0] = a[0];
            return NONE;
        });
        BuiltinDef.function(sys, "gettrace", "()", a -> trace[0]);
        BuiltinDef.function(sys, "setprofile", "(function, /)", a -> {
            trace[1] = a[0];
            return NONE;
        });
        BuiltinDef.function(sys, "getprofile", "()", a -> trace[1]);
        BuiltinDef.function(sys, "_clear_type_cache", "()", a -> NONE);
        BuiltinDef.function(sys, "_current_frames", "()", a -> new PDict());
        BuiltinDef.function(sys, "get_asyncgen_hooks", "()", a -> PyUtil.tuple(NONE, NONE));
        BuiltinDef.function(sys, "set_asyncgen_hooks", "(firstiter=?, finalizer=?)", a -> NONE);
        final Object[] depthTracking = {0L};
        BuiltinDef.function(sys, "get_coroutine_origin_tracking_depth", "()", a -> depthTracking[0]);
        BuiltinDef.function(sys, "set_coroutine_origin_tracking_depth", "(depth)", a -> {
            depthTracking[0] = a[0];
            return NONE;
        });
        BuiltinDef.function(sys, "getdlopenflags", "()", a -> 2L);
        BuiltinDef.function(sys, "setdlopenflags", "(flags, /)", a -> NONE);
        BuiltinDef.function(sys, "breakpointhook", "(*args, **kws)", a -> NONE);
        sys.setAttr("__breakpointhook__", sys.getAttr("breakpointhook"));
        BuiltinDef.function(sys, "unraisablehook", "(unraisable, /)", a -> NONE);
        sys.setAttr("__unraisablehook__", sys.getAttr("unraisablehook"));
        BuiltinDef.function(sys, "displayhook", "(object, /)", a -> {
            if (a[0] == NONE) {
                return NONE;
            }
            PythonModule builtins = ctx.getBuiltins();
            builtins.setAttr("_", NONE);
            Object out = sys.getAttr("stdout");
            if (out == null || out == NONE) {
                throw PythonErrors.runtimeError("lost sys.stdout");
            }
            IoModule.writeTo(out, PyOps.repr(a[0]) + "\n");
            builtins.setAttr("_", a[0]);
            return NONE;
        });
        sys.setAttr("__displayhook__", sys.getAttr("displayhook"));
        BuiltinDef.function(sys, "excepthook", "(exctype, value, traceback, /)", a -> {
            printException(ctx, a[1]);
            return NONE;
        });
        sys.setAttr("__excepthook__", sys.getAttr("excepthook"));
    }

    public static PTuple excInfo(PythonContext ctx) {
        PBaseException e = ctx.getCaughtException();
        if (e == null) {
            return PyUtil.tuple(NONE, NONE, NONE);
        }
        return PyUtil.tuple(e.getPythonClass(), e, e.getTraceback());
    }

    /**
     * Default excepthook: prints the exception with its traceback to sys.stderr. The traceback
     * text comes from {@link FrameAccess#formatException}; without it only the last line is printed.
     */
    public static void printException(PythonContext ctx, Object value) {
        Object err = ctx.getSys().getAttr("stderr");
        String text = null;
        if (value instanceof PBaseException e) {
            FrameAccess fa = FrameAccess.get();
            if (fa != null) {
                text = fa.formatException(e);
            }
            if (text == null) {
                text = exceptionLine(e) + "\n";
            }
        } else {
            text = "TypeError: print_exception(): Exception expected for value, " + PyUtil.typeName(value) + " found\n";
        }
        if (err == null || err == NONE) {
            try {
                ctx.getStandardErr().write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                ctx.getStandardErr().flush();
            } catch (java.io.IOException ex) {
                // nothing to do
            }
            return;
        }
        IoModule.writeTo(err, text);
        try {
            PyUtil.callMethod(err, "flush");
        } catch (PException ex) {
            // ignore
        }
    }

    /** "Type: message" as the last line of a traceback shows it. */
    public static String exceptionLine(PBaseException e) {
        PythonClass c = e.getPythonClass();
        Object mod = c.lookup("__module__");
        String name = c.getQualname();
        if (mod instanceof String ms && !ms.equals("builtins") && !ms.equals("__main__")) {
            name = ms + "." + name;
        }
        String msg;
        try {
            msg = PyOps.str(e);
        } catch (PException ex) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    static Object getsizeof(Object o, Object dflt) {
        Object f = PyOps.lookupSpecial(o, "__sizeof__");
        if (f != null) {
            try {
                Object r = PyUtil.call(f, o);
                long n = PyUtil.toLong(r);
                if (n < 0) {
                    throw PythonErrors.valueError("__sizeof__() should return >= 0");
                }
                boolean gc = !(o instanceof Long || o instanceof Double || o instanceof String || o instanceof Boolean);
                return n + (gc ? 16 : 0);
            } catch (PException e) {
                if (!absent(dflt)) {
                    return dflt;
                }
                throw e;
            }
        }
        if (o instanceof Long) {
            return 28L;
        } else if (o instanceof Double) {
            return 24L;
        } else if (o instanceof String s) {
            return 49L + s.length();
        } else if (o instanceof Boolean) {
            return 28L;
        }
        return 56L;
    }
}
