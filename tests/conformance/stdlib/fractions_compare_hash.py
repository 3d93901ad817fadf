# Fractions compare and hash like the equal int or float.
from fractions import Fraction
h = Fraction(1, 2)
print(h == 0.5, h < 1, h > 0.4, Fraction(2, 1) == 2, hash(h) == hash(0.5), hash(Fraction(6, 3)) == hash(2))
print(sorted([Fraction(1, 3), 0.25, 1, Fraction(-1, 2)]))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2), int(Fraction(-7, 2)))
import math
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), float(Fraction(1, 3)))
