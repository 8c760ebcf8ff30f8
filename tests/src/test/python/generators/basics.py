# Generator functions: yield, next, StopIteration, return value, exhaustion.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'done'
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    next(g)
except StopIteration as e:
    print('again', e.value)
print(list(count_up(5)), sum(count_up(101)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
print(next(iter(count_up(0)), 'default'))
def lazy():
    print('started')
    yield 1
l = lazy()
print('created')
print(next(l))
print(iter(l) is l)
