# Decorators: plain, with arguments, stacked, class decorators, functools.wraps.
import functools
def trace(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        print('call', f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return wrapper
@trace
def add(a, b):
    """adds"""
    return a + b
print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__(3, 4))
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(name):
    return 'hi ' + name
print(hi('bob'))
def first(f):
    print('decorating with first')
    return lambda: 'first(' + f() + ')'
def second(f):
    print('decorating with second')
    return lambda: 'second(' + f() + ')'
@first
@second
def base():
    return 'base'
print(base())
def register(cls):
    cls.registered = True
    return cls
@register
class Thing:
    pass
print(Thing.registered)
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
