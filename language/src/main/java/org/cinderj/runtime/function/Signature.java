package org.cinderj.runtime.function;

/**
 * The parameter list of a Python or builtin function, and the layout of the bound-argument array
 * that {@link ArgBinder} produces: positional parameters (positional-only first), then the
 * {@code *args} tuple if any, then keyword-only parameters, then the {@code **kwargs} dict if any.
 */
public final class Signature {
    private final String name;
    private final String[] parameterNames;
    private final int posOnlyCount;
    private final int positionalCount;
    private final int kwOnlyCount;
    private final boolean varArgs;
    private final boolean varKeywords;
    /**
     * For builtins: how CPython names it in argument errors ({@code list.append}: the qualified
     * name, used by the one-argument and no-argument forms); null for Python functions.
     */
    private String builtinQualname;
    /** For builtins: leading parameters bound by the call machinery (self/cls), not counted in errors. */
    private int builtinSelfCount;
    /** For builtins parsed with CPython's old {@code PyArg_ParseTuple} ("takes at least 1 argument (0 given)"). */
    private boolean builtinOldStyle;

    /**
     * @param name the function's qualified name, as error messages show it ({@code f}, {@code C.m})
     * @param parameterNames all parameter names in bound-array order
     */
    public Signature(String name, String[] parameterNames, int posOnlyCount, int positionalCount, int kwOnlyCount,
                    boolean varArgs, boolean varKeywords) {
        this.name = name;
        this.parameterNames = parameterNames;
        this.posOnlyCount = posOnlyCount;
        this.positionalCount = positionalCount;
        this.kwOnlyCount = kwOnlyCount;
        this.varArgs = varArgs;
        this.varKeywords = varKeywords;
        assert parameterNames.length == boundLength();
    }

    /** A signature of {@code n} positional-only parameters named a, b, c... */
    public static Signature positional(String name, int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "arg" + i;
        }
        return new Signature(name, names, n, n, 0, false, false);
    }

    public String getName() {
        return name;
    }

    public Signature withName(String newName) {
        Signature s = new Signature(newName, parameterNames, posOnlyCount, positionalCount, kwOnlyCount, varArgs, varKeywords);
        if (builtinQualname != null) {
            s.setBuiltinInfo(builtinQualname.equals(name) ? newName : builtinQualname, builtinSelfCount, builtinOldStyle);
        }
        return s;
    }

    /** Marks this as a builtin's signature: argument errors then follow CPython's C-level messages. */
    public void setBuiltinInfo(String qualname, int selfCount, boolean oldStyle) {
        this.builtinQualname = qualname;
        this.builtinSelfCount = selfCount;
        this.builtinOldStyle = oldStyle;
    }

    public boolean isBuiltin() {
        return builtinQualname != null;
    }

    public String getBuiltinQualname() {
        return builtinQualname;
    }

    public int getBuiltinSelfCount() {
        return builtinSelfCount;
    }

    public boolean isBuiltinOldStyle() {
        return builtinOldStyle;
    }

    public String[] getParameterNames() {
        return parameterNames;
    }

    public int getPosOnlyCount() {
        return posOnlyCount;
    }

    public int getPositionalCount() {
        return positionalCount;
    }

    public int getKwOnlyCount() {
        return kwOnlyCount;
    }

    public boolean hasVarArgs() {
        return varArgs;
    }

    public boolean hasVarKeywords() {
        return varKeywords;
    }

    /** Index of the {@code *args} tuple in the bound array, or -1. */
    public int varArgsIndex() {
        return varArgs ? positionalCount : -1;
    }

    /** Index of the first keyword-only parameter in the bound array. */
    public int kwOnlyStart() {
        return positionalCount + (varArgs ? 1 : 0);
    }

    /** Index of the {@code **kwargs} dict in the bound array, or -1. */
    public int varKeywordsIndex() {
        return varKeywords ? positionalCount + (varArgs ? 1 : 0) + kwOnlyCount : -1;
    }

    public int boundLength() {
        return positionalCount + (varArgs ? 1 : 0) + kwOnlyCount + (varKeywords ? 1 : 0);
    }

    /** True when a call with {@code n} positional arguments and no keywords binds one to one. */
    public boolean isSimplePositional(int n) {
        return !varArgs && !varKeywords && kwOnlyCount == 0 && n == positionalCount;
    }
}
