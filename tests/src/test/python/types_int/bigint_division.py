# Floor division and modulo of big ints, around the cases where the quotient is short
# (a few bits) and where the leading bits of the operands leave it ambiguous.

state = 12345


def rand(bits):
    """A deterministic pseudo-random non-negative int of at most `bits` bits."""
    global state
    out = 0
    for _ in range(0, bits, 31):
        state = (state * 1103515245 + 12345) % (1 << 31)
        out = (out << 31) | state
    return out >> (-bits % 31) if bits % 31 else out


def check(x, y):
    q, r = x // y, x % y
    assert divmod(x, y) == (q, r)
    assert q * y + r == x
    assert (0 <= r < y) if y > 0 else (y < r <= 0)
    return q, r


digest = 0
samples = []
for i in range(400):
    ybits = 65 + rand(9) % 400
    y = rand(ybits) | (1 << (ybits - 1))
    kind = i % 5
    if kind == 0:
        x = y * (rand(4) + 1) + rand(ybits - 2)          # short quotient
    elif kind == 1:
        x = y * (rand(31) + 1) - 1                       # quotient just below a multiple
    elif kind == 2:
        x = y * (1 << 32) + rand(20)                     # just past the short range
    elif kind == 3:
        x = rand(ybits - 1)                              # x < y
    else:
        x = (y << 63) // 3                               # long quotient
    for sx, sy in ((1, 1), (-1, -1), (1, -1), (-1, 1)):
        q, r = check(sx * x, sy * y)
        digest = (digest * 1000003 + q * 7 + r) % (1 << 61)
    if i < 10:
        samples.append((x.bit_length(), y.bit_length(), x // y))

# Exact multiples and their neighbours: the bounds from the leading bits differ here.
y = (1 << 200) - 1
for k in (1, 2, 3, 9, 10, 255, 2**31 - 1, 2**32):
    for d in (-1, 0, 1):
        x = k * y + d
        print(k, d, x // y, x % y == (d % y), (-x) // y, (-x) // (-y), x // -y)

print(samples)
print(digest)
print((10**1000 + 7) // (10**999), (10**1000) % (10**999 + 1))
try:
    (1 << 100) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (1 << 100) % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
