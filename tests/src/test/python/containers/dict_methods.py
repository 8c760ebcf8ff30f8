d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d))
print(d.get('a'), d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(d.setdefault('a', 100), d.setdefault('n', []), d)
print(d.pop('n'), d.pop('zz', 'missing'), d)
d.update({'a': 10}, e=5); d.update([('f', 6)]); print(d)
print(d.popitem(), d)
c = d.copy(); c.clear(); print(c, d)
print(dict.fromkeys('xy'), dict.fromkeys([1, 2], 'v'))
print({**d, 'z': 0}, d | {'q': 1}, {'a': 1} == {'a': 1}, {'a': 1} != {'a': 2})
d |= {'m': 9}; print(d)
del d['b']; print(d)
print(list(reversed(d)), list(reversed(d.items()))[0])
keys = d.keys()
d['late'] = 1
print('late' in keys, len(keys))
print(keys & {'a', 'late', 'zz'} == {'a', 'late'}, sorted(keys - {'a'}))
for bad in [lambda: d['missing'], lambda: {}.popitem(), lambda: d.pop('nope'), lambda: {[1]: 2}, lambda: dict(1)]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    for k in d:
        d['new' + k] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
