print(7 + 3, 7 - 10, 7 * -3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2, -7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(0 ** 0, 2 ** 0, (-2) ** 3, 2 ** -2, 10 ** 20, (-3) ** 2)
print(int.__add__(1, 2), (5).__mul__(3), (5).__rsub__(10), (1).__truediv__(4))
print(5 == 5.0, 5 is not None, 1 < 2.5, 3 > True, 0 == False, hash(5) == hash(5.0))
print(True + True, True * 10, False - 1, -True, ~True)
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (10).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((6).conjugate(), (6).real, (6).imag, (6).numerator, (6).denominator, (12).as_integer_ratio())
print(abs(-7), -abs(7), +(-7), (-7).__abs__(), (37).__floor__(), (37).__round__(-1))
for bad in [lambda: 1 // 0, lambda: 1 % 0, lambda: 5 / 0, lambda: 0 ** -1, lambda: (1).to_bytes(0, 'big'), lambda: 3 + None]:
    try:
        bad()
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
