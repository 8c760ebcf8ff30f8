# Sets and dicts whose keys' __eq__ mutates them mid-lookup: no crash, CPython's restart of the
# probe; set keys looked up as frozensets only when they cannot be hashed themselves.
from random import Random

rng = Random(1234)


class Bad:
    def __eq__(self, other):
        if not enabled:
            return False
        if rng.randrange(20) == 0:
            set1.clear()
        if rng.randrange(20) == 0:
            set2.clear()
        return bool(rng.randrange(2))

    def __hash__(self):
        return rng.randrange(2)


outcomes = {}
for op in ("union", "intersection", "difference", "symmetric_difference", "update", "intersection_update",
           "issubset", "issuperset", "isdisjoint", "__eq__", "__contains__"):
    for k in range(60):
        enabled = False
        set1 = set(Bad() for _ in range(rng.randrange(40)))
        set2 = set(Bad() for _ in range(rng.randrange(40)))
        enabled = True
        try:
            getattr(set1, op)(set2 if op != "__contains__" else Bad())
            outcomes[op] = outcomes.get(op, 0) + 1
        except RuntimeError as e:
            assert "changed size during iteration" in str(e), e
print(sorted(outcomes))

d = {}
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, other):
        d.clear()
        return False
for i in range(5):
    d[Key(i)] = i
print(len(d) <= 5)

s = {frozenset("ab"), 3}
print(set("ab") in s, set("xy") in s, {1} in set())
s.discard(set("ab"))
print(s)
try:
    s.remove(set("zz"))
except KeyError as e:
    print("KeyError", e)


class H(set):
    def __hash__(self):
        return 42


h = H("q")
f = set()
f.add(h)
print(h in f, len(f))
f.remove(h)
f.add(h)
f.discard(h)
print(len(f))
try:
    {[]} 
except TypeError as e:
    print("TypeError:", e)
try:
    set().__contains__([[]])
except TypeError as e:
    print("TypeError:", e)

# A key deleted and added again during iteration: same size, new key position.
for view in (lambda d: d, lambda d: d.values(), lambda d: d.items()):
    d = {0: 0}
    try:
        for i in view(d):
            del d[0]
            d[0] = 0
    except RuntimeError as e:
        print("RuntimeError:", e)
d = {i: i for i in range(6)}
print(d.popitem(), d.popitem(), list(d))
del d[3]
print(d.popitem(), list(d))


# Dict views compare by membership (values compared, never hashed); update stops when the
# source dict is changed under it.
class Unhashable:
    __hash__ = None

    def __eq__(self, other):
        return isinstance(other, Unhashable)


u = Unhashable()
print({1: u}.items() == {1: Unhashable()}.items(), {1: u}.items() <= {1: u, 2: 3}.items(), {1: 2}.keys() == {1}, {1: 2}.items() > set())


class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict((i, 0) for i in range(1, 40))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RuntimeError:", e)
