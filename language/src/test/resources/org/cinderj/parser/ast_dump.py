# Dumps CPython's AST of a file in the format of org.cinderj.parser.AstDump (for comparison tests).
# usage: ast_dump.py ROOT OUTDIR   (dumps every .py file CPython can parse)
import ast, os, struct, sys, warnings
warnings.simplefilter("ignore")

RENAME_NODE = {"Set": "SetExpr", "List": "ListExpr", "Expr": "ExprStmt", "AsyncFunctionDef": "FunctionDef",
               "AsyncFor": "For", "AsyncWith": "With", "arguments": "Arguments", "arg": "Arg", "keyword": "Keyword",
               "comprehension": "Comprehension", "alias": "Alias", "withitem": "WithItem", "match_case": "MatchCase",
               "TryStar": "Try"}
OPS = {"Add": "ADD", "Sub": "SUB", "Mult": "MULT", "MatMult": "MATMULT", "Div": "DIV", "Mod": "MOD", "Pow": "POW",
       "LShift": "LSHIFT", "RShift": "RSHIFT", "BitOr": "BITOR", "BitXor": "BITXOR", "BitAnd": "BITAND",
       "FloorDiv": "FLOORDIV", "Eq": "EQ", "NotEq": "NOT_EQ", "Lt": "LT", "LtE": "LT_E", "Gt": "GT", "GtE": "GT_E",
       "Is": "IS", "IsNot": "IS_NOT", "In": "IN", "NotIn": "NOT_IN", "Invert": "INVERT", "Not": "NOT", "UAdd": "UADD",
       "USub": "USUB", "And": "AND", "Or": "OR", "Load": "LOAD", "Store": "STORE", "Del": "DEL"}
SKIP = {"end_lineno", "end_col_offset", "type_comment", "kind", "type_ignores"}


def camel(s):
    if s == "lineno":
        return "line"
    if s == "col_offset":
        return "col"
    parts = s.split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def jstr(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 32 <= c < 127 and ch not in '"\\':
            out.append(ch)
        elif c > 0xFFFF:
            c -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)))
        else:
            out.append("\\u%04x" % c)
    return '"' + "".join(out) + '"'


def const(v):
    if v is None:
        return "None"
    if v is Ellipsis:
        return "Ellipsis"
    if v is True or v is False:
        return str(v)
    if isinstance(v, int):
        return "int:%d" % v
    if isinstance(v, float):
        return "float:%d" % struct.unpack("<q", struct.pack("<d", v))[0]
    if isinstance(v, complex):
        return "complex:%d" % struct.unpack("<q", struct.pack("<d", v.imag))[0]
    if isinstance(v, str):
        return jstr(v)
    if isinstance(v, bytes):
        return "bytes:" + v.hex()
    raise TypeError(type(v))


class Dumper:
    def __init__(self, lines):
        self.lines = lines
        self.out = []

    def col(self, node):
        line = self.lines[node.lineno - 1] if 0 < node.lineno <= len(self.lines) else b""
        return len(line[: node.col_offset].decode("utf-8", "replace"))

    def value(self, v, ind, parent_field=None):
        if isinstance(v, ast.AST):
            name = type(v).__name__
            if name in OPS:
                return OPS[name]
            self.node(v, ind)
            return None
        if isinstance(v, list):
            if not v:
                return "[]"
            self.out.append(" " * ind + "[")
            for x in v:
                if x is None:
                    self.out.append(" " * (ind + 2) + "None")
                    continue
                if isinstance(x, str):
                    self.out.append(" " * (ind + 2) + jstr(x))
                    continue
                r = self.value(x, ind + 2)
                if r is not None:
                    self.out.append(" " * (ind + 2) + r)
            self.out.append(" " * ind + "]")
            return None
        return None

    def node(self, n, ind):
        name = type(n).__name__
        jname = RENAME_NODE.get(name, name)
        fields = {}
        for f in list(n._fields) + list(n._attributes):
            if f in SKIP:
                continue
            fields[camel(f)] = getattr(n, f, None)
        if name in ("FunctionDef", "For", "With", "comprehension"):
            fields["isAsync"] = False if name != "comprehension" else bool(n.is_async)
        if name in ("AsyncFunctionDef", "AsyncFor", "AsyncWith"):
            fields["isAsync"] = True
        if name == "Constant":
            fields["value"] = ("CONST", n.value)
        if name == "MatchSingleton":
            fields["value"] = ("CONST", n.value)
        if name == "AnnAssign":
            fields["simple"] = bool(n.simple)
        if name == "FormattedValue":
            fields["conversion"] = n.conversion
        if name == "Module":
            fields = {"body": n.body}
        if "col" in fields:
            fields["col"] = self.col(n)
        if getattr(self, "in_spec", False) and name in ("JoinedStr", "Constant", "FormattedValue"):
            # CPython 3.10 gives format specs odd positions; not compared
            fields.pop("col", None)
            fields.pop("line", None)
        self.out.append(" " * ind + jname)
        for k in sorted(fields):
            v = fields[k]
            if isinstance(v, tuple) and v and v[0] == "CONST":
                self.out.append(" " * (ind + 1) + k + "=" + const(v[1]))
            elif isinstance(v, list) and not v:
                self.out.append(" " * (ind + 1) + k + "=[]")
            elif isinstance(v, (ast.AST, list)):
                if isinstance(v, ast.AST) and type(v).__name__ in OPS:
                    self.out.append(" " * (ind + 1) + k + "=" + OPS[type(v).__name__])
                else:
                    self.out.append(" " * (ind + 1) + k + "=")
                    saved = getattr(self, "in_spec", False)
                    self.in_spec = saved or k == "formatSpec"
                    self.value(v, ind + 2)
                    self.in_spec = saved
            elif v is None:
                self.out.append(" " * (ind + 1) + k + "=None")
            elif isinstance(v, bool):
                self.out.append(" " * (ind + 1) + k + "=" + str(v).lower())
            elif isinstance(v, int):
                self.out.append(" " * (ind + 1) + k + "=" + str(v))
            elif isinstance(v, str):
                self.out.append(" " * (ind + 1) + k + "=" + jstr(v))
            else:
                raise TypeError(type(v))


def main():
    root, outdir = sys.argv[1], sys.argv[2]
    top_only = len(sys.argv) > 3 and sys.argv[3] == "top"
    for dirpath, dirnames, filenames in os.walk(root):
        if top_only and dirpath != root:
            continue
        for f in filenames:
            if not f.endswith(".py"):
                continue
            path = os.path.join(dirpath, f)
            data = open(path, "rb").read()
            try:
                tree = compile(data, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
            except (SyntaxError, ValueError):
                continue
            lines = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
            if lines and lines[0].startswith(b"\xef\xbb\xbf"):
                lines[0] = lines[0][3:]
            d = Dumper(lines)
            d.node(tree, 0)
            rel = os.path.relpath(path, root)
            os.makedirs(os.path.join(outdir, os.path.dirname(rel)), exist_ok=True)
            with open(os.path.join(outdir, rel + ".txt"), "w") as fp:
                fp.write("\n".join(d.out) + "\n")


main()
