# Functions as values: passing, returning, map/filter/sorted with keys, functools.reduce.
from functools import reduce
def apply(f, *args):
    return f(*args)
def twice(f):
    return lambda x: f(f(x))
inc = lambda x: x + 1
print(apply(max, 3, 9, 2), twice(inc)(5), twice(twice(inc))(0))
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, '', 'a', None])), list(filter(lambda x: x % 2, range(10))))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 'init'))
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(max(words, key=len), min(words, key=lambda w: w[-1]))
ops = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b}
print({k: f(10, 3) for k, f in sorted(ops.items())})
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)
