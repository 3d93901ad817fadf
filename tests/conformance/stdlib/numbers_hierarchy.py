# The numeric tower and registration with numbers' ABCs.
import numbers
from fractions import Fraction
for v in [1, True, 2.5, 1j, Fraction(1, 2)]:
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])

class Meters:
    pass
numbers.Real.register(Meters)
print(isinstance(Meters(), numbers.Complex), issubclass(Meters, numbers.Integral))
try:
    numbers.Integral()
except TypeError as e:
    print(str(e).split(" with ")[0])
