# Insertion order, re-insertion, numeric key equivalence, tuple keys.
d = {}
for k in ['z', 'a', 'm']:
    d[k] = len(d)
print(list(d))
d['z'] = 'updated'
print(list(d.items()))
del d['a']
d['a'] = 'back'
print(list(d))
n = {1: 'int'}
n[1.0] = 'float'
n[True] = 'bool'
print(n, len(n))
t = {(1, 2): 'pair', (): 'empty', ('a',): 'one'}
print(t[(1, 2)], t[()], t['a',])
f = {frozenset([1, 2]): 'fs'}
print(f[frozenset([2, 1])])
print({None: 0, ...: 1, 1.5: 2}[...])
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
