package org.cinderj.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.access.GlobalNodes;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.CallSupport;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** The import statements, implemented through {@code builtins.__import__} as CPython does. */
public final class ImportNodes {
    private ImportNodes() {
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    static Object callImport(PythonContext ctx, String name, PDict globals, Object fromList, int level) {
        Object imp = ctx.getBuiltins().getAttr("__import__");
        if (imp == null) {
            throw PythonErrors.importError("__import__ not found");
        }
        return CallSupport.call(imp, name, globals, PNone.NONE, fromList, (long) level);
    }

    /** {@code import a.b.c} (value: module a) or {@code import a.b.c as d} (value: module a.b.c). */
    public static final class ImportNameNode extends ExprNode {
        private final String name;
        private final boolean asName;

        public ImportNameNode(String name, boolean asName) {
            this.name = name;
            this.asName = asName;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object top = callImport(PythonContext.get(this), name, GlobalNodes.globals(frame), PNone.NONE, 0);
            if (!asName || name.indexOf('.') < 0) {
                return top;
            }
            return walk(top, name);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static Object walk(Object top, String dotted) {
            String[] parts = dotted.split("\\.");
            Object m = top;
            for (int i = 1; i < parts.length; i++) {
                try {
                    m = PyOps.getAttribute(m, parts[i]);
                } catch (PException e) {
                    Object mods = PythonErrors.isInstance(e, BuiltinTypes.ATTRIBUTE_ERROR) ? null : e;
                    if (mods != null) {
                        throw e;
                    }
                    throw PythonErrors.importError("No module named '%s'", dotted);
                }
            }
            return m;
        }
    }

    /** The module of {@code from module import names}, imported with the fromlist. */
    public static final class ImportFromModuleNode extends ExprNode {
        private final String module;
        private final String[] names;
        private final int level;

        public ImportFromModuleNode(String module, String[] names, int level) {
            this.module = module;
            this.names = names;
            this.level = level;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return callImport(PythonContext.get(this), module, GlobalNodes.globals(frame), fromList(names), level);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static Object fromList(String[] names) {
            return new PTuple(names.clone());
        }
    }

    /** One name of {@code from m import name}: an attribute, else the submodule m.name. */
    public static final class ImportFromNode extends ExprNode {
        @Child private ExprNode module;
        private final String name;

        public ImportFromNode(ExprNode module, String name) {
            this.module = module;
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return importFrom(PythonContext.get(this), module.execute(frame), name);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        static Object importFrom(PythonContext ctx, Object m, String name) {
            return org.cinderj.builtins.modules.ImportSystem.importFrom(m, name);
        }
    }

    /** {@code from m import *}: public names (or {@code __all__}) into the locals mapping. */
    public static final class ImportStarNode extends StmtNode {
        @Child private ExprNode module;

        public ImportStarNode(ExprNode module) {
            this.module = module;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            star(module.execute(frame), frame.getArguments()[1]);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static void star(Object m, Object locals) {
            Object all = PyOps.lookupAttribute(m, "__all__");
            if (all != null) {
                Object it = PyOps.getIter(all);
                for (Object n = PyOps.next(it); n != null; n = PyOps.next(it)) {
                    if (!(n instanceof String s)) {
                        throw PythonErrors.typeError("Item in %s.__all__ must be str, not %s", "module", BuiltinTypes.typeOf(n).getName());
                    }
                    PyOps.setItem(locals, s, PyOps.getAttribute(m, s));
                }
                return;
            }
            PDict d = m instanceof PythonModule pm ? pm.getDict() : (PDict) PyOps.getAttribute(m, "__dict__");
            for (PDict.Entry e : d.entriesArray()) {
                if (e.key instanceof String s && !s.startsWith("_")) {
                    PyOps.setItem(locals, s, e.value);
                }
            }
        }
    }
}
