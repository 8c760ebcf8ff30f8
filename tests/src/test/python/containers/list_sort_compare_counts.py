# list.sort is timsort: the exact number (and order) of __lt__ calls is observable through
# user-defined __lt__, so it must match CPython's on every shape of input (natural runs,
# descending runs, minrun padding, galloping, the run-stack merge order).

from _sort_lcg import Lcg


class Counted:
    __slots__ = ("v", "i")
    calls = 0

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        Counted.calls += 1
        return self.v < other.v


def shapes(n, rng):
    asc = list(range(n))
    yield "random", [rng.next(1 << 30) for _ in range(n)]
    yield "sorted", asc
    yield "reversed", asc[::-1]
    mostly = asc[:]
    for _ in range(max(1, n // 50)):
        if n:
            a, b = rng.next(n), rng.next(n)
            mostly[a], mostly[b] = mostly[b], mostly[a]
    yield "mostly", mostly
    yield "dups", [rng.next(4) for _ in range(n)]
    yield "saw", [i % 37 for i in range(n)]
    yield "organ", asc[: n // 2] + asc[: (n + 1) // 2][::-1]
    yield "tail", asc[: n - n // 10] + [rng.next(n + 1) for _ in range(n // 10)]
    yield "runs", [((i // 100) * 7919) % 1000 * 1000 + (i % 100 if (i // 100) % 2 else 100 - i % 100) for i in range(n)]


def check(name, n, values):
    items = [Counted(v, i) for i, v in enumerate(values)]
    Counted.calls = 0
    items.sort()
    calls = Counted.calls
    ok = all(a.v < b.v or (a.v == b.v and a.i < b.i) for a, b in zip(items, items[1:]))
    return calls, ok


rng = Lcg(12345)
sizes = list(range(0, 70)) + [100, 127, 128, 129, 130, 255, 256, 257, 500, 999, 1000, 1024, 1500, 2000]
for n in sizes:
    line = []
    for name, values in shapes(n, rng):
        calls, ok = check(name, n, values)
        line.append("%s=%d%s" % (name, calls, "" if ok else "!"))
    print(n, " ".join(line))

for name, values in shapes(100000, Lcg(777)):
    if name in ("random", "sorted", "reversed", "mostly", "dups", "runs"):
        calls, ok = check(name, 100000, values)
        print(100000, name, calls, ok)

# key= and reverse=: the key objects are compared; values move with their keys, and
# reverse=True keeps equal keys in their original order.
rng = Lcg(99)
data = [(rng.next(50), i) for i in range(3000)]
for rev in (False, True):
    Counted.calls = 0
    out = sorted(data, key=lambda t: Counted(t[0], t[1]), reverse=rev)
    stable = all((a[0] > b[0] if rev else a[0] < b[0]) or (a[0] == b[0] and a[1] < b[1]) for a, b in zip(out, out[1:]))
    print("key reverse=%s" % rev, Counted.calls, stable, out[:3], out[-3:])
    Counted.calls = 0
    objs = [Counted(v, i) for v, i in data]
    objs.sort(reverse=rev)
    print("plain reverse=%s" % rev, Counted.calls, [(o.v, o.i) for o in objs[:4]])
