# Default equality/hash/repr behaviour and overrides.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
class Value:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return type(o) is Value and o.v == self.v
    __hash__ = None
print(Value(1) == Value(1), Value(1) != Value(2), Value.__hash__ is None)
try:
    {Value(1)}
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq.__hash__ is None, OnlyEq() != 5)
class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return self.k == o.k
    def __hash__(self): return hash(self.k)
    def __repr__(self): return f'Both({self.k!r})'
print({Both(1): 'x'}[Both(1)], sorted({Both(2), Both(1), Both(2)}, key=lambda x: x.k))
print(repr(Plain()).startswith('<__main__.Plain object at 0x'), str(Plain) == "<class '__main__.Plain'>")
