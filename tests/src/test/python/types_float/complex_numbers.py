z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), z * 1j, z / 2, z ** 2, -z, z == complex(3, 4))
print(complex(1, -1), 1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), repr(1j), repr(-0j), repr(complex(0, -0.0)))
print(complex('1+2j'), complex(' 2j '), complex(1.5), str(2 + 0j), 0j == 0, hash(1 + 0j) == hash(1))
import cmath
print(cmath.sqrt(-1), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-12, cmath.phase(1j) * 2 == cmath.pi, cmath.polar(1j))
for bad in [lambda: z < z, lambda: 1 / 0j, lambda: int(z), lambda: z % 2]:
    try:
        bad()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
