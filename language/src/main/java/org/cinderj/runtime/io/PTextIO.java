package org.cinderj.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * {@code _io.TextIOWrapper}: a text stream over a {@link RawIO} (buffering and decoding done
 * here, in one object). Writes are collected in a char buffer and encoded on flush.
 */
public final class PTextIO extends PIOBase {
    public RawIO raw;
    /** The Python-visible {@code name} attribute. */
    public Object name = PNone.NONE;
    public String mode = "r";
    public String encoding = "utf-8";
    public String errors = "strict";
    public Object newlineArg = PNone.NONE;
    public int newlineMode = Newlines.UNIVERSAL_TRANSLATE;
    public boolean lineBuffering;
    public boolean writeThrough;
    /** A standard stream of the context (print takes a fast path for these). */
    public boolean isStd;
    /** Flushed before this stream writes or reads (stdout, for stderr and stdin). */
    public PTextIO flushFirst;
    /** The Python {@code buffer} attribute (a binary stream object) when there is one. */
    public Object bufferObject = PNone.NONE;
    public boolean closefd = true;

    private Charset charset = StandardCharsets.UTF_8;
    private boolean utf8 = true;
    private final StringBuilder wbuf = new StringBuilder();
    private StringBuilder rbuf;
    private int rpos;
    private CharsetDecoder decoder;
    private ByteBuffer pending;
    private boolean eof;
    private int bufferLimit = 8192;

    public PTextIO(PythonClass cls) {
        super(cls);
    }

    public void configure(RawIO rawIO, Object nameObj, String modeStr, String enc, String errs, Object newline, boolean lineBuf, boolean wThrough) {
        this.raw = rawIO;
        this.name = nameObj;
        this.mode = modeStr;
        setEncoding(enc, errs);
        setNewline(newline);
        this.lineBuffering = lineBuf;
        this.writeThrough = wThrough;
    }

    public void setEncoding(String enc, String errs) {
        this.charset = Encodings.charset(enc);
        this.encoding = enc;
        this.errors = errs == null ? "strict" : errs;
        this.utf8 = charset == StandardCharsets.UTF_8;
        this.decoder = null;
    }

    public void setNewline(Object newline) {
        String nl = newline instanceof String s ? s : null;
        int m = Newlines.mode(nl);
        if (m < 0) {
            throw PythonErrors.valueError("illegal newline value: %s", nl);
        }
        this.newlineArg = newline;
        this.newlineMode = m;
    }

    public void checkClosed() {
        if (closed) {
            throw IoErrors.closedFile();
        }
    }

    // ---------------------------------------------------------------- writing

    /** Writes text; returns the number of characters written. */
    @TruffleBoundary
    public long write(String s) {
        checkClosed();
        if (raw == null || !raw.writable()) {
            throw IoErrors.unsupported("not writable");
        }
        if (rbuf != null && rpos < rbuf.length() || pending != null && pending.hasRemaining()) {
            dropReadAhead();
        }
        String t = s;
        String nl = Newlines.writeTranslation(newlineMode);
        if (nl != null && t.indexOf('\n') >= 0) {
            t = t.replace("\n", nl);
        }
        if (flushFirst != null && !flushFirst.closed) {
            flushFirst.flush();
        }
        wbuf.append(t);
        if (writeThrough || wbuf.length() >= bufferLimit || lineBuffering && (t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0)) {
            flushBuffer();
        }
        return s.codePointCount(0, s.length());
    }

    @TruffleBoundary
    public void flushBuffer() {
        if (wbuf.length() == 0) {
            return;
        }
        String text = wbuf.toString();
        wbuf.setLength(0);
        byte[] bytes = encode(text);
        try {
            raw.write(bytes, 0, bytes.length);
            raw.flush();
        } catch (IOException e) {
            throw IoErrors.fromJava(e, null);
        }
    }

    private byte[] encode(String text) {
        if (utf8 && !errors.equals("strict")) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            java.nio.charset.CharsetEncoder enc = charset.newEncoder();
            CodingErrorAction act = switch (errors) {
                case "ignore" -> CodingErrorAction.IGNORE;
                case "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass" -> CodingErrorAction.REPLACE;
                default -> CodingErrorAction.REPORT;
            };
            enc.onMalformedInput(act).onUnmappableCharacter(act);
            ByteBuffer bb = enc.encode(CharBuffer.wrap(text));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException e) {
            int pos = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!charset.newEncoder().canEncode(c) || Character.isSurrogate(c)) {
                    pos = i;
                    break;
                }
            }
            char bad = text.charAt(pos);
            String codec = Encodings.normalize(encoding);
            if (codec.equals("iso8859-1")) {
                codec = "latin-1";
            }
            String reason = Character.isSurrogate(bad) ? "surrogates not allowed" : "ordinal not in range(" + (codec.equals("ascii") ? 128 : 256) + ")";
            throw PythonErrors.raise(BuiltinTypes.UNICODE_ENCODE_ERROR,
                            String.format("'%s' codec can't encode character '\\u%04x' in position %d: %s", codec, (int) bad, pos, reason));
        }
    }

    @TruffleBoundary
    public void flush() {
        checkClosed();
        if (raw != null && raw.writable()) {
            flushBuffer();
        }
    }

    @TruffleBoundary
    public void close() {
        if (closed) {
            return;
        }
        try {
            if (raw != null && raw.writable()) {
                flushBuffer();
            }
        } finally {
            closed = true;
            try {
                if (raw != null && closefd && !isStd) {
                    raw.close();
                }
            } catch (IOException e) {
                throw IoErrors.fromJava(e, null);
            }
        }
    }

    // ---------------------------------------------------------------- reading

    private void checkReadable() {
        checkClosed();
        if (raw == null || !raw.readable()) {
            throw IoErrors.unsupported("not readable");
        }
        if (wbuf.length() > 0) {
            flushBuffer();
        }
        if (flushFirst != null && !flushFirst.closed) {
            flushFirst.flush();
        }
    }

    private void dropReadAhead() {
        if (raw.seekable()) {
            try {
                long pos = tellRaw();
                raw.seek(pos, 0);
            } catch (IOException e) {
                throw IoErrors.fromJava(e, null);
            }
        }
        rbuf = null;
        rpos = 0;
        pending = null;
        decoder = null;
        eof = false;
    }

    /** Reads and decodes one more chunk into rbuf; false at end of file. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        if (rbuf == null) {
            rbuf = new StringBuilder();
        } else if (rpos > 65536 || rpos == rbuf.length()) {
            rbuf.delete(0, rpos);
            rpos = 0;
        }
        if (decoder == null) {
            decoder = charset.newDecoder();
            CodingErrorAction act = switch (errors) {
                case "ignore" -> CodingErrorAction.IGNORE;
                case "strict" -> CodingErrorAction.REPORT;
                default -> CodingErrorAction.REPLACE;
            };
            decoder.onMalformedInput(act).onUnmappableCharacter(act);
        }
        byte[] chunk = new byte[8192];
        int n;
        try {
            n = raw.read(chunk, 0, chunk.length);
        } catch (IOException e) {
            throw IoErrors.fromJava(e, null);
        }
        ByteBuffer in;
        if (pending != null && pending.hasRemaining()) {
            int extra = Math.max(n, 0);
            ByteBuffer merged = ByteBuffer.allocate(pending.remaining() + extra);
            merged.put(pending);
            merged.put(chunk, 0, extra);
            merged.flip();
            in = merged;
        } else {
            in = ByteBuffer.wrap(chunk, 0, Math.max(n, 0));
        }
        boolean last = n < 0;
        CharBuffer out = CharBuffer.allocate(in.remaining() * 2 + 16);
        CoderResult cr = decoder.decode(in, out, last);
        if (cr.isError()) {
            throw decodeError(in, cr);
        }
        if (last) {
            cr = decoder.flush(out);
            eof = true;
        }
        out.flip();
        rbuf.append(out);
        pending = in.hasRemaining() ? in : null;
        if (last && pending != null) {
            throw decodeError(in, CoderResult.malformedForLength(in.remaining()));
        }
        return n >= 0 || out.length() > 0;
    }

    private RuntimeException decodeError(ByteBuffer in, CoderResult cr) {
        int b = in.hasRemaining() ? in.get(in.position()) & 0xff : 0;
        String codec = Encodings.normalize(encoding);
        if (codec.equals("iso8859-1")) {
            codec = "latin-1";
        }
        String reason = codec.equals("ascii") ? "ordinal not in range(128)" : (b >= 0x80 && b < 0xc0 ? "invalid start byte" : "invalid continuation byte");
        if (codec.equals("utf-8") && !in.hasRemaining()) {
            reason = "unexpected end of data";
        }
        return PythonErrors.raise(BuiltinTypes.UNICODE_DECODE_ERROR,
                        String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, b, in.position(), reason));
    }

    private boolean translate() {
        return newlineMode == Newlines.UNIVERSAL_TRANSLATE;
    }

    /** {@code read(size)}; size < 0 reads to the end. */
    @TruffleBoundary
    public String read(long size) {
        checkReadable();
        StringBuilder out = new StringBuilder();
        if (size < 0) {
            while (fill()) {
                // read everything
            }
            if (rbuf != null) {
                out.append(rbuf, rpos, rbuf.length());
                rpos = rbuf.length();
            }
            return translate() ? Newlines.translateToLF(out.toString()) : out.toString();
        }
        while (out.length() < size) {
            if (rbuf == null || rpos >= rbuf.length()) {
                if (!fill()) {
                    break;
                }
                continue;
            }
            char c = rbuf.charAt(rpos);
            if (c == '\r' && translate()) {
                if (rpos + 1 >= rbuf.length() && !eof && fill()) {
                    continue;
                }
                rpos++;
                if (rpos < rbuf.length() && rbuf.charAt(rpos) == '\n') {
                    rpos++;
                }
                out.append('\n');
            } else {
                out.append(c);
                rpos++;
            }
        }
        return out.toString();
    }

    /** {@code readline(size)}; "" at end of file. */
    @TruffleBoundary
    public String readline(long limit) {
        checkReadable();
        StringBuilder out = new StringBuilder();
        while (true) {
            if (rbuf == null || rpos >= rbuf.length()) {
                if (!fill()) {
                    break;
                }
                continue;
            }
            int end = Newlines.lineEnd(rbuf, rpos, rbuf.length(), newlineMode, eof);
            if (end == -2) {
                if (fill()) {
                    continue;
                }
                end = Newlines.lineEnd(rbuf, rpos, rbuf.length(), newlineMode, true);
            }
            if (end < 0) {
                out.append(rbuf, rpos, rbuf.length());
                rpos = rbuf.length();
                if (limit >= 0 && out.length() >= limit) {
                    break;
                }
                continue;
            }
            if (translate()) {
                int textEnd = end;
                while (textEnd > rpos && (rbuf.charAt(textEnd - 1) == '\n' || rbuf.charAt(textEnd - 1) == '\r')) {
                    textEnd--;
                }
                out.append(rbuf, rpos, textEnd).append('\n');
            } else {
                out.append(rbuf, rpos, end);
            }
            rpos = end;
            break;
        }
        if (limit >= 0 && out.length() > limit) {
            // give back what exceeds the limit (rare path: re-insert untranslated text)
            String extra = out.substring((int) limit);
            out.setLength((int) limit);
            if (rbuf == null) {
                rbuf = new StringBuilder();
            }
            rbuf.insert(rpos, extra);
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- positioning

    private long tellRaw() throws IOException {
        long pos = raw.tell();
        if (pending != null) {
            pos -= pending.remaining();
        }
        if (rbuf != null && rpos < rbuf.length()) {
            pos -= rbuf.substring(rpos).getBytes(charset).length;
        }
        return pos;
    }

    @TruffleBoundary
    public long tell() {
        checkClosed();
        if (!raw.seekable()) {
            throw IoErrors.unsupported("underlying stream is not seekable");
        }
        flushBuffer();
        try {
            return tellRaw();
        } catch (IOException e) {
            throw IoErrors.fromJava(e, null);
        }
    }

    @TruffleBoundary
    public long seek(long cookie, int whence) {
        checkClosed();
        if (!raw.seekable()) {
            throw IoErrors.unsupported("underlying stream is not seekable");
        }
        if (whence == 1 && cookie != 0) {
            throw IoErrors.unsupported("can't do nonzero cur-relative seeks");
        }
        if (whence == 2 && cookie != 0) {
            throw IoErrors.unsupported("can't do nonzero end-relative seeks");
        }
        if (whence < 0 || whence > 2) {
            throw PythonErrors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (whence == 0 && cookie < 0) {
            throw PythonErrors.valueError("negative seek position %d", cookie);
        }
        flushBuffer();
        try {
            long target = whence == 1 ? tellRaw() : cookie;
            rbuf = null;
            rpos = 0;
            pending = null;
            decoder = null;
            eof = false;
            return whence == 2 ? raw.seek(0, 2) : raw.seek(target, 0);
        } catch (IOException e) {
            throw IoErrors.fromJava(e, null);
        }
    }

    @TruffleBoundary
    public long truncate(Object size) {
        checkClosed();
        flush();
        try {
            long pos = size instanceof Long l ? l : tellRaw();
            rbuf = null;
            rpos = 0;
            pending = null;
            raw.truncate(pos);
            return pos;
        } catch (IOException e) {
            throw IoErrors.fromJava(e, null);
        }
    }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name=" + name + ">";
    }
}
