"""Decimal fixed-point and floating-point arithmetic (pycell's own implementation).

Follows the General Decimal Arithmetic Specification as CPython's decimal module
exposes it: numbers are (sign, integer coefficient, exponent) or a special value,
every operation is exact and then rounded once to the context (_arith._finish).
Less common operations raise NotImplementedError naming the operation.

_signals: rounding modes, limits, signals; _number: the Decimal type; _arith: the
operations; _context: Context and the current context."""

from ._signals import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
    ROUND_HALF_DOWN, ROUND_05UP, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS,
    HAVE_CONTEXTVAR, DecimalTuple, DecimalException, Clamped, InvalidOperation,
    ConversionSyntax, DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
    InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation,
    __version__, __libmpdec_version__)
from ._number import Decimal
from ._context import (Context, DefaultContext, BasicContext, ExtendedContext,
                       getcontext, setcontext, localcontext)

# the public classes live in submodules but belong to the decimal module
for _cls in (Decimal, Context):
    _cls.__module__ = 'decimal'
del _cls

import numbers as _numbers
_numbers.Number.register(Decimal)
del _numbers
