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
