package org.cinderj.builtins;

import java.util.ArrayList;
import java.util.List;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.BuiltinBody;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.function.PBuiltinFunction;
import org.cinderj.runtime.function.PClassMethod;
import org.cinderj.runtime.function.PGetSetDescriptor;
import org.cinderj.runtime.function.PStaticMethod;
import org.cinderj.runtime.function.Signature;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/**
 * Declares builtin functions and methods from a text signature in Python syntax, e.g.
 * {@code "(self, sep=None, maxsplit=-1)"}, {@code "(iterable, /, *, key=None, reverse=False)"},
 * {@code "(*args, **kwargs)"}. Defaults may be {@code None}, {@code True}, {@code False}, an int,
 * a float, a single-quoted string, or {@code ?} (optional: the body sees {@link Missing#VALUE}).
 * For methods the first parameter is self and is always positional-only.
 */
public final class BuiltinDef {
    private BuiltinDef() {
    }

    /** A module-level builtin function, stored in the module. */
    public static PBuiltinFunction function(PythonModule module, String name, String textSignature, BuiltinBody body) {
        PBuiltinFunction f = make(name, name, textSignature, body, null, module.getModuleName(), false);
        module.setAttr(name, f);
        return f;
    }

    /** A module-level builtin function not stored anywhere. */
    public static PBuiltinFunction function(String moduleName, String name, String textSignature, BuiltinBody body) {
        return make(name, name, textSignature, body, null, moduleName, false);
    }

    /** A method of a builtin type, stored in the type's namespace. */
    public static PBuiltinFunction method(PythonClass owner, String name, String textSignature, BuiltinBody body) {
        PBuiltinFunction f = make(name, name, textSignature, body, owner, null, false);
        owner.define(name, f);
        return f;
    }

    /** Like {@link #method}, for small bodies that compiled code may inline (no recursion, no loops over unbounded data). */
    public static PBuiltinFunction inlinableMethod(PythonClass owner, String name, String textSignature, BuiltinBody body) {
        PBuiltinFunction f = make(name, name, textSignature, body, owner, null, true);
        owner.define(name, f);
        return f;
    }

    /** A classmethod of a builtin type ({@code dict.fromkeys}); the body's args[0] is the class. */
    public static void classMethod(PythonClass owner, String name, String textSignature, BuiltinBody body) {
        PBuiltinFunction f = make(name, name, textSignature, body, owner, null, false);
        f.setQualname(typeName(owner) + "." + name);
        owner.define(name, new PClassMethod(f));
    }

    /** A staticmethod of a builtin type ({@code str.maketrans}). */
    public static void staticMethod(PythonClass owner, String name, String textSignature, BuiltinBody body) {
        BuiltinBody b = name.equals("__new__") ? checkedNew(owner, body) : body;
        PBuiltinFunction f = make(name, name, textSignature, b, null, null, false, owner);
        f.setQualname(typeName(owner) + "." + name);
        owner.define(name, new PStaticMethod(f));
    }

    private static boolean isPythonCode(Object newMethod) {
        Object f = newMethod instanceof PStaticMethod sm ? sm.getCallable() : newMethod;
        return !(f instanceof PBuiltinFunction);
    }

    /** The body of a builtin type's {@code __new__}, preceded by {@link #checkNewTarget}. */
    public static BuiltinBody checkedNew(PythonClass owner, BuiltinBody body) {
        return a -> {
            checkNewTarget(owner, a.length > 0 ? a[0] : null);
            return body.call(a);
        };
    }

    /**
     * The checks CPython makes on {@code cls} when a builtin type's {@code __new__} is called
     * through the type's attribute ({@code int.__new__(cls, ...)}): a type, a subtype of the
     * owner, and one whose instances the owner's {@code __new__} can build: the nearest class of
     * {@code cls}'s base chain whose {@code __new__} is not Python code must have this same
     * {@code __new__}. So {@code int.__new__(bool)} and
     * {@code object.__new__(int)} are refused, {@code int.__new__(MyInt)} is not.
     */
    private static void checkNewTarget(PythonClass owner, Object cls) {
        if (cls == owner) {
            return;
        }
        String name = owner.getName();
        if (!(cls instanceof PythonClass c)) {
            throw PythonErrors.typeError("%s.__new__(X): X is not a type object (%s)", name, BuiltinTypes.typeOf(cls).getName());
        }
        if (!c.isSubclassOf(owner)) {
            throw PythonErrors.typeError("%s.__new__(%s): %s is not a subtype of %s", name, c.getName(), c.getName(), name);
        }
        PythonClass base = c;
        while (base != null && isPythonCode(base.lookup("__new__"))) {
            base = base.getBase();
        }
        if (base != null && base.lookup("__new__") != owner.getOwn("__new__")) {
            throw PythonErrors.typeError("%s.__new__(%s) is not safe, use %s.__new__()", name, c.getName(), base.getName());
        }
    }

    /** A type's name without its module ("TextIOWrapper" for _io.TextIOWrapper), as qualnames use it. */
    private static String typeName(PythonClass owner) {
        String n = owner.getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    /** A read-only attribute of a builtin type. */
    public static void getter(PythonClass owner, String name, PGetSetDescriptor.Getter getter) {
        owner.define(name, new PGetSetDescriptor(name, owner, getter, null));
    }

    /**
     * A read-only member of a builtin type (CPython's READONLY member): assigning or deleting it
     * raises "readonly attribute", where a getter without setter says "is not writable".
     */
    public static void member(PythonClass owner, String name, PGetSetDescriptor.Getter getter) {
        owner.define(name, new PGetSetDescriptor(name, owner, getter, (self, v) -> {
            throw PythonErrors.attributeError("readonly attribute");
        }));
    }

    /** A writable attribute of a builtin type. */
    public static void getSet(PythonClass owner, String name, PGetSetDescriptor.Getter getter, PGetSetDescriptor.Setter setter) {
        owner.define(name, new PGetSetDescriptor(name, owner, getter, setter));
    }

    static PBuiltinFunction make(String name, String qualname, String text, BuiltinBody body, PythonClass owner, String module,
                    boolean inlinable) {
        return make(name, qualname, text, body, owner, module, inlinable, owner);
    }

    /** @param nameOwner the type the function belongs to for error messages (also for static methods) */
    static PBuiltinFunction make(String name, String qualname, String text, BuiltinBody body, PythonClass owner, String module,
                    boolean inlinable, PythonClass nameOwner) {
        String inner = text.trim();
        if (!inner.startsWith("(") || !inner.endsWith(")")) {
            throw new IllegalArgumentException("bad text signature for " + name + ": " + text);
        }
        inner = inner.substring(1, inner.length() - 1).trim();
        List<String> positional = new ArrayList<>();
        List<Object> posDefaults = new ArrayList<>();
        List<String> kwOnly = new ArrayList<>();
        List<Object> kwDefaults = new ArrayList<>();
        String varArgs = null;
        String varKw = null;
        int posOnly = -1;
        boolean inKwOnly = false;
        if (!inner.isEmpty()) {
            for (String raw : inner.split(",")) {
                String p = raw.trim();
                if (p.equals("/")) {
                    posOnly = positional.size();
                } else if (p.equals("*")) {
                    inKwOnly = true;
                } else if (p.startsWith("**")) {
                    varKw = p.substring(2);
                } else if (p.startsWith("*")) {
                    varArgs = p.substring(1);
                    inKwOnly = true;
                } else {
                    String pname = p;
                    Object dflt = null;
                    int eq = p.indexOf('=');
                    if (eq >= 0) {
                        pname = p.substring(0, eq).trim();
                        dflt = parseDefault(p.substring(eq + 1).trim());
                    }
                    if (inKwOnly) {
                        kwOnly.add(pname);
                        kwDefaults.add(dflt);
                    } else {
                        positional.add(pname);
                        posDefaults.add(dflt);
                    }
                }
            }
        }
        if (owner != null && posOnly < 1 && !positional.isEmpty()) {
            posOnly = Math.max(posOnly, 1);
        }
        if (posOnly < 0) {
            posOnly = 0;
        }
        List<String> names = new ArrayList<>(positional);
        List<Object> layoutDefaults = new ArrayList<>(posDefaults);
        if (varArgs != null) {
            names.add(varArgs);
            layoutDefaults.add(null);
        }
        names.addAll(kwOnly);
        layoutDefaults.addAll(kwDefaults);
        if (varKw != null) {
            names.add(varKw);
            layoutDefaults.add(null);
        }
        String sigName = owner != null ? name : qualname;
        Signature sig = new Signature(sigName, names.toArray(new String[0]), posOnly, positional.size(), kwOnly.size(),
                        varArgs != null, varKw != null);
        String display = nameOwner == null ? null : nameOwner.getName().substring(nameOwner.getName().lastIndexOf('.') + 1);
        boolean isCtor = name.equals("__new__") || name.equals("__init__");
        if (isCtor && nameOwner != null) {
            sig = new Signature(display, sig.getParameterNames(), posOnly, positional.size(), kwOnly.size(), varArgs != null, varKw != null);
        }
        int selfCount = 0;
        if (!positional.isEmpty() && (nameOwner != null || isCtor)) {
            String first = positional.get(0);
            selfCount = first.equals("self") || first.equals("cls") || first.equals("type") ? 1 : 0;
        }
        String builtinQual = nameOwner == null ? sig.getName() : isCtor ? display : display + "." + name;
        sig.setBuiltinInfo(builtinQual, selfCount, nameOwner != null && OLD_STYLE.contains(name)
                        && (display.equals("str") || display.equals("bytes") || display.equals("bytearray")));
        boolean anyDefault = false;
        for (Object d : layoutDefaults) {
            anyDefault |= d != null;
        }
        return new PBuiltinFunction(name, sig, anyDefault ? layoutDefaults.toArray() : null, body, owner, module, inlinable, null);
    }

    /** Methods of str/bytes/bytearray that CPython parses with PyArg_ParseTuple (old-style argument errors). */
    private static final java.util.Set<String> OLD_STYLE = java.util.Set.of("startswith", "endswith", "count", "find", "rfind", "index", "rindex");

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Object parseDefault(String s) {
        switch (s) {
            case "?":
                return Missing.VALUE;
            case "None":
                return PNone.NONE;
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "()":
                return org.cinderj.runtime.tuple.PTuple.EMPTY;
            default:
                break;
        }
        if (s.startsWith("'") && s.endsWith("'") && s.length() >= 2) {
            return unescape(s.substring(1, s.length() - 1));
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return Double.parseDouble(s);
        }
    }
}
