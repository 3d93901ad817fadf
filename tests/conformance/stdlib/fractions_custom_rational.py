# Fraction: a foreign object decides equality when Fraction returns NotImplemented;
# a Rational argument keeps its own numerator object; subclasses and limit_denominator
import numbers
from fractions import Fraction as F

class Half:
    def __eq__(self, other):
        return isinstance(other, F) and other == F(1, 2)

print(F(1, 2) == Half(), F(1, 2) == 'a', F(1, 2) != Half())

class Num:
    denominator = 1
    def __init__(self, v):
        self.v = v
    @property
    def numerator(self):
        return self
    def __bool__(self):
        return bool(self.v)

numbers.Rational.register(Num)
n = Num(0)
f = F(n)
print(f.numerator is n, bool(f), bool(F(Num(3))))

class G(F):
    pass

g = G(3, 4)
print(type(g + 1).__name__, type(-g).__name__, repr(g), type(G.from_float(0.5)).__name__)
for value, limit in [(F('3.1415926535'), 100), (F(1, 3), 2), (F(-7, 9), 4), (F(2**70 + 1, 3**40), 10**6)]:
    print(value.limit_denominator(limit))
print(hash(F(1, 3)) == hash(F(2, 6)), hash(F(-1)), hash(F(1, 2)) == hash(0.5))
print(F(' -1_000.5e-1_0 '), F('١٢/٣'), round(F(5, 2)), round(F(7, 2)), round(F(12355, 100), -1))
