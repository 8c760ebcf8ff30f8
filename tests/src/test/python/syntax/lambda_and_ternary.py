# Lambda expressions: defaults, varargs, closures, immediate calls.
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda *a, **k: (a, sorted(k)))(1, 2, z=3, a=4))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(sq.__name__, (lambda: 0).__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(2))
sign = lambda n: 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([sign(n) for n in (-2, 0, 3)])
