package org.cinderj.compiler;

import org.cinderj.ast.Module;

public final class ScopeAnalyzer {
    public static Object analyze(Module m, String filename) {
        return null;
    }
}
