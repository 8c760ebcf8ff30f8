# Generator expressions: laziness, scoping, consumption by builtins.
g = (x * x for x in range(5))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(10) if x % 3 == 0), max(len(w) for w in ['a', 'abc', 'ab']))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, 0]), ''.join(c.upper() for c in 'abc'))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
lazy = (v * 10 for v in src())
print(log)
print(next(lazy), log)
try:
    (1 / x for x in [1, 0])
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    next(bad)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    gen = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted((x % 3, x) for x in range(6)))
