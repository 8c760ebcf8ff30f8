package org.cinderj.translator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import org.cinderj.ast.AstCodec;
import org.cinderj.ast.Module;

/**
 * The checked ASTs of imported modules, kept in {@code __pycache__/NAME.cinderj-310.pyc} next to
 * the source (the path {@code importlib.util.cache_from_source} gives for our cache tag), so that
 * later runs skip parsing and the compile-time checks: parsing is most of the cost of an import.
 *
 * <p>A cache file holds a header and the {@link AstCodec} encoding of the module. The header
 * names the codec's schema and the source it was made from (length and a 64-bit hash of its
 * text), so an edited source, another build's AST or a torn write is simply not used. The magic
 * is not CPython's: CPython's own loaders reject the file as bad bytecode and compile the source.
 * Only sources that passed every compile-time check are stored. Files are written to a temporary
 * name and renamed, so concurrent imports never read half a file; any I/O failure (a read-only
 * folder, a full disk) just leaves the module uncached.
 */
final class AstCache {
    private AstCache() {
    }

    private static final byte[] MAGIC = {'C', 'J', '\r', '\n'};
    /** Bump when the header or the codec's encoding changes. */
    private static final int VERSION = 1;
    private static final int HEADER = MAGIC.length + 4 + 8 + 4 + 8;
    private static final String CACHE_TAG = "cinderj-310";

    /** The cache file of a source file, or null when the source is not a {@code .py} file. */
    static Path cachePath(String sourceFile) {
        if (!sourceFile.endsWith(".py")) {
            return null;
        }
        Path src = Path.of(sourceFile);
        Path name = src.getFileName();
        if (name == null) {
            return null;
        }
        String stem = name.toString().substring(0, name.toString().length() - 3);
        Path dir = src.getParent();
        Path cacheDir = dir == null ? Path.of("__pycache__") : dir.resolve("__pycache__");
        return cacheDir.resolve(stem + "." + CACHE_TAG + ".pyc");
    }

    /** The cached AST of {@code sourceFile} with text {@code text}, or null when there is none. */
    static Module load(String sourceFile, String text) {
        Path path = cachePath(sourceFile);
        if (path == null) {
            return null;
        }
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            return null;
        }
        if (data.length < HEADER || !matchesHeader(data, text)) {
            return null;
        }
        try {
            return AstCodec.decode(data, HEADER);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Caches the AST of {@code sourceFile}; silently does nothing when it cannot. */
    static void store(String sourceFile, String text, Module module) {
        Path path = cachePath(sourceFile);
        if (path == null) {
            return;
        }
        byte[] body;
        try {
            body = AstCodec.encode(module);
        } catch (IllegalArgumentException e) {
            return;
        }
        byte[] data = new byte[HEADER + body.length];
        writeHeader(data, text);
        System.arraycopy(body, 0, data, HEADER, body.length);
        Path tmp = path.resolveSibling(path.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            Files.createDirectories(path.getParent());
            Files.write(tmp, data);
            try {
                Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException | SecurityException ignored) {
                // nothing more to do
            }
        }
    }

    private static void writeHeader(byte[] out, String text) {
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        int p = putLong(out, MAGIC.length, VERSION, 4);
        p = putLong(out, p, AstCodec.SCHEMA, 8);
        p = putLong(out, p, text.length(), 4);
        putLong(out, p, hash(text), 8);
    }

    private static boolean matchesHeader(byte[] data, String text) {
        byte[] expected = new byte[HEADER];
        writeHeader(expected, text);
        for (int i = 0; i < HEADER; i++) {
            if (data[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int putLong(byte[] out, int pos, long v, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out[pos + i] = (byte) (v >>> (8 * i));
        }
        return pos + bytes;
    }

    /** A 64-bit FNV-1a hash of the source's UTF-16 code units. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
