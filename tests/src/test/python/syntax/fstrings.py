# f-strings: expressions, conversions, format specs, nesting, = specifier.
name = 'world'
n = 42
pi = 3.14159265
print(f'hello {name}!')
print(f'{n} {n:5d} {n:<5}| {n:^7}| {n:>6}| {n:05d} {n:x} {n:#o} {n:b}')
print(f'{pi:.2f} {pi:10.3f} {pi:e} {pi:%} {1234567.891:,.2f} {1234567:_}')
print(f'{name!r} {name!s} {name!a} {"é"!a}')
print(f'{n + 1} {n * 2 if n else 0} {[i for i in range(3)]}')
width = 8
print(f'[{name:>{width}}] [{pi:.{2}f}]')
print(f'{{literal}} {n}')
print(f'{n=} {pi = :.1f} {name=!r}')
d = {'key': 'value'}
print(f"{d['key']} {len(d)}")
print(f'{"nested " + f"{n}"}')
print(f'{3:+} {-3:+} {3: } {0.5:.0%}')
print(f'{"abc":*^9}')
class P:
    def __format__(self, spec):
        return 'P<' + spec + '>'
print(f'{P():xyz} {P()}')
try:
    print(f'{n:q}')
except ValueError as e:
    print(type(e).__name__, e)
