# Messages of common builtin errors.
none = None
five = 5
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1][5],
    lambda: (1,)[5],
    lambda: 'abc'[10],
    lambda: {'a': 1}['b'],
    lambda: int('12x'),
    lambda: float('abc'),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1].index(2),
    lambda: 'abc'.index('z'),
    lambda: None.foo,
    lambda: (1).foo,
    lambda: 'a' + 1,
    lambda: 1 + 'a',
    lambda: [] + (),
    lambda: len(5),
    lambda: none(),
    lambda: five[0],
    lambda: {[]: 1},
    lambda: set().remove(1),
    lambda: next(iter([])),
    lambda: 2 ** 10000.0,
    lambda: chr(-1),
    lambda: undefined_name,
    lambda: [1, 2].sort(key=1),
    lambda: 'x' * 'y',
    lambda: object().__setattr__('x', 1),
]
for c in cases:
    try:
        c()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
