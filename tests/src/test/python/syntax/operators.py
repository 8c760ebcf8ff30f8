# Operator precedence and the arithmetic/bitwise/comparison operators.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 / 2, 2 ** -1)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 10, 1024 >> 3, -16 >> 2)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0, 'a' < 'b' < 'c')
print(not True, not 0, not [], True and 3, 0 or 'x', None or 0 or [])
print(1 if True else 2, 1 if False else 2)
x = 5
print(0 < x <= 5, x in [1, 5], x not in (1, 2), x is not None)
print(+x, -x, ~x, --x, not not x)
print(3 * 'ab', [0] * 3, (1, 2) * 2, 'a' + 'b', [1] + [2])
print(divmod(17, 5), divmod(-17, 5), pow(3, 4), pow(3, 4, 5))
for a, b in [(1, 0), ('a', 1), ([], 1)]:
    try:
        print(a / b)
    except Exception as e:
        print(type(e).__name__, e)
