# for over various iterables, with break/continue/else, nested loops and unpacking.
for c in 'abc':
    print(c, end=' ')
print()
for k, v in [('a', 1), ('b', 2)]:
    print(k, v)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x + y)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for i in range(10, 0, -3):
    print(i, end=' ')
print()
total = 0
for i in range(100):
    if i % 2:
        continue
    total += i
print(total)
for x in []:
    print('never')
else:
    print('empty for-else')
d = {'one': 1, 'two': 2, 'three': 3}
for key in d:
    print(key, d[key])
l = [1, 2, 3]
for item in l:
    if item == 2:
        l.append(4)
print(l)
for i in range(3):
    pass
print('after loop i =', i)
try:
    for x in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
