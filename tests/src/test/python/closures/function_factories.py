# Function factories and partial application.
from functools import partial
def power(exp):
    def f(base):
        return base ** exp
    f.__name__ = 'power_%d' % exp
    return f
square, cube = power(2), power(3)
print(square(5), cube(2), square.__name__)
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
print(compose(str, square, lambda v: v + 1)(3))
p = partial(int, base=2)
print(p('1010'), p.func is int, p.keywords)
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3))
def memoize(f):
    memo = {}
    def wrapper(*args):
        if args not in memo:
            memo[args] = f(*args)
        return memo[args]
    return wrapper
@memoize
def slow_sq(n):
    print('computing', n)
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq(5))
