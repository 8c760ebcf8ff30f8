a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= a, {1} < a, a >= {1, 2}, a.isdisjoint({9}))
print(sorted(a.union([9])), sorted(a.intersection(range(3))), sorted(a.difference({1})), sorted(a.symmetric_difference([1, 10])))
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,)); print(sorted(s), len(s))
s.discard(99); s.remove(1); print(sorted(s))
p = s.pop(); print(p in {2, 3, 4}, len(s))
s.clear(); print(s)
c = {1, 2}
c |= {3}; c &= {2, 3}; c -= {2}; c ^= {7}; print(sorted(c))
fs = frozenset([1, 2])
print(fs, fs | {3}, type(fs | {3}).__name__, hash(fs) == hash(frozenset([2, 1])), {fs: 1}[frozenset({1, 2})])
print(1 in a, 9 in a, {1, 2} == {2, 1}, set('aab') == {'a', 'b'}, len({1, 1.0, True}))
for bad in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[]}, lambda: fs.add(3), lambda: {1} + {2}]:
    try:
        bad()
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
