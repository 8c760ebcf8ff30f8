print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)])
print([c.upper() if c in 'aeiou' else c for c in 'comprehension'])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [list(col) for col in zip(*matrix)])
x = 'outer'
print([x for x in 'ab'], x)
print([y for y in []], [i for i in range(3) if False])
print([(yield_val := v * 2) for v in range(3)], yield_val)
words = ['apple', 'bob', 'kayak', 'level', 'python']
print([w for w in words if w == w[::-1]])
try:
    [1 / v for v in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
