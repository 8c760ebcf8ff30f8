# list.sort edge cases: exceptions from __lt__ part-way through (the list must hold a
# permutation of its items, in the very order CPython leaves them), mutation during the sort,
# and the homogeneous-key fast paths (ints, floats, strings, tuples) that must give the same
# results, exceptions and __eq__/__lt__ calls as the generic comparison.


from _sort_lcg import Lcg


class Boom(Exception):
    pass


class Fragile:
    """Raises Boom from the limit-th call of __lt__."""
    calls = 0
    limit = -1

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        Fragile.calls += 1
        if Fragile.calls == Fragile.limit:
            raise Boom("after %d comparisons" % Fragile.calls)
        return self.v < other.v

    def __repr__(self):
        return "F(%r)" % self.v


def fold(xs):
    h = 0
    for x in xs:
        h = (h * 1000003 + x) & 0xFFFFFFFF
    return h


# --- an exception from __lt__ part-way: it propagates, the list keeps every item ---
rng = Lcg(2024)
base = [rng.next(500) for _ in range(300)] + list(range(200)) + [rng.next(7) for _ in range(100)]
for limit in (1, 2, 10, 60, 300, 900, 1500, 2500, 2900, 3100, 3250, 3300, 3310, 3340, 4000):
    for mode in ("plain", "reverse", "key"):
        items = [Fragile(v, i) for i, v in enumerate(base)]
        Fragile.calls = 0
        Fragile.limit = limit
        try:
            if mode == "plain":
                items.sort()
            elif mode == "reverse":
                items.sort(reverse=True)
            else:
                items.sort(key=lambda f: Fragile(-f.v, f.i))
            outcome = "completed"
        except Boom as e:
            outcome = "Boom: %s" % e
        perm = sorted(f.i for f in items) == list(range(len(base)))
        print(limit, mode, outcome, len(items), perm, fold(f.i for f in items))
Fragile.limit = -1

# --- mutation during the sort ---
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(x) or x)
except ValueError as e:
    print("ValueError", e, l)


class Appender:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        self.target.append(self.v)
        return self.v < other.v


l = []
l.extend(Appender(v, l) for v in (5, 3, 9, 1))
try:
    l.sort()
except ValueError as e:
    print("ValueError", e, [a.v for a in l])


class Peeker:
    seen = []

    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        Peeker.seen.append(len(self.target))
        self.target.clear()
        return self.v < other.v


l = []
l.extend(Peeker(v, l) for v in (4, 2, 8, 6))
l.sort()
print("during sort the list looks empty:", Peeker.seen, [p.v for p in l])

# --- homogeneous fast paths must equal the generic comparison ---
print(sorted([5, -3, 0, 2**62, -2**63, 7, 7, -1]))
print(sorted([5, 10**30, -3, -10**30, 0, 2**63]))
print(sorted([3, True, 0, False, -1, 2, 1]))
print(sorted([True, False, True, False]))
print(sorted([1, 0.5, 2, -1.5, 1.0, 1]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5, -1.0]))
print(sorted([2.5, -0.0, 0.0, float("inf"), -float("inf"), 1e308]))
# int and float keys: equal keys keep their order (0.0 and -0.0 are equal), whatever the range
print(sorted([0.0, -0.0, 1.5, 0.0, -0.0, -1.5]), sorted([-0.0, 0.0], reverse=True))
print(sorted(range(12), key=lambda i: (0.0, -0.0, 2.5, -2.5)[i % 4]))
print(sorted(range(12), key=lambda i: (i % 3 - 1) * 2**62, reverse=True))
print(sorted(range(12), key=lambda i: (-2**63, 2**63 - 1, 0, -1)[i % 4]))
print(sorted(range(12), key=lambda i: (float("inf"), -float("inf"), 5e-324, -5e-324)[i % 4]))
print(sorted(range(20), key=lambda i: (i * 7) % 5))
print(sorted([7, 3, 7, 3, 2**40, -2**40, 0] * 3))
print(sorted(range(10), key=lambda i: (float("nan") if i == 4 else float(i % 3))))
print([hex(ord(s[0])) if s else "" for s in sorted(["\U0001F600", "\uffff", "a", "\ud800", "\U00010000", "", "aa", "\xe9"])])
print(sorted(["b", "a", "ab", "B", "", "ba"]))
# strings are ordered by code point, also where the first difference is inside a surrogate pair
tricky = ["\U00010000", "\ud800\U00010000", "\ud800", "\ud800\uffff", "\ud800\udbff", "\U00010001", "\uffff"]
print([[hex(ord(c)) for c in s] for s in sorted(tricky)])
print(sorted(tricky) == sorted(tricky, key=lambda s: [ord(c) for c in s]))


class S(str):
    lt = 0

    def __lt__(self, other):
        S.lt += 1
        return str.__lt__(self, other)


mixed = ["pear", S("apple"), "fig", S("kiwi"), "date"]
print(sorted(mixed), S.lt)


class I(int):
    pass


print(sorted([3, I(1), 2, I(0)]))
for bad in ([1, "a"], ["a", 1], [1, 2, 3, "x", 4], [(1, "a"), ("b", 2)], [(1, 2), (1, "a")], [None, None],
            [1.5, None], [(1,), ("x",), (2,)], [[1], (1,)], [{1}, {2}, 3]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError", e)
print(sorted([None]), sorted([]), sorted([(1, 2)]))

# tuples: first elements compared with the fast path, later ones element-wise
print(sorted([(1, "b"), (0, "z"), (1, "a"), (0, "z", 1), (0,), (1, "a", None)]))
print(sorted([(2.5, 1), (1.5, 2), (2.5, 0), (float("nan"), 3)]))
print(sorted([("b", 1), ("a", 2), ("b", 0)]))
print(sorted([((1, 2), 3), ((1, 1), 4), ((0, 9), 5)]))
print(sorted([(1, 2), (1, 2.5), (0, True)]))
print(sorted([(), (1,), (), (0,)]))


class Tracked:
    eq = 0
    lt = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Tracked.eq += 1
        return self.v == other.v

    def __lt__(self, other):
        Tracked.lt += 1
        return self.v < other.v

    __hash__ = None


rng = Lcg(7)
pairs = [(Tracked(rng.next(10)), rng.next(1000)) for _ in range(500)]
out = sorted(pairs)
print("tuple keys of objects:", Tracked.eq, Tracked.lt, [(t.v, n) for t, n in out[:5]])
Tracked.eq = Tracked.lt = 0
shared = Tracked(1)
out = sorted([(shared, 3), (shared, 1), (shared, 2)])
print("identical first elements:", Tracked.eq, Tracked.lt, [n for _, n in out])

from collections import namedtuple

P = namedtuple("P", "x y")
print(sorted([P(2, 1), P(1, 5), (1, 4)]))

# stability with equal keys, and keys given by builtins
words = "the quick brown fox jumps over the lazy dog and then some more words".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=str.upper, reverse=True))
print(sorted(range(20), key=lambda v: v % 3))
print(sorted(range(20), key=lambda v: v % 3, reverse=True))
print(sorted({3: 1, 1: 2, 2: 3}), sorted("hello"), sorted((3, 1, 2), key=None))

# longer lists of ints, floats and strs (equal keys must keep their order; strings sharing long
# prefixes, wide and astral characters)
rng = Lcg(4242)
alphabets = ["ab", "abcdefghijklmnopqrstuvwxyz", "aZ0 \x00\xe9\xff\u0100\u01fe", "a\u01ff\u0200\u20ac\uffff",
             "a\ud800\U00010000\U0001F600\U0010FFFF\uffff\ue000"]
for alpha in alphabets:
    for maxlen, prefix in ((3, ""), (9, ""), (4, "common-prefix-")):
        words = [prefix + "".join(alpha[rng.next(len(alpha))] for _ in range(rng.next(maxlen + 1))) for _ in range(400)]
        order = sorted(range(len(words)), key=lambda i: words[i])
        back = sorted(range(len(words)), key=lambda i: words[i], reverse=True)
        ok = all(words[a] < words[b] or (words[a] == words[b] and a < b) for a, b in zip(order, order[1:]))
        print(len(alpha), maxlen, prefix != "", ok, fold(order), fold(back), sorted(words) == [words[i] for i in order])
for scale in (1, 2**20, 2**55):
    ints = [(rng.next(200) - 100) * scale for _ in range(500)]
    order = sorted(range(500), key=lambda i: ints[i])
    print("ints", scale, fold(order), fold(sorted(range(500), key=lambda i: ints[i], reverse=True)), sorted(ints)[:3])
floats = [(rng.next(40) - 20) / 4.0 for _ in range(500)] + [0.0, -0.0] * 20
order = sorted(range(len(floats)), key=lambda i: floats[i])
print("floats", fold(order), [floats[i] for i in order if floats[i] == 0][:8], sorted(floats)[::60])
mixed = [3, 1.5, 2, -0.5, 10**20, 7, True] * 20
print(fold(sorted(range(len(mixed)), key=lambda i: mixed[i])))
