package org.cinderj.runtime.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.tuple.PTuple;

/**
 * Binds call arguments to parameters: the one algorithm shared by Python functions and builtins,
 * with CPython 3.10's error messages. Call nodes handle the simple positional case inline and
 * come here for everything else.
 */
public final class ArgBinder {
    private ArgBinder() {
    }

    /**
     * @param layoutDefaults defaults aligned with the bound layout (null where required); may be
     *            shorter than the layout or null when there are no defaults
     * @param offset how many leading slots to leave free in the result (for the callee's own use)
     * @return an array of {@code offset + sig.boundLength()} entries
     */
    @TruffleBoundary
    public static Object[] bind(Signature sig, Object[] layoutDefaults, Object[] positional, String[] kwNames,
                    Object[] kwValues, int offset) {
        if (!sig.isBuiltin()) {
            return bindImpl(sig, layoutDefaults, positional, kwNames, kwValues, offset);
        }
        try {
            return bindImpl(sig, layoutDefaults, positional, kwNames, kwValues, offset);
        } catch (PException e) {
            RuntimeException better = BuiltinArgErrors.describe(sig, layoutDefaults, positional.length, kwNames);
            throw better != null ? better : e;
        }
    }

    /**
     * {@link #bind} for a Python function: argument errors name it by its current
     * {@code __qualname__}, which code may have reassigned (namedtuple's {@code Point.__new__}).
     */
    @TruffleBoundary
    public static Object[] bindFunction(PFunction f, Signature sig, Object[] positional, String[] kwNames, Object[] kwValues, int offset) {
        try {
            return bindImpl(sig, f.getLayoutDefaults(), positional, kwNames, kwValues, offset);
        } catch (PException e) {
            String q = f.getQualname();
            if (q != null && !q.equals(sig.getName())) {
                bindImpl(sig.withName(q), f.getLayoutDefaults(), positional, kwNames, kwValues, offset);
            }
            throw e;
        }
    }

    private static Object[] bindImpl(Signature sig, Object[] layoutDefaults, Object[] positional, String[] kwNames,
                    Object[] kwValues, int offset) {
        int nPos = sig.getPositionalCount();
        Object[] out = new Object[offset + sig.boundLength()];
        int given = positional.length;
        int copied = Math.min(given, nPos);
        System.arraycopy(positional, 0, out, offset, copied);
        if (sig.hasVarArgs()) {
            Object[] extra = new Object[Math.max(0, given - nPos)];
            if (extra.length > 0) {
                System.arraycopy(positional, nPos, extra, 0, extra.length);
            }
            out[offset + sig.varArgsIndex()] = extra.length == 0 ? PTuple.EMPTY : new PTuple(extra);
        } else if (given > nPos) {
            throw tooManyPositional(sig, layoutDefaults, given, kwNames);
        }
        PDict kwDict = null;
        if (sig.hasVarKeywords()) {
            kwDict = new PDict();
            out[offset + sig.varKeywordsIndex()] = kwDict;
        }
        String[] names = sig.getParameterNames();
        List<String> posOnlyAsKw = null;
        if (kwNames != null) {
            for (int k = 0; k < kwNames.length; k++) {
                String kw = kwNames[k];
                int slot = findKeywordSlot(sig, names, kw);
                if (slot < 0) {
                    if (kwDict != null) {
                        if (kwDict.containsKey(kw)) {
                            throw PythonErrors.typeError("%s() got multiple values for keyword argument '%s'", sig.getName(), kw);
                        }
                        kwDict.put(kw, kwValues[k]);
                        continue;
                    }
                    int posOnly = indexOf(names, kw, 0, sig.getPosOnlyCount());
                    if (posOnly >= 0) {
                        if (posOnlyAsKw == null) {
                            posOnlyAsKw = new ArrayList<>();
                        }
                        posOnlyAsKw.add(kw);
                        continue;
                    }
                    throw PythonErrors.typeError("%s() got an unexpected keyword argument '%s'", sig.getName(), kw);
                }
                if (out[offset + slot] != null) {
                    throw PythonErrors.typeError("%s() got multiple values for argument '%s'", sig.getName(), kw);
                }
                out[offset + slot] = kwValues[k];
            }
        }
        if (posOnlyAsKw != null) {
            throw PythonErrors.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                            sig.getName(), String.join(", ", posOnlyAsKw));
        }
        // Fill defaults, collect missing.
        List<String> missingPos = null;
        for (int i = copied; i < nPos; i++) {
            if (out[offset + i] == null) {
                Object d = layoutDefaults != null && i < layoutDefaults.length ? layoutDefaults[i] : null;
                if (d == null) {
                    if (missingPos == null) {
                        missingPos = new ArrayList<>();
                    }
                    missingPos.add(names[i]);
                } else {
                    out[offset + i] = d;
                }
            }
        }
        if (missingPos != null) {
            throw missing(sig, missingPos, "positional");
        }
        int kwStart = sig.kwOnlyStart();
        List<String> missingKw = null;
        for (int i = kwStart; i < kwStart + sig.getKwOnlyCount(); i++) {
            if (out[offset + i] == null) {
                Object d = layoutDefaults != null && i < layoutDefaults.length ? layoutDefaults[i] : null;
                if (d == null) {
                    if (missingKw == null) {
                        missingKw = new ArrayList<>();
                    }
                    missingKw.add(names[i]);
                } else {
                    out[offset + i] = d;
                }
            }
        }
        if (missingKw != null) {
            throw missing(sig, missingKw, "keyword-only");
        }
        return out;
    }

    private static int findKeywordSlot(Signature sig, String[] names, String kw) {
        int i = indexOf(names, kw, sig.getPosOnlyCount(), sig.getPositionalCount());
        if (i >= 0) {
            return i;
        }
        int start = sig.kwOnlyStart();
        return indexOf(names, kw, start, start + sig.getKwOnlyCount());
    }

    private static int indexOf(String[] names, String name, int from, int to) {
        for (int i = from; i < to; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static RuntimeException tooManyPositional(Signature sig, Object[] layoutDefaults, int given, String[] kwNames) {
        int nPos = sig.getPositionalCount();
        int withDefault = 0;
        for (int i = 0; i < nPos; i++) {
            if (layoutDefaults != null && i < layoutDefaults.length && layoutDefaults[i] != null) {
                withDefault++;
            }
        }
        String takes;
        if (withDefault > 0) {
            takes = "from " + (nPos - withDefault) + " to " + nPos + " positional arguments";
        } else {
            takes = nPos + " positional argument" + (nPos == 1 ? "" : "s");
        }
        int kwOnlyGiven = 0;
        if (kwNames != null) {
            String[] names = sig.getParameterNames();
            int start = sig.kwOnlyStart();
            for (String kw : kwNames) {
                if (indexOf(names, kw, start, start + sig.getKwOnlyCount()) >= 0) {
                    kwOnlyGiven++;
                }
            }
        }
        String givenText;
        if (kwOnlyGiven > 0) {
            givenText = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwOnlyGiven + " keyword-only argument"
                            + (kwOnlyGiven == 1 ? "" : "s") + ") were given";
        } else {
            givenText = given + (given == 1 ? " was given" : " were given");
        }
        return PythonErrors.typeError("%s() takes %s but %s", sig.getName(), takes, givenText);
    }

    private static RuntimeException missing(Signature sig, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PythonErrors.typeError("%s() missing %d required %s argument%s: %s", sig.getName(), n, kind, n == 1 ? "" : "s", sb);
    }

    /**
     * Layout-aligned defaults of a Python function from its {@code __defaults__} (for the last
     * positional parameters) and keyword-only defaults (parallel to the keyword-only parameters).
     */
    public static Object[] layoutDefaults(Signature sig, Object[] defaults, Object[] kwDefaults) {
        if ((defaults == null || defaults.length == 0) && kwDefaults == null) {
            return null;
        }
        Object[] result = new Object[sig.boundLength()];
        if (defaults != null) {
            int nPos = sig.getPositionalCount();
            int first = nPos - defaults.length;
            for (int i = 0; i < defaults.length; i++) {
                if (first + i >= 0) {
                    result[first + i] = defaults[i];
                }
            }
        }
        if (kwDefaults != null) {
            int start = sig.kwOnlyStart();
            for (int i = 0; i < kwDefaults.length && i < sig.getKwOnlyCount(); i++) {
                result[start + i] = kwDefaults[i];
            }
        }
        return result;
    }
}
