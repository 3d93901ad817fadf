# Decimal arithmetic is exact where it can be and rounds to the context elsewhere.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP
print(Decimal("1.1") + Decimal("2.2"), 1.1 + 2.2, Decimal("1.30") + Decimal("1.20"))
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("10") ** -3, Decimal(-7) // 2, Decimal(-7) % 2)
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(repr(Decimal(0.1)), Decimal("1E+3"), Decimal("0.0000001"), Decimal("-0"), getcontext().prec)
