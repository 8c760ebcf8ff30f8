# Comprehension scopes: iteration variables do not leak; the first iterable is evaluated outside.
i = 'kept'
print([i for i in range(3)], i)
def f():
    n = 3
    return [n * k for k in range(n)]
print(f())
class C:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
    try:
        bad = [d * len(data) for d in range(2)]
    except NameError as e:
        bad = 'NameError'
print(C.doubled, C.bad)
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
nested = [[y for y in range(x)] for x in range(4)]
print(nested)
total = sum(v for v in range(10))
print(total, 'v' in dir())
