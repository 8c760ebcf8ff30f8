# Positional, keyword, default, *args, **kwargs, keyword-only, positional-only.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, f=7))
print(f(a=1, c=3, d=0))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
def star(*args):
    return args
print(star(), star(1), star(*[1, 2], *(3,)))
def kw(**kw):
    return sorted(kw.items())
print(kw(), kw(a=1), kw(**{'x': 1}, y=2))
def call(*a, **k):
    return a, sorted(k.items())
print(call(*range(3), **{'k': 'v'}))
errors = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, c=1, a=2),
    lambda: pos_only(1, b=2, c=3, d=4),
    lambda: pos_only(1, 2, 3, 4),
    lambda: star(x=1),
    lambda: kw(1),
    lambda: call(**{1: 2}),
    lambda: f(1, c=3, **{'c': 4}),
]
for e in errors:
    try:
        e()
    except TypeError as ex:
        print(type(ex).__name__, ex)
