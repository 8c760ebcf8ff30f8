import math
angles = [0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi]
print([round(math.sin(a), 10) for a in angles])
print([round(math.cos(a), 10) for a in angles])
print(round(math.asin(1), 12), round(math.acos(0), 12), round(math.atan(1), 12), math.atan2(0, -1) == math.pi)
print(round(math.sinh(1), 12), round(math.cosh(1), 12), round(math.tanh(0.5), 12), round(math.asinh(1), 12))
print(round(math.gamma(5), 10), round(math.lgamma(10), 10), round(math.erf(0.5), 12), round(math.erfc(0.5), 12))
print(math.pow(2, 10), math.pow(4, 0.5), type(math.pow(2, 2)).__name__, math.nan != math.nan, math.remainder(10, 3))
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2))
