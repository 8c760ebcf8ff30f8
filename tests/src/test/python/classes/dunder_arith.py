# Operator overloading: arithmetic, reflected, in-place, comparison, NotImplemented.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'V({self.x}, {self.y})'
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
v, w = V(1, 2), V(3, 4)
print(v + w, v * 3, 3 * v, -v, abs(w), v @ w, v == V(1, 2), v != w, v == 1)
u = v
u += w
print(u is v, v)
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    v < w
except TypeError as e:
    print(type(e).__name__, e)
class Num:
    def __init__(self, n): self.n = n
    def __radd__(self, other): return Num(other + self.n)
    def __repr__(self): return 'Num(%r)' % self.n
print(5 + Num(1), sum([Num(1), Num(2)], 0) if False else sum([1, 2]) + Num(3).n)
print(sum([Num(1)], 10))
class Cmp:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return 'Cmp(%d)' % self.k
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), Cmp(1) > Cmp(0), max(Cmp(5), Cmp(9)))
class Div:
    def __truediv__(self, o): return 'truediv'
    def __floordiv__(self, o): return 'floordiv'
    def __mod__(self, o): return 'mod'
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return ('rpow', o)
    def __lshift__(self, o): return 'lshift'
    def __and__(self, o): return 'and'
    def __invert__(self): return 'invert'
d = Div()
print(d / 1, d // 1, d % 1, d ** 2, pow(d, 2, 3), 2 ** d, d << 1, d & 1, ~d)
