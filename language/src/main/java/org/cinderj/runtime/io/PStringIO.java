package org.cinderj.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.PythonClass;

/** {@code _io.StringIO}: an in-memory text stream (positions count UTF-16 units). */
public final class PStringIO extends PIOBase {
    public final StringBuilder buf = new StringBuilder();
    public int pos;
    public int newlineMode = Newlines.LF;
    public Object newlineArg = "\n";
    public boolean sawCR;
    public boolean sawLF;
    public boolean sawCRLF;

    public PStringIO(PythonClass cls) {
        super(cls);
    }

    public void checkClosed() {
        if (closed) {
            throw IoErrors.closedFile();
        }
    }

    @TruffleBoundary
    public void init(String initial, Object newline) {
        String nl = newline instanceof String s ? s : null;
        int m = Newlines.mode(nl);
        if (m < 0) {
            throw PythonErrors.valueError("illegal newline value: %s", nl);
        }
        newlineMode = m;
        newlineArg = newline;
        buf.setLength(0);
        pos = 0;
        sawCR = sawLF = sawCRLF = false;
        if (initial != null && !initial.isEmpty()) {
            write(initial);
            pos = 0;
        }
    }

    private void noteNewlines(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    sawCRLF = true;
                    i++;
                } else {
                    sawCR = true;
                }
            } else if (c == '\n') {
                sawLF = true;
            }
        }
    }

    @TruffleBoundary
    public long write(String s) {
        checkClosed();
        int n = s.codePointCount(0, s.length());
        String t = s;
        if (newlineMode == Newlines.UNIVERSAL_TRANSLATE) {
            noteNewlines(t);
            t = Newlines.translateToLF(t);
        } else {
            String nl = Newlines.writeTranslation(newlineMode);
            if (nl != null) {
                t = t.replace("\n", nl);
            }
        }
        if (t.isEmpty()) {
            return n;
        }
        int len = buf.length();
        if (pos > len) {
            for (int i = len; i < pos; i++) {
                buf.append('\0');
            }
        }
        int end = pos + t.length();
        if (pos == buf.length()) {
            buf.append(t);
        } else {
            buf.replace(pos, Math.min(end, buf.length()), t);
        }
        pos = end;
        return n;
    }

    @TruffleBoundary
    public String read(long size) {
        checkClosed();
        int len = buf.length();
        if (pos >= len) {
            return "";
        }
        int end = size < 0 || size > len - pos ? len : pos + (int) size;
        String r = buf.substring(pos, end);
        pos = end;
        return r;
    }

    @TruffleBoundary
    public String readline(long limit) {
        checkClosed();
        int len = buf.length();
        if (pos >= len) {
            return "";
        }
        int mode = newlineMode == Newlines.UNIVERSAL_TRANSLATE ? Newlines.LF : newlineMode;
        int end = Newlines.lineEnd(buf, pos, len, mode, true);
        if (end < 0) {
            end = len;
        }
        if (limit >= 0 && end - pos > limit) {
            end = pos + (int) limit;
        }
        String r = buf.substring(pos, end);
        pos = end;
        return r;
    }

    public String getvalue() {
        checkClosed();
        return buf.toString();
    }

    public Object newlines() {
        if (newlineMode != Newlines.UNIVERSAL_TRANSLATE) {
            return PNone.NONE;
        }
        java.util.List<Object> l = new java.util.ArrayList<>();
        if (sawCR) {
            l.add("\r");
        }
        if (sawLF) {
            l.add("\n");
        }
        if (sawCRLF) {
            l.add("\r\n");
        }
        if (l.isEmpty()) {
            return PNone.NONE;
        }
        return l.size() == 1 ? l.get(0) : new org.cinderj.runtime.tuple.PTuple(l.toArray());
    }
}
