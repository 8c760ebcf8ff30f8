package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.PythonClass;

/**
 * The {@code _ast} module: the node classes of Python 3.10's ASDL (class hierarchy, {@code _fields},
 * {@code _attributes}, the generic constructor). {@code ast.parse} itself needs {@code compile}
 * with {@code PyCF_ONLY_AST}, which belongs to the compiler.
 */
public final class AstModule {
    private AstModule() {
    }

    static final String POS = "lineno col_offset end_lineno end_col_offset";

    /** name : base : fields : attributes ("-" for none). */
    static final String[] NODES = {
        "mod:AST:-:-", "Module:mod:body type_ignores:-", "Interactive:mod:body:-", "Expression:mod:body:-", "FunctionType:mod:argtypes returns:-",
        "stmt:AST:-:" + POS,
        "FunctionDef:stmt:name args body decorator_list returns type_comment:" + POS,
        "AsyncFunctionDef:stmt:name args body decorator_list returns type_comment:" + POS,
        "ClassDef:stmt:name bases keywords body decorator_list:" + POS, "Return:stmt:value:" + POS, "Delete:stmt:targets:" + POS,
        "Assign:stmt:targets value type_comment:" + POS, "AugAssign:stmt:target op value:" + POS,
        "AnnAssign:stmt:target annotation value simple:" + POS, "For:stmt:target iter body orelse type_comment:" + POS,
        "AsyncFor:stmt:target iter body orelse type_comment:" + POS, "While:stmt:test body orelse:" + POS, "If:stmt:test body orelse:" + POS,
        "With:stmt:items body type_comment:" + POS, "AsyncWith:stmt:items body type_comment:" + POS, "Match:stmt:subject cases:" + POS,
        "Raise:stmt:exc cause:" + POS, "Try:stmt:body handlers orelse finalbody:" + POS, "Assert:stmt:test msg:" + POS,
        "Import:stmt:names:" + POS, "ImportFrom:stmt:module names level:" + POS, "Global:stmt:names:" + POS, "Nonlocal:stmt:names:" + POS,
        "Expr:stmt:value:" + POS, "Pass:stmt:-:" + POS, "Break:stmt:-:" + POS, "Continue:stmt:-:" + POS,
        "expr:AST:-:" + POS,
        "BoolOp:expr:op values:" + POS, "NamedExpr:expr:target value:" + POS, "BinOp:expr:left op right:" + POS,
        "UnaryOp:expr:op operand:" + POS, "Lambda:expr:args body:" + POS, "IfExp:expr:test body orelse:" + POS,
        "Dict:expr:keys values:" + POS, "Set:expr:elts:" + POS, "ListComp:expr:elt generators:" + POS, "SetComp:expr:elt generators:" + POS,
        "DictComp:expr:key value generators:" + POS, "GeneratorExp:expr:elt generators:" + POS, "Await:expr:value:" + POS,
        "Yield:expr:value:" + POS, "YieldFrom:expr:value:" + POS, "Compare:expr:left ops comparators:" + POS,
        "Call:expr:func args keywords:" + POS, "FormattedValue:expr:value conversion format_spec:" + POS, "JoinedStr:expr:values:" + POS,
        "Constant:expr:value kind:" + POS, "Attribute:expr:value attr ctx:" + POS, "Subscript:expr:value slice ctx:" + POS,
        "Starred:expr:value ctx:" + POS, "Name:expr:id ctx:" + POS, "List:expr:elts ctx:" + POS, "Tuple:expr:elts ctx:" + POS,
        "Slice:expr:lower upper step:" + POS,
        "expr_context:AST:-:-", "Load:expr_context:-:-", "Store:expr_context:-:-", "Del:expr_context:-:-",
        "boolop:AST:-:-", "And:boolop:-:-", "Or:boolop:-:-",
        "operator:AST:-:-", "Add:operator:-:-", "Sub:operator:-:-", "Mult:operator:-:-", "MatMult:operator:-:-", "Div:operator:-:-",
        "Mod:operator:-:-", "Pow:operator:-:-", "LShift:operator:-:-", "RShift:operator:-:-", "BitOr:operator:-:-", "BitXor:operator:-:-",
        "BitAnd:operator:-:-", "FloorDiv:operator:-:-",
        "unaryop:AST:-:-", "Invert:unaryop:-:-", "Not:unaryop:-:-", "UAdd:unaryop:-:-", "USub:unaryop:-:-",
        "cmpop:AST:-:-", "Eq:cmpop:-:-", "NotEq:cmpop:-:-", "Lt:cmpop:-:-", "LtE:cmpop:-:-", "Gt:cmpop:-:-", "GtE:cmpop:-:-", "Is:cmpop:-:-",
        "IsNot:cmpop:-:-", "In:cmpop:-:-", "NotIn:cmpop:-:-",
        "comprehension:AST:target iter ifs is_async:-",
        "excepthandler:AST:-:" + POS, "ExceptHandler:excepthandler:type name body:" + POS,
        "arguments:AST:posonlyargs args vararg kwonlyargs kw_defaults kwarg defaults:-",
        "arg:AST:arg annotation type_comment:" + POS, "keyword:AST:arg value:" + POS, "alias:AST:name asname:" + POS,
        "withitem:AST:context_expr optional_vars:-", "match_case:AST:pattern guard body:-",
        "pattern:AST:-:" + POS, "MatchValue:pattern:value:" + POS, "MatchSingleton:pattern:value:" + POS,
        "MatchSequence:pattern:patterns:" + POS, "MatchMapping:pattern:keys patterns rest:" + POS,
        "MatchClass:pattern:cls patterns kwd_attrs kwd_patterns:" + POS, "MatchStar:pattern:name:" + POS,
        "MatchAs:pattern:pattern name:" + POS, "MatchOr:pattern:patterns:" + POS,
        "type_ignore:AST:-:-", "TypeIgnore:type_ignore:lineno tag:-"};

    static final PythonClass AST = heapClass("AST", org.cinderj.runtime.type.BuiltinTypes.OBJECT);

    /** Node classes are heap-like types: their instances carry a __dict__ for the fields. */
    static PythonClass heapClass(String name, PythonClass base) {
        PythonClass c = new PythonClass(org.cinderj.runtime.type.BuiltinTypes.TYPE, name, new PythonClass[]{base}, false);
        c.define("__module__", "ast");
        c.setQualname(name);
        return c;
    }
    static final Map<String, PythonClass> CLASSES = new LinkedHashMap<>();

    static PTuple names(String spec) {
        if (spec.equals("-")) {
            return new PTuple(new Object[0]);
        }
        return new PTuple((Object[]) spec.split(" "));
    }

    static {
        AST.define("_fields", new PTuple(new Object[0]));
        AST.define("_attributes", new PTuple(new Object[0]));
        PyUtil.constructor(AST, "(cls, *args, **kwargs)", a -> new PythonObject(PyUtil.checkClass(a[0], AST)));
        PyUtil.method(AST, "__init__", "(self, *args, **kwargs)", a -> {
            Object[] args = ((PTuple) a[1]).getItems();
            Object fields = PyOps.lookupAttribute(a[0], "_fields");
            Object[] f = fields == null ? new Object[0] : PyUtil.toArray(fields);
            if (args.length > f.length) {
                throw PythonErrors.typeError("%s constructor takes at most %d positional argument%s", PyUtil.typeName(a[0]), f.length,
                                f.length == 1 ? "" : "s");
            }
            for (int i = 0; i < args.length; i++) {
                PyOps.setAttribute(a[0], PyUtil.str(f[i], "field name"), args[i]);
            }
            PDict kw = (PDict) a[2];
            Object it = PyOps.getIter(kw);
            Object k;
            while ((k = PyOps.next(it)) != null) {
                PyOps.setAttribute(a[0], (String) k, kw.get(k));
            }
            return NONE;
        });
        PyUtil.method(AST, "__reduce__", "(self)", a -> {
            Object d = PyOps.lookupAttribute(a[0], "__dict__");
            return d == null ? PyUtil.tuple(((PythonObject) a[0]).getPythonClass(), new PTuple(new Object[0]))
                            : PyUtil.tuple(((PythonObject) a[0]).getPythonClass(), new PTuple(new Object[0]), d);
        });
        CLASSES.put("AST", AST);
        for (String spec : NODES) {
            String[] p = spec.split(":");
            PythonClass c = heapClass(p[0], CLASSES.get(p[1]));
            PTuple fields = names(p[2]);
            c.define("_fields", fields);
            c.define("__match_args__", fields);
            c.define("_attributes", names(p[3]));
            CLASSES.put(p[0], c);
        }
        // optional fields and attributes default to None
        for (String n : new String[]{"returns", "type_comment", "value", "cause", "exc", "msg", "module", "kind", "format_spec", "lower",
            "upper", "step", "vararg", "kwarg", "annotation", "asname", "optional_vars", "guard", "rest", "pattern", "name", "type",
            "end_lineno", "end_col_offset"}) {
            for (String cls : new String[]{"FunctionDef", "AsyncFunctionDef", "Assign", "For", "AsyncFor", "With", "AsyncWith", "Return",
                "AnnAssign", "Raise", "Assert", "ImportFrom", "Yield", "Constant", "FormattedValue", "Slice", "arguments", "arg", "alias",
                "withitem", "match_case", "MatchMapping", "MatchStar", "MatchAs", "ExceptHandler", "keyword"}) {
                PythonClass c = CLASSES.get(cls);
                if (contains(c, n)) {
                    c.define(n, NONE);
                }
            }
        }
        for (String base : new String[]{"stmt", "expr", "excepthandler", "pattern", "arg", "keyword", "alias"}) {
            CLASSES.get(base).define("end_lineno", NONE);
            CLASSES.get(base).define("end_col_offset", NONE);
        }
    }

    private static boolean contains(PythonClass c, String name) {
        Object f = c.lookup("_fields");
        if (f instanceof PTuple t) {
            for (Object x : t.getItems()) {
                if (name.equals(x)) {
                    return true;
                }
            }
        }
        Object at = c.lookup("_attributes");
        if (at instanceof PTuple t && (name.equals("end_lineno") || name.equals("end_col_offset"))) {
            for (Object x : t.getItems()) {
                if (name.equals(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("_ast");
        for (Map.Entry<String, PythonClass> e : CLASSES.entrySet()) {
            m.setAttr(e.getKey(), e.getValue());
        }
        m.setAttr("PyCF_ONLY_AST", 1024L);
        m.setAttr("PyCF_TYPE_COMMENTS", 4096L);
        m.setAttr("PyCF_ALLOW_TOP_LEVEL_AWAIT", 8192L);
        return m;
    }
}
