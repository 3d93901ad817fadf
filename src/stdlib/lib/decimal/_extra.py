"""Less common Decimal operations, as the General Decimal Arithmetic Specification
defines them: the total ordering, digit-wise logical operations, rotate/shift and
remainder_near."""

from ._signals import InvalidOperation, DivisionUndefined, DivisionImpossible
from ._number import Decimal, _NAN, _make, _compare_values, _convert, _nan_result, _ndigits, _digits_str
from ._arith import _finish


def _magnitude_order(a, b):
    """-1/0/1 ordering |a| and |b| totally: finite < infinity < sNaN < NaN; NaNs by
    payload; equal finite values by exponent."""
    rank = {'': 0, 'F': 1, 'N': 2, 'n': 3}
    ra, rb = rank[a._special], rank[b._special]
    if ra != rb:
        return -1 if ra < rb else 1
    if ra >= 2:
        return (a._int > b._int) - (a._int < b._int)
    if ra == 1:
        return 0
    c = _compare_values(_make(0, a._int, a._exp, ''), _make(0, b._int, b._exp, ''))
    if c:
        return c
    return (a._exp > b._exp) - (a._exp < b._exp)


def compare_total(a, b):
    b = _convert(b)
    if a._sign != b._sign:
        return Decimal(-1 if a._sign else 1)
    c = _magnitude_order(a, b)
    return Decimal(-c if a._sign else c)


def compare_total_mag(a, b):
    b = _convert(b)
    return Decimal(_magnitude_order(a, b))


def _logical_digits(d, ctx):
    """The 0/1 digits of a logical operand, padded to prec, or None if invalid."""
    if d._special or d._sign or d._exp != 0:
        return None
    digits = _digits_str(d._int)
    if len(digits) > ctx.prec or digits.strip('01'):
        return None
    return digits.rjust(ctx.prec, '0')


def _logical(a, b, ctx, op):
    da = _logical_digits(a, ctx)
    db = _logical_digits(_convert(b), ctx) if b is not None else '0' * ctx.prec
    if da is None or db is None:
        return ctx._signal(InvalidOperation, _NAN)
    out = ''.join(op(x == '1', y == '1') and '1' or '0' for x, y in zip(da, db))
    return _make(0, int(out), 0, '')


def logical_and(a, b, ctx):
    return _logical(a, b, ctx, lambda x, y: x and y)


def logical_or(a, b, ctx):
    return _logical(a, b, ctx, lambda x, y: x or y)


def logical_xor(a, b, ctx):
    return _logical(a, b, ctx, lambda x, y: x != y)


def logical_invert(a, ctx):
    return _logical(a, None, ctx, lambda x, y: not x)


def _shift_amount(a, b, ctx):
    """The digit count of rotate/shift (an integral Decimal within ±prec) or None."""
    if b._special or b._exp != 0 or _ndigits(b._int) > 20 or b._int > ctx.prec:
        return None
    return -b._int if b._sign else b._int


def _rotate_or_shift(a, b, ctx, rotate):
    b = _convert(b)
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    n = _shift_amount(a, b, ctx)
    if n is None:
        return ctx._signal(InvalidOperation, _NAN)
    if a._special:
        return Decimal(a)
    prec = ctx.prec
    digits = _digits_str(a._int)[-prec:].rjust(prec, '0')
    if rotate:
        n %= prec
        digits = digits[n:] + digits[:n]
    elif n > 0:
        digits = (digits + '0' * n)[-prec:]
    elif n < 0:
        digits = digits[:n] or '0'
    return _make(a._sign, int(digits), a._exp, '')


def rotate(a, b, ctx):
    return _rotate_or_shift(a, b, ctx, True)


def shift(a, b, ctx):
    return _rotate_or_shift(a, b, ctx, False)


def remainder_near(a, b, ctx):
    """a - b·n with n the integer nearest a/b (ties to even)."""
    b = _convert(b)
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    if a._special == 'F':
        return ctx._signal(InvalidOperation, _NAN)
    if b._special == 'F':
        return _finish(Decimal(a), ctx)
    if b._int == 0:
        if a._int == 0:
            return ctx._signal(DivisionUndefined, _NAN)
        return ctx._signal(InvalidOperation, _NAN)
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp)
    y = b._int * 10 ** (b._exp - exp)
    q, r = divmod(x, y)
    if 2 * r > y or (2 * r == y and q % 2 == 1):
        q += 1
        r -= y
    if _ndigits(q) > ctx.prec:
        return ctx._signal(DivisionImpossible, _NAN)
    sign = a._sign ^ (1 if r < 0 else 0) if r else a._sign
    return _finish(_make(sign, abs(r), exp, ''), ctx)
