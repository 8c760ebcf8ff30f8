# zip strictness, enumerate, map with multiple iterables, filter, reversed on custom classes.
print(list(zip('ab', [1, 2], (True, False))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return 'abc'[i]
    def __reversed__(self): return iter('CBA')
print(list(reversed(Rev())), list(Rev()))
class SeqOnly:
    def __len__(self): return 2
    def __getitem__(self, i): return [7, 8][i]
print(list(reversed(SeqOnly())))
try:
    reversed({1: 2})
except TypeError as e:
    print(type(e).__name__, e)
e = enumerate(['x', 'y'])
print(next(e), list(e))
print(sorted(map(str.upper, {'b': 1, 'a': 2})), list(filter(lambda kv: kv[1] > 1, {'a': 1, 'b': 2}.items())))
