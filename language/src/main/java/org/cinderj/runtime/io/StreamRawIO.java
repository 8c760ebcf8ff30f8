package org.cinderj.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A standard stream (stdin/stdout/stderr) of the context. Not seekable. */
public final class StreamRawIO implements RawIO {
    private final InputStream in;
    private final OutputStream out;
    private final int fd;
    private final boolean tty;

    public StreamRawIO(InputStream in, OutputStream out, int fd, boolean tty) {
        this.in = in;
        this.out = out;
        this.fd = fd;
        this.tty = tty;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return in.read(b, off, len);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    @Override
    public boolean readable() {
        return in != null;
    }

    @Override
    public boolean writable() {
        return out != null;
    }

    @Override
    public boolean seekable() {
        return false;
    }

    @Override
    public long seek(long pos, int whence) throws IOException {
        throw new IOException("Illegal seek");
    }

    @Override
    public long tell() throws IOException {
        throw new IOException("Illegal seek");
    }

    @Override
    public void truncate(long size) throws IOException {
        throw new IOException("Invalid argument");
    }

    @Override
    public boolean isatty() {
        return tty;
    }

    @Override
    public int fileno() {
        return fd;
    }
}
