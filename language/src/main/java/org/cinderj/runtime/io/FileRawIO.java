package org.cinderj.runtime.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** An OS file opened by {@code open()} / {@code os.open}. */
public final class FileRawIO implements RawIO {
    private final FileChannel channel;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;
    private final int fd;
    private boolean closed;

    public FileRawIO(FileChannel channel, boolean readable, boolean writable, boolean append, int fd) {
        this.channel = channel;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.fd = fd;
    }

    public static FileRawIO open(String path, boolean readable, boolean writable, boolean append, boolean truncate,
                    boolean create, boolean exclusive, int fd) throws IOException {
        java.util.Set<java.nio.file.OpenOption> opts = new java.util.HashSet<>();
        if (readable) {
            opts.add(java.nio.file.StandardOpenOption.READ);
        }
        if (writable) {
            opts.add(java.nio.file.StandardOpenOption.WRITE);
        }
        // Java refuses READ with APPEND ('a+'): then every write seeks to the end itself
        boolean emulateAppend = append && readable;
        if (append && !emulateAppend) {
            opts.add(java.nio.file.StandardOpenOption.APPEND);
        } else if (emulateAppend) {
            opts.add(java.nio.file.StandardOpenOption.WRITE);
        }
        if (truncate) {
            opts.add(java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (exclusive) {
            opts.add(java.nio.file.StandardOpenOption.CREATE_NEW);
        } else if (create) {
            opts.add(java.nio.file.StandardOpenOption.CREATE);
        }
        FileChannel ch = FileChannel.open(java.nio.file.Path.of(path), opts);
        if (append) {
            ch.position(ch.size());
        }
        return new FileRawIO(ch, readable, writable, append, fd);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return channel.read(ByteBuffer.wrap(b, off, len));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (append && readable) {
            channel.position(channel.size());
        }
        ByteBuffer buf = ByteBuffer.wrap(b, off, len);
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            channel.close();
        }
    }

    @Override
    public boolean readable() {
        return readable;
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public boolean seekable() {
        return true;
    }

    @Override
    public long seek(long pos, int whence) throws IOException {
        long target = switch (whence) {
            case 1 -> channel.position() + pos;
            case 2 -> channel.size() + pos;
            default -> pos;
        };
        if (target < 0) {
            throw new IOException("Invalid argument");
        }
        channel.position(target);
        return target;
    }

    @Override
    public long tell() throws IOException {
        return channel.position();
    }

    @Override
    public void truncate(long size) throws IOException {
        if (size < channel.size()) {
            channel.truncate(size);
        } else if (size > channel.size()) {
            long p = channel.position();
            channel.write(ByteBuffer.wrap(new byte[]{0}), size - 1);
            channel.position(p);
        }
    }

    @Override
    public boolean isatty() {
        return false;
    }

    @Override
    public int fileno() {
        return fd;
    }

    public boolean isAppend() {
        return append;
    }

    /** Unused helper kept for RandomAccessFile users. */
    static FileChannel channelOf(RandomAccessFile f) {
        return f.getChannel();
    }
}
