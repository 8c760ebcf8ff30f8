# Calling builtins with keywords, and TypeErrors from wrong calls.
print(int('ff', base=16), sorted([3, 1, 2], reverse=True), print is print)
print(sep_test := 'x', end='\n')
print('a', 'b', sep='')
print(max([], default='empty'), min(3, 1, 2), max('abc'))
for bad in [lambda: len(), lambda: len(1, 2), lambda: len(5), lambda: abs('x'), lambda: int(x=3),
            lambda: sorted([1, 'a']), lambda: max(), lambda: max([])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
