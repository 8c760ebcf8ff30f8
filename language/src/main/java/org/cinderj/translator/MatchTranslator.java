package org.cinderj.translator;

import org.cinderj.ast.Stmt;
import org.cinderj.nodes.StmtNode;
import org.cinderj.runtime.exception.PythonErrors;

/** The {@code match} statement. */
final class MatchTranslator {
    private MatchTranslator() {
    }

    static StmtNode translate(Translator t, Stmt.Match m) {
        throw PythonErrors.notImplementedError("the match statement is not supported yet (line %d)", m.line());
    }
}
