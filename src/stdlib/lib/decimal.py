"""Decimal fixed-point and floating-point arithmetic (pycell's own implementation).

Follows the General Decimal Arithmetic Specification as CPython's decimal module
exposes it: numbers are (sign, integer coefficient, exponent) or a special value,
every operation is exact and then rounded once to the context (see _finish).
Less common operations raise NotImplementedError naming the operation."""

import math as _math
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


# ---- numbers ----

def _ndigits(n):
    # number of decimal digits of a non-negative int (0 has one digit)
    if n < 10 ** 15:
        return len('%d' % n) if n else 1
    k = int(n.bit_length() * 0.30102999566398120)
    if 10 ** k <= n:
        k += 1
    while 10 ** k <= n:
        k += 1
    while k > 1 and 10 ** (k - 1) > n:
        k -= 1
    return k


def _digits_str(n):
    if n < 10 ** 4000:
        return '%d' % n
    # beyond int's default str() limit: convert in chunks
    parts = []
    while n:
        n, r = divmod(n, 10 ** 1000)
        parts.append('%01000d' % r)
    return (''.join(reversed(parts))).lstrip('0') or '0'


def _shift_round(sign, coeff, drop, rounding):
    """coeff with its last `drop` digits removed, rounded; returns (new, inexact)."""
    if drop <= 0:
        return coeff * 10 ** -drop, False
    if coeff == 0:
        return 0, False
    if drop > _ndigits(coeff):
        q, half_cmp = 0, -1  # every digit dropped: the remainder is below half
    else:
        scale = 10 ** drop
        q, r = divmod(coeff, scale)
        if r == 0:
            return q, False
        twice = 2 * r
        half_cmp = (twice > scale) - (twice < scale)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = half_cmp >= 0
    elif rounding == ROUND_HALF_DOWN:
        up = half_cmp > 0
    elif rounding == ROUND_HALF_EVEN:
        up = half_cmp > 0 or (half_cmp == 0 and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


def _parse_decimal(text):
    """(sign, coefficient, exponent, special) from a numeric string, or None."""
    s = text.strip().replace('_', '')
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not payload.isdecimal():
                return None
            return sign, int(payload) if payload else 0, 0, kind
    exp = 0
    mantissa = s
    for i, ch in enumerate(s):
        if ch in 'eE':
            mantissa, tail = s[:i], s[i + 1:]
            body = tail[1:] if tail[:1] in ('+', '-') else tail
            if not body or not body.isdecimal():
                return None
            exp = int(tail)
            break
    whole, dot, frac = mantissa.partition('.')
    if (whole and not whole.isdecimal()) or (frac and not frac.isdecimal()) or not (whole or frac):
        return None
    coeff = int(whole + frac) if (whole + frac) else 0
    return sign, coeff, exp - len(frac), ''


class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
    or another Decimal object. If no value is given, return Decimal('0'). The
    context does not affect the conversion and is only passed to determine if
    the InvalidOperation trap is active.

    """

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse_decimal(value)
            if parsed is None:
                ctx = context if context is not None else getcontext()
                return ctx._signal(ConversionSyntax, _nan_like(cls))
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            self._special = ''
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx._flag_float()
            return _from_float(cls, value)
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            self._sign = sign
            if exp == 'F':
                self._int, self._exp, self._special = 0, 0, 'F'
                return self
            if exp in ('n', 'N'):
                self._special, self._exp = exp, 0
            elif isinstance(exp, int):
                self._special, self._exp = '', exp
            else:
                raise ValueError('exponent must be an integer')
            if not isinstance(digits, (list, tuple)):
                raise ValueError('coefficient must be a tuple of digits')
            coeff = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
                coeff = coeff * 10 + d
            self._int = coeff
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        return _from_float(cls, f)

    # ---- properties and predicates ----

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() < ctx.Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(c) for c in _digits_str(self._int)) if (self._int or not self._special) else ()
        exp = self._special if self._special else self._exp
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._special:
            raise ValueError('cannot convert NaN to integer ratio')
        n = self._int
        if self._exp >= 0:
            return (-1 if self._sign else 1) * n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = _math.gcd(n, d)
        n //= g
        d //= g
        return (-n if self._sign else n), d

    def number_class(self, context=None):
        ctx = context if context is not None else getcontext()
        sign = '-' if self._sign else '+'
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        if self._special == 'F':
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if self.adjusted() < ctx.Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    # ---- conversions ----

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            return sign + ('sNaN' if self._special == 'N' else 'NaN') + (str(self._int) if self._int else '')
        digits = _digits_str(self._int)
        exp = self._exp
        n = len(digits)
        adjusted = exp + n - 1
        plain = exp <= 0 and adjusted >= -6
        if plain:
            point = n + exp  # digits before the decimal point
        elif not eng:
            point = 1
        elif self._int == 0:
            point = (1, -1, 0)[exp % 3]  # pad with zeros to reach a multiple of three
        else:
            point = adjusted % 3 + 1
        if point <= 0:
            body = '0.' + '0' * -point + digits
        elif point >= n:
            body = digits + '0' * (point - n)
        else:
            body = digits[:point] + '.' + digits[point:]
        if plain:
            return sign + body
        shown = exp + n - point
        if shown == 0 and eng:
            return sign + body
        e = 'E' if (context if context is not None else getcontext()).capitals else 'e'
        return sign + body + e + ('+' if shown >= 0 else '-') + str(abs(shown))

    def to_eng_string(self, context=None):
        return self.__str__(eng=True)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __float__(self):
        if self._special == 'N':
            raise ValueError('cannot convert signaling NaN to float')
        if self._special == 'n':
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __int__(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._special:
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def _integral(self, rounding):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._special:
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n, _ = _shift_round(self._sign, self._int, -self._exp, rounding)
        return -n if self._sign else n

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(Decimal((0, (1,), -n)))

    def __complex__(self):
        return complex(float(self))

    def __hash__(self):
        if self._special == 'N':
            raise TypeError('Cannot hash a signaling NaN value')
        if self._special == 'n':
            return object.__hash__(self)
        if self._special == 'F':
            return -_HASH_INF if self._sign else _HASH_INF
        modulus = _HASH_MODULUS
        if self._exp >= 0:
            scale = pow(10, self._exp, modulus)
        else:
            scale = pow(pow(10, -self._exp, modulus), -1, modulus)
        h = self._int * scale % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec)

    # ---- comparisons ----

    def _cmp_key(self, other, ordering):
        """-1/0/1 comparing self with other, None for NaN (equality), NotImplemented."""
        other = _operand(other, allow_float=True, compare=True, ordering=ordering)
        if other is NotImplemented:
            return NotImplemented
        if self.is_nan() or other.is_nan():
            if ordering or self.is_snan() or other.is_snan():
                getcontext()._signal(InvalidOperation, None)
            return None
        return _compare_values(self, other)

    def __eq__(self, other):
        c = self._cmp_key(other, False)
        if c is NotImplemented:
            return c
        return c == 0

    def __lt__(self, other):
        c = self._cmp_key(other, True)
        return c if c is NotImplemented else (c is not None and c < 0)

    def __le__(self, other):
        c = self._cmp_key(other, True)
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __gt__(self, other):
        c = self._cmp_key(other, True)
        return c if c is NotImplemented else (c is not None and c > 0)

    def __ge__(self, other):
        c = self._cmp_key(other, True)
        return c if c is NotImplemented else (c is not None and c >= 0)

    def compare(self, other, context=None):
        ctx = _ctx(context)
        other = _convert(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        return Decimal(_compare_values(self, other))

    def compare_signal(self, other, context=None):
        ctx = _ctx(context)
        other = _convert(other)
        if self.is_nan() or other.is_nan():
            return ctx._signal(InvalidOperation, _NAN)
        return Decimal(_compare_values(self, other))

    def compare_total(self, other, context=None):
        raise NotImplementedError('decimal: compare_total')

    def max(self, other, context=None):
        return self._minmax(other, context, 1)

    def min(self, other, context=None):
        return self._minmax(other, context, -1)

    def _minmax(self, other, context, want):
        ctx = _ctx(context)
        other = _convert(other)
        if self.is_nan() or other.is_nan():
            if self.is_snan() or other.is_snan() or (self.is_nan() and other.is_nan()):
                return _nan_result(self, other, ctx)
            return _finish(other if self.is_nan() else self, ctx)
        c = _compare_values(self, other)
        if c == 0:
            # equal values: prefer by sign, then exponent (as the specification says)
            c = (other._sign - self._sign) or (self._exp - other._exp if not self._sign else other._exp - self._exp)
            c = 1 if c > 0 else (-1 if c < 0 else 0)
        pick = self if c * want >= 0 else other
        return _finish(pick, ctx)

    # ---- arithmetic ----

    def __add__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _add(self, other, _ctx(context), False)

    def __radd__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _add(other, self, _ctx(context), False)

    def __sub__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _add(self, other, _ctx(context), True)

    def __rsub__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _add(other, self, _ctx(context), True)

    def __mul__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _mul(self, other, _ctx(context))

    def __rmul__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _mul(other, self, _ctx(context))

    def __truediv__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _div(self, other, _ctx(context))

    def __rtruediv__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _div(other, self, _ctx(context))

    def __floordiv__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, _ctx(context), 'q')[0]

    def __rfloordiv__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, _ctx(context), 'q')[0]

    def __mod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, _ctx(context), 'r')[1]

    def __rmod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, _ctx(context), 'r')[1]

    def __divmod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, _ctx(context))

    def __rdivmod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, _ctx(context))

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            raise NotImplementedError('decimal: three-argument pow()')
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _power(self, other, _ctx(context))

    def __rpow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _power(other, self, _ctx(context))

    def __neg__(self, context=None):
        ctx = _ctx(context)
        if self.is_nan():
            return _nan_result(self, self, ctx)
        r = _make(1 - self._sign, self._int, self._exp, self._special)
        if not self._special and self._int == 0 and ctx.rounding != ROUND_FLOOR:
            r._sign = 0
        return _finish(r, ctx)

    def __pos__(self, context=None):
        ctx = _ctx(context)
        if self.is_nan():
            return _nan_result(self, self, ctx)
        r = _make(self._sign, self._int, self._exp, self._special)
        if not self._special and self._int == 0 and ctx.rounding != ROUND_FLOOR:
            r._sign = 0
        return _finish(r, ctx)

    def __abs__(self, round=True, context=None):
        ctx = _ctx(context)
        if self.is_nan():
            return _nan_result(self, self, ctx)
        r = _make(0, self._int, self._exp, self._special)
        return _finish(r, ctx) if round else r

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other)
        return _make(other._sign, self._int, self._exp, self._special)

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        other = _convert(other)
        third = _convert(third)
        exact = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
        product = _mul(self, other, exact)
        return _add(product, third, ctx, False)

    def sqrt(self, context=None):
        return _sqrt(self, _ctx(context))

    def exp(self, context=None):
        return _transcendental(self, _ctx(context), 'exp')

    def ln(self, context=None):
        return _transcendental(self, _ctx(context), 'ln')

    def log10(self, context=None):
        return _transcendental(self, _ctx(context), 'log10')

    def logb(self, context=None):
        ctx = _ctx(context)
        if self.is_nan():
            return _nan_result(self, self, ctx)
        if self._special == 'F':
            return Decimal('Infinity')
        if self._int == 0:
            return ctx._signal(DivisionByZero, Decimal('-Infinity'))
        return _finish(Decimal(self.adjusted()), ctx)

    def normalize(self, context=None):
        ctx = _ctx(context)
        if self.is_nan():
            return _nan_result(self, self, ctx)
        r = _finish(self, ctx)
        if r._special:
            return r
        if r._int == 0:
            return _make(r._sign, 0, 0, '')
        coeff, exp = r._int, r._exp
        top = ctx.Emax if not ctx.clamp else ctx.Etop()
        while coeff % 10 == 0 and exp < top:
            coeff //= 10
            exp += 1
        return _make(r._sign, coeff, exp, '')

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        exp = _convert(exp)
        rounding = rounding if rounding is not None else ctx.rounding
        if self.is_nan() or exp.is_nan():
            return _nan_result(self, exp, ctx)
        if self._special == 'F' or exp._special == 'F':
            if self._special == 'F' and exp._special == 'F':
                return Decimal(self)
            return ctx._signal(InvalidOperation, _NAN)
        target = exp._exp
        if not (ctx.Etiny() <= target <= ctx.Emax):
            return ctx._signal(InvalidOperation, _NAN)
        coeff, inexact = _shift_round(self._sign, self._int, target - self._exp, rounding)
        if _ndigits(coeff) > ctx.prec:
            return ctx._signal(InvalidOperation, _NAN)
        r = _make(self._sign, coeff, target, '')
        if r._int and r.adjusted() > ctx.Emax:
            return ctx._signal(InvalidOperation, _NAN)
        if inexact:
            ctx._signal(Rounded, None)
            ctx._signal(Inexact, None)
        elif target > self._exp and self._int:
            ctx._signal(Rounded, None)
        if r._int and r.adjusted() < ctx.Emin:
            ctx._signal(Subnormal, None)
        return r

    def same_quantum(self, other, context=None):
        other = _convert(other)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        if self.is_nan():
            return _nan_result(self, self, ctx)
        if self._special or self._exp >= 0:
            return Decimal(self)
        coeff, _ = _shift_round(self._sign, self._int, -self._exp, rounding or ctx.rounding)
        return _make(self._sign, coeff, 0, '')

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        if self.is_nan():
            return _nan_result(self, self, ctx)
        if self._special or self._exp >= 0:
            return Decimal(self)
        coeff, inexact = _shift_round(self._sign, self._int, -self._exp, rounding or ctx.rounding)
        if self._int:
            ctx._signal(Rounded, None)
        if inexact:
            ctx._signal(Inexact, None)
        return _make(self._sign, coeff, 0, '')

    def scaleb(self, other, context=None):
        ctx = _ctx(context)
        other = _convert(other)
        if self.is_nan() or other.is_nan():
            return _nan_result(self, other, ctx)
        if other._special or other._exp != 0:
            return ctx._signal(InvalidOperation, _NAN)
        if self._special:
            return Decimal(self)
        return _finish(_make(self._sign, self._int, self._exp + int(other), ''), ctx)

    def next_plus(self, context=None):
        return _next_toward(self, _ctx(context), 1)

    def next_minus(self, context=None):
        return _next_toward(self, _ctx(context), -1)

    def next_toward(self, other, context=None):
        ctx = _ctx(context)
        other = _convert(other)
        if self.is_nan() or other.is_nan():
            return _nan_result(self, other, ctx)
        c = _compare_values(self, other)
        if c == 0:
            return self.copy_sign(other)
        return _next_toward(self, ctx, -c)

    def remainder_near(self, other, context=None):
        raise NotImplementedError('decimal: remainder_near')

    def _unsupported(name):
        def method(self, *args, **kwargs):
            raise NotImplementedError('decimal: Decimal.%s' % name)
        method.__name__ = name
        return method

    for _name in ('compare_total_mag', 'logical_and', 'logical_or', 'logical_xor', 'logical_invert',
                  'rotate', 'shift'):
        locals()[_name] = _unsupported(_name)
    del _name, _unsupported


_NAN = Decimal('NaN')


def _make(sign, coeff, exp, special):
    r = object.__new__(Decimal)
    r._sign, r._int, r._exp, r._special = sign, coeff, exp, special
    return r


def _nan_like(cls):
    r = object.__new__(cls)
    r._sign, r._int, r._exp, r._special = 0, 0, 0, 'n'
    return r


def _from_float(cls, f):
    if f != f:
        r = object.__new__(cls)
        r._sign, r._int, r._exp, r._special = (1 if _math.copysign(1.0, f) < 0 else 0), 0, 0, 'n'
        return r
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        r = object.__new__(cls)
        r._sign, r._int, r._exp, r._special = sign, 0, 0, 'F'
        return r
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1  # d is 2**k: n / 2**k == n * 5**k / 10**k
    r = object.__new__(cls)
    r._sign, r._int, r._exp, r._special = sign, n * 5 ** k, -k, ''
    return r


def _operand(other, allow_float=False, compare=False, ordering=True):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        getcontext()._flag_float(ordering)
        return _from_float(Decimal, other)
    if compare:
        from numbers import Rational
        if isinstance(other, Rational):
            return _RationalOperand(other)
        if isinstance(other, complex) and other.imag == 0:
            getcontext()._flag_float(ordering)
            return _from_float(Decimal, other.real)
    return NotImplemented


class _RationalOperand:
    """A Fraction in a comparison: compared exactly by cross-multiplying."""
    _special = ''

    def __init__(self, q):
        self.q = q
        self._sign = 1 if q < 0 else 0

    def is_nan(self):
        return False

    def is_snan(self):
        return False


def _convert(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)


def _compare_values(a, b):
    """-1, 0 or 1 for two non-NaN values (Decimals, or a Fraction operand as b)."""
    if isinstance(b, _RationalOperand):
        if a._special == 'F':
            return -1 if a._sign else 1
        n, d = a.as_integer_ratio()
        q = b.q
        lhs, rhs = n * q.denominator, q.numerator * d
        return (lhs > rhs) - (lhs < rhs)
    if a._special == 'F' or b._special == 'F':
        va = (-1 if a._sign else 1) if a._special == 'F' else 0
        vb = (-1 if b._sign else 1) if b._special == 'F' else 0
        if va == vb:
            return 0
        if va or vb:
            if va and vb:
                return (va > vb) - (va < vb)
            if va:
                return va
            return -vb
    if a._int == 0 and b._int == 0:
        return 0
    if a._int == 0:
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    adj_a, adj_b = a.adjusted(), b.adjusted()
    if adj_a != adj_b:
        c = 1 if adj_a > adj_b else -1
    else:
        e = min(a._exp, b._exp)
        x = a._int * 10 ** (a._exp - e)
        y = b._int * 10 ** (b._exp - e)
        c = (x > y) - (x < y)
    return -c if a._sign else c


def _ctx(context):
    return context if context is not None else getcontext()


def _nan_result(a, b, ctx):
    """The NaN an operation on NaN operands returns (sNaN signals), or None."""
    for x in (a, b):
        if x._special == 'N':
            return ctx._signal(InvalidOperation, _fix_nan(_make(x._sign, x._int, 0, 'n'), ctx))
    for x in (a, b):
        if x._special == 'n':
            return _fix_nan(x, ctx)
    return None


def _fix_nan(x, ctx):
    # a payload longer than prec - clamp digits is dropped
    limit = ctx.prec - ctx.clamp
    if x._int and _ndigits(x._int) > limit:
        return _make(x._sign, 0, 0, 'n')
    return x


def _finish(x, ctx, rounding=None):
    """Round a result to the context and apply the exponent limits (the
    specification's 'rounded, then checked for overflow and underflow')."""
    if x._special:
        return x
    conds = []
    r = _finish_into(x, ctx, conds, rounding or ctx.rounding)
    if conds:
        ctx._conditions(conds)
    return r


def _finish_into(x, ctx, conds, rounding):
    sign, coeff, exp = x._sign, x._int, x._exp
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    if coeff == 0:
        top = etop if ctx.clamp else ctx.Emax
        if exp < etiny or exp > top:
            conds.append(Clamped)
            exp = min(max(exp, etiny), top)
        return _make(sign, 0, exp, '')
    n = _ndigits(coeff)
    adjusted = exp + n - 1
    if adjusted < ctx.Emin:
        # subnormal: the exponent may not go below Etiny
        if exp < etiny:
            coeff, inexact = _shift_round(sign, coeff, etiny - exp, rounding)
            exp = etiny
            if inexact:
                conds.extend((Underflow, Subnormal, Inexact, Rounded))
                if coeff == 0:
                    conds.append(Clamped)
                return _make(sign, coeff, exp, '')
            conds.append(Rounded)
        conds.append(Subnormal)
        return _make(sign, coeff, exp, '')
    if n > prec:
        drop = n - prec
        coeff, inexact = _shift_round(sign, coeff, drop, rounding)
        exp += drop
        if _ndigits(coeff) > prec:
            coeff //= 10
            exp += 1
        adjusted = exp + prec - 1
        if inexact:
            conds.append(Inexact)
        conds.append(Rounded)
    if adjusted > ctx.Emax:
        r = rounding
        to_inf = (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                  or (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1))
        conds.extend((Overflow, Inexact, Rounded))
        return _make(sign, 0, 0, 'F') if to_inf else _make(sign, 10 ** prec - 1, etop, '')
    if ctx.clamp and exp > etop:
        conds.append(Clamped)
        coeff *= 10 ** (exp - etop)
        exp = etop
    return _make(sign, coeff, exp, '')


def _add(a, b, ctx, negate_b):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    bsign = b._sign ^ 1 if negate_b else b._sign
    if a._special == 'F' or b._special == 'F':
        if a._special == 'F' and b._special == 'F' and a._sign != bsign:
            return ctx._signal(InvalidOperation, _NAN)
        return _make(a._sign, 0, 0, 'F') if a._special == 'F' else _make(bsign, 0, 0, 'F')
    exp = min(a._exp, b._exp)
    xs, xc, xe = a._sign, a._int, a._exp
    ys, yc, ye = bsign, b._int, b._exp
    if xc and yc:
        # an operand far below the other's last kept digit only matters as a sticky
        # digit: replace it by one unit well below that digit (keeps alignment cheap)
        xa, ya = xe + _ndigits(xc) - 1, ye + _ndigits(yc) - 1
        if ya < xa:
            cutoff = min(xe, xa - ctx.prec - 2) - 1
            if ya < cutoff:
                yc, ye = 1, cutoff
        elif xa < ya:
            cutoff = min(ye, ya - ctx.prec - 2) - 1
            if xa < cutoff:
                xc, xe = 1, cutoff
        exp = min(xe, ye)
    vx = xc * 10 ** (xe - exp)
    vy = yc * 10 ** (ye - exp)
    total = (-vx if xs else vx) + (-vy if ys else vy)
    if total == 0:
        if xc == 0 and yc == 0 and xs == ys:
            sign = xs
        else:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _finish(_make(sign, 0, exp, ''), ctx)
    return _finish(_make(1 if total < 0 else 0, abs(total), exp, ''), ctx)


def _mul(a, b, ctx):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._special == 'F' or b._special == 'F':
        if (a._special != 'F' and a._int == 0) or (b._special != 'F' and b._int == 0):
            return ctx._signal(InvalidOperation, _NAN)
        return _make(sign, 0, 0, 'F')
    return _finish(_make(sign, a._int * b._int, a._exp + b._exp, ''), ctx)


def _div(a, b, ctx):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._special == 'F':
        if b._special == 'F':
            return ctx._signal(InvalidOperation, _NAN)
        return _make(sign, 0, 0, 'F')
    if b._special == 'F':
        ctx._signal(Clamped, None)
        return _make(sign, 0, ctx.Etiny(), '')
    if b._int == 0:
        if a._int == 0:
            return ctx._signal(DivisionUndefined, _NAN)
        return ctx._signal(DivisionByZero, _make(sign, 0, 0, 'F'))
    ideal = a._exp - b._exp
    if a._int == 0:
        return _finish(_make(sign, 0, ideal, ''), ctx)
    # scale the dividend so the quotient has at least prec + 1 digits
    shift = max(0, ctx.prec + 1 + _ndigits(b._int) - _ndigits(a._int))
    q, r = divmod(a._int * 10 ** shift, b._int)
    exp = ideal - shift
    if r:
        if q % 10 in (0, 5):
            q += 1  # sticky digit: the exact quotient lies strictly above q
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(_make(sign, q, exp, ''), ctx)


def _divmod(a, b, ctx, want='both'):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan, nan
    sign = a._sign ^ b._sign
    if a._special == 'F':
        if b._special == 'F':
            r = ctx._signal(InvalidOperation, _NAN)
            return r, r
        return _make(sign, 0, 0, 'F'), ctx._signal(InvalidOperation, _NAN)
    if b._special == 'F':
        return _make(sign, 0, 0, ''), _finish(a, ctx)
    if b._int == 0:
        if a._int == 0:
            r = ctx._signal(DivisionUndefined, _NAN)
            return r, r
        if want == 'q':
            return ctx._signal(DivisionByZero, _make(sign, 0, 0, 'F')), None
        if want == 'r':
            return None, ctx._signal(InvalidOperation, _NAN)
        ctx._conditions([InvalidOperation, DivisionByZero])
        return _make(sign, 0, 0, 'F'), _NAN
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp)
    y = b._int * 10 ** (b._exp - exp)
    q, r = divmod(x, y)
    if _ndigits(q) > ctx.prec:
        r = ctx._signal(DivisionImpossible, _NAN)
        return r, r
    quotient = _make(sign, q, 0, '')
    remainder = _finish(_make(a._sign, r, exp, ''), ctx)
    return _finish(quotient, ctx), remainder


def _is_integral(d):
    if d._special:
        return False
    if d._exp >= 0:
        return True
    return d._int % 10 ** -d._exp == 0


def _power(a, b, ctx):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    integral = _is_integral(b)
    if b._special != 'F' and b._int == 0:
        if a._special != 'F' and a._int == 0:
            return ctx._signal(InvalidOperation, _NAN)
        return _finish(Decimal(1), ctx)
    sign = 0
    if a._sign:
        if integral:
            sign = int(b) % 2
        elif not (a._special != 'F' and a._int == 0):
            return ctx._signal(InvalidOperation, _NAN)
    if a._special == 'F':
        if b._sign:
            return _make(sign, 0, 0, '')
        return _make(sign, 0, 0, 'F')
    if a._int == 0:
        if b._sign:
            return _make(sign, 0, 0, 'F')
        return _make(sign, 0, 0, '')
    if b._special == 'F':
        c = _compare_values(_make(0, a._int, a._exp, ''), Decimal(1))
        if c == 0:
            raise NotImplementedError('decimal: 1 ** Infinity')
        big = (c > 0) != bool(b._sign)
        return _make(0, 0, 0, 'F') if big else _make(0, 0, 0, '')
    if integral:
        n = int(b)
        digits = _ndigits(a._int)
        if abs(n) * digits <= 20000:
            if n >= 0:
                return _finish(_make(sign, a._int ** n, a._exp * n, ''), ctx)
            denom = _make(0, a._int ** -n, a._exp * -n, '')
            return _div(_make(sign, 1, 0, ''), denom, ctx)
    # general case: exp(b * ln|a|) with guard digits, then one rounding
    result = _exp_ln_power(_make(0, a._int, a._exp, ''), b, ctx)
    if sign:
        result = _make(1, result._int, result._exp, result._special)
    return result


# ---- transcendental functions on big integers ----

def _ln_fixed(d, digits):
    """ln(d) * 10**digits as an int (d a positive finite Decimal), about
    `digits` correct digits after the point."""
    guard = digits + 10
    one = 10 ** guard
    # d = m * 10**e with 0.1 <= m < 1 ... use x = c * 10**exp; ln x = ln c + exp ln 10
    c, e = d._int, d._exp
    n = _ndigits(c)
    # m in [1, 10): x = m * 10**(e + n - 1)
    m_fixed = c * one // 10 ** (n - 1) if n - 1 <= guard else c // 10 ** (n - 1 - guard)
    k = e + n - 1
    value = _ln_of_fixed(m_fixed, guard) + k * _ln10(guard)
    return value // 10 ** 10


_LN10_CACHE = {}


def _ln10(guard):
    if guard not in _LN10_CACHE:
        _LN10_CACHE[guard] = _ln_of_fixed(10 * 10 ** guard, guard)
    return _LN10_CACHE[guard]


def _ln_of_fixed(x, guard):
    """ln(x / 10**guard) * 10**guard for x in [1, 10] * 10**guard (atanh series)."""
    one = 10 ** guard
    # halve the range: ln x = 2^k ln(x^(1/2^k)) via repeated square roots
    k = 0
    extra = 10 ** 8
    x *= extra
    scale = one * extra
    while x > scale + scale // 8 or x < scale - scale // 8:
        x = _isqrt(x * scale)
        k += 1
    # ln x = 2 atanh((x-1)/(x+1))
    y = (x - scale) * scale // (x + scale)
    y2 = y * y // scale
    term = y
    total = 0
    i = 1
    while term:
        total += term // i
        term = term * y2 // scale
        i += 2
    return (2 * total << k) // extra


def _isqrt(n):
    return _math.isqrt(n)


def _exp_fixed(x, guard):
    """exp(x / 10**guard) * 10**guard for a fixed-point int x (may be negative)."""
    one = 10 ** guard
    # reduce: exp(x) = exp(x / 2^k)^(2^k)
    k = 0
    while abs(x) > one // 16:
        x //= 2
        k += 1
    term = one
    total = one
    i = 1
    while term:
        term = term * x // (one * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one
    return total


def _round_fixed(value, scale_digits, ctx, sign=0):
    """A Decimal from value * 10**-scale_digits with sticky inexactness, rounded."""
    coeff = abs(value)
    if coeff % 10 in (0, 5):
        coeff += 1  # the true value is never exactly representable here
    return _finish(_make(sign, coeff, -scale_digits, ''), ctx)


def _transcendental(d, ctx, kind):
    nan = _nan_result(d, d, ctx)
    if nan is not None:
        return nan
    if kind == 'exp':
        if d._special == 'F':
            return _make(0, 0, 0, '') if d._sign else _make(0, 0, 0, 'F')
        if d._int == 0:
            return _finish(Decimal(1), ctx)
        if d.adjusted() > 7:
            if d._sign:
                return _finish(_make(0, 1, ctx.Etiny() - 1, ''), ctx)
            return _finish(_make(0, 1, ctx.Emax + 1, ''), ctx)
        guard = ctx.prec + 20 + max(0, d.adjusted())
        x = _to_fixed(d, guard)
        value = _exp_fixed(x, guard)
        return _round_fixed(value, guard, ctx)
    # ln and log10
    if d._sign and not (d._special != 'F' and d._int == 0):
        return ctx._signal(InvalidOperation, _NAN)
    if d._special == 'F':
        return _make(0, 0, 0, 'F')
    if d._int == 0:
        return _make(1, 0, 0, 'F')
    if kind == 'log10':
        # exact powers of ten give exact integers
        c, e = d._int, d._exp
        if c == 10 ** (_ndigits(c) - 1):
            return _finish(Decimal(e + _ndigits(c) - 1), ctx)
    elif d._int == 1 and d._exp == 0:
        return _make(0, 0, 0, '')
    guard = ctx.prec + 20 + len(str(abs(d.adjusted())))
    value = _ln_fixed(d, guard)
    if kind == 'log10':
        value = value * 10 ** guard // (_ln10(guard + 10) // 10 ** 10)
    return _round_fixed(value, guard, ctx, 1 if value < 0 else 0)


def _to_fixed(d, guard):
    v = d._int * 10 ** (d._exp + guard) if d._exp + guard >= 0 else d._int // 10 ** -(d._exp + guard)
    return -v if d._sign else v


def _exp_ln_power(a, b, ctx):
    guard = ctx.prec + 25
    ln_a = _ln_fixed(a, guard)
    bf = b._int * (-1 if b._sign else 1)
    product = ln_a * bf
    product = product * 10 ** b._exp if b._exp >= 0 else product // 10 ** -b._exp
    if abs(product) > 10 ** guard * 2400000:
        if product > 0:
            return _finish(_make(0, 1, ctx.Emax + 1, ''), ctx)
        return _finish(_make(0, 1, ctx.Etiny() - 1, ''), ctx)
    value = _exp_fixed(product, guard)
    return _round_fixed(value, guard, ctx)


def _sqrt(d, ctx):
    nan = _nan_result(d, d, ctx)
    if nan is not None:
        return nan
    if d._special == 'F':
        if d._sign:
            return ctx._signal(InvalidOperation, _NAN)
        return _make(0, 0, 0, 'F')
    ideal = d._exp // 2
    if d._int == 0:
        return _finish(_make(d._sign, 0, ideal, ''), ctx)
    if d._sign:
        return ctx._signal(InvalidOperation, _NAN)
    # choose an even exponent e with enough digits: sqrt(c * 10**e) = sqrt(c) * 10**(e/2)
    c, e = d._int, d._exp
    want = ctx.prec + 1
    shift = max(0, 2 * want - _ndigits(c) + 1)
    if (e - shift) % 2:
        shift += 1
    root = _math.isqrt(c * 10 ** shift)
    exact = root * root == c * 10 ** shift
    exp = (e - shift) // 2
    if not exact:
        if root % 10 in (0, 5):
            root += 1
    else:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    # the specification rounds square roots half-even whatever the context says
    return _finish(_make(0, root, exp, ''), ctx, ROUND_HALF_EVEN)


def _next_toward(d, ctx, direction):
    if d.is_nan():
        return _nan_result(d, d, ctx)
    if d._special == 'F':
        if (direction > 0) == bool(d._sign):
            return _make(d._sign, 10 ** ctx.prec - 1, ctx.Etop(), '')
        return Decimal(d)
    tiny = _make(0 if direction > 0 else 1, 1, ctx.Etiny() - 1, '')
    probe = ctx.copy()
    probe.rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
    probe.traps = _SignalDict({s: False for s in _SIGNALS})
    probe.flags = _SignalDict({s: False for s in _SIGNALS})
    return _add(d, tiny, probe, False)


# ---- format() ----

def _format_decimal(d, spec):
    import re as _re
    m = _re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?', spec, _re.S)
    if m is None:
        raise ValueError('invalid format string')
    fill, align, sign, _z, alt, zero, width, group, precision, kind = m.groups()
    if zero and not align:
        fill, align = '0', '='
    fill = fill or ' '
    align = align or '>'
    sign = sign or '-'
    width = int(width) if width else 0
    prec = int(precision) if precision is not None else None
    if d._special:
        body = str(d.copy_abs())
    else:
        if kind is None or kind in 'gGn':
            if prec is not None and prec == 0:
                prec = 1
            r = d.copy_abs()
            if prec is not None:
                r = _finish(r, Context(prec=prec, rounding=ROUND_HALF_EVEN, Emax=MAX_EMAX, Emin=MIN_EMIN))
            body = str(r)
            if kind in ('G',):
                body = body.upper()
            elif kind in ('g', 'n'):
                body = body.replace('E', 'e')
            if kind is None:
                body = body.replace('e', 'E')
            if prec is not None and kind in ('g', 'G', 'n'):
                pass
        elif kind in 'fF%':
            r = d.copy_abs()
            if kind == '%':
                r = _make(0, r._int, r._exp + 2, '')
            if prec is not None:
                r = r.quantize(_make(0, 1, -prec, ''), rounding=ROUND_HALF_EVEN,
                               context=Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN))
            digits = _digits_str(r._int)
            if r._exp >= 0:
                body = digits + '0' * r._exp if r._int else '0'
            else:
                digits = digits.rjust(-r._exp + 1, '0')
                body = digits[:r._exp] + '.' + digits[r._exp:]
            if alt and '.' not in body:
                body += '.'
            if kind == '%':
                body += '%'
        else:  # e, E
            r = d.copy_abs()
            if prec is not None:
                r = _finish(r, Context(prec=prec + 1, rounding=ROUND_HALF_EVEN, Emax=MAX_EMAX, Emin=MIN_EMIN))
            digits = _digits_str(r._int)
            adjusted = r._exp + len(digits) - 1
            if prec is not None and len(digits) < prec + 1:
                digits += '0' * (prec + 1 - len(digits))
            body = digits[0] + ('.' + digits[1:] if len(digits) > 1 or alt else '')
            body += ('e' if kind == 'e' else 'E') + ('+' if adjusted >= 0 else '-') + '%d' % abs(adjusted)
    neg = d._sign == 1
    sign_text = '-' if neg else ('+' if sign == '+' else (' ' if sign == ' ' else ''))
    if group and not d._special:
        whole, dot, rest = body.partition('.')
        if 'e' in whole.lower():
            pass
        else:
            groups = []
            while len(whole) > 3:
                groups.insert(0, whole[-3:])
                whole = whole[:-3]
            groups.insert(0, whole)
            body = group.join(groups) + dot + rest
    pad = width - len(sign_text) - len(body)
    if pad <= 0:
        return sign_text + body
    if align == '<':
        return sign_text + body + fill * pad
    if align == '>':
        return fill * pad + sign_text + body
    if align == '=':
        return sign_text + fill * pad + body
    left = pad // 2
    return fill * left + sign_text + body + fill * (pad - left)


# ---- contexts ----

class Context(object):
    """Contains the context for a Decimal instance."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = _DEFAULTS
        self.prec = prec if prec is not None else base['prec']
        self.rounding = rounding if rounding is not None else base['rounding']
        self.Emin = Emin if Emin is not None else base['Emin']
        self.Emax = Emax if Emax is not None else base['Emax']
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = _signal_dict(flags, [])
        self.traps = _signal_dict(traps, base['traps'])

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value not in (0, 1):
                raise ValueError('valid values for %s are [0, 1]' % name)
        elif name in ('flags', 'traps'):
            if not isinstance(value, dict):
                raise TypeError('argument must be a signal dict')
        elif name not in ('_ignored',):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _SIGNALS if self.flags.get(s)]
        traps = [s.__name__ for s in _SIGNALS if self.traps.get(s)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ', '.join(flags), ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, self.flags.copy(), self.traps.copy())

    __copy__ = copy

    def __reduce__(self):
        flags = [s for s in _SIGNALS if self.flags.get(s)]
        traps = [s for s in _SIGNALS if self.traps.get(s)]
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax,
                                 self.capitals, self.clamp, flags, traps))

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _signal(self, condition, result):
        """Record a condition; raise it when its signal is trapped, else return result."""
        self._conditions([condition])
        return result

    def _conditions(self, conditions):
        """Set the flags of all conditions one operation raised; when some are trapped,
        raise the first trapped signal (in _RAISE_ORDER) listing every trapped one."""
        trapped = []
        for cond in conditions:
            sig = _CONDITION_SIGNAL.get(cond, cond)
            dict.__setitem__(self.flags, sig, True)
            if self.traps.get(sig) and cond not in trapped:
                trapped.append(cond)
        if trapped:
            trapped.sort(key=lambda c: _RAISE_ORDER.index(_CONDITION_SIGNAL.get(c, c)))
            raise _CONDITION_SIGNAL.get(trapped[0], trapped[0])(trapped)

    def _flag_float(self, ordering=True):
        # equality with a float only records the flag; constructors and ordering trap
        dict.__setitem__(self.flags, FloatOperation, True)
        if ordering and self.traps.get(FloatOperation):
            raise FloatOperation([FloatOperation])

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._signal(ConversionSyntax, _NAN)
        d = Decimal(num, context=self)
        if d.is_nan():
            return _fix_nan(d, self)
        return _finish(d, self)

    def create_decimal_from_float(self, f):
        return _finish(Decimal.from_float(f), self)

    def to_sci_string(self, a):
        return str(_convert(a))

    def to_eng_string(self, a):
        return _convert(a).to_eng_string()

    def to_integral_value(self, a):
        return _convert(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _convert(a).to_integral_exact(context=self)

    def abs(self, a):
        return _convert(a).__abs__(context=self)

    def add(self, a, b):
        return _add(_convert(a), _convert(b), self, False)

    def subtract(self, a, b):
        return _add(_convert(a), _convert(b), self, True)

    def multiply(self, a, b):
        return _mul(_convert(a), _convert(b), self)

    def divide(self, a, b):
        return _div(_convert(a), _convert(b), self)

    def divide_int(self, a, b):
        return _divmod(_convert(a), _convert(b), self, 'q')[0]

    def remainder(self, a, b):
        return _divmod(_convert(a), _convert(b), self, 'r')[1]

    def divmod(self, a, b):
        return _divmod(_convert(a), _convert(b), self)

    def power(self, a, b, modulo=None):
        if modulo is not None:
            raise NotImplementedError('decimal: three-argument pow()')
        return _power(_convert(a), _convert(b), self)

    def plus(self, a):
        return _convert(a).__pos__(context=self)

    def minus(self, a):
        return _convert(a).__neg__(context=self)

    def sqrt(self, a):
        return _sqrt(_convert(a), self)

    def exp(self, a):
        return _convert(a).exp(context=self)

    def ln(self, a):
        return _convert(a).ln(context=self)

    def log10(self, a):
        return _convert(a).log10(context=self)

    def quantize(self, a, b):
        return _convert(a).quantize(b, context=self)

    def compare(self, a, b):
        return _convert(a).compare(b, context=self)

    def max(self, a, b):
        return _convert(a).max(b, context=self)

    def min(self, a, b):
        return _convert(a).min(b, context=self)

    def normalize(self, a):
        return _convert(a).normalize(context=self)

    def fma(self, a, b, c):
        return _convert(a).fma(b, c, context=self)

    def copy_abs(self, a):
        return _convert(a).copy_abs()

    def copy_negate(self, a):
        return _convert(a).copy_negate()

    def copy_sign(self, a, b):
        return _convert(a).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(_convert(a))

    def is_zero(self, a):
        return _convert(a).is_zero()

    def is_signed(self, a):
        return _convert(a).is_signed()

    def is_nan(self, a):
        return _convert(a).is_nan()

    def is_finite(self, a):
        return _convert(a).is_finite()

    def is_infinite(self, a):
        return _convert(a).is_infinite()

    def number_class(self, a):
        return _convert(a).number_class(context=self)

    def next_plus(self, a):
        return _convert(a).next_plus(context=self)

    def next_minus(self, a):
        return _convert(a).next_minus(context=self)

    def scaleb(self, a, b):
        return _convert(a).scaleb(b, context=self)

    def same_quantum(self, a, b):
        return _convert(a).same_quantum(b)

    def radix(self):
        return Decimal(10)


def _signal_dict(given, default_on):
    d = _SignalDict({s: False for s in _SIGNALS})
    if given is None:
        for s in default_on:
            dict.__setitem__(d, s, True)
    elif isinstance(given, dict):
        for k, v in given.items():
            d[k] = v
    else:
        for s in given:
            d[s] = True
    return d


_DEFAULTS = {'prec': 28, 'rounding': ROUND_HALF_EVEN, 'Emin': -999999, 'Emax': 999999,
             'traps': [DivisionByZero, Overflow, InvalidOperation]}

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = [None]


def getcontext():
    """Returns this thread's context."""
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    """Set this thread's context to context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of the supplied context."""
    if ctx is None:
        ctx = getcontext()
    new = ctx.copy()
    for name, value in kwargs.items():
        if name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if name in ('flags', 'traps'):
            value = _signal_dict(value, [])
        setattr(new, name, value)
    return _ContextManager(new)


import numbers as _numbers
_numbers.Number.register(Decimal)
