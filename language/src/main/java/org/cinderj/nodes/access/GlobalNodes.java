package org.cinderj.nodes.access;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.PFunction;

/** Global and builtin name access through the function's globals dict. */
public final class GlobalNodes {
    private GlobalNodes() {
    }

    /** The globals of the running code: argument 0 is always the PFunction being run. */
    public static PDict globals(VirtualFrame frame) {
        return ((PFunction) frame.getArguments()[0]).getGlobals();
    }

    public static PDict builtins(com.oracle.truffle.api.nodes.Node node) {
        return PythonContext.get(node).getBuiltins().getDict();
    }

    /**
     * The builtins of code running with these globals: their {@code __builtins__} entry (a module
     * or a dict) when present, as in CPython, else the interpreter's builtins module.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary(transferToInterpreterOnException = false)
    public static PDict builtinsFor(PDict globals, com.oracle.truffle.api.nodes.Node node) {
        Object b = globals.get("__builtins__");
        if (b instanceof org.cinderj.runtime.module.PythonModule m) {
            return m.getDict();
        }
        if (b instanceof PDict d) {
            return d;
        }
        return builtins(node);
    }

    /**
     * Reads a global, then a builtin. While the globals dict is the same object and the name's
     * bindings are unchanged (watch assumptions), the value is a compilation constant.
     */
    public static final class ReadGlobalNode extends ExprNode {
        private static final int MAX_INVALIDATIONS = 4;
        private final String name;
        @CompilationFinal private PDict cachedGlobals;
        @CompilationFinal private Object cachedValue;
        @CompilationFinal private Assumption globalsAssumption;
        @CompilationFinal private Assumption builtinsAssumption;
        @CompilationFinal private int invalidations;

        public ReadGlobalNode(String name) {
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            PDict g = globals(frame);
            if (g == cachedGlobals && globalsAssumption != null && globalsAssumption.isValid()
                            && (builtinsAssumption == null || builtinsAssumption.isValid())) {
                return cachedValue;
            }
            if (invalidations >= MAX_INVALIDATIONS) {
                return lookup(g);
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            return cacheAndLookup(g);
        }

        private Object cacheAndLookup(PDict g) {
            if (cachedGlobals != null) {
                invalidations++;
            }
            if (!g.isWatchable()) {
                invalidations = MAX_INVALIDATIONS;
                return lookup(g);
            }
            Assumption ga = g.getWatchAssumption(name);
            Object v = g.get(name);
            Assumption ba = null;
            if (v == null) {
                PDict b = builtinsFor(g, this);
                if (!b.isWatchable()) {
                    invalidations = MAX_INVALIDATIONS;
                    return lookup(g);
                }
                ba = b.getWatchAssumption(name);
                v = b.get(name);
                if (v == null) {
                    throw PythonErrors.nameError("name '%s' is not defined", name);
                }
            }
            cachedGlobals = g;
            cachedValue = v;
            globalsAssumption = ga;
            builtinsAssumption = ba;
            return v;
        }

        private Object lookup(PDict g) {
            Object v = g.get(name);
            if (v == null) {
                v = builtinsFor(g, this).get(name);
                if (v == null) {
                    CompilerDirectives.transferToInterpreter();
                    throw PythonErrors.nameError("name '%s' is not defined", name);
                }
            }
            return v;
        }
    }

    public static final class WriteGlobalNode extends TargetNode {
        private final String name;

        public WriteGlobalNode(String name) {
            this.name = name;
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object value) {
            globals(frame).put(name, value);
        }
    }

    public static final class DeleteGlobalNode extends StmtNode {
        private final String name;

        public DeleteGlobalNode(String name) {
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (globals(frame).remove(name) == null) {
                CompilerDirectives.transferToInterpreter();
                throw PythonErrors.nameError("name '%s' is not defined", name);
            }
        }
    }
}
