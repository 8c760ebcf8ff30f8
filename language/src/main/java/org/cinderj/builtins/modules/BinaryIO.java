package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;
import static org.cinderj.builtins.modules.PyUtil.absent;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.bytes.PByteArray;
import org.cinderj.runtime.bytes.PBytes;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.io.IoErrors;
import org.cinderj.runtime.io.PIOBase;
import org.cinderj.runtime.io.RawIO;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** Binary streams: FileIO, BytesIO, BufferedReader/Writer/Random/RWPair. */
final class BinaryIO {
    private BinaryIO() {
    }

    /** Connects binary I/O to the bytes implementation. */
    interface BytesBridge {
        boolean isBytes(Object o);

        byte[] toBytes(Object o);

        Object fromBytes(byte[] b);
    }

    static volatile BytesBridge bridge = new BytesBridge() {
        @Override
        public boolean isBytes(Object o) {
            return o instanceof PBytes;
        }

        @Override
        public byte[] toBytes(Object o) {
            return ((PBytes) o).getBytes();
        }

        @Override
        public Object fromBytes(byte[] b) {
            return BytesOps.newBytes(b);
        }
    };

    // ================================================================== objects

    /** {@code _io.FileIO}: a raw stream over an OS file. */
    static final class PFileIO extends PIOBase {
        RawIO raw;
        Object name = NONE;
        String mode = "rb";
        boolean closefd = true;
        boolean readable;
        boolean writable;
        boolean appending;

        PFileIO(PythonClass cls) {
            super(cls);
        }
    }

    /** {@code _io.BytesIO}. */
    static final class PBytesIO extends PIOBase {
        byte[] buf = new byte[0];
        int len;
        int pos;

        PBytesIO(PythonClass cls) {
            super(cls);
        }

        void ensure(int n) {
            if (n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2 + 16));
            }
        }
    }

    /** {@code _io.BufferedReader/Writer/Random}. */
    static final class PBuffered extends PIOBase {
        Object raw = NONE;
        boolean ok;
        boolean detached;
        boolean canRead;
        boolean canWrite;
        int bufferSize = (int) IoModule.DEFAULT_BUFFER_SIZE;
        byte[] rbuf = new byte[0];
        int rpos;
        int rlen;
        final ByteArrayOutputStream wbuf = new ByteArrayOutputStream();

        PBuffered(PythonClass cls) {
            super(cls);
        }

        int available() {
            return rlen - rpos;
        }
    }

    // ================================================================== helpers

    static boolean isBytes(Object o) {
        BytesBridge b = bridge;
        return b != null && b.isBytes(o);
    }

    static String decodeFsPath(Object o) {
        return new String(BytesOps.requireBytesLike(o), java.nio.charset.StandardCharsets.UTF_8);
    }

    static Object emptyBytes() {
        return PBytes.EMPTY;
    }

    static PBytes bytes(byte[] b, int off, int len) {
        return BytesOps.newBytes(Arrays.copyOfRange(b, off, off + len));
    }

    static byte[] bytesLike(Object o) {
        byte[] b = BytesOps.bytesIfBytesLike(o);
        if (b == null) {
            throw PythonErrors.typeError("a bytes-like object is required, not '%s'", PyUtil.typeName(o));
        }
        return b;
    }

    static PythonContext ctx() {
        return PythonContext.get(null);
    }

    static long sizeArg(Object o) {
        if (absent(o)) {
            return -1;
        }
        if (!PyUtil.isInt(o) && PyOps.lookupSpecial(o, "__index__") == null) {
            throw PythonErrors.typeError("argument should be integer or None, not '%s'", PyUtil.typeName(o));
        }
        return PyUtil.toLong(o);
    }

    static PException io(IOException e, Object name) {
        return IoErrors.fromJava(e, name);
    }

    // ================================================================== open() support

    @TruffleBoundary
    static Object wrapBinary(RawIO raw, Object name, String mode, boolean reading, boolean writing, boolean updating, long buffering,
                    boolean closefd) {
        PFileIO f = fileIO(raw, name, mode, reading, writing, updating, closefd);
        if (buffering == 0) {
            return f;
        }
        PythonClass cls = updating ? IoModule.BUFFERED_RANDOM : writing ? IoModule.BUFFERED_WRITER : IoModule.BUFFERED_READER;
        PBuffered b = new PBuffered(cls);
        initBuffered(b, f, buffering > 1 ? buffering : IoModule.DEFAULT_BUFFER_SIZE);
        return b;
    }

    private static PFileIO fileIO(RawIO raw, Object name, String mode, boolean reading, boolean writing, boolean updating, boolean closefd) {
        PFileIO f = new PFileIO(IoModule.FILEIO);
        f.raw = raw;
        f.name = name;
        f.closefd = closefd;
        f.readable = reading || updating;
        f.writable = writing || updating;
        f.appending = mode.indexOf('a') >= 0;
        f.mode = fileMode(mode.indexOf('x') >= 0, f.appending, f.readable, f.writable);
        return f;
    }

    static String fileMode(boolean created, boolean appending, boolean readable, boolean writable) {
        if (created) {
            return readable ? "xb+" : "xb";
        } else if (appending) {
            return readable ? "ab+" : "ab";
        } else if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    @TruffleBoundary
    static Object bufferFor(RawIO raw, Object name, String mode, boolean reading, boolean writing, boolean updating) {
        PFileIO f = fileIO(raw, name, mode.replace("t", "") + (mode.contains("b") ? "" : "b"), reading, writing, updating, true);
        PythonClass cls = updating ? IoModule.BUFFERED_RANDOM : writing ? IoModule.BUFFERED_WRITER : IoModule.BUFFERED_READER;
        PBuffered b = new PBuffered(cls);
        initBuffered(b, f, IoModule.DEFAULT_BUFFER_SIZE);
        return b;
    }

    /** sys.stdin/stdout/stderr.buffer: a buffered stream over the standard stream that never closes it. */
    @TruffleBoundary
    static Object stdBuffer(RawIO raw, String name, boolean writing) {
        PFileIO f = fileIO(raw, name, writing ? "wb" : "rb", !writing, writing, false, false);
        PBuffered b = new PBuffered(writing ? IoModule.BUFFERED_WRITER : IoModule.BUFFERED_READER);
        initBuffered(b, f, IoModule.DEFAULT_BUFFER_SIZE);
        return b;
    }

    /** A RawIO view of a Python binary buffer object (for TextIOWrapper(buffer)). */
    @TruffleBoundary
    static RawIO rawFromBuffer(Object buffer) {
        return new BufferAdapter(buffer);
    }

    static final class BufferAdapter implements RawIO {
        final Object buffer;

        BufferAdapter(Object buffer) {
            this.buffer = buffer;
        }

        private boolean bool(String m) {
            try {
                return PyUtil.truthy(PyUtil.callMethod(buffer, m));
            } catch (PException e) {
                return false;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Object r = PyOps.lookupAttribute(buffer, "read1") != null ? PyUtil.callMethod(buffer, "read1", (long) len)
                            : PyUtil.callMethod(buffer, "read", (long) len);
            if (r == NONE) {
                return 0;
            }
            byte[] data = BytesOps.bytesIfBytesLike(r);
            if (data == null) {
                throw PythonErrors.typeError("underlying read1() should have returned a bytes-like object, not '%s'", PyUtil.typeName(r));
            }
            if (data.length == 0) {
                return -1;
            }
            int n = Math.min(len, data.length);
            System.arraycopy(data, 0, b, off, n);
            return n;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            PyUtil.callMethod(buffer, "write", bytes(b, off, len));
        }

        @Override
        public void flush() {
            PyUtil.callMethod(buffer, "flush");
        }

        @Override
        public void close() {
            PyUtil.callMethod(buffer, "close");
        }

        @Override
        public boolean readable() {
            return bool("readable");
        }

        @Override
        public boolean writable() {
            return bool("writable");
        }

        @Override
        public boolean seekable() {
            return bool("seekable");
        }

        @Override
        public long seek(long pos, int whence) {
            return PyUtil.toLong(PyUtil.callMethod(buffer, "seek", pos, (long) whence));
        }

        @Override
        public long tell() {
            return PyUtil.toLong(PyUtil.callMethod(buffer, "tell"));
        }

        @Override
        public void truncate(long size) {
            PyUtil.callMethod(buffer, "truncate", size);
        }

        @Override
        public boolean isatty() {
            return bool("isatty");
        }

        @Override
        public int fileno() {
            try {
                return PyUtil.toInt(PyUtil.callMethod(buffer, "fileno"));
            } catch (PException e) {
                return -1;
            }
        }
    }

    // ================================================================== FileIO

    static PFileIO fio(Object self) {
        if (self instanceof PFileIO f) {
            return f;
        }
        throw PythonErrors.typeError("descriptor requires a '_io.FileIO' object but received a '%s'", PyUtil.typeName(self));
    }

    static PFileIO openFio(Object self) {
        PFileIO f = fio(self);
        if (f.closed || f.raw == null) {
            throw PythonErrors.valueError("I/O operation on closed file");
        }
        return f;
    }

    private static void defineFileIO() {
        PythonClass c = IoModule.FILEIO;
        PyUtil.constructor(c, "(cls, *args, **kwargs)", a -> new PFileIO(PyUtil.checkClass(a[0], IoModule.FILEIO)));
        PyUtil.method(c, "__init__", "(self, file, mode='r', closefd=True, opener=None)", a -> {
            PFileIO f = fio(a[0]);
            String mode = PyUtil.str(a[2], "FileIO() argument 'mode'");
            boolean rd = false, wr = false, ap = false, cr = false, plus = false;
            int kinds = 0;
            for (char ch : mode.toCharArray()) {
                switch (ch) {
                    case 'r' -> {
                        rd = true;
                        kinds++;
                    }
                    case 'w' -> {
                        wr = true;
                        kinds++;
                    }
                    case 'a' -> {
                        ap = true;
                        kinds++;
                    }
                    case 'x' -> {
                        cr = true;
                        kinds++;
                    }
                    case '+' -> {
                        if (plus) {
                            throw PythonErrors.valueError("invalid mode: %s", mode);
                        }
                        plus = true;
                    }
                    case 'b' -> {
                    }
                    default -> throw PythonErrors.valueError("invalid mode: %s", mode);
                }
            }
            if (kinds != 1) {
                throw PythonErrors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
            }
            boolean closefd = PyUtil.truthy(a[3]);
            RawIO raw = IoModule.openRaw(a[1], rd || plus, wr || ap || cr || plus, ap, wr, cr, closefd, a[4]);
            f.raw = raw;
            f.name = a[1];
            f.closefd = closefd;
            f.readable = rd || plus;
            f.writable = wr || ap || cr || plus;
            f.appending = ap;
            f.mode = fileMode(cr, ap, f.readable, f.writable);
            f.closed = false;
            if (ap && raw.seekable()) {
                try {
                    raw.seek(0, 2);
                } catch (IOException e) {
                    throw io(e, a[1]);
                }
            }
            return NONE;
        });
        PyUtil.method(c, "read", "(self, size=-1, /)", a -> {
            PFileIO f = openFio(a[0]);
            checkReadable(f);
            long n = sizeArg(a[1]);
            if (n < 0) {
                return readAll(f);
            }
            byte[] b = new byte[(int) Math.min(n, Integer.MAX_VALUE - 16)];
            try {
                int r = b.length == 0 ? 0 : f.raw.read(b, 0, b.length);
                return r <= 0 ? PBytes.EMPTY : bytes(b, 0, r);
            } catch (IOException e) {
                throw io(e, f.name);
            }
        });
        PyUtil.method(c, "readall", "(self)", a -> {
            PFileIO f = openFio(a[0]);
            checkReadable(f);
            return readAll(f);
        });
        PyUtil.method(c, "readinto", "(self, buffer, /)", a -> {
            PFileIO f = openFio(a[0]);
            checkReadable(f);
            BytesOps.WritableRegion ba = BytesOps.writableRegion(a[1]);
            if (ba == null) {
                throw PythonErrors.typeError("readinto() argument must be read-write bytes-like object, not %s", PyUtil.typeName(a[1]));
            }
            try {
                int r = ba.length() == 0 ? 0 : f.raw.read(ba.array(), ba.offset(), ba.length());
                return (long) Math.max(r, 0);
            } catch (IOException e) {
                throw io(e, f.name);
            }
        });
        PyUtil.method(c, "write", "(self, b, /)", a -> {
            PFileIO f = openFio(a[0]);
            if (!f.writable) {
                throw IoErrors.unsupported("File not open for writing");
            }
            byte[] b = bytesLike(a[1]);
            try {
                f.raw.write(b, 0, b.length);
                f.raw.flush();
            } catch (IOException e) {
                throw io(e, f.name);
            }
            return (long) b.length;
        });
        PyUtil.method(c, "seek", "(self, pos, whence=0, /)", a -> {
            PFileIO f = openFio(a[0]);
            try {
                return f.raw.seek(PyUtil.toLong(a[1]), PyUtil.toInt(a[2]));
            } catch (IOException e) {
                throw io(e, f.name);
            }
        });
        PyUtil.method(c, "tell", "(self)", a -> {
            PFileIO f = openFio(a[0]);
            try {
                return f.raw.tell();
            } catch (IOException e) {
                throw io(e, f.name);
            }
        });
        PyUtil.method(c, "truncate", "(self, size=None, /)", a -> {
            PFileIO f = openFio(a[0]);
            if (!f.writable) {
                throw IoErrors.unsupported("File not open for writing");
            }
            try {
                long size = absent(a[1]) ? f.raw.tell() : PyUtil.toLong(a[1]);
                f.raw.truncate(size);
                return size;
            } catch (IOException e) {
                throw io(e, f.name);
            }
        });
        PyUtil.method(c, "close", "(self)", a -> {
            PFileIO f = fio(a[0]);
            if (!f.closed && f.raw != null) {
                f.closed = true;
                if (f.closefd) {
                    try {
                        f.raw.close();
                    } catch (IOException e) {
                        throw io(e, f.name);
                    }
                }
            }
            f.closed = true;
            return NONE;
        });
        PyUtil.method(c, "flush", "(self)", a -> {
            openFio(a[0]);
            return NONE;
        });
        PyUtil.method(c, "fileno", "(self)", a -> (long) openFio(a[0]).raw.fileno());
        PyUtil.method(c, "isatty", "(self)", a -> openFio(a[0]).raw.isatty());
        PyUtil.method(c, "readable", "(self)", a -> openFio(a[0]).readable);
        PyUtil.method(c, "writable", "(self)", a -> openFio(a[0]).writable);
        PyUtil.method(c, "seekable", "(self)", a -> openFio(a[0]).raw.seekable());
        BuiltinDef.getter(c, "closed", self -> fio(self).closed || fio(self).raw == null);
        BuiltinDef.getter(c, "closefd", self -> fio(self).closefd);
        BuiltinDef.getter(c, "mode", self -> fio(self).mode);
        BuiltinDef.getSet(c, "name", self -> fio(self).name, (self, v) -> fio(self).name = v);
        BuiltinDef.getter(c, "_blksize", self -> IoModule.DEFAULT_BUFFER_SIZE);
        PyUtil.method(c, "__repr__", "(self)", a -> {
            PFileIO f = fio(a[0]);
            String cls = "_io.FileIO";
            if (f.closed || f.raw == null) {
                return "<" + cls + " [closed]>";
            }
            return "<" + cls + " name=" + PyOps.repr(f.name) + " mode='" + f.mode + "' closefd=" + (f.closefd ? "True" : "False") + ">";
        });
    }

    private static void checkReadable(PFileIO f) {
        if (!f.readable) {
            throw IoErrors.unsupported("File not open for reading");
        }
    }

    @TruffleBoundary
    static PBytes readAll(PFileIO f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        try {
            int n;
            while ((n = f.raw.read(chunk, 0, chunk.length)) > 0) {
                out.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw io(e, f.name);
        }
        return BytesOps.newBytes(out.toByteArray());
    }

    // ================================================================== BytesIO

    static PBytesIO bio(Object self) {
        if (self instanceof PBytesIO b) {
            if (b.closed) {
                throw PythonErrors.valueError("I/O operation on closed file.");
            }
            return b;
        }
        throw PythonErrors.typeError("descriptor requires a '_io.BytesIO' object but received a '%s'", PyUtil.typeName(self));
    }

    static int readlineLen(byte[] buf, int pos, int len, long limit) {
        int end = len;
        if (limit >= 0 && limit < end - pos) {
            end = (int) (pos + limit);
        }
        for (int i = pos; i < end; i++) {
            if (buf[i] == '\n') {
                return i + 1 - pos;
            }
        }
        return Math.max(end - pos, 0);
    }

    private static void defineBytesIO() {
        PythonClass c = IoModule.BYTESIO;
        PyUtil.constructor(c, "(cls, *args, **kwargs)", a -> new PBytesIO(PyUtil.checkClass(a[0], IoModule.BYTESIO)));
        PyUtil.method(c, "__init__", "(self, initial_bytes=None)", a -> {
            PBytesIO b = (PBytesIO) a[0];
            b.closed = false;
            byte[] init = absent(a[1]) ? new byte[0] : bytesLike(a[1]);
            b.buf = init.clone();
            b.len = init.length;
            b.pos = 0;
            return NONE;
        });
        PyUtil.method(c, "getvalue", "(self)", a -> {
            PBytesIO b = bio(a[0]);
            return bytes(b.buf, 0, b.len);
        });
        PyUtil.method(c, "read", "(self, size=-1, /)", a -> bioRead(bio(a[0]), sizeArg(a[1])));
        PyUtil.method(c, "read1", "(self, size=-1, /)", a -> bioRead(bio(a[0]), sizeArg(a[1])));
        PyUtil.method(c, "readline", "(self, size=-1, /)", a -> {
            PBytesIO b = bio(a[0]);
            int n = readlineLen(b.buf, b.pos, b.len, sizeArg(a[1]));
            PBytes r = bytes(b.buf, Math.min(b.pos, b.len), n);
            b.pos += n;
            return r;
        });
        PyUtil.method(c, "readlines", "(self, size=None, /)", a -> {
            PBytesIO b = bio(a[0]);
            long hint = sizeArg(a[1]);
            PList out = new PList();
            long total = 0;
            while (b.pos < b.len) {
                int n = readlineLen(b.buf, b.pos, b.len, -1);
                out.append(bytes(b.buf, b.pos, n));
                b.pos += n;
                total += n;
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return out;
        });
        PyUtil.method(c, "readinto", "(self, buffer, /)", a -> {
            PBytesIO b = bio(a[0]);
            BytesOps.WritableRegion ba = BytesOps.writableRegion(a[1]);
            if (ba == null) {
                throw PythonErrors.typeError("readinto() argument must be read-write bytes-like object, not %s", PyUtil.typeName(a[1]));
            }
            int n = Math.max(0, Math.min(ba.length(), b.len - b.pos));
            System.arraycopy(b.buf, b.pos, ba.array(), ba.offset(), n);
            b.pos += n;
            return (long) n;
        });
        PyUtil.method(c, "write", "(self, b, /)", a -> {
            PBytesIO b = bio(a[0]);
            byte[] data = bytesLike(a[1]);
            bioWrite(b, data);
            return (long) data.length;
        });
        PyUtil.method(c, "writelines", "(self, lines, /)", a -> {
            PBytesIO b = bio(a[0]);
            Object it = PyOps.getIter(a[1]);
            Object x;
            while ((x = PyOps.next(it)) != null) {
                bioWrite(b, bytesLike(x));
            }
            return NONE;
        });
        PyUtil.method(c, "seek", "(self, pos, whence=0, /)", a -> {
            PBytesIO b = bio(a[0]);
            long pos = PyUtil.toLong(a[1]);
            int whence = PyUtil.toInt(a[2]);
            if (whence == 0) {
                if (pos < 0) {
                    throw PythonErrors.valueError("negative seek value %d", pos);
                }
            } else if (whence == 1) {
                pos = Math.max(0, b.pos + pos);
            } else if (whence == 2) {
                pos = Math.max(0, b.len + pos);
            } else {
                throw PythonErrors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
            }
            b.pos = (int) Math.min(pos, Integer.MAX_VALUE - 16);
            return (long) b.pos;
        });
        PyUtil.method(c, "tell", "(self)", a -> (long) bio(a[0]).pos);
        PyUtil.method(c, "truncate", "(self, size=None, /)", a -> {
            PBytesIO b = bio(a[0]);
            long size = absent(a[1]) ? b.pos : PyUtil.toLong(a[1]);
            if (size < 0) {
                throw PythonErrors.valueError("negative size value %d", size);
            }
            if (size < b.len) {
                b.len = (int) size;
            }
            return size;
        });
        PyUtil.method(c, "getbuffer", "(self)", a -> {
            PBytesIO b = bio(a[0]);
            return new PByteArray(Arrays.copyOf(b.buf, b.len));
        });
        for (String n : new String[]{"readable", "writable", "seekable"}) {
            PyUtil.method(c, n, "(self)", a -> {
                bio(a[0]);
                return true;
            });
        }
        PyUtil.method(c, "isatty", "(self)", a -> {
            bio(a[0]);
            return false;
        });
        PyUtil.method(c, "flush", "(self)", a -> {
            bio(a[0]);
            return NONE;
        });
        PyUtil.method(c, "close", "(self)", a -> {
            ((PBytesIO) a[0]).closed = true;
            return NONE;
        });
        BuiltinDef.getter(c, "closed", self -> ((PBytesIO) self).closed);
        PyUtil.method(c, "__next__", "(self)", a -> {
            PBytesIO b = bio(a[0]);
            int n = readlineLen(b.buf, b.pos, b.len, -1);
            if (n == 0) {
                throw PythonErrors.stopIteration(null);
            }
            PBytes r = bytes(b.buf, b.pos, n);
            b.pos += n;
            return r;
        });
        PyUtil.method(c, "__getstate__", "(self)", a -> {
            PBytesIO b = bio(a[0]);
            return PyUtil.tuple(bytes(b.buf, 0, b.len), (long) b.pos, NONE);
        });
    }

    static PBytes bioRead(PBytesIO b, long size) {
        int avail = Math.max(0, b.len - b.pos);
        int n = size < 0 ? avail : (int) Math.min(size, avail);
        PBytes r = bytes(b.buf, Math.min(b.pos, b.len), n);
        b.pos += n;
        return r;
    }

    static void bioWrite(PBytesIO b, byte[] data) {
        int end = b.pos + data.length;
        b.ensure(end);
        if (b.pos > b.len) {
            Arrays.fill(b.buf, b.len, b.pos, (byte) 0);
        }
        System.arraycopy(data, 0, b.buf, b.pos, data.length);
        b.pos = end;
        b.len = Math.max(b.len, end);
    }

    // ================================================================== Buffered*

    static PBuffered buf(Object self) {
        if (self instanceof PBuffered b) {
            if (b.detached) {
                throw PythonErrors.valueError("raw stream has been detached");
            }
            if (!b.ok) {
                throw PythonErrors.valueError("I/O operation on uninitialized object");
            }
            return b;
        }
        throw PythonErrors.typeError("descriptor requires a buffered I/O object but received a '%s'", PyUtil.typeName(self));
    }

    static void initBuffered(PBuffered b, Object raw, long bufferSize) {
        if (bufferSize <= 0) {
            throw PythonErrors.valueError("buffer size must be strictly positive");
        }
        b.raw = raw;
        b.ok = true;
        b.detached = false;
        b.bufferSize = (int) Math.min(bufferSize, 1 << 24);
        PythonClass cls = ((PythonObject) b).getPythonClass();
        b.canRead = cls.isSubclassOf(IoModule.BUFFERED_READER) || cls.isSubclassOf(IoModule.BUFFERED_RANDOM);
        b.canWrite = cls.isSubclassOf(IoModule.BUFFERED_WRITER) || cls.isSubclassOf(IoModule.BUFFERED_RANDOM);
        b.closed = false;
    }

    /** A direct Java path to the raw file when the raw object is a plain FileIO. */
    private static PFileIO directRaw(PBuffered b) {
        if (b.raw instanceof PFileIO f && f.getPythonClass() == IoModule.FILEIO) {
            if (f.closed || f.raw == null) {
                throw PythonErrors.valueError("I/O operation on closed file.");
            }
            return f;
        }
        return null;
    }

    /** Reads at most len bytes from the raw stream; -1 at EOF, -2 when it would block (None). */
    @TruffleBoundary
    static int rawRead(PBuffered b, byte[] dst, int off, int len) {
        PFileIO f = directRaw(b);
        if (f != null) {
            if (!f.readable) {
                throw IoErrors.unsupported("File not open for reading");
            }
            try {
                int n = f.raw.read(dst, off, len);
                return n <= 0 ? -1 : n;
            } catch (IOException e) {
                throw io(e, f.name);
            }
        }
        Object r = PyUtil.callMethod(b.raw, "read", (long) len);
        if (r == NONE) {
            return -2;
        }
        byte[] data = bytesLike(r);
        if (data.length > len) {
            throw IoErrors.oserror(0, "raw readinto() returned invalid length " + data.length + " (should have been between 0 and " + len + ")", null);
        }
        if (data.length == 0) {
            return -1;
        }
        System.arraycopy(data, 0, dst, off, data.length);
        return data.length;
    }

    @TruffleBoundary
    static void rawWrite(PBuffered b, byte[] data, int off, int len) {
        PFileIO f = directRaw(b);
        if (f != null) {
            if (!f.writable) {
                throw IoErrors.unsupported("File not open for writing");
            }
            try {
                f.raw.write(data, off, len);
                f.raw.flush();
            } catch (IOException e) {
                throw io(e, f.name);
            }
            return;
        }
        int done = 0;
        while (done < len) {
            Object r = PyUtil.callMethod(b.raw, "write", bytes(data, off + done, len - done));
            if (r == NONE) {
                throw PythonErrors.raise(BuiltinTypes.BLOCKING_IO_ERROR, "write could not complete without blocking");
            }
            long n = PyUtil.toLong(r);
            if (n < 0 || n > len - done) {
                throw IoErrors.oserror(0, "raw write() returned invalid length " + n + " (should have been between 0 and " + (len - done) + ")", null);
            }
            done += (int) n;
        }
    }

    static long rawSeek(PBuffered b, long pos, int whence) {
        PFileIO f = directRaw(b);
        if (f != null) {
            try {
                return f.raw.seek(pos, whence);
            } catch (IOException e) {
                throw io(e, f.name);
            }
        }
        long r = PyUtil.toLong(PyUtil.callMethod(b.raw, "seek", pos, (long) whence));
        if (r < 0) {
            throw IoErrors.oserror(0, "Raw stream returned invalid position " + r, null);
        }
        return r;
    }

    static long rawTell(PBuffered b) {
        PFileIO f = directRaw(b);
        if (f != null) {
            try {
                return f.raw.tell();
            } catch (IOException e) {
                throw io(e, f.name);
            }
        }
        long r = PyUtil.toLong(PyUtil.callMethod(b.raw, "tell"));
        if (r < 0) {
            throw IoErrors.oserror(0, "Raw stream returned invalid position " + r, null);
        }
        return r;
    }

    static boolean rawClosed(PBuffered b) {
        if (b.raw instanceof PFileIO f && f.getPythonClass() == IoModule.FILEIO) {
            return f.closed || f.raw == null;
        }
        return PyUtil.truthy(PyOps.getAttribute(b.raw, "closed"));
    }

    static void checkOpen(PBuffered b) {
        if (rawClosed(b)) {
            throw PythonErrors.valueError("I/O operation on closed file.");
        }
    }

    static void checkOpenForRead(PBuffered b) {
        if (rawClosed(b)) {
            throw PythonErrors.valueError("read of closed file");
        }
    }

    @TruffleBoundary
    static void flushWrites(PBuffered b) {
        if (b.wbuf.size() > 0) {
            byte[] data = b.wbuf.toByteArray();
            b.wbuf.reset();
            rawWrite(b, data, 0, data.length);
        }
    }

    /** Before a write or seek on a random-access stream: give back the read-ahead. */
    static void dropReadAhead(PBuffered b) {
        int avail = b.available();
        if (avail > 0) {
            rawSeek(b, -avail, 1);
        }
        b.rpos = b.rlen = 0;
    }

    /** Fills the (empty) read buffer; returns false at EOF (or would-block). */
    static boolean fill(PBuffered b) {
        if (b.rbuf.length < b.bufferSize) {
            b.rbuf = new byte[b.bufferSize];
        }
        int n = rawRead(b, b.rbuf, 0, b.bufferSize);
        b.rpos = 0;
        b.rlen = Math.max(n, 0);
        return n > 0;
    }

    private static void checkReadable(PBuffered b) {
        if (!b.canRead) {
            throw IoErrors.unsupported("read");
        }
    }

    @TruffleBoundary
    static PBytes bufRead(PBuffered b, long size, boolean one) {
        checkReadable(b);
        checkOpenForRead(b);
        if (b.canWrite) {
            flushWrites(b);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (size < 0) {
            out.write(b.rbuf, b.rpos, b.available());
            b.rpos = b.rlen = 0;
            byte[] chunk = new byte[Math.max(b.bufferSize, 65536)];
            int n;
            while ((n = rawRead(b, chunk, 0, chunk.length)) > 0) {
                out.write(chunk, 0, n);
            }
            return BytesOps.newBytes(out.toByteArray());
        }
        if (size == 0) {
            return PBytes.EMPTY;
        }
        if (one) {
            if (b.available() == 0) {
                fill(b);
            }
            int n = (int) Math.min(size, b.available());
            PBytes r = bytes(b.rbuf, b.rpos, n);
            b.rpos += n;
            return r;
        }
        long need = size;
        while (need > 0) {
            if (b.available() == 0 && !fill(b)) {
                break;
            }
            int n = (int) Math.min(need, b.available());
            out.write(b.rbuf, b.rpos, n);
            b.rpos += n;
            need -= n;
        }
        return BytesOps.newBytes(out.toByteArray());
    }

    @TruffleBoundary
    static PBytes bufReadline(PBuffered b, long limit) {
        checkReadable(b);
        checkOpenForRead(b);
        if (b.canWrite) {
            flushWrites(b);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (b.available() == 0 && !fill(b)) {
                break;
            }
            long room = limit < 0 ? -1 : limit - out.size();
            int n = readlineLen(b.rbuf, b.rpos, b.rlen, room);
            out.write(b.rbuf, b.rpos, n);
            b.rpos += n;
            if (b.rbuf[b.rpos - 1] == '\n') {
                break;
            }
        }
        return BytesOps.newBytes(out.toByteArray());
    }

    @TruffleBoundary
    static long bufWrite(PBuffered b, byte[] data) {
        if (!b.canWrite) {
            throw IoErrors.unsupported("write");
        }
        if (rawClosed(b)) {
            throw PythonErrors.valueError("write to closed file");
        }
        if (b.canRead && b.available() > 0) {
            dropReadAhead(b);
        }
        b.rpos = b.rlen = 0;
        b.wbuf.write(data, 0, data.length);
        if (b.wbuf.size() >= b.bufferSize) {
            flushWrites(b);
        }
        return data.length;
    }

    private static void defineBuffered() {
        for (PythonClass c : new PythonClass[]{IoModule.BUFFERED_READER, IoModule.BUFFERED_WRITER, IoModule.BUFFERED_RANDOM}) {
            PyUtil.constructor(c, "(cls, *args, **kwargs)", a -> new PBuffered(PyUtil.checkClass(a[0], c)));
            PyUtil.method(c, "__init__", "(self, raw, buffer_size=8192)", a -> {
                if (!(a[0] instanceof PBuffered b)) {
                    throw PythonErrors.typeError("descriptor '__init__' requires a buffered object");
                }
                if (c != IoModule.BUFFERED_WRITER && !PyUtil.truthy(PyUtil.callMethod(a[1], "readable"))) {
                    throw IoErrors.unsupported("File or stream is not readable.");
                }
                if (c != IoModule.BUFFERED_READER && !PyUtil.truthy(PyUtil.callMethod(a[1], "writable"))) {
                    throw IoErrors.unsupported("File or stream is not writable.");
                }
                if (c == IoModule.BUFFERED_RANDOM && !PyUtil.truthy(PyUtil.callMethod(a[1], "seekable"))) {
                    throw IoErrors.unsupported("File or stream is not seekable.");
                }
                initBuffered(b, a[1], PyUtil.toLong(a[2]));
                return NONE;
            });
            PyUtil.method(c, "read", "(self, size=-1, /)", a -> bufRead(buf(a[0]), sizeArg(a[1]), false));
            PyUtil.method(c, "read1", "(self, size=-1, /)", a -> {
                PBuffered b = buf(a[0]);
                long n = sizeArg(a[1]);
                return bufRead(b, n < 0 ? b.bufferSize : n, true);
            });
            PyUtil.method(c, "peek", "(self, size=0, /)", a -> {
                PBuffered b = buf(a[0]);
                checkReadable(b);
                checkOpen(b);
                if (b.canWrite) {
                    flushWrites(b);
                }
                if (b.available() == 0) {
                    fill(b);
                }
                return bytes(b.rbuf, b.rpos, b.available());
            });
            PyUtil.method(c, "readline", "(self, size=-1, /)", a -> bufReadline(buf(a[0]), sizeArg(a[1])));
            PyUtil.method(c, "__next__", "(self)", a -> {
                PBytes line = bufReadline(buf(a[0]), -1);
                if (line.length() == 0) {
                    throw PythonErrors.stopIteration(null);
                }
                return line;
            });
            PyUtil.method(c, "readinto", "(self, buffer, /)", a -> {
                PBuffered b = buf(a[0]);
                BytesOps.WritableRegion ba = BytesOps.writableRegion(a[1]);
                if (ba == null) {
                    throw PythonErrors.typeError("readinto() argument must be read-write bytes-like object, not %s", PyUtil.typeName(a[1]));
                }
                PBytes r = bufRead(b, ba.length(), false);
                System.arraycopy(r.getBytes(), 0, ba.array(), ba.offset(), r.length());
                return (long) r.length();
            });
            PyUtil.method(c, "write", "(self, buffer, /)", a -> bufWrite(buf(a[0]), bytesLike(a[1])));
            PyUtil.method(c, "flush", "(self)", a -> {
                PBuffered b = buf(a[0]);
                if (b.canWrite) {
                    if (rawClosed(b)) {
                        throw PythonErrors.valueError("flush of closed file");
                    }
                    flushWrites(b);
                }
                return NONE;
            });
            PyUtil.method(c, "seek", "(self, target, whence=0, /)", a -> {
                PBuffered b = buf(a[0]);
                checkOpen(b);
                int whence = PyUtil.toInt(a[2]);
                if (whence < 0 || whence > 2) {
                    throw PythonErrors.valueError("whence value %d unsupported", whence);
                }
                long target = PyUtil.toLong(a[1]);
                if (b.canWrite) {
                    flushWrites(b);
                }
                if (whence == 1) {
                    target -= b.available();
                }
                b.rpos = b.rlen = 0;
                return rawSeek(b, target, whence);
            });
            PyUtil.method(c, "tell", "(self)", a -> {
                PBuffered b = buf(a[0]);
                long pos = rawTell(b) - b.available() + b.wbuf.size();
                return Math.max(pos, 0);
            });
            PyUtil.method(c, "truncate", "(self, pos=None, /)", a -> {
                PBuffered b = buf(a[0]);
                checkOpen(b);
                if (!b.canWrite) {
                    throw IoErrors.unsupported("truncate");
                }
                flushWrites(b);
                if (b.available() > 0) {
                    dropReadAhead(b);
                }
                Object pos = absent(a[1]) ? PyUtil.callMethod(a[0], "tell") : a[1];
                return PyUtil.callMethod(b.raw, "truncate", pos);
            });
            PyUtil.method(c, "close", "(self)", a -> {
                PBuffered b = buf(a[0]);
                if (rawClosed(b)) {
                    return NONE;
                }
                try {
                    if (b.canWrite) {
                        flushWrites(b);
                    }
                } finally {
                    b.closed = true;
                    PyUtil.callMethod(b.raw, "close");
                }
                return NONE;
            });
            PyUtil.method(c, "detach", "(self)", a -> {
                PBuffered b = buf(a[0]);
                if (b.canWrite) {
                    flushWrites(b);
                }
                Object r = b.raw;
                b.detached = true;
                return r;
            });
            PyUtil.method(c, "fileno", "(self)", a -> PyUtil.callMethod(buf(a[0]).raw, "fileno"));
            PyUtil.method(c, "isatty", "(self)", a -> PyUtil.callMethod(buf(a[0]).raw, "isatty"));
            PyUtil.method(c, "readable", "(self)", a -> {
                PBuffered b = buf(a[0]);
                return b.canRead && PyUtil.truthy(PyUtil.callMethod(b.raw, "readable"));
            });
            PyUtil.method(c, "writable", "(self)", a -> {
                PBuffered b = buf(a[0]);
                return b.canWrite && PyUtil.truthy(PyUtil.callMethod(b.raw, "writable"));
            });
            PyUtil.method(c, "seekable", "(self)", a -> PyUtil.callMethod(buf(a[0]).raw, "seekable"));
            BuiltinDef.getter(c, "raw", self -> buf(self).raw);
            BuiltinDef.getter(c, "closed", self -> rawClosed(buf(self)));
            BuiltinDef.getter(c, "name", self -> PyOps.getAttribute(buf(self).raw, "name"));
            BuiltinDef.getter(c, "mode", self -> PyOps.getAttribute(buf(self).raw, "mode"));
            PyUtil.method(c, "__repr__", "(self)", a -> {
                PBuffered b = buf(a[0]);
                String cls = "_io." + c.getName();
                Object name = PyOps.lookupAttribute(b.raw, "name");
                return name == null ? "<" + cls + ">" : "<" + cls + " name=" + PyOps.repr(name) + ">";
            });
        }
        definePair();
    }

    /** BufferedRWPair(reader, writer): attributes reader/writer, delegating. */
    private static void definePair() {
        PythonClass c = IoModule.BUFFERED_RWPAIR;
        PyUtil.constructor(c, "(cls, *args, **kwargs)", a -> new PythonObject(PyUtil.checkClass(a[0], c)));
        PyUtil.method(c, "__init__", "(self, reader, writer, buffer_size=8192, /)", a -> {
            if (!PyUtil.truthy(PyUtil.callMethod(a[1], "readable"))) {
                throw IoErrors.unsupported("\"reader\" argument must be readable.");
            }
            if (!PyUtil.truthy(PyUtil.callMethod(a[2], "writable"))) {
                throw IoErrors.unsupported("\"writer\" argument must be writable.");
            }
            PBuffered r = new PBuffered(IoModule.BUFFERED_READER);
            initBuffered(r, a[1], PyUtil.toLong(a[3]));
            PBuffered w = new PBuffered(IoModule.BUFFERED_WRITER);
            initBuffered(w, a[2], PyUtil.toLong(a[3]));
            PyUtil.setObjAttr((PythonObject) a[0], "_reader", r);
            PyUtil.setObjAttr((PythonObject) a[0], "_writer", w);
            return NONE;
        });
        for (String m : new String[]{"read", "read1", "peek", "readline", "readinto", "readable"}) {
            PyUtil.method(c, m, "(self, *args)", a -> PyUtil.call(PyOps.getAttribute(PyUtil.getObjAttr((PythonObject) a[0], "_reader"), m),
                            ((org.cinderj.runtime.tuple.PTuple) a[1]).getItems()));
        }
        for (String m : new String[]{"write", "flush", "writable"}) {
            PyUtil.method(c, m, "(self, *args)", a -> PyUtil.call(PyOps.getAttribute(PyUtil.getObjAttr((PythonObject) a[0], "_writer"), m),
                            ((org.cinderj.runtime.tuple.PTuple) a[1]).getItems()));
        }
        PyUtil.method(c, "isatty", "(self)", a -> PyUtil.truthy(PyUtil.callMethod(PyUtil.getObjAttr((PythonObject) a[0], "_writer"), "isatty")) ||
                        PyUtil.truthy(PyUtil.callMethod(PyUtil.getObjAttr((PythonObject) a[0], "_reader"), "isatty")));
        PyUtil.method(c, "close", "(self)", a -> {
            try {
                PyUtil.callMethod(PyUtil.getObjAttr((PythonObject) a[0], "_writer"), "close");
            } finally {
                PyUtil.callMethod(PyUtil.getObjAttr((PythonObject) a[0], "_reader"), "close");
            }
            return NONE;
        });
        BuiltinDef.getter(c, "closed", self -> PyOps.getAttribute(PyUtil.getObjAttr((PythonObject) self, "_writer"), "closed"));
    }

    static void define() {
        defineFileIO();
        defineBytesIO();
        defineBuffered();
    }
}
