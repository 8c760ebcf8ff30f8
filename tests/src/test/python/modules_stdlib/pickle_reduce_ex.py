# object.__reduce_ex__ for protocol 2+: __getnewargs__/__getnewargs_ex__, __slots__ state, list and
# dict items of subclasses; pickle and copy round trips.
import pickle, copy
class C1:
    def __init__(self, a, b):
        self.a, self.b = a, b
class C2(int):
    def __new__(cls, a, b):
        self = super().__new__(cls, a)
        self.b = b
        return self
    def __getnewargs__(self):
        return (int(self), self.b)
class C3:
    __slots__ = ("x", "y")
class C4:
    def __new__(cls, *, key):
        o = object.__new__(cls)
        o.key = key
        return o
    def __getnewargs_ex__(self):
        return ((), {"key": self.key})
class L(list):
    pass
class D(dict):
    pass
c3 = C3(); c3.x = 5
for obj in (C1(1, [2]), C2(7, "b"), c3, C4(key="k"), L([1, 2]), D(a=1)):
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(obj, proto))
        cp = copy.copy(obj)
        dc = copy.deepcopy(obj)
    r = obj.__reduce_ex__(2)
    print(type(obj).__name__, r[0].__name__, len(r[1]), type(r[2]).__name__, r[3] is not None, r[4] is not None,
          getattr(back, "__dict__", None) or [getattr(back, s, None) for s in getattr(back, "__slots__", ())] or back)
class Bad:
    def __getnewargs__(self):
        return 5
try:
    Bad().__reduce_ex__(2)
except TypeError as e:
    print("TypeError:", e)
