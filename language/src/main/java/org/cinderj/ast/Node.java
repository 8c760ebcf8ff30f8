package org.cinderj.ast;

/**
 * Common shape of every AST node: the source position it starts at. {@code line} is 1-based,
 * {@code col} is the 0-based column in code points, as the parser saw it.
 */
public interface Node {
    int line();

    int col();
}
