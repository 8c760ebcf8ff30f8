package org.cinderj.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.type.BuiltinTypes;

/**
 * Name access in code whose locals are a mapping rather than frame slots: class bodies and module
 * or exec code (argument 1 is the locals mapping). When the mapping is the globals dict itself the
 * global nodes' caching applies.
 */
public final class NameNodes {
    private NameNodes() {
    }

    static Object locals(VirtualFrame frame) {
        return frame.getArguments()[1];
    }

    /** An exact dict (a dict subclass may override __getitem__/__setitem__/__delitem__, e.g. enum's _EnumDict). */
    static boolean isExactDict(Object o) {
        return o instanceof PDict d && d.getPythonClass() == BuiltinTypes.DICT;
    }

    static Object mappingGet(Object mapping, String name) {
        if (isExactDict(mapping)) {
            PDict d = (PDict) mapping;
            return d.get(name);
        }
        try {
            return PyOps.getItem(mapping, name);
        } catch (PException e) {
            if (PythonErrors.isInstance(e, BuiltinTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * CPython's SETUP_ANNOTATIONS at the start of a module or class body with annotations: an
     * {@code __annotations__} dict in the namespace, unless it already has one (exec with a
     * prepared namespace, a metaclass's __prepare__).
     */
    public static final class SetupAnnotationsNode extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            setup(locals(frame));
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        private static void setup(Object mapping) {
            if (mappingGet(mapping, "__annotations__") == null) {
                if (isExactDict(mapping)) {
                    ((PDict) mapping).put("__annotations__", new PDict());
                } else {
                    PyOps.setItem(mapping, "__annotations__", new PDict());
                }
            }
        }
    }

    public static final class ReadNameNode extends ExprNode {
        private final String name;
        @Child private GlobalNodes.ReadGlobalNode readGlobal;

        public ReadNameNode(String name) {
            this.name = name;
            this.readGlobal = new GlobalNodes.ReadGlobalNode(name);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object locals = locals(frame);
            if (locals != GlobalNodes.globals(frame)) {
                Object v = mappingGet(locals, name);
                if (v != null) {
                    return v;
                }
            }
            return readGlobal.execute(frame);
        }
    }

    public static final class WriteNameNode extends TargetNode {
        private final String name;

        public WriteNameNode(String name) {
            this.name = name;
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object value) {
            Object locals = locals(frame);
            if (isExactDict(locals)) {
                ((PDict) locals).put(name, value);
            } else {
                PyOps.setItem(locals, name, value);
            }
        }
    }

    public static final class DeleteNameNode extends StmtNode {
        private final String name;

        public DeleteNameNode(String name) {
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object locals = locals(frame);
            if (isExactDict(locals)) {
                if (((PDict) locals).remove(name) == null) {
                    CompilerDirectives.transferToInterpreter();
                    throw PythonErrors.nameError("name '%s' is not defined", name);
                }
            } else {
                PyOps.deleteItem(locals, name);
            }
        }
    }

    /**
     * A free variable read in a class body: the class namespace first, then the enclosing
     * function's cell (CPython's LOAD_CLASSDEREF).
     */
    public static final class ReadClassDerefNode extends ExprNode {
        private final String name;
        @Child private ExprNode readCell;

        public ReadClassDerefNode(String name, ExprNode readCell) {
            this.name = name;
            this.readCell = readCell;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = mappingGet(locals(frame), name);
            return v != null ? v : readCell.execute(frame);
        }
    }
}
