# Fraction's construction errors.
from fractions import Fraction
for args in [("1/0",), (1, 0), ("abc",), ("1.5/2",), (1.5, 2), (None,), (float("nan"),), (float("inf"),)]:
    try:
        Fraction(*args)
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
