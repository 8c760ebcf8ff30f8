package org.cinderj.builtins.modules;

import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.module.PythonModule;

/**
 * {@code _functools}: only {@code reduce}; functools.py supplies its pure-Python partial,
 * cmp_to_key and lru_cache when they are missing here.
 */
public final class FunctoolsModule {
    private FunctoolsModule() {
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("_functools");
        BuiltinDef.function(m, "reduce", "(function, iterable, initial=?, /)", a -> {
            Object it = PyOps.getIter(a[1]);
            Object acc = a[2] == Missing.VALUE ? null : a[2];
            Object x;
            while ((x = PyOps.next(it)) != null) {
                acc = acc == null ? x : PyUtil.call(a[0], acc, x);
            }
            if (acc == null) {
                throw PythonErrors.typeError("reduce() of empty iterable with no initial value");
            }
            return acc;
        });
        return m;
    }
}
