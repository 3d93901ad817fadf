# Decimal == complex works for a real-valued complex; ordering raises TypeError
from decimal import Decimal
from fractions import Fraction

c = 1001 + 0j
for n in (Decimal("1001.0"), Decimal("1001.5"), Fraction(1001), 1001.0):
    print(n == c, c == n, n != c)
    for op in ("<", "<=", ">", ">="):
        try:
            print(eval("n %s c" % op))
        except TypeError:
            print(op, "TypeError")
