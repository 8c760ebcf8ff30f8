a = 2 ** 100
print(a, a + 1, a * a, a // 3, a % 1000007, -a, a - a, a // a, type(a).__name__)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1 + 1, (2 ** 63) * 2, 9223372036854775807 + 1, -9223372036854775808 - 1)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), f % 10 ** 10, f.bit_length())
print(divmod(10 ** 30 + 7, 10 ** 15), pow(3, 200, 10 ** 9 + 7), pow(2, 1000) % 997)
print(10 ** 30 > 10 ** 29, 10 ** 30 == 10.0 ** 30, 2 ** 70 < 2.0 ** 71, hash(2 ** 100) == hash(2 ** 100))
print((2 ** 100) >> 90, 1 << 100, (2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, ~(2 ** 70), (2 ** 65) ^ (2 ** 64))
print(int('1' * 40), int('-' + '9' * 30), hex(2 ** 80), oct(3 ** 50), bin(2 ** 70 + 1))
print(-(2 ** 80) // 7, -(2 ** 80) % 7, (2 ** 80) // -7, float(2 ** 80), int(1e20), int(-1.5e19))
print(abs(-(10 ** 25)), (10 ** 25).bit_length(), (-(2 ** 64)).to_bytes(9, 'big', signed=True))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) // (10 ** 399), 10 ** 400 / 10 ** 399)
