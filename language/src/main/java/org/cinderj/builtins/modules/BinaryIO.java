package org.cinderj.builtins.modules;

import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.io.RawIO;
import org.cinderj.runtime.object.PNone;

/**
 * Binary streams (FileIO, BytesIO, Buffered*). They need the {@code bytes} type; until it is
 * available the binary operations raise NotImplementedError. The bridge to the bytes type is
 * {@link BytesBridge}.
 */
final class BinaryIO {
    private BinaryIO() {
    }

    /** Connects binary I/O to the bytes implementation. */
    interface BytesBridge {
        boolean isBytes(Object o);

        byte[] toBytes(Object o);

        Object fromBytes(byte[] b);
    }

    static volatile BytesBridge bridge;

    static void define() {
        PyUtil.constructor(IoModule.FILEIO, "(cls, *args, **kwargs)", a -> {
            throw PythonErrors.notImplementedError("binary I/O is not available yet");
        });
        PyUtil.constructor(IoModule.BYTESIO, "(cls, *args, **kwargs)", a -> {
            throw PythonErrors.notImplementedError("binary I/O is not available yet");
        });
        for (var c : new org.cinderj.runtime.type.PythonClass[]{IoModule.BUFFERED_READER, IoModule.BUFFERED_WRITER, IoModule.BUFFERED_RANDOM,
                        IoModule.BUFFERED_RWPAIR}) {
            PyUtil.constructor(c, "(cls, *args, **kwargs)", a -> {
                throw PythonErrors.notImplementedError("binary I/O is not available yet");
            });
        }
    }

    static boolean isBytes(Object o) {
        BytesBridge b = bridge;
        return b != null && b.isBytes(o);
    }

    static String decodeFsPath(Object o) {
        return new String(bridge.toBytes(o), java.nio.charset.StandardCharsets.UTF_8);
    }

    static Object emptyBytes() {
        BytesBridge b = bridge;
        return b == null ? "" : b.fromBytes(new byte[0]);
    }

    static Object wrapBinary(RawIO raw, Object name, String mode, boolean reading, boolean writing, boolean updating, long buffering,
                    boolean closefd) {
        throw PythonErrors.notImplementedError("binary I/O is not available yet");
    }

    static Object bufferFor(RawIO raw, Object name, String mode, boolean reading, boolean writing, boolean updating) {
        return PNone.NONE;
    }

    static RawIO rawFromBuffer(Object buffer) {
        throw PythonErrors.notImplementedError("TextIOWrapper over a Python buffer object is not available yet");
    }

    static PythonContext ctx() {
        return PythonContext.get(null);
    }
}
