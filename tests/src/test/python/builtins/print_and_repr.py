# print keyword arguments, repr of nested containers, recursive containers.
import sys
print('a', 'b', sep=', ', end=' |\n')
print()
print('to stderr', file=sys.stderr)
print('x', 'y', sep='')
print(*[1, 2, 3], sep='-')
print('no newline', end='')
print(' continued', flush=True)
print(repr([1, 'two', 3.0, None, True, (4,), {5: 'five'}, {6}]))
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'), repr('\n\t\\'), repr('\x00\x7f'))
print(str('plain'), repr(1e100), repr(1e-5), repr(0.1 + 0.2), repr(-0.0), repr(1e16), repr(123456789.0))
l = [1]
l.append(l)
print(l)
d = {}
d['self'] = d
print(d)
print(repr(()), repr((1,)), repr(set()), repr(frozenset()), repr({}), repr(frozenset({1})))
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
