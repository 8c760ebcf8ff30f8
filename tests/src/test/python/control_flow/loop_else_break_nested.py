# Searching with nested loops and flags.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            found = (r, c)
            break
    if found:
        break
print(found)
pairs = []
for i in range(4):
    for j in range(i):
        if (i + j) % 3 == 0:
            continue
        pairs.append((i, j))
print(pairs)
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
    return None
print(first_negative([3, 1, -4, -1]), first_negative([1]))
count = 0
while count < 10:
    count += 1
    for k in range(count):
        if k == 3:
            break
    else:
        continue
    break
print('count', count)
