"""The Decimal type: construction, conversions, comparisons, and the methods
(arithmetic itself lives in _arith)."""

import math as _math
from ._signals import (ConversionSyntax, DecimalTuple, DivisionByZero, Inexact,
    InvalidOperation, MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_05UP, ROUND_CEILING,
    ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP,
    Rounded, Subnormal, _HASH_INF, _HASH_MODULUS)


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
        return _extra.compare_total(self, other)

    def compare_total_mag(self, other, context=None):
        return _extra.compare_total_mag(self, other)

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
        return _extra.remainder_near(self, other, _ctx(context))

    def logical_and(self, other, context=None):
        return _extra.logical_and(self, other, _ctx(context))

    def logical_or(self, other, context=None):
        return _extra.logical_or(self, other, _ctx(context))

    def logical_xor(self, other, context=None):
        return _extra.logical_xor(self, other, _ctx(context))

    def logical_invert(self, context=None):
        return _extra.logical_invert(self, _ctx(context))

    def rotate(self, other, context=None):
        return _extra.rotate(self, other, _ctx(context))

    def shift(self, other, context=None):
        return _extra.shift(self, other, _ctx(context))


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
        # a real-valued complex only takes part in == and != (it has no order)
        if not ordering and isinstance(other, complex) and other.imag == 0:
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


# names from modules that import this one (resolved when called)
from ._arith import (_add, _div, _divmod, _finish, _format_decimal, _mul, _next_toward,
    _power, _sqrt, _transcendental)
from ._context import (Context, getcontext)
from . import _extra
