# Custom iterators with __iter__/__next__, iter() with sentinel, itertools-like helpers.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), [x for x in Countdown(2)])
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return iter(range(0, self.n, 2))
print(list(Range2(7)), 4 in Range2(7), 3 in Range2(7))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, 'end'))
data = iter([5, 4, 0, 3])
print(list(iter(lambda: next(data), 0)))
print(list(zip('abc', range(10))), list(enumerate('xy', start=1)))
print(list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed('ab')))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadNext:
    def __iter__(self): return 5
try:
    iter(BadNext())
except TypeError as e:
    print(type(e).__name__, e)
m = map(abs, [-1, -2])
print(iter(m) is m, next(m), list(m))
