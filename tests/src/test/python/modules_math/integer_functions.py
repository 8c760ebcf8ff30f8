import math
print(math.factorial(0), math.factorial(20), math.factorial(25), math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.isqrt(99), math.isqrt(10 ** 30), math.comb(50, 25))
print(math.floor(7), math.ceil(7.0001), math.trunc(-7.9), math.prod(range(1, 6)), math.prod([]), math.fsum([1e100, 1.0, -1e100]))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-1), lambda: math.comb(3, -1), lambda: math.gcd(1.5, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
