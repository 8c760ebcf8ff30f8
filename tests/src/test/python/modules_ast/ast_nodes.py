import _ast
import pwd

n = _ast.BinOp(_ast.Constant(1), _ast.Add(), right=_ast.Name('x', _ast.Load()))
print(n._fields, n.left.value, n.right.id, type(n.op).__name__, isinstance(n, _ast.expr), isinstance(n.op, _ast.operator))
print(_ast.FunctionDef._fields, _ast.FunctionDef._attributes, _ast.arguments._fields, _ast.MatchClass.__match_args__)
print(_ast.AST.__module__, _ast.Module.__mro__[1].__name__, _ast.PyCF_ONLY_AST, n.end_lineno, _ast.Constant(3).kind)
try:
    _ast.Name(1, 2, 3)
except TypeError as e:
    print(e)


class C(_ast.Constant):
    pass


print(C(5).value, pwd.getpwuid(0).pw_name, pwd.getpwnam('root').pw_uid)
