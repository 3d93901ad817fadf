# Fraction arithmetic stays exact with ints and Fractions, goes float with floats.
from fractions import Fraction
a, b = Fraction(1, 3), Fraction(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), a ** 2, b ** -2)
print(a + 1, 2 - b, a * 0.5, b ** 0.5, (1 + 2j) * a)
print(sum(Fraction(1, n) for n in range(1, 11)))
print(repr(Fraction("3/4")), Fraction("-1.25e-2"), Fraction(0.1), Fraction(0.1).limit_denominator(100))
