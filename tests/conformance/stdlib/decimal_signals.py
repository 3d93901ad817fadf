# Trapped signals raise; untrapped ones only set flags.
from decimal import Decimal, getcontext, DivisionByZero, InvalidOperation, Inexact, Context
for expr in ['Decimal(1) / 0', 'Decimal(0) / 0', 'Decimal("abc")', 'Decimal(-1).sqrt()']:
    try:
        eval(expr)
    except (DivisionByZero, InvalidOperation) as e:
        print(expr, type(e).__name__, e)
ctx = Context(traps=[])
print(ctx.divide(1, 0), ctx.divide(0, 0), ctx.divide(1, 3))
print(sorted(s.__name__ for s, on in ctx.flags.items() if on))
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
