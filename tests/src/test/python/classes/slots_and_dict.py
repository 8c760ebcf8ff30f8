# __slots__, __dict__, vars(), instance dict manipulation.
class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = S()
print(s.a, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.b
except AttributeError as e:
    print(type(e).__name__, e)
s.b = 2
print(s.b)
class D:
    def __init__(self):
        self.x = 1
d = D()
d.__dict__['y'] = 2
print(d.y, vars(d), sorted(D.__dict__.keys() - {'__dict__', '__weakref__', '__module__', '__doc__'}))
vars(d).update(z=3)
print(d.z)
class WithSlotsChild(S):
    pass
w = WithSlotsChild()
w.extra = 'ok'
print(w.extra, w.a)
