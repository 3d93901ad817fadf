"""pycell's fractions module: exact rational numbers.

Written for pycell from the documented behaviour of CPython 3.11's Fraction. A
Fraction is kept in lowest terms with a positive denominator.
"""

from decimal import Decimal
import math
import numbers
import operator
import re
import sys

__all__ = ['Fraction']

_Rational = numbers.Rational
_Integral = numbers.Integral

# Numeric hashing (Python Library Reference, "Hashing of numeric types").
_HASH_PRIME = sys.hash_info.modulus
_HASH_INFINITE = sys.hash_info.inf

_DIGITS = r'\d+(?:_\d+)*'
_LITERAL = re.compile(
    r'\s*(?P<sign>[-+]?)'
    r'(?:(?P<top>' + _DIGITS + r')/(?P<bottom>' + _DIGITS + r')'
    r'|(?=\.?\d)(?P<whole>' + _DIGITS + r')?'
    # CPython 3.11's own pattern lets a run of letters d/D stand for the decimals, which
    # its int() then rejects; reproduced for the same error ('1.d')
    r'(?:\.(?P<part>[dD]*|' + _DIGITS + r')?)?'
    r'(?:[eE](?P<power>[-+]?' + _DIGITS + r'))?)\s*')


def _from_literal(text):
    """(numerator, denominator) of a Fraction string, unreduced."""
    found = _LITERAL.fullmatch(text)
    if found is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    negative = found['sign'] == '-'
    if found['top'] is not None:
        num, den = int(found['top']), int(found['bottom'])
    else:
        if found['part'] and found['part'][0] in 'dD':
            raise ValueError('invalid literal for int() with base 10: %r' % found['part'])
        digits = (found['whole'] or '') + (found['part'] or '').replace('_', '')
        if not digits:
            raise ValueError('Invalid literal for Fraction: %r' % text)
        num = int(digits)
        den = 10 ** len((found['part'] or '').replace('_', ''))
        if found['power'] is not None:
            shift = int(found['power'])
            if shift >= 0:
                num *= 10 ** shift
            else:
                den *= 10 ** -shift
    return (-num if negative else num), den


def _closest_within(num, den, limit):
    """Closest fraction to num/den whose denominator is at most limit.

    Walks the continued-fraction expansion; the answer is the last convergent
    that fits or the largest semiconvergent after it, the convergent on a tie.
    """
    prev_h, prev_k = 0, 1       # convergent before the current one
    h, k = 1, 0                 # current convergent
    while True:
        term, rest = divmod(num, den)
        next_k = prev_k + term * k
        if next_k > limit:
            break
        prev_h, prev_k, h, k = h, k, prev_h + term * h, next_k
        num, den = den, rest
    steps = (limit - prev_k) // k
    return (prev_h + steps * h, prev_k + steps * k), (h, k)


class Fraction(_Rational):
    """Rational number num/den held exactly, in lowest terms."""

    __slots__ = '_numerator', '_denominator'

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        """Fraction from an int pair, a Rational, a float, a Decimal or a string."""
        obj = object.__new__(cls)
        if denominator is None:
            kind = type(numerator)
            if kind is int:
                obj._numerator, obj._denominator = numerator, 1
                return obj
            if isinstance(numerator, _Rational):
                # already in lowest terms: keep its parts (they may not be ints)
                obj._numerator = numerator.numerator
                obj._denominator = numerator.denominator
                return obj
            if kind is float or isinstance(numerator, (float, Decimal)):
                num, den = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                num, den = _from_literal(numerator)
            else:
                raise TypeError('argument should be a string '
                                'or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            num, den = numerator, denominator
        elif (isinstance(numerator, _Rational)
              and isinstance(denominator, _Rational)):
            num = numerator.numerator * denominator.denominator
            den = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        if den == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % num)
        if _normalize:
            common = math.gcd(num, den)
            if den < 0:
                common = -common
            num //= common
            den //= common
        obj._numerator, obj._denominator = num, den
        return obj

    @classmethod
    def from_float(cls, f):
        """Exact value of a float (or an integer)."""
        if isinstance(f, _Integral):
            return cls(f)
        if isinstance(f, float):
            num, den = f.as_integer_ratio()
            return cls(num, den)
        raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                        % (cls.__name__, f, type(f).__name__))

    @classmethod
    def from_decimal(cls, dec):
        """Exact value of a Decimal (or an integer)."""
        if isinstance(dec, _Integral):
            dec = Decimal(int(dec))
        if isinstance(dec, Decimal):
            num, den = dec.as_integer_ratio()
            return cls(num, den)
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        pair = self._numerator, self._denominator
        return pair

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        num, den = self._numerator, self._denominator
        if den <= max_denominator:
            return Fraction(self)
        semi, conv = _closest_within(num, den, max_denominator)
        semi = Fraction(*semi)
        conv = Fraction(*conv)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return f'{type(self).__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        num, den = self._numerator, self._denominator
        return f'{num}/{den}' if den != 1 else f'{num}'

    # -- arithmetic ----------------------------------------------------------
    # Each operator has an exact rule for two Fractions (ints are promoted);
    # with a float the Fraction becomes a float, with a complex a complex.

    def _pair(exact, inexact):
        def forward(a, b):
            if isinstance(b, _EXACT):
                return exact(a, b)
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, _Rational):
                return exact(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented

        name = inexact.__name__
        forward.__name__ = '__%s__' % name
        reverse.__name__ = '__r%s__' % name
        return forward, reverse

    def _add(a, b):
        return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _sub(a, b):
        return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        num = a.numerator * b.denominator
        den = a.denominator * b.numerator
        if den < 0:
            num, den = -num, -den
        return Fraction(num, den)

    def _floordiv(a, b):
        top = a.numerator * b.denominator
        return top // (b.numerator * a.denominator)

    def _divmod(a, b):
        common = a.denominator * b.denominator
        quot, rem = divmod(a.numerator * b.denominator,
                           b.numerator * a.denominator)
        return quot, Fraction(rem, common)

    def _mod(a, b):
        common = a.denominator * b.denominator
        return Fraction((a.numerator * b.denominator) % (b.numerator * a.denominator),
                        common)

    __add__, __radd__ = _pair(_add, operator.add)
    __sub__, __rsub__ = _pair(_sub, operator.sub)
    __mul__, __rmul__ = _pair(_mul, operator.mul)
    __truediv__, __rtruediv__ = _pair(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _pair(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _pair(_divmod, divmod)
    __mod__, __rmod__ = _pair(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, a float or complex otherwise."""
        if not isinstance(b, _Rational):
            return float(a) ** b
        if b.denominator == 1:
            exponent = b.numerator
            num, den = a._numerator, a._denominator
            if exponent >= 0:
                return Fraction(num ** exponent, den ** exponent, _normalize=False)
            # a negative power swaps numerator and denominator; keep den > 0
            if num < 0:
                num, den = -num, -den
            return Fraction(den ** -exponent, num ** -exponent, _normalize=False)
        return float(a) ** float(b)

    def __rpow__(b, a):
        """a ** b for a Fraction exponent b."""
        num, den = b._numerator, b._denominator
        if den == 1 and num >= 0:
            return a ** num
        if isinstance(a, _Rational):
            return Fraction(a) ** b
        return a ** num if den == 1 else a ** float(b)

    def _signed(self, num):
        return Fraction(num, self._denominator, _normalize=False)

    def __pos__(self):
        return self._signed(self._numerator)

    def __neg__(self):
        return self._signed(-self._numerator)

    def __abs__(self):
        return self._signed(abs(self._numerator))

    def __int__(a):
        whole = abs(a._numerator) // a._denominator
        return operator.index(-whole if a._numerator < 0 else whole)

    def __trunc__(a):
        whole = abs(a._numerator) // a._denominator
        return -whole if a._numerator < 0 else whole

    def __floor__(self):
        num, den = self._numerator, self._denominator
        return num // den

    def __ceil__(self):
        num, den = self._numerator, self._denominator
        return -(-num // den)

    def __round__(self, ndigits=None):
        """Round half to even, to an int, or to a Fraction with ndigits."""
        if ndigits is None:
            den = self._denominator
            low, rem = divmod(self._numerator, den)
            twice = 2 * rem
            if twice > den or (twice == den and low & 1):
                return low + 1
            return low
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        """Equal to the hash of an equal int or float."""
        num, den = self._numerator, self._denominator
        if den % _HASH_PRIME == 0:
            value = _HASH_INFINITE
        else:
            # den is invertible modulo the prime: Fermat's little theorem
            value = abs(num) % _HASH_PRIME * pow(den, _HASH_PRIME - 2, _HASH_PRIME)
            value %= _HASH_PRIME
        if num < 0:
            value = -value
        return -2 if value == -1 else value

    # -- comparisons ---------------------------------------------------------

    def __eq__(self, other):
        num, den = self._numerator, self._denominator
        if type(other) is int:
            return den == 1 and num == other
        if isinstance(other, _Rational):
            return num == other.numerator and den == other.denominator
        if isinstance(other, numbers.Complex) and not other.imag:
            other = other.real
        if not isinstance(other, float):
            return NotImplemented
        # NaNs and infinities equal no Fraction
        return math.isfinite(other) and self == Fraction.from_float(other)

    def _order(self, other, test):
        if isinstance(other, _Rational):
            left = self._numerator * other.denominator
            return test(left, other.numerator * self._denominator)
        if not isinstance(other, float):
            return NotImplemented
        if math.isfinite(other):
            return test(self, Fraction.from_float(other))
        return test(0.0, other)

    def __lt__(a, b):
        return a._order(b, operator.lt)

    def __gt__(a, b):
        return a._order(b, operator.gt)

    def __le__(a, b):
        return a._order(b, operator.le)

    def __ge__(a, b):
        return a._order(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    # -- copying and pickling ------------------------------------------------

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    del _pair


_EXACT = (int, Fraction)
