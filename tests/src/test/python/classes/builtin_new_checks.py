# X.__new__(T) on builtin types: CPython's checks that T is a type, a subtype of X, and one
# whose instances X.__new__ can build (the nearest base not defining __new__ in Python).
cases = [
    "int.__new__(bool, 0)", "object.__new__(int)", "tuple.__new__(int)", "float.__new__(bool)",
    "int.__new__(float)", "str.__new__(int)", "dict.__new__(int)", "object.__new__(dict)",
    "list.__new__(tuple)", "int.__new__(1)", "object.__new__(1)", "type.__new__(int, 'x', (), {})",
    "BaseException.__new__(int)", "ValueError.__new__(KeyError)", "object.__new__(ValueError)",
    "set.__new__(frozenset)", "frozenset.__new__(set)", "bytes.__new__(str)", "object.__new__(list)",
    "complex.__new__(int)", "property.__new__(int)", "object.__new__(type)",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", type(r).__name__)
    except TypeError as e:
        print(c, "TypeError:", e)

class I(int):
    pass
class J(int):
    def __new__(cls, v):
        return int.__new__(cls, v + 1)
class K(J):
    pass
class D(dict):
    pass
print(int.__new__(I, 5), type(int.__new__(I, 5)).__name__, J(1), K(2), type(K(2)).__name__)
for c in ["object.__new__(I)", "object.__new__(D)", "dict.__new__(D)", "object.__new__(K)", "int.__new__(K, 3)"]:
    try:
        r = eval(c)
        print(c, "->", type(r).__name__)
    except TypeError as e:
        print(c, "TypeError:", e)
class E(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(repr(E(1, 2)), ValueError.__new__(ValueError, 3).args)
class P:
    def __new__(cls):
        return object.__new__(cls)
print(type(P()).__name__)
exc_new = sorted(c.__name__ for c in vars(__builtins__).values() if isinstance(c, type) and issubclass(c, BaseException) and '__new__' in c.__dict__)
print(len(exc_new), exc_new[:5])
