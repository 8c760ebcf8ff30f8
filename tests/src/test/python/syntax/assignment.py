# Assignment forms: chained, augmented, unpacking, starred, walrus, annotated.
a = b = c = 1
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
[m, n] = 'xy'
print(m, n)
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
print(n)
s = 'a'
s += 'b'; s *= 2
print(s)
l = [1]
l2 = l
l += [2]
print(l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t2, t)
if (w := len('hello')) > 3:
    print('walrus', w)
v: int = 5
u: list
print(v, 'u' in dir())
d = {}
d['k'] = d.get('k', 0) + 1
print(d)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
for bad in [(1, 2, 3), (1,)]:
    try:
        e1, e2 = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a1, b1 = 5
except TypeError as e:
    print(type(e).__name__, e)
