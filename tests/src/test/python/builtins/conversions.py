# int/float/str/bool/complex/list/tuple/dict/set constructors.
print(int(), int(3.9), int(-3.9), int('  42 '), int('-0x1f', 16), int('z', 36), int('0b101', 0), int(True))
print(float(), float('1e3'), float(' -2.5 '), float('inf'), float('-inf'), float('nan') != float('nan'), float(7))
print(str(), str(12), str(1.5), str([1, 'a']), str(None), str(b'x'), str(b'caf\xc3\xa9', 'utf-8'))
print(bool(), bool(0.0), bool('0'), complex(1, 2), complex('3+4j'), complex(2))
print(list('abc'), tuple([1, 2]), dict([('a', 1)], b=2), sorted(set('hello')), frozenset([1, 1]))
print(list(range(3)), tuple(), dict(), list(dict(a=1)), dict(zip('ab', 'xy')))
for bad in [lambda: int('1.5'), lambda: int(''), lambda: int('12', 1), lambda: int(None), lambda: float('1,5'),
            lambda: int(float('inf')), lambda: int(float('nan')), lambda: complex('x'), lambda: dict([1, 2]),
            lambda: list(5), lambda: int('9', 8)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
