# match: literal patterns, capture, wildcard, or-patterns, guards.
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case None:
            return 'none'
        case True:
            return 'true'
        case int(n) if n < 0:
            return f'negative {n}'
        case float():
            return 'a float'
        case other:
            return f'other {other!r}'
for v in [0, 2, 'hello', None, True, -5, 2.5, [1], 'bye']:
    print(repr(v), '->', describe(v))
def wild(x):
    match x:
        case _:
            return 'always'
print(wild(object) )
