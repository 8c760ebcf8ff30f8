package org.cinderj.runtime.function;

import org.cinderj.runtime.exception.PythonErrors;

/**
 * The argument errors of builtins, worded as CPython's C argument parsers word them: METH_O
 * ("takes exactly one argument (0 given)"), METH_NOARGS, Argument Clinic's positional check
 * ("expected at least 1 argument, got 0"), its keyword parser ("missing required argument 'x'
 * (pos 1)", "'x' is an invalid keyword argument for f()") and the old PyArg_ParseTuple.
 */
final class BuiltinArgErrors {
    private BuiltinArgErrors() {
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    /**
     * The error for a call that failed to bind, or null to keep the generic one.
     *
     * @param given positional arguments including self
     */
    static RuntimeException describe(Signature sig, Object[] layoutDefaults, int given, String[] kwNames) {
        int self = sig.getBuiltinSelfCount();
        String qual = sig.getBuiltinQualname();
        String name = sig.getName();
        String[] names = sig.getParameterNames();
        int nk = kwNames == null ? 0 : kwNames.length;
        if (given < self) {
            if (self == 1 && qual.contains(".")) {
                return PythonErrors.typeError("unbound method %s() needs an argument", qual);
            }
            return null;
        }
        int n = given - self;
        int maxpos = sig.getPositionalCount() - self;
        int posOnly = Math.max(0, sig.getPosOnlyCount() - self);
        int minpos = 0;
        for (int i = self; i < sig.getPositionalCount(); i++) {
            if (layoutDefaults == null || i >= layoutDefaults.length || layoutDefaults[i] == null) {
                minpos = i - self + 1;
            }
        }
        int kwOnly = sig.getKwOnlyCount();
        if (sig.hasVarArgs() || sig.hasVarKeywords()) {
            if (!sig.hasVarKeywords() && kwNames != null) {
                for (String kw : kwNames) {
                    if (indexOf(names, kw, sig.getPosOnlyCount(), sig.getPositionalCount()) < 0
                                    && indexOf(names, kw, sig.kwOnlyStart(), sig.kwOnlyStart() + kwOnly) < 0) {
                        return PythonErrors.typeError("'%s' is an invalid keyword argument for %s()", kw, name);
                    }
                }
            }
            return null;
        }
        if (kwOnly == 0 && posOnly == maxpos) {
            // positional-only parameters: METH_NOARGS, METH_O, or Argument Clinic's positional check
            if (nk > 0) {
                return PythonErrors.typeError("%s() takes no keyword arguments", qual);
            }
            if (maxpos == 0) {
                return PythonErrors.typeError("%s() takes no arguments (%d given)", qual, n);
            }
            if (maxpos == 1 && minpos == 1) {
                return PythonErrors.typeError("%s() takes exactly one argument (%d given)", qual, n);
            }
            if (sig.isBuiltinOldStyle()) {
                int bound = n < minpos ? minpos : maxpos;
                return PythonErrors.typeError("%s() takes %s %d argument%s (%d given)", name,
                                minpos == maxpos ? "exactly" : n < minpos ? "at least" : "at most", bound, plural(bound), n);
            }
            if (n < minpos) {
                return PythonErrors.typeError("%s expected %s%d argument%s, got %d", name, minpos == maxpos ? "" : "at least ", minpos, plural(minpos), n);
            }
            if (n > maxpos) {
                return PythonErrors.typeError("%s expected %s%d argument%s, got %d", name, minpos == maxpos ? "" : "at most ", maxpos, plural(maxpos), n);
            }
            return null;
        }
        // Argument Clinic's keyword parser
        int maxargs = maxpos + kwOnly;
        if (n + nk > maxargs) {
            return PythonErrors.typeError("%s() takes at most %d %sargument%s (%d given)", name, maxargs, n == 0 ? "keyword " : "", plural(maxargs), n + nk);
        }
        if (n > maxpos) {
            if (maxpos == 0) {
                return PythonErrors.typeError("%s() takes no positional arguments", name);
            }
            return PythonErrors.typeError("%s() takes %s %d positional argument%s (%d given)", name, minpos < maxpos ? "at most" : "exactly", maxpos, plural(maxpos), n);
        }
        int minPosOnly = Math.min(posOnly, minpos);
        if (n < minPosOnly) {
            return PythonErrors.typeError("%s() takes %s %d positional argument%s (%d given)", name, minPosOnly < maxpos ? "at least" : "exactly",
                            minPosOnly, plural(minPosOnly), n);
        }
        for (int i = Math.max(n, posOnly); i < maxargs; i++) {
            int slot = i < maxpos ? i + self : sig.kwOnlyStart() + (i - maxpos);
            String p = names[slot];
            if (kwNames != null && indexOf(kwNames, p, 0, kwNames.length) >= 0) {
                continue;
            }
            boolean required = layoutDefaults == null || slot >= layoutDefaults.length || layoutDefaults[slot] == null;
            if (i < minpos) {
                return PythonErrors.typeError("%s() missing required argument '%s' (pos %d)", name, p, i + 1);
            }
            if (i >= maxpos && required) {
                return PythonErrors.typeError("%s() missing required keyword-only argument '%s'", name, p);
            }
        }
        if (kwNames != null) {
            for (String kw : kwNames) {
                int pos = indexOf(names, kw, sig.getPosOnlyCount(), sig.getPositionalCount());
                if (pos >= 0 && pos - self < n) {
                    return PythonErrors.typeError("argument for %s() given by name ('%s') and position (%d)", name, kw, pos - self + 1);
                }
                if (pos < 0 && indexOf(names, kw, sig.kwOnlyStart(), sig.kwOnlyStart() + kwOnly) < 0) {
                    return PythonErrors.typeError("'%s' is an invalid keyword argument for %s()", kw, name);
                }
            }
        }
        return null;
    }

    private static int indexOf(String[] names, String name, int from, int to) {
        for (int i = from; i < to; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
