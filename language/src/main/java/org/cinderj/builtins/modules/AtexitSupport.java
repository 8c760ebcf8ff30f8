package org.cinderj.builtins.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** The {@code atexit} module and running its callbacks at exit. */
public final class AtexitSupport {
    private AtexitSupport() {
    }

    private record Callback(Object func, Object[] args, PDict kwargs) {
    }

    private static final Map<PythonContext, List<Callback>> CALLBACKS = new WeakHashMap<>();

    private static synchronized List<Callback> list(PythonContext ctx) {
        return CALLBACKS.computeIfAbsent(ctx, c -> new ArrayList<>());
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("atexit");
        PyUtil.fn(m, "register", "(func, /, *args, **kwargs)", a -> {
            if (!BuiltinsModule.callable(a[0])) {
                throw PythonErrors.typeError("the first argument must be callable");
            }
            list(ctx).add(new Callback(a[0], ((PTuple) a[1]).getItems(), (PDict) a[2]));
            return a[0];
        });
        PyUtil.fn(m, "unregister", "(func, /)", a -> {
            list(ctx).removeIf(c -> c.func == a[0] || org.cinderj.runtime.PyOps.equals(c.func, a[0]));
            return PyUtil.NONE;
        });
        PyUtil.fn(m, "_clear", "()", a -> {
            list(ctx).clear();
            return PyUtil.NONE;
        });
        PyUtil.fn(m, "_ncallbacks", "()", a -> (long) list(ctx).size());
        PyUtil.fn(m, "_run_exitfuncs", "()", a -> {
            runCallbacks(ctx);
            return PyUtil.NONE;
        });
        return m;
    }

    /** Runs the registered callbacks last-in first-out; errors are printed as CPython does. */
    public static void runCallbacks(PythonContext ctx) {
        List<Callback> l;
        synchronized (AtexitSupport.class) {
            l = CALLBACKS.remove(ctx);
        }
        if (l == null) {
            return;
        }
        for (int i = l.size() - 1; i >= 0; i--) {
            Callback c = l.get(i);
            try {
                BuiltinsModule.callWithDict(c.func, c.args, c.kwargs);
            } catch (PException e) {
                if (PythonErrors.isInstance(e, BuiltinTypes.SYSTEM_EXIT)) {
                    continue;
                }
                try {
                    IoModule.writeTo(ctx.getSys().getAttr("stderr"), "Error in atexit._run_exitfuncs:\n");
                    SysModule.printException(ctx, e.getPythonException());
                } catch (RuntimeException ex) {
                    // give up
                }
            }
        }
    }
}
