package org.cinderj.runtime.io;

import java.io.IOException;

/** A byte-level stream under the Python file objects: a standard stream or an OS file. */
public interface RawIO {
    /** Reads up to len bytes; returns -1 at end of file. */
    int read(byte[] b, int off, int len) throws IOException;

    void write(byte[] b, int off, int len) throws IOException;

    void flush() throws IOException;

    void close() throws IOException;

    boolean readable();

    boolean writable();

    boolean seekable();

    /** whence: 0 start, 1 current, 2 end. Returns the new position. */
    long seek(long pos, int whence) throws IOException;

    long tell() throws IOException;

    void truncate(long size) throws IOException;

    boolean isatty();

    int fileno();
}
