import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), type(math.floor(2.5)).__name__)
print(math.sqrt(2), math.isclose(math.sqrt(2) ** 2, 2), math.fabs(-3), math.copysign(1, -0.0), math.fmod(7, -3))
print(math.isinf(1e400), math.isnan(float('nan')), math.isfinite(1.0), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), math.atan2(1, 1) * 4 == math.pi, round(math.tan(math.pi / 4), 12))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.log1p(0), round(math.expm1(1e-10), 20))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.degrees(math.pi), math.radians(180) == math.pi)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2, 4]))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.acos(2)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
