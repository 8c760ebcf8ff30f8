print(int('0'), int('-0'), int('+17'), int('1_000'), int(' 7\n'), int('0x10', 16), int('10', 16), int('077', 8), int('0o77', 0))
print(int('zz', 36), int('Z', 36), int(b'42'), int(bytearray(b'-3')))
print(str(-12345), repr(10 ** 5), format(1234567, ','), format(1234567, '_'), format(42, '>8'), format(42, '+'), format(-42, '08'))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(255, 'o'), format(255, '#b'), format(97, 'c'), format(5, 'e'), format(5, '.2f'), format(5, '%'))
print('%d %5d %-5d| %+d %x %o' % (3, 42, 42, 7, 255, 8))
for bad in ['', ' ', '1 2', '0x', '1__0', '_1', '0b2', '١٢'[:0] + 'abc']:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
print(int('١٢٣'), int('  ٤٢  '))
for base in [0, 2, 8, 10, 16, 36]:
    print(base, int('11', base) if base != 0 else int('11', 0))
try:
    int('11', 37)
except ValueError as e:
    print(type(e).__name__, e)
