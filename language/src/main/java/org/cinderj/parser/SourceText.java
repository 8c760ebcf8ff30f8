package org.cinderj.parser;

import java.util.Arrays;

/** Source text with line lookup, used to fill in {@link PythonSyntaxError#text}. */
public final class SourceText {
    public final String text;
    public final String filename;
    private int[] lineStarts; // char index of the start of each line (0-based line index)
    private int lineCount;

    public SourceText(String text, String filename) {
        this.text = text;
        this.filename = filename;
    }

    /**
     * Where the tokenizer reports its DeprecationWarnings (a number directly followed by a
     * keyword, "1if x"), or null to drop them; the caller issues them through the warnings module.
     */
    public java.util.List<PythonSyntaxError> deprecations;

    private void index() {
        if (lineStarts != null) {
            return;
        }
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        lineStarts = starts;
        lineCount = n;
    }

    /** The 1-based line {@code lineno} including its line terminator (normalised to \n), or null. */
    public String line(int lineno) {
        if (text.isEmpty()) {
            // no text known (the compile-time checks of a source that is not a file): text is None
            return null;
        }
        index();
        if (lineno < 1 || lineno > lineCount) {
            return null;
        }
        int start = lineStarts[lineno - 1];
        int end = lineno < lineCount ? lineStarts[lineno] : text.length();
        if (start >= text.length() && lineno > 1) {
            return null;
        }
        String s = text.substring(start, end);
        if (s.endsWith("\r\n")) {
            s = s.substring(0, s.length() - 2) + "\n";
        } else if (s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1) + "\n";
        }
        return s;
    }

    /** Length in code points of line {@code lineno} without its terminator. */
    public int lineLength(int lineno) {
        String s = line(lineno);
        if (s == null) {
            return 0;
        }
        if (s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.codePointCount(0, s.length());
    }

    public int lineCount() {
        index();
        return lineCount;
    }

    public PythonSyntaxError error(PythonSyntaxError.Kind kind, String msg, int lineno, int offset, int endLineno,
                    int endOffset) {
        return new PythonSyntaxError(kind, msg, filename, lineno, offset, line(lineno), endLineno, endOffset);
    }

    public PythonSyntaxError error(String msg, int lineno, int offset, int endLineno, int endOffset) {
        return error(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, lineno, offset, endLineno, endOffset);
    }

    public PythonSyntaxError error(String msg, int lineno, int offset) {
        return error(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, lineno, offset, lineno, offset);
    }
}
