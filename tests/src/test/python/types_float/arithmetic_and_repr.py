print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 1e300 * 10, -1e300 * 1e10, 1.5 // 0.4, 1.5 % 0.4, -1.5 % 0.4, 2.0 ** 0.5)
print(repr(1.0), repr(100.0), repr(1e22), repr(1.5e-7), repr(123.456), repr(0.1), str(1e16), str(12345678901234567.0))
print(float('inf') - float('inf'), float('inf') * 0, -float('inf'), abs(-0.0), 0.0 == -0.0, repr(-0.0))
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan], nan in [nan])
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1.23456e10, -5), round(0.1 + 0.2, 15))
print(int(2.9), int(-2.9), float(3), 7.0 // 2, -7.0 // 2, 7.0 % -2, divmod(7.5, -2))
print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (1.5).hex(), float.fromhex('0x1.8p1'))
print(1e308 * 10 == float('inf'), 5e-324 / 2, 2.0 ** -1074, (1.1).real, (1.1).imag, (1.1).conjugate())
print(3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-15, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
for bad in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 10.0 ** 400, lambda: (-8.0) ** (1 / 3) if False else (-1.0) ** 0.5 + {}]:
    try:
        print(bad())
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
