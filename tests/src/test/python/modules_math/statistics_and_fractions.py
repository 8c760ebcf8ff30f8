from fractions import Fraction
from decimal import Decimal, getcontext
import statistics
a, b = Fraction(1, 3), Fraction(2, 7)
print(a + b, a * b, a / b, a - b, a ** 2, Fraction('0.125'), Fraction(0.5), float(a).__round__(5), a < b, Fraction(6, 4))
print(Decimal('0.1') + Decimal('0.2'), Decimal(1) / Decimal(7), Decimal('1.10').quantize(Decimal('0.1')), Decimal('2').sqrt())
getcontext().prec = 10
print(Decimal(1) / Decimal(3))
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data), round(statistics.stdev(data), 10))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
