for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, 5)]:
    print(a, b, a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(1 << 62, 1 << 63, 1 << 64, -1 >> 100, 5 >> 100, -5 >> 1)
print(bin(0b1010 & 0b0110), format(255, '08b'), format(-5, 'b'), int('-101', 2))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 << 1
except TypeError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
