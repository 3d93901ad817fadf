"""Rounding modes, limits and the signals (exceptions) of decimal."""

from collections import namedtuple as _namedtuple

# sys.hash_info.modulus and .inf on 64-bit builds: numeric hashes reduce modulo this prime
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---- signals ----

class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass

for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
           DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded,
           Subnormal, Overflow, Underflow, FloatOperation):
    _c.__module__ = 'decimal'
del _c

# the order in which a Context lists its signals
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
            Overflow, Rounded, Subnormal, Underflow]
# conditions that are reported through a parent signal
_RAISE_ORDER = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
                Subnormal, Inexact, Rounded, Clamped]
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class _SignalDict(dict):
    """The flags/traps mapping of a Context: only signals are keys."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError('invalid signal dict')
        dict.__setitem__(self, key, bool(value))

    def __repr__(self):
        return '{' + ', '.join(f'<class {k.__module__}.{k.__name__}>:{v}' for k, v in self.items()) + '}'

    def copy(self):
        return _SignalDict(self)

