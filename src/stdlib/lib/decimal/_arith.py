"""Decimal arithmetic: rounding to a context (_finish), the operations, the
transcendental functions on big integers, and format()."""

import math as _math
from ._signals import (Clamped, DivisionByZero, DivisionImpossible, DivisionUndefined,
    Inexact, InvalidOperation, MAX_EMAX, MAX_PREC, MIN_EMIN, Overflow, ROUND_CEILING,
    ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, Rounded,
    Subnormal, Underflow, _SIGNALS, _SignalDict)
from ._number import (Decimal, _NAN, _compare_values, _digits_str, _make, _nan_result,
    _ndigits, _shift_round)


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


def _round_fixed(value, scale_digits, ctx, sign=0, rounding=ROUND_HALF_EVEN, is_exact=None):
    """A Decimal from value * 10**-scale_digits, rounded (exp, ln and log10 always
    round half-even, whatever the context says). The value is never exact, so a
    sticky digit is appended; except that when is_exact(coefficient, exponent)
    confirms a short candidate (the last 10 guard digits rounded away), that exact
    value is returned, as for 100 ** 0.5."""
    if is_exact is not None:
        coeff = (abs(value) + 5 * 10 ** 9) // 10 ** 10
        exp = -scale_digits + 10
        short, short_exp = coeff, exp
        while short and short % 10 == 0:
            short //= 10
            short_exp += 1
        if short and _ndigits(short) <= ctx.prec and is_exact(short, short_exp):
            return _finish(_make(sign, coeff, exp, ''), ctx, rounding)
    coeff = abs(value)
    return _finish(_make(sign, coeff * 10 + 1, -scale_digits - 1, ''), ctx, rounding)


def _ratio_of(c, e):
    return (c * 10 ** e, 1) if e >= 0 else (c, 10 ** -e)


def _power_checker(a, b):
    """is_exact for a ** b with b = p/q small: candidate ** q == a ** p, in integers."""
    p, q = b.as_integer_ratio()
    if abs(p) > 200 or q > 200:
        return None
    an, ad = _ratio_of(a._int, a._exp)
    if p < 0:
        an, ad, p = ad, an, -p
    rn, rd = an ** p, ad ** p

    def check(c, e):
        cn, cd = _ratio_of(c, e)
        return cn ** q * rd == rn * cd ** q
    return check


def _exp_scaled(x, guard):
    """e^(x / 10**guard) as (m, k): m / 10**guard * 10**k with m / 10**guard in [1, 10),
    so tiny and huge results keep all their digits."""
    ln10 = _ln10(guard)
    k = x // ln10
    return _exp_fixed(x - k * ln10, guard), k


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
        value, k = _exp_scaled(x, guard)
        return _round_fixed(value, guard - k, ctx)
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
    value, k = _exp_scaled(product, guard)
    # power keeps the context rounding
    return _round_fixed(value, guard - k, ctx, 0, ctx.rounding, _power_checker(a, b))


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


# names from modules that import this one (resolved when called)
from ._context import Context
