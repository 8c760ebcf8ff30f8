# Container and other protocols: __len__, __getitem__, __contains__, __iter__, __call__, __hash__, __bool__.
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('Seq index out of range')
        return i * i
s = Seq(5)
print(len(s), s[2], s[-1], s[1:4], list(s), 9 in s, 10 in s, list(reversed(s)))
class Box:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
b = Box()
b['x'] = 1; b['y'] = 2
del b['x']
print('x' in b, 'y' in b, list(b), b['y'])
class Adder:
    def __init__(self, k): self.k = k
    def __call__(self, x): return x + self.k
print(Adder(5)(10), callable(Adder(1)))
class Key:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Key) and o.v == self.v
    def __hash__(self): return hash(self.v)
print(len({Key(1), Key(1), Key(2)}), {Key('a'): 1}[Key('a')])
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class Str:
    def __str__(self): return 'str!'
    def __repr__(self): return 'repr!'
print(Str(), repr(Str()), str(Str()), [Str()], f'{Str()}', '%s %r' % (Str(), Str()))
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], 'abc'[Idx()], bin(Idx()), range(10)[Idx()])
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return False
    def __bool__(self): return False
print(bool(Ctx()), not Ctx())
