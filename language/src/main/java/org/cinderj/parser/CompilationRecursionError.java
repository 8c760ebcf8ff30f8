package org.cinderj.parser;

/**
 * The source nests too deeply for the parser or the analyser (Java stack exhausted). CPython
 * raises {@code RecursionError: maximum recursion depth exceeded during compilation} in the same
 * situations; the interpreter should raise that.
 */
public class CompilationRecursionError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CompilationRecursionError() {
        super("maximum recursion depth exceeded during compilation", null, false, false);
    }
}
