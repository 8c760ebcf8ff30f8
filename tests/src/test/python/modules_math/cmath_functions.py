# cmath: elementary functions on and off the branch cuts, signed zeros, errors (12 significant digits).
import cmath, math
def r(z):
    if isinstance(z, complex):
        return f"({z.real:.12g}{z.imag:+.12g}j)"
    return f"{z:.12g}"
pts = [0j, 1+0j, -1+0j, 1j, -1j, 2+3j, -2+3j, -2-3j, 2-3j, 0.5+0.25j, -0.5-0.25j, complex(-4, 0.0), complex(-4, -0.0),
       complex(0.0, -2), complex(-0.0, 2), 1e-300+1e-300j, 10+0j, complex(3, -0.0)]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']
for n in names:
    f = getattr(cmath, n)
    out = []
    for p in pts:
        try:
            out.append(r(f(p)))
        except ValueError as e:
            out.append('ValueError:' + str(e))
    print(n, ' '.join(out))
print(r(cmath.phase(-1+0j)), r(cmath.phase(complex(-1, -0.0))), cmath.polar(1+1j)[0] == math.sqrt(2), r(cmath.rect(2, math.pi / 2)))
print(cmath.isfinite(1+1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isclose(1+1j, 1+1.0000000001j))
print(r(cmath.log(8, 2)), r(cmath.log(-8+0j, 2j)), cmath.sqrt(4), cmath.sqrt(-4), cmath.sqrt(complex(-4, -0.0)), cmath.exp(0), cmath.inf, cmath.infj, cmath.nanj)
for bad in [lambda: cmath.sqrt('x'), lambda: cmath.exp(1000+0j), lambda: cmath.log(0)]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class Z:
    def __complex__(self): return 3+4j
print(cmath.sqrt(Z()), cmath.phase(Z()) == math.atan2(4, 3))
