package org.cinderj.builtins.modules;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.io.RawIO;
import org.cinderj.runtime.io.StreamRawIO;

/** Per-context emulated file descriptors: 0-2 are the standard streams, files get 3, 4, ... */
final class FdTable {
    private FdTable() {
    }

    private static final Map<PythonContext, Map<Integer, RawIO>> TABLES = new WeakHashMap<>();

    private static synchronized Map<Integer, RawIO> table(PythonContext ctx) {
        return TABLES.computeIfAbsent(ctx, c -> {
            Map<Integer, RawIO> m = new HashMap<>();
            m.put(0, new StreamRawIO(c.getStandardIn(), null, 0, false));
            m.put(1, new StreamRawIO(null, c.getStandardOut(), 1, false));
            m.put(2, new StreamRawIO(null, c.getStandardErr(), 2, false));
            return m;
        });
    }

    static synchronized RawIO get(PythonContext ctx, int fd) {
        return table(ctx).get(fd);
    }

    /** Registers a raw file and returns it wrapped so that fileno() answers its descriptor. */
    static synchronized RawIO register(PythonContext ctx, RawIO raw) {
        Map<Integer, RawIO> t = table(ctx);
        int fd = 3;
        while (t.containsKey(fd)) {
            fd++;
        }
        RawIO wrapped = new Registered(raw, fd, ctx);
        t.put(fd, wrapped);
        return wrapped;
    }

    static synchronized void remove(PythonContext ctx, int fd) {
        table(ctx).remove(fd);
    }

    /** Delegates to the file; closing frees the descriptor. */
    static final class Registered implements RawIO {
        final RawIO raw;
        final int fd;
        final PythonContext ctx;

        Registered(RawIO raw, int fd, PythonContext ctx) {
            this.raw = raw;
            this.fd = fd;
            this.ctx = ctx;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            return raw.read(b, off, len);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            raw.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            raw.flush();
        }

        @Override
        public void close() throws java.io.IOException {
            remove(ctx, fd);
            raw.close();
        }

        @Override
        public boolean readable() {
            return raw.readable();
        }

        @Override
        public boolean writable() {
            return raw.writable();
        }

        @Override
        public boolean seekable() {
            return raw.seekable();
        }

        @Override
        public long seek(long pos, int whence) throws java.io.IOException {
            return raw.seek(pos, whence);
        }

        @Override
        public long tell() throws java.io.IOException {
            return raw.tell();
        }

        @Override
        public void truncate(long size) throws java.io.IOException {
            raw.truncate(size);
        }

        @Override
        public boolean isatty() {
            return raw.isatty();
        }

        @Override
        public int fileno() {
            return fd;
        }
    }
}
