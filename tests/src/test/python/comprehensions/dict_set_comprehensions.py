print({x: x * x for x in range(5)})
print({k: v for k, v in zip('abc', range(3)) if v != 1})
print(sorted({x % 4 for x in range(20)}), type({x for x in ''}).__name__)
inverted = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inverted)
print({(i, j): i * j for i in range(2) for j in range(2)})
words = ['one', 'two', 'three', 'four']
print({len(w): w for w in words})
print(sorted({c for w in words for c in w}))
d = {n: [m for m in range(n)] for n in range(4)}
print(d)
