t = (1, 'two', 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t.count(1), t.index('two'), 3.0 in t)
t[3].append(5); print(t)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 2, 0), (2,) > (1, 9), () == tuple())
single = 5,
print(single, type(single).__name__, (1, 2) + (3,), (0,) * 3)
a, (b, c) = 1, (2, 3)
print(a, b, c)
print(tuple(x for x in range(3)), sorted((3, 1, 2)), max((1, 5, 2)))
try:
    (1, 2).index(3)
except ValueError as e:
    print(type(e).__name__, e)
