package org.cinderj.parser;

/**
 * A compile-time error in Python source: what CPython raises as {@code SyntaxError},
 * {@code IndentationError} or {@code TabError}. Positions follow CPython's {@code SyntaxError}
 * attributes: {@code lineno} and {@code offset} are 1-based ({@code offset} counts code points),
 * {@code text} is the offending source line including its newline (or null when unknown).
 */
public class PythonSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        SYNTAX_ERROR("SyntaxError"), INDENTATION_ERROR("IndentationError"), TAB_ERROR("TabError");

        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }

    public final Kind kind;
    public final String message;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final String text;
    public final int endLineno;
    public final int endOffset;
    /** Raised by the tokenizer (not by the parser proper). */
    boolean fromTokenizer;

    /** An {@code endOffset} that becomes None (-1 is a real value: CPython's "no caret"). */
    public static final int NO_END_OFFSET = Integer.MIN_VALUE;

    public PythonSyntaxError(Kind kind, String message, String filename, int lineno, int offset, String text,
                    int endLineno, int endOffset) {
        super(message, null, false, false);
        this.kind = kind;
        this.message = message;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    @Override
    public String getMessage() {
        return kind.pythonName + ": " + message + " (" + filename + ", line " + lineno + ", offset " + offset + ")";
    }
}
