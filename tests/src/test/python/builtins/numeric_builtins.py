print(abs(-5), abs(-2.5), abs(3 + 4j), round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2))
print(round(7.123456, 3), round(5), type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 10), pow(2, -2), pow(5, 3, 7), pow(3, -1, 7))
print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(101)), sum([], 5))
print(min(4, 2, 8), max([1, 9, 3]), min('zebra'), max([], default=None), min([3, 1], key=lambda v: -v))
print(bin(10), bin(-10), oct(64), hex(255), hex(-1), int(bin(10), 2))
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0), hash(-1), hash((1, 2)) == hash((1, 2)))
for bad in [lambda: round('x'), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: sum(['a', 'b'], ''),
            lambda: min([]), lambda: divmod(1, 0), lambda: abs(None)]:
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
