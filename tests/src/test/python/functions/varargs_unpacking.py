# Unpacking in calls and displays.
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args), f(1, *[2, 3]), f(*'1' and (1, 2), 3))
print(f(**{'a': 1, 'b': 2, 'c': 3}), f(1, **{'c': 3, 'b': 2}))
print([*range(3), *'ab'], (*[1], *[2]), {*[1, 2], *[2, 3]} == {1, 2, 3})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
def g(*args, **kwargs):
    return len(args), len(kwargs)
print(g(*[1] * 5, **dict.fromkeys('xyz', 0)))
try:
    f(*[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
