package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;
import static org.cinderj.builtins.modules.PyUtil.absent;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.IOException;
import java.util.Map;
import java.util.WeakHashMap;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.PBuiltinFunction;
import org.cinderj.runtime.io.FileRawIO;
import org.cinderj.runtime.io.IoErrors;
import org.cinderj.runtime.io.PIOBase;
import org.cinderj.runtime.io.PStringIO;
import org.cinderj.runtime.io.PTextIO;
import org.cinderj.runtime.io.RawIO;
import org.cinderj.runtime.io.StreamRawIO;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The {@code _io} module: text files, standard streams, StringIO, {@code open}. */
public final class IoModule {
    private IoModule() {
    }

    public static final long DEFAULT_BUFFER_SIZE = 8192;

    public static final PythonClass IOBASE = PyUtil.newClass("_io", "_IOBase");
    public static final PythonClass RAW_IOBASE = PyUtil.newClass("_io", "_RawIOBase", IOBASE);
    public static final PythonClass BUFFERED_IOBASE = PyUtil.newClass("_io", "_BufferedIOBase", IOBASE);
    public static final PythonClass TEXT_IOBASE = PyUtil.newClass("_io", "_TextIOBase", IOBASE);
    public static final PythonClass TEXTIOWRAPPER = PyUtil.newClass("_io", "TextIOWrapper", TEXT_IOBASE);
    public static final PythonClass STRINGIO = PyUtil.newClass("_io", "StringIO", TEXT_IOBASE);
    public static final PythonClass FILEIO = PyUtil.newClass("_io", "FileIO", RAW_IOBASE);
    public static final PythonClass BYTESIO = PyUtil.newClass("_io", "BytesIO", BUFFERED_IOBASE);
    public static final PythonClass BUFFERED_READER = PyUtil.newClass("_io", "BufferedReader", BUFFERED_IOBASE);
    public static final PythonClass BUFFERED_WRITER = PyUtil.newClass("_io", "BufferedWriter", BUFFERED_IOBASE);
    public static final PythonClass BUFFERED_RANDOM = PyUtil.newClass("_io", "BufferedRandom", BUFFERED_IOBASE);
    public static final PythonClass BUFFERED_RWPAIR = PyUtil.newClass("_io", "BufferedRWPair", BUFFERED_IOBASE);
    public static final PythonClass INCREMENTAL_NEWLINE_DECODER = PyUtil.newClass("_io", "IncrementalNewlineDecoder");

    /** The standard streams of each context, for flushing at exit. */
    private static final Map<PythonContext, PTextIO[]> STD_STREAMS = new WeakHashMap<>();

    static {
        defineIOBase();
        defineTextIOWrapper();
        defineStringIO();
        defineNewlineDecoder();
        BinaryIO.define();
    }

    // ================================================================== module

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("_io");
        m.setAttr("DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE);
        m.setAttr("BlockingIOError", BuiltinTypes.BLOCKING_IO_ERROR);
        m.setAttr("UnsupportedOperation", IoErrors.UNSUPPORTED_OPERATION);
        for (PythonClass c : new PythonClass[]{IOBASE, RAW_IOBASE, BUFFERED_IOBASE, TEXT_IOBASE, TEXTIOWRAPPER, STRINGIO, FILEIO,
                        BYTESIO, BUFFERED_READER, BUFFERED_WRITER, BUFFERED_RANDOM, BUFFERED_RWPAIR, INCREMENTAL_NEWLINE_DECODER}) {
            m.setAttr(c.getName(), c);
        }
        m.setAttr("open", openFunction());
        BuiltinDef.function(m, "open_code", "(path)", a -> open(a[0], "rb", -1, NONE, NONE, NONE, true, NONE));
        BuiltinDef.function(m, "text_encoding", "(encoding, stacklevel=2, /)", a -> absent(a[0]) ? "locale" : a[0]);
        return m;
    }

    private static PBuiltinFunction openFunction;

    /** The {@code open} builtin (shared by {@code builtins.open}, {@code io.open} and {@code _io.open}). */
    public static synchronized PBuiltinFunction openFunction() {
        if (openFunction == null) {
            openFunction = BuiltinDef.function("_io", "open",
                            "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
                            a -> open(a[0], a[1], PyUtil.toLong(a[2]), a[3], a[4], a[5], PyUtil.truthy(a[6]), a[7]));
        }
        return openFunction;
    }

    // ================================================================== standard streams

    /** Creates sys.stdin/stdout/stderr for a context. */
    @TruffleBoundary
    public static PTextIO[] createStdStreams(PythonContext ctx, boolean interactive) {
        boolean tty = false;
        try {
            java.io.Console console = System.console();
            tty = console != null && console.isTerminal();
        } catch (Throwable t) {
            tty = false;
        }
        PTextIO stdin = new PTextIO(TEXTIOWRAPPER);
        stdin.configure(new StreamRawIO(ctx.getStandardIn(), null, 0, tty), "<stdin>", "r", "utf-8", "strict", NONE, tty || interactive, false);
        PTextIO stdout = new PTextIO(TEXTIOWRAPPER);
        stdout.configure(new StreamRawIO(null, ctx.getStandardOut(), 1, tty), "<stdout>", "w", "utf-8", "strict", NONE, tty || interactive, false);
        PTextIO stderr = new PTextIO(TEXTIOWRAPPER);
        stderr.configure(new StreamRawIO(null, ctx.getStandardErr(), 2, tty), "<stderr>", "w", "utf-8", "backslashreplace", NONE, true, false);
        stdin.isStd = stdout.isStd = stderr.isStd = true;
        stdin.bufferObject = BinaryIO.stdBuffer(stdin.raw, "<stdin>", false);
        stdout.bufferObject = BinaryIO.stdBuffer(stdout.raw, "<stdout>", true);
        stderr.bufferObject = BinaryIO.stdBuffer(stderr.raw, "<stderr>", true);
        stdin.flushFirst = stdout;
        stderr.flushFirst = stdout;
        PTextIO[] all = {stdin, stdout, stderr};
        synchronized (STD_STREAMS) {
            STD_STREAMS.put(ctx, all);
        }
        return all;
    }

    /** Flushes sys.stdout/sys.stderr (current and original); called at exit. Never raises. */
    @TruffleBoundary
    public static void flushStdStreams(PythonContext ctx) {
        PythonModule sys = ctx.getSys();
        if (sys != null) {
            for (String n : new String[]{"stdout", "stderr"}) {
                Object s = sys.getAttr(n);
                if (s != null && s != NONE) {
                    try {
                        if (s instanceof PTextIO t) {
                            if (!t.closed) {
                                t.flush();
                            }
                        } else {
                            PyUtil.callMethod(s, "flush");
                        }
                    } catch (RuntimeException e) {
                        // ignore, as CPython does at shutdown (it prints "Exception ignored")
                    }
                }
            }
        }
        PTextIO[] std;
        synchronized (STD_STREAMS) {
            std = STD_STREAMS.get(ctx);
        }
        if (std != null) {
            for (PTextIO t : std) {
                try {
                    if (!t.closed && t.raw.writable()) {
                        t.flushBuffer();
                    }
                    if (t.bufferObject instanceof BinaryIO.PBuffered b && b.canWrite && !b.detached) {
                        BinaryIO.flushWrites(b);
                    }
                } catch (RuntimeException e) {
                    // ignore
                }
            }
        }
    }

    // ================================================================== open

    @TruffleBoundary
    public static Object open(Object file, Object modeObj, long buffering, Object encoding, Object errors, Object newline, boolean closefd,
                    Object opener) {
        String mode = PyUtil.str(modeObj, "open() argument 'mode'");
        boolean creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (char c : mode.toCharArray()) {
            if ("xrwa+tb".indexOf(c) < 0 || !seen.add(c)) {
                throw PythonErrors.valueError("invalid mode: '%s'", mode);
            }
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                default -> binary = true;
            }
        }
        if (text && binary) {
            throw PythonErrors.valueError("can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds != 1) {
            throw PythonErrors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && !absent(encoding)) {
            throw PythonErrors.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && !absent(errors)) {
            throw PythonErrors.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && !absent(newline)) {
            throw PythonErrors.valueError("binary mode doesn't take a newline argument");
        }
        if (binary && buffering == 1) {
            // CPython warns (RuntimeWarning) and uses the default buffer size
            buffering = -1;
        }
        if (!absent(newline) && !(newline instanceof String)) {
            throw PythonErrors.typeError("open() argument 'newline' must be str or None, not %s", PyUtil.typeName(newline));
        }
        if (!absent(encoding) && !(encoding instanceof String)) {
            throw PythonErrors.typeError("open() argument 'encoding' must be str or None, not %s", PyUtil.typeName(encoding));
        }
        if (!absent(errors) && !(errors instanceof String)) {
            throw PythonErrors.typeError("open() argument 'errors' must be str or None, not %s", PyUtil.typeName(errors));
        }
        if (buffering == 0 && !binary) {
            throw PythonErrors.valueError("can't have unbuffered text I/O");
        }
        Object nameObj = file;
        RawIO raw = openRaw(file, reading || updating, writing || appending || creating || updating, appending, writing, creating, closefd,
                        opener);
        if (binary) {
            return BinaryIO.wrapBinary(raw, nameObj, mode, reading, writing || appending || creating, updating, buffering, closefd);
        }
        PTextIO t = new PTextIO(TEXTIOWRAPPER);
        String enc = absent(encoding) || "locale".equals(encoding) ? "UTF-8" : (String) encoding;
        t.configure(raw, nameObj, mode, enc, absent(errors) ? "strict" : (String) errors, absent(newline) ? NONE : newline, buffering == 1,
                        false);
        t.closefd = closefd;
        t.bufferObject = BinaryIO.bufferFor(raw, nameObj, mode, reading, writing || appending || creating, updating);
        if (appending && raw.seekable()) {
            try {
                raw.seek(0, 2);
            } catch (IOException e) {
                throw IoErrors.fromJava(e, nameObj);
            }
        }
        return t;
    }

    @TruffleBoundary
    static String fspath(Object file) {
        if (file instanceof String s) {
            return s;
        }
        if (BinaryIO.isBytes(file)) {
            return BinaryIO.decodeFsPath(file);
        }
        Object m = PyOps.lookupSpecial(file, "__fspath__");
        if (m != null) {
            Object r = PyUtil.call(m, file);
            if (r instanceof String s) {
                return s;
            }
            if (BinaryIO.isBytes(r)) {
                return BinaryIO.decodeFsPath(r);
            }
            throw PythonErrors.typeError("expected %s.__fspath__() to return str or bytes, not %s", PyUtil.typeName(file), PyUtil.typeName(r));
        }
        throw PythonErrors.typeError("expected str, bytes or os.PathLike object, not %s", PyUtil.typeName(file));
    }

    @TruffleBoundary
    static RawIO openRaw(Object file, boolean readable, boolean writable, boolean append, boolean truncate, boolean exclusive, boolean closefd,
                    Object opener) {
        if (file instanceof Long || file instanceof Boolean) {
            long fd = PyUtil.toLong(file);
            RawIO r = FdTable.get(PythonContext.get(null), (int) fd);
            if (r == null) {
                throw IoErrors.oserror(9, "Bad file descriptor", null);
            }
            return r;
        }
        if (!closefd) {
            throw PythonErrors.valueError("Cannot use closefd=False with file name");
        }
        String path = fspath(file);
        if (path.indexOf('\0') >= 0) {
            throw PythonErrors.valueError("embedded null byte");
        }
        java.nio.file.Path p = resolve(path);
        if (java.nio.file.Files.isDirectory(p)) {
            throw IoErrors.oserror(21, "Is a directory", file);
        }
        try {
            FileRawIO raw = FileRawIO.open(p.toString(), readable, writable, append, truncate, writable && !exclusive, exclusive, -1);
            PythonContext ctx = PythonContext.get(null);
            return FdTable.register(ctx, raw);
        } catch (IOException e) {
            throw IoErrors.fromJava(e, file);
        }
    }

    /** Resolves a path against the process working directory ({@code os.chdir} changes it). */
    public static java.nio.file.Path resolve(String path) {
        java.nio.file.Path p = java.nio.file.Path.of(path.isEmpty() ? "." : path);
        if (!p.isAbsolute()) {
            p = java.nio.file.Path.of(PosixModule.cwd()).resolve(p);
        }
        return p;
    }

    // ================================================================== class definitions

    static PIOBase iobase(Object self) {
        if (self instanceof PIOBase b) {
            return b;
        }
        throw PythonErrors.typeError("descriptor requires a '_io._IOBase' object but received a '%s'", PyUtil.typeName(self));
    }

    private static void checkClosedGeneric(Object self) {
        Object closed = PyOps.getAttribute(self, "closed");
        if (PyUtil.truthy(closed)) {
            throw IoErrors.closedFile();
        }
    }

    private static void defineIOBase() {
        PythonClass c = IOBASE;
        for (PythonClass k : new PythonClass[]{IOBASE, RAW_IOBASE, BUFFERED_IOBASE, TEXT_IOBASE}) {
            PyUtil.constructor(k, "(cls, *args, **kwargs)", a -> new PIOBase(PyUtil.checkClass(a[0], IOBASE)));
        }
        PyUtil.method(c, "__init__", "(self, *args, **kwargs)", a -> NONE);
        BuiltinDef.getter(c, "closed", self -> iobase(self).closed);
        BuiltinDef.getter(c, "__IOBase_closed", self -> iobase(self).closed);
        PyUtil.method(c, "close", "(self)", a -> {
            PIOBase b = iobase(a[0]);
            if (!b.closed) {
                try {
                    PyUtil.callMethod(a[0], "flush");
                } finally {
                    b.closed = true;
                }
            }
            return NONE;
        });
        PyUtil.method(c, "flush", "(self)", a -> {
            checkClosedGeneric(a[0]);
            return NONE;
        });
        PyUtil.method(c, "readable", "(self)", a -> false);
        PyUtil.method(c, "writable", "(self)", a -> false);
        PyUtil.method(c, "seekable", "(self)", a -> false);
        PyUtil.method(c, "isatty", "(self)", a -> {
            checkClosedGeneric(a[0]);
            return false;
        });
        PyUtil.method(c, "fileno", "(self)", a -> {
            throw IoErrors.unsupported("fileno");
        });
        PyUtil.method(c, "seek", "(self, pos, whence=0)", a -> {
            throw IoErrors.unsupported("seek");
        });
        PyUtil.method(c, "tell", "(self)", a -> PyUtil.callMethod(a[0], "seek", 0L, 1L));
        PyUtil.method(c, "truncate", "(self, pos=None)", a -> {
            throw IoErrors.unsupported("truncate");
        });
        PyUtil.method(c, "_checkClosed", "(self, msg=None)", a -> {
            checkClosedGeneric(a[0]);
            return NONE;
        });
        PyUtil.method(c, "_checkReadable", "(self, msg=None)", a -> {
            if (!PyUtil.truthy(PyUtil.callMethod(a[0], "readable"))) {
                throw IoErrors.unsupported("File or stream is not readable.");
            }
            return NONE;
        });
        PyUtil.method(c, "_checkWritable", "(self, msg=None)", a -> {
            if (!PyUtil.truthy(PyUtil.callMethod(a[0], "writable"))) {
                throw IoErrors.unsupported("File or stream is not writable.");
            }
            return NONE;
        });
        PyUtil.method(c, "_checkSeekable", "(self, msg=None)", a -> {
            if (!PyUtil.truthy(PyUtil.callMethod(a[0], "seekable"))) {
                throw IoErrors.unsupported("File or stream is not seekable.");
            }
            return NONE;
        });
        PyUtil.method(c, "__enter__", "(self)", a -> {
            checkClosedGeneric(a[0]);
            return a[0];
        });
        PyUtil.method(c, "__exit__", "(self, *args)", a -> PyUtil.callMethod(a[0], "close"));
        PyUtil.method(c, "__iter__", "(self)", a -> {
            checkClosedGeneric(a[0]);
            return a[0];
        });
        PyUtil.method(c, "__next__", "(self)", a -> {
            Object line = PyUtil.callMethod(a[0], "readline");
            if (PyOps.length(line) == 0) {
                throw PythonErrors.stopIteration(null);
            }
            return line;
        });
        PyUtil.method(c, "readline", "(self, size=-1)", a -> {
            // generic: read(1) until b'\n' (used by Python subclasses of the raw/buffered bases)
            long limit = absent(a[1]) ? -1 : PyUtil.toLong(a[1]);
            Object acc = null;
            long n = 0;
            while (limit < 0 || n < limit) {
                Object ch = PyUtil.callMethod(a[0], "read", 1L);
                if (ch == NONE || PyOps.length(ch) == 0) {
                    break;
                }
                acc = acc == null ? ch : PyOps.binaryOp(acc, ch, org.cinderj.ast.Operator.ADD);
                n++;
                Object last = PyOps.getItem(ch, -1L);
                if (last.equals("\n") || last.equals(10L)) {
                    break;
                }
            }
            return acc == null ? BinaryIO.emptyBytes() : acc;
        });
        PyUtil.method(c, "readlines", "(self, hint=-1)", a -> {
            long hint = absent(a[1]) ? -1 : PyUtil.toLong(a[1]);
            PList result = new PList();
            long total = 0;
            Object it = PyOps.getIter(a[0]);
            Object line;
            while ((line = PyOps.next(it)) != null) {
                result.append(line);
                total += PyOps.length(line);
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return result;
        });
        PyUtil.method(c, "writelines", "(self, lines, /)", a -> {
            checkClosedGeneric(a[0]);
            Object it = PyOps.getIter(a[1]);
            Object line;
            while ((line = PyOps.next(it)) != null) {
                PyUtil.callMethod(a[0], "write", line);
            }
            return NONE;
        });

        PythonClass t = TEXT_IOBASE;
        PyUtil.method(t, "read", "(self, size=-1)", a -> {
            throw IoErrors.unsupported("read");
        });
        PyUtil.method(t, "readline", "(self, size=-1)", a -> {
            throw IoErrors.unsupported("readline");
        });
        PyUtil.method(t, "write", "(self, s)", a -> {
            throw IoErrors.unsupported("write");
        });
        PyUtil.method(t, "detach", "(self)", a -> {
            throw IoErrors.unsupported("detach");
        });
        BuiltinDef.getter(t, "encoding", self -> NONE);
        BuiltinDef.getter(t, "newlines", self -> NONE);
        BuiltinDef.getter(t, "errors", self -> NONE);
    }

    static PTextIO text(Object self) {
        if (self instanceof PTextIO t) {
            return t;
        }
        throw PythonErrors.typeError("descriptor requires a '_io.TextIOWrapper' object but received a '%s'", PyUtil.typeName(self));
    }

    static long sizeArg(Object o) {
        if (absent(o)) {
            return -1;
        }
        return PyUtil.toLong(o);
    }

    private static void defineTextIOWrapper() {
        PythonClass c = TEXTIOWRAPPER;
        PyUtil.constructor(c, "(cls, *args, **kwargs)", a -> new PTextIO(PyUtil.checkClass(a[0], TEXTIOWRAPPER)));
        PyUtil.method(c, "__init__", "(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)", a -> {
            PTextIO t = text(a[0]);
            String enc = absent(a[2]) || "locale".equals(a[2]) ? "UTF-8" : PyUtil.str(a[2], "TextIOWrapper() argument 'encoding'");
            RawIO raw = BinaryIO.rawFromBuffer(a[1]);
            t.configure(raw, PyOps.lookupAttribute(a[1], "name") == null ? NONE : PyOps.lookupAttribute(a[1], "name"), "r", enc,
                            absent(a[3]) ? "strict" : PyUtil.str(a[3], "TextIOWrapper() argument 'errors'"), absent(a[3 + 1]) ? NONE : a[4],
                            PyUtil.truthy(a[5]), PyUtil.truthy(a[6]));
            Object mode = PyOps.lookupAttribute(a[1], "mode");
            if (mode instanceof String ms) {
                t.mode = ms.replace("b", "");
            }
            t.bufferObject = a[1];
            return NONE;
        });
        PyUtil.method(c, "write", "(self, text, /)", a -> {
            if (!(a[1] instanceof String s)) {
                throw PythonErrors.typeError("write() argument must be str, not %s", PyUtil.typeName(a[1]));
            }
            return text(a[0]).write(s);
        });
        PyUtil.method(c, "read", "(self, size=-1, /)", a -> text(a[0]).read(sizeArg(a[1])));
        PyUtil.method(c, "readline", "(self, size=-1, /)", a -> text(a[0]).readline(sizeArg(a[1])));
        PyUtil.method(c, "flush", "(self)", a -> {
            text(a[0]).flush();
            return NONE;
        });
        PyUtil.method(c, "close", "(self)", a -> {
            text(a[0]).close();
            return NONE;
        });
        BuiltinDef.getter(c, "closed", self -> text(self).closed);
        BuiltinDef.getter(c, "name", self -> text(self).name);
        BuiltinDef.getSet(c, "mode", self -> text(self).mode, (self, v) -> text(self).mode = PyUtil.str(v, "mode"));
        BuiltinDef.getter(c, "encoding", self -> text(self).encoding);
        BuiltinDef.getter(c, "errors", self -> text(self).errors);
        BuiltinDef.getter(c, "line_buffering", self -> text(self).lineBuffering);
        BuiltinDef.getter(c, "write_through", self -> text(self).writeThrough);
        BuiltinDef.getter(c, "newlines", self -> NONE);
        BuiltinDef.getter(c, "buffer", self -> text(self).bufferObject);
        BuiltinDef.getter(c, "_CHUNK_SIZE", self -> 8192L);
        PyUtil.method(c, "__next__", "(self)", a -> {
            String line = text(a[0]).readline(-1);
            if (line.isEmpty()) {
                throw PythonErrors.stopIteration(null);
            }
            return line;
        });
        PyUtil.method(c, "readable", "(self)", a -> {
            PTextIO t = text(a[0]);
            t.checkClosed();
            return t.raw.readable();
        });
        PyUtil.method(c, "writable", "(self)", a -> {
            PTextIO t = text(a[0]);
            t.checkClosed();
            return t.raw.writable();
        });
        PyUtil.method(c, "seekable", "(self)", a -> {
            PTextIO t = text(a[0]);
            t.checkClosed();
            return t.raw.seekable();
        });
        PyUtil.method(c, "isatty", "(self)", a -> {
            PTextIO t = text(a[0]);
            t.checkClosed();
            return t.raw.isatty();
        });
        PyUtil.method(c, "fileno", "(self)", a -> {
            PTextIO t = text(a[0]);
            t.checkClosed();
            int fd = t.raw.fileno();
            if (fd < 0) {
                throw IoErrors.unsupported("fileno");
            }
            return (long) fd;
        });
        PyUtil.method(c, "tell", "(self)", a -> text(a[0]).tell());
        PyUtil.method(c, "seek", "(self, cookie, whence=0, /)", a -> text(a[0]).seek(PyUtil.toLong(a[1]), PyUtil.toInt(a[2])));
        PyUtil.method(c, "truncate", "(self, pos=None, /)", a -> text(a[0]).truncate(absent(a[1]) ? null : PyUtil.toLong(a[1])));
        PyUtil.method(c, "detach", "(self)", a -> {
            PTextIO t = text(a[0]);
            t.flush();
            Object b = t.bufferObject;
            t.raw = null;
            return b;
        });
        PyUtil.method(c, "reconfigure", "(self, *, encoding=None, errors=None, newline=?, line_buffering=None, write_through=None)", a -> {
            PTextIO t = text(a[0]);
            t.flush();
            if (!absent(a[1]) || !absent(a[2])) {
                t.setEncoding(absent(a[1]) ? t.encoding : PyUtil.str(a[1], "encoding"), absent(a[2]) ? (absent(a[1]) ? t.errors : "strict")
                                : PyUtil.str(a[2], "errors"));
            }
            if (!PyUtil.isMissing(a[3])) {
                t.setNewline(a[3]);
            }
            if (!absent(a[4])) {
                t.lineBuffering = PyUtil.truthy(a[4]);
            }
            if (!absent(a[5])) {
                t.writeThrough = PyUtil.truthy(a[5]);
            }
            return NONE;
        });
        PyUtil.method(c, "__repr__", "(self)", a -> {
            PTextIO t = text(a[0]);
            StringBuilder sb = new StringBuilder("<");
            sb.append(a[0] instanceof PythonObject po && po.getPythonClass() != TEXTIOWRAPPER ? po.getPythonClass().getName() : "_io.TextIOWrapper");
            if (t.name != NONE) {
                sb.append(" name=").append(PyOps.repr(t.name));
            }
            sb.append(" mode=").append(PyOps.repr(t.mode));
            sb.append(" encoding=").append(PyOps.repr(t.encoding)).append('>');
            return sb.toString();
        });
    }

    static PStringIO sio(Object self) {
        if (self instanceof PStringIO s) {
            return s;
        }
        throw PythonErrors.typeError("descriptor requires a '_io.StringIO' object but received a '%s'", PyUtil.typeName(self));
    }

    private static void defineStringIO() {
        PythonClass c = STRINGIO;
        PyUtil.constructor(c, "(cls, *args, **kwargs)", a -> new PStringIO(PyUtil.checkClass(a[0], STRINGIO)));
        PyUtil.method(c, "__init__", "(self, initial_value='', newline=?)", a -> {
            Object init = a[1];
            if (!absent(init) && !(init instanceof String)) {
                throw PythonErrors.typeError("initial_value must be str or None, not %s", PyUtil.typeName(init));
            }
            if (!absent(a[2]) && !(a[2] instanceof String)) {
                throw PythonErrors.typeError("newline must be str or None, not %s", PyUtil.typeName(a[2]));
            }
            sio(a[0]).init(absent(init) ? "" : (String) init, PyUtil.isMissing(a[2]) ? "\n" : a[2]);
            return NONE;
        });
        PyUtil.method(c, "write", "(self, s, /)", a -> {
            if (!(a[1] instanceof String s)) {
                throw PythonErrors.typeError("string argument expected, got '%s'", PyUtil.typeName(a[1]));
            }
            return sio(a[0]).write(s);
        });
        PyUtil.method(c, "read", "(self, size=-1, /)", a -> sio(a[0]).read(sizeArg(a[1])));
        PyUtil.method(c, "readline", "(self, size=-1, /)", a -> sio(a[0]).readline(sizeArg(a[1])));
        PyUtil.method(c, "getvalue", "(self)", a -> sio(a[0]).getvalue());
        PyUtil.method(c, "tell", "(self)", a -> {
            PStringIO s = sio(a[0]);
            s.checkClosed();
            return (long) s.pos;
        });
        PyUtil.method(c, "seek", "(self, pos, whence=0, /)", a -> {
            PStringIO s = sio(a[0]);
            s.checkClosed();
            long pos = PyUtil.toLong(a[1]);
            int whence = PyUtil.toInt(a[2]);
            if (whence < 0 || whence > 2) {
                throw PythonErrors.valueError("Invalid whence (%d, should be 0, 1 or 2)", whence);
            } else if (pos < 0 && whence == 0) {
                throw PythonErrors.valueError("Negative seek position %d", pos);
            } else if (whence != 0 && pos != 0) {
                throw IoErrors.oserror(0, "Can't do nonzero cur-relative seeks", null);
            }
            if (whence == 1) {
                pos = s.pos;
            } else if (whence == 2) {
                pos = s.buf.length();
            }
            s.pos = (int) Math.min(pos, Integer.MAX_VALUE);
            return pos;
        });
        PyUtil.method(c, "truncate", "(self, pos=None, /)", a -> {
            PStringIO s = sio(a[0]);
            s.checkClosed();
            long size = absent(a[1]) ? s.pos : PyUtil.toLong(a[1]);
            if (size < 0) {
                throw PythonErrors.valueError("Negative size value %d", size);
            }
            if (size < s.buf.length()) {
                s.buf.setLength((int) size);
            }
            return size;
        });
        PyUtil.method(c, "close", "(self)", a -> {
            sio(a[0]).closed = true;
            return NONE;
        });
        BuiltinDef.getter(c, "closed", self -> sio(self).closed);
        BuiltinDef.getter(c, "line_buffering", self -> false);
        BuiltinDef.getter(c, "newlines", self -> sio(self).newlines());
        for (String n : new String[]{"readable", "writable", "seekable"}) {
            PyUtil.method(c, n, "(self)", a -> {
                sio(a[0]).checkClosed();
                return true;
            });
        }
        PyUtil.method(c, "__next__", "(self)", a -> {
            PStringIO s = sio(a[0]);
            String line;
            if (s.getPythonClass() == STRINGIO) {
                line = s.readline(-1);
            } else {
                Object r = PyUtil.callMethod(a[0], "readline");
                if (!(r instanceof String rs)) {
                    throw PythonErrors.typeError("readline() should have returned a str object, not '%s'", PyUtil.typeName(r));
                }
                line = rs;
            }
            if (line.isEmpty()) {
                throw PythonErrors.stopIteration(null);
            }
            return line;
        });
        PyUtil.method(c, "__getstate__", "(self)", a -> {
            PStringIO s = sio(a[0]);
            return PyUtil.tuple(s.getvalue(), s.newlineArg, (long) s.pos, new org.cinderj.runtime.dict.PDict());
        });
    }

    /** {@code IncrementalNewlineDecoder(decoder, translate, errors='strict')}: state kept as instance attributes. */
    private static void defineNewlineDecoder() {
        PythonClass c = INCREMENTAL_NEWLINE_DECODER;
        PyUtil.constructor(c, "(cls, *args, **kwargs)", a -> new PythonObject(PyUtil.checkClass(a[0], INCREMENTAL_NEWLINE_DECODER)));
        PyUtil.method(c, "__init__", "(self, decoder, translate, errors='strict')", a -> {
            PyOps.setAttribute(a[0], "_decoder", a[1]);
            PyOps.setAttribute(a[0], "_translate", PyUtil.truthy(a[2]));
            PyOps.setAttribute(a[0], "_pendingcr", false);
            PyOps.setAttribute(a[0], "_seennl", 0L);
            PyOps.setAttribute(a[0], "errors", a[3]);
            return NONE;
        });
        PyUtil.method(c, "decode", "(self, input, final=False)", a -> {
            Object self = a[0];
            Object dec = PyOps.getAttribute(self, "_decoder");
            boolean fin = PyUtil.truthy(a[2]);
            Object out = dec == NONE ? a[1] : PyUtil.callKw(PyOps.getAttribute(dec, "decode"), new Object[]{a[1]}, new String[]{"final"},
                            new Object[]{fin});
            String s = PyUtil.str(out, "decoder output");
            boolean pendingCr = PyUtil.truthy(PyOps.getAttribute(self, "_pendingcr"));
            if (pendingCr && (!s.isEmpty() || fin)) {
                s = "\r" + s;
                pendingCr = false;
            }
            if (s.endsWith("\r") && !fin) {
                s = s.substring(0, s.length() - 1);
                pendingCr = true;
            }
            long seen = PyUtil.toLong(PyOps.getAttribute(self, "_seennl"));
            int crlf = countOf(s, "\r\n");
            int cr = countOf(s, "\r") - crlf;
            int lf = countOf(s, "\n") - crlf;
            seen |= (lf > 0 ? 1 : 0) | (cr > 0 ? 2 : 0) | (crlf > 0 ? 4 : 0);
            PyOps.setAttribute(self, "_seennl", seen);
            PyOps.setAttribute(self, "_pendingcr", pendingCr);
            if (PyUtil.truthy(PyOps.getAttribute(self, "_translate"))) {
                s = org.cinderj.runtime.io.Newlines.translateToLF(s);
            }
            return s;
        });
        PyUtil.method(c, "getstate", "(self)", a -> {
            Object dec = PyOps.getAttribute(a[0], "_decoder");
            Object buf = BinaryIO.emptyBytes();
            long flag = 0;
            if (dec != NONE) {
                Object st = PyUtil.callMethod(dec, "getstate");
                buf = PyOps.getItem(st, 0L);
                flag = PyUtil.toLong(PyOps.getItem(st, 1L));
            }
            flag <<= 1;
            if (PyUtil.truthy(PyOps.getAttribute(a[0], "_pendingcr"))) {
                flag |= 1;
            }
            return PyUtil.tuple(buf, flag);
        });
        PyUtil.method(c, "setstate", "(self, state)", a -> {
            Object buf = PyOps.getItem(a[1], 0L);
            long flag = PyUtil.toLong(PyOps.getItem(a[1], 1L));
            PyOps.setAttribute(a[0], "_pendingcr", (flag & 1) != 0);
            Object dec = PyOps.getAttribute(a[0], "_decoder");
            if (dec != NONE) {
                PyUtil.callMethod(dec, "setstate", PyUtil.tuple(buf, flag >> 1));
            }
            return NONE;
        });
        PyUtil.method(c, "reset", "(self)", a -> {
            PyOps.setAttribute(a[0], "_seennl", 0L);
            PyOps.setAttribute(a[0], "_pendingcr", false);
            Object dec = PyOps.getAttribute(a[0], "_decoder");
            if (dec != NONE) {
                PyUtil.callMethod(dec, "reset");
            }
            return NONE;
        });
        BuiltinDef.getter(c, "newlines", self -> {
            long seen = PyUtil.toLong(PyOps.getAttribute(self, "_seennl"));
            java.util.List<Object> l = new java.util.ArrayList<>();
            if ((seen & 2) != 0) {
                l.add("\r");
            }
            if ((seen & 1) != 0) {
                l.add("\n");
            }
            if ((seen & 4) != 0) {
                l.add("\r\n");
            }
            return l.isEmpty() ? NONE : l.size() == 1 ? l.get(0) : PyUtil.tuple(l.toArray());
        });
    }

    private static int countOf(String s, String sub) {
        int n = 0;
        int i = 0;
        while ((i = s.indexOf(sub, i)) >= 0) {
            n++;
            i += sub.length();
        }
        return n;
    }

    /** A helper for print/input: writes text to a file object (fast path for our text streams). */
    @TruffleBoundary
    public static void writeTo(Object file, String s) {
        if (file instanceof PTextIO t && t.getPythonClass() == TEXTIOWRAPPER) {
            t.write(s);
        } else {
            PyUtil.callMethod(file, "write", s);
        }
    }

    static PException unsupported(String m) {
        return IoErrors.unsupported(m);
    }
}
