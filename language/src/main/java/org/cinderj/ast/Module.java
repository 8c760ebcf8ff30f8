package org.cinderj.ast;

import java.util.List;

/**
 * The result of parsing: a file or {@code exec} source ({@link Mode#EXEC}), a REPL line
 * ({@link Mode#SINGLE}, whose expression statements echo their value) or an {@code eval}
 * expression ({@link Mode#EVAL}, whose body is one {@link Stmt.ExprStmt}).
 */
public record Module(List<Stmt> body, Mode mode) {
    public enum Mode { EXEC, EVAL, SINGLE }
}
