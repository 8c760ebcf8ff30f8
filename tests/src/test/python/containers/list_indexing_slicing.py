l = list(range(10))
print(l[0], l[-1], l[2:5], l[:3], l[7:], l[::2], l[::-1], l[-3:-1], l[5:2], l[1:8:3], l[8:1:-2])
print(l[100:], l[-100:2], l[:], l[:] is l)
m = l[:]
m[2:5] = ['a', 'b']; print(m)
m[::3] = [0] * len(m[::3]); print(m)
m[1:1] = [9, 9]; print(m)
del m[::2]; print(m)
m[:] = 'xyz'; print(m)
try:
    m[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[1] = l[100]
except IndexError as e:
    print(type(e).__name__, e)
nested = [[0] * 3 for _ in range(2)]
nested[0][1] = 5; print(nested)
alias = [[0] * 3] * 2
alias[0][1] = 5; print(alias)
print([1, 2] * 2, [1, 2] + [3], 2 in [1, 2], [1, 2] < [1, 3], [1, 2] == [1, 2], [] < [0], [2] > [1, 5])
