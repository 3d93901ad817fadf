# decimal: construction, str/repr, arithmetic under several contexts (with the flags
# raised), quantize, rounding, special values, signals as exceptions, plus a seeded
# fuzz of + - * / // % sqrt over random operands.
import math
import random
from decimal import *
import decimal
import fractions
import numbers

def show(tag, f):
    try:
        print(tag, repr(f()))
    except Exception as e:
        print(tag, type(e).__name__, e.args)

def flags(ctx):
    return [s.__name__ for s in (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
                                  Overflow, Rounded, Subnormal, Underflow) if ctx.flags[s]]

for s in ['0', '-0', '1.', '.5', '1.30', '1E+2', '1e-7', '123E-10', '0.000001', '0.0000001', '-0E+3', '0E-5',
          '  1_000.5 ', '_1', '1__0', '١٢', 'Inf', '-infinity', 'NaN', '-nan123', 'sNaN12', 'NaN01', '1e', '.',
          '+.e1', 'abc', '1.2.3', '1e1_0', '12345678901234567890123456789012345', '-1.23E+5', '9.999e999999',
          '1e1000000', '1e-1000030', '0.1e-6', '100E-8', '  -7  ', 'e', '1 2']:
    show(f'new {s!r}', lambda: Decimal(s))
for v in [0, -5, 2**100, True, 1.1, -0.0, 0.5, float('nan'), float('-inf'), 1e300, (0, (1, 2), -1),
          (1, (0,), 5), (0, (), 'F'), (1, (1, 2), 'n'), (0, (1, 20), -1), [0, [3], 2], (2, (1,), 0), [1], None, 1j]:
    show(f'new {v!r}', lambda: Decimal(v))
for s in ['123E-10', '0.0000001', '-0E+3', '1E+3', '1E+1', '12E+4', '0E+1', '0E+2', '0E-7', '0E+4', '1.23E-8', '-1E-7']:
    d = Decimal(s)
    print('str', s, str(d), d.to_eng_string(), repr(d), d.adjusted(), d.as_tuple())

# (TypeError messages name the type 'decimal.Decimal' in CPython: see docs/notes/numeric.md)
exprs = ['Decimal(1)/0', 'Decimal(0)/0', 'Decimal("1e999999")*10', 'Decimal("1e-999999")/10**30',
         'Decimal(1)<Decimal("NaN")', 'Decimal(1)==Decimal("NaN")', 'Decimal(1)<1.5',
         'Decimal(1)==0.1', 'Decimal(10)**Decimal("0.5")', 'Decimal(-1)**Decimal("0.5")', 'Decimal(0)**0',
         'Decimal(0)**-1', 'Decimal(7)//0', 'Decimal(7)%0', 'Decimal(10**30)//Decimal("0.0001")',
         'Decimal("1.5").quantize(Decimal("1e-30"))', 'int(Decimal("NaN"))', 'int(Decimal("-Inf"))',
         'float(Decimal("sNaN"))', 'hash(Decimal("sNaN"))', 'Decimal("sNaN")+1', 'Decimal("inf")-Decimal("inf")',
         'Decimal(2).sqrt()', 'Decimal(-2).sqrt()', 'Decimal(2).ln()', 'Decimal(2).exp()', 'Decimal(2).log10()',
         'Decimal("1.23456").__round__(2)', 'round(Decimal("2.5"))', 'round(Decimal("3.5"))', 'round(Decimal("NaN"))',
         'round(Decimal("-2.567"), 1)', 'round(Decimal("1234"), -2)',
         'Decimal("1.30") + Decimal("1.20")', 'Decimal("1.3") * Decimal("1.2")', 'Decimal("7") / Decimal("2")',
         'Decimal("100") / Decimal("4")', 'Decimal("1.00") / Decimal("0.25")', 'Decimal(-7) // Decimal(2)',
         'Decimal(-7) % Decimal(2)', 'divmod(Decimal(-7), 2)', 'Decimal("1.5") ** 2', 'Decimal(2) ** -2',
         'Decimal("-0") + Decimal("0")', 'Decimal("-0") - Decimal("0")', 'Decimal(1) - Decimal(1)', '-Decimal(0)',
         'abs(Decimal("-1.50"))', '+Decimal("1.00000000000000000000000000001")', 'hash(Decimal("0.5"))==hash(0.5)',
         'hash(Decimal("1E+500"))', 'hash(Decimal(-1))', 'hash(Decimal("1.5")) == hash(1.5)', 'hash(Decimal(10**30)) == hash(10**30)',
         'hash(Decimal("-Infinity"))', 'Decimal("1") == 1', 'Decimal("0.5") == fractions.Fraction(1,2)',
         'Decimal("0.3") < fractions.Fraction(1,3)', 'Decimal(5).max(Decimal("NaN"))', 'Decimal(5).min(3)',
         'Decimal("2.50").normalize()', 'Decimal("0.00").normalize()', 'Decimal("-120E+3").normalize()', 'Decimal("123.456").adjusted()',
         'Decimal(10)**1000000', 'Decimal("1.25").as_integer_ratio()', 'Decimal("-0.75").as_integer_ratio()',
         'Decimal("-3.7").to_integral_value()', 'Decimal("2.5").to_integral_value(ROUND_HALF_UP)',
         'Decimal("2.5").to_integral_exact()', 'Decimal(3).compare(Decimal("3.0"))', 'Decimal(2).compare(3)',
         'Decimal("1.2").copy_sign(Decimal(-1))', 'Decimal("NaN").is_nan()', 'Decimal("1.2").quantize(Decimal("0.0001"))',
         'Decimal("1.255").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)', 'Decimal("123").quantize(Decimal("1e1"))',
         'Decimal("-1.5").__floor__()', 'math.floor(Decimal("-1.5"))', 'math.ceil(Decimal("-1.5"))', 'math.trunc(Decimal("-1.5"))',
         'float(Decimal("0.1"))', 'float(Decimal("-NaN"))', 'Decimal(1) + True', 'Decimal(5).fma(2, 3)', 'Decimal(5).scaleb(3)',
         'Decimal("9.99").next_plus()', 'Decimal("1").next_minus()', 'Decimal(1).number_class()', 'Decimal("-0").number_class()',
         'Decimal("1.5").sqrt()', 'Decimal("100").sqrt()', 'Decimal("0.0100").sqrt()', 'Decimal(4).sqrt()', 'Decimal("1E+2").sqrt()',
         'Decimal("1E+3").sqrt()', 'Decimal(0).sqrt()', 'Decimal("-0.00").sqrt()', 'Decimal("Infinity").sqrt()',
         'Decimal("0.5").exp()', 'Decimal("-3").exp()', 'Decimal("1e-30").exp()', 'Decimal(1000).ln()', 'Decimal("0.001").log10()',
         'Decimal("1e100").log10()', 'Decimal(7).log10()', 'Decimal(0).ln()', 'Decimal(-1).ln()', 'Decimal(1).ln()',
         'Decimal(2) ** Decimal("0.5")', 'Decimal("1.1") ** 100', 'Decimal(3) ** 200', 'Decimal("-2") ** 3', 'Decimal("-2") ** -3',
         'Decimal("Infinity") * 0', 'Decimal("Infinity") / Decimal("Infinity")', 'Decimal(1) / Decimal("Infinity")',
         'Decimal("Infinity") + 1', '-Decimal("Infinity")', 'Decimal("NaN") + 1', 'Decimal("-NaN7") * 2',
         'sorted([Decimal(3), Decimal("1.5"), 2, Decimal("-1")])', 'sum([Decimal("0.1")] * 10)', 'Decimal("0.1") * 3 == Decimal("0.3")',
         'Decimal(1).__format__(".3f")', 'format(Decimal("12345678"), ",.2f")', 'format(Decimal("-1.5"), "10.3f")',
         'format(Decimal("0.125"), ".2%")', 'format(Decimal("1234.5"), "e")', 'format(Decimal("1234.5"), ".2e")', 'format(Decimal("1.50"), "")',
         'format(Decimal("1.50"), "<8")', 'format(Decimal("1.50"), "^9")', 'format(Decimal("1.5"), "+")', 'format(Decimal("2.675"), ".2f")',
         'Decimal("3.14").is_signed()', 'Decimal("-3.14").copy_abs()', 'Decimal(10).same_quantum(Decimal("1.0"))',
         'Decimal("5").logb()', 'Decimal("0.01").logb()', 'Decimal(1) != Decimal("1.0")', 'Decimal(1) > 0.5',
         'Decimal(2) >= Decimal("2.0")', 'bool(Decimal("0E+5"))', 'bool(Decimal("NaN"))', 'complex(Decimal("1.5"))',
         'Decimal("1.5").real', 'Decimal("1.5").imag', 'Decimal(1).__reduce__()', 'isinstance(Decimal(1), numbers.Number)',
         'isinstance(Decimal(1), numbers.Real)', 'Decimal.from_float(0.25)', 'Decimal.from_float(3)', 'Decimal.from_float("x")',
         'Decimal("12.500").as_tuple()', 'Decimal("NaN5").as_tuple()', 'Decimal("-Inf").as_tuple()', 'DecimalTuple(0, (1,), 2)',
         '1 / Decimal(8)', '10 - Decimal("0.1")', '2 ** Decimal(10)', '7 % Decimal(3)', '7 // Decimal("2.5")', 'divmod(7, Decimal("2.5"))',
         'Decimal(2).compare_signal(Decimal("NaN"))', 'Decimal(2).max(Decimal("2.0"))',
         'Decimal("-2").min(Decimal("-2.0"))', 'Decimal(1).canonical()', 'Decimal(1).radix()', 'Decimal("2.5").is_normal()']
for e in exprs:
    getcontext().clear_flags()
    show(e, lambda: eval(e))

print(getcontext())
print(DefaultContext, BasicContext, ExtendedContext, sep='\n')
print(ROUND_HALF_EVEN, ROUND_05UP, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY)
print([c.__name__ for c in InvalidOperation.__mro__], [c.__name__ for c in DivisionByZero.__mro__],
      [c.__name__ for c in Overflow.__mro__], [c.__name__ for c in FloatOperation.__mro__],
      [c.__name__ for c in DivisionUndefined.__mro__], [c.__name__ for c in Underflow.__mro__])

with localcontext() as ctx:
    ctx.prec = 5
    print('local', Decimal(1) / Decimal(7), ctx.prec, getcontext().prec, flags(ctx))
print('after', getcontext().prec, Decimal(1) / Decimal(7))
with localcontext(prec=3, rounding=ROUND_DOWN) as ctx:
    print('local kw', Decimal(2) / 3, +Decimal('9.999'))
show('local bad kw', lambda: localcontext(foo=1))
ctx = Context(prec=6, rounding=ROUND_HALF_UP)
print(ctx, ctx.divide(1, 3), ctx.add(Decimal('1.00005'), 0), ctx.sqrt(2), ctx.power(2, 10), ctx.create_decimal('3.14159265'),
      ctx.quantize(Decimal('2.5'), Decimal('1')), ctx.Etiny(), ctx.Etop(), ctx.compare(1, 2), flags(ctx))
show('create_decimal bad', lambda: ctx.create_decimal('abc'))
show('create space', lambda: ctx.create_decimal(' 1'))
setcontext(ExtendedContext)
print('extended', Decimal(1) / 0, Decimal(0) / 0, Decimal('abc'), Decimal(-1).sqrt(), flags(getcontext()))
setcontext(DefaultContext)
show('prec bad', lambda: setattr(getcontext(), 'prec', 0))
show('prec type', lambda: setattr(getcontext(), 'prec', 'x'))
show('rounding bad', lambda: setattr(getcontext(), 'rounding', 'UP'))
show('Emax bad', lambda: setattr(getcontext(), 'Emax', -1))
show('attr bad', lambda: setattr(getcontext(), 'foo', 1))
c = getcontext()
c.traps[DivisionByZero] = False
print('no trap', Decimal(1) / 0, Decimal(-1) / 0, flags(c))
c.traps[DivisionByZero] = True
c.traps[Inexact] = True
show('trap inexact', lambda: Decimal(1) / 3)
c.traps[Inexact] = False
c.traps[FloatOperation] = True
show('trap float', lambda: Decimal(1.5))
show('trap float cmp', lambda: Decimal(1) < 1.5)
show('trap float eq', lambda: Decimal(1) == 1.5)
c.traps[FloatOperation] = False

# small exponent range: overflow, underflow, subnormals, clamping
tiny = Context(prec=5, Emin=-10, Emax=10)
for op, a, b in [('multiply', '9.9999e10', '10'), ('multiply', '1e-10', '0.01'), ('divide', '1e-10', '3'),
                 ('multiply', '1e-10', '1e-10'), ('add', '99999e6', '1e6'), ('multiply', '12345', '1e-14'), ('add', '0e20', '0')]:
    for rnd in [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR]:
        t = tiny.copy()
        t.rounding = rnd
        t.clear_traps()
        print('limits', op, a, b, rnd, getattr(t, op)(Decimal(a), Decimal(b)), flags(t))
clampctx = Context(prec=5, Emin=-10, Emax=10, clamp=1, traps=[])
print('clamp', clampctx.add(Decimal('1e10'), 0), clampctx.create_decimal('1e10'), flags(clampctx))

# rounding modes on ties and non-ties
for rnd in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    vals = [Decimal(s).quantize(Decimal('1'), rounding=rnd) for s in ['2.5', '3.5', '-2.5', '2.51', '-2.49', '0.5', '5.1', '-0.1', '1.0']]
    print('round', rnd, vals)

# fuzz
rng = random.Random(2024)
def rnd_dec():
    k = rng.randrange(6)
    if k == 0:
        return Decimal(rng.randrange(-10**6, 10**6))
    if k == 1:
        return Decimal((rng.randrange(2), tuple(rng.randrange(10) for _ in range(rng.randrange(1, 40))), rng.randrange(-40, 20)))
    if k == 2:
        return Decimal(rng.choice(['0', '-0', '1', '-1', '0.1', '1E+5', '9' * 30, '0E-10', '5E-1']))
    return Decimal((rng.randrange(2), tuple(rng.randrange(10) for _ in range(rng.randrange(1, 12))), rng.randrange(-8, 4)))
for i in range(600):
    ctx = Context(prec=rng.choice([1, 3, 7, 16, 28, 40]), rounding=rng.choice(
        [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]), traps=[])
    a, b = rnd_dec(), rnd_dec()
    res = []
    for op in ('add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'plus', 'sqrt', 'compare'):
        try:
            r = getattr(ctx, op)(a, b) if op not in ('plus', 'sqrt') else getattr(ctx, op)(a)
        except Exception as e:
            r = type(e).__name__
        res.append(str(r))
    try:
        q = a.quantize(b, context=ctx)
    except Exception as e:
        q = type(e).__name__
    print('fuzz', i, a, b, ctx.prec, ctx.rounding, res, q, flags(ctx), a < b if not (a.is_nan() or b.is_nan()) else '-', hash(a) == hash(float(a)) if a == float(a) else '')

# transcendental functions (always rounded half-even) and non-integral powers (context
# rounding) under every rounding mode; a ** 0.5 of exact squares is left out, where
# libmpdec's internal error decides the directed roundings
rng = random.Random(11)
def rnd_pos():
    k = rng.randrange(3)
    if k == 0:
        return Decimal(rng.randrange(2, 10**6))
    if k == 1:
        return Decimal((0, tuple(rng.randrange(1, 10) for _ in range(rng.randrange(1, 30))), rng.randrange(-30, 10)))
    return Decimal((0, tuple(rng.randrange(1, 10) for _ in range(rng.randrange(2, 8))), rng.randrange(-5, 3)))
for i in range(250):
    ctx = Context(prec=rng.choice([5, 9, 16, 28, 34]), rounding=rng.choice([ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR]), traps=[])
    a, b = rnd_pos(), rnd_pos()
    res = []
    for f in [lambda: ctx.exp(a) if a.adjusted() < 3 else '-', lambda: ctx.exp(-a) if a.adjusted() < 3 else '-', lambda: ctx.ln(a),
              lambda: ctx.log10(a), lambda: ctx.power(a, b) if b.adjusted() < 2 and a.adjusted() < 4 else '-',
              lambda: ctx.power(a, Decimal(rng.randrange(-20, 20))), lambda: ctx.power(a, -b) if b.adjusted() < 2 and a.adjusted() < 4 else '-']:
        try:
            res.append(str(f()))
        except Exception as e:
            res.append(type(e).__name__)
    print('transcendental', i, a, b, ctx.prec, ctx.rounding, res, flags(ctx))

# total ordering, logical operations, rotate/shift, remainder_near
for e in ['Decimal("1101").logical_and(Decimal("1011"))','Decimal("1101").logical_or(Decimal("10"))','Decimal("1101").logical_xor(Decimal("1011"))','Decimal("1101").logical_invert()','Decimal("12").logical_and(1)','Decimal("1.0").logical_and(1)','Decimal("-1").logical_and(1)','Decimal("123456789").rotate(3)','Decimal("123456789").rotate(-3)','Decimal("123456789").shift(3)','Decimal("123456789").shift(-3)','Decimal("12").rotate(29)','Decimal("12").rotate(1.5)','Decimal("12").rotate(Decimal("1.0"))','Decimal("1E+3").rotate(2)','Decimal("12.34").shift(2)','Decimal("Inf").rotate(2)','Decimal(18).remainder_near(6)','Decimal(10).remainder_near(6)','Decimal(-10).remainder_near(3)','Decimal("10.2").remainder_near(1)','Decimal("3.6").remainder_near("1.3")','Decimal(1).remainder_near(0)','Decimal(0).remainder_near(0)','Decimal(3).remainder_near(Decimal("1e-30"))','Decimal("12.73").compare_total(Decimal("127.9"))','Decimal("-127").compare_total(Decimal("12"))','Decimal("12.30").compare_total(Decimal("12.3"))','Decimal("NaN").compare_total(Decimal("sNaN"))','Decimal("-NaN2").compare_total(Decimal("-NaN1"))','Decimal("Inf").compare_total(Decimal("NaN"))','Decimal("-0").compare_total(Decimal("0"))','Decimal("-3").compare_total_mag(Decimal("2"))','Decimal("0E+1").compare_total(Decimal("0"))','Decimal("-0E+1").compare_total(Decimal("-0"))', 'Decimal("-5").remainder_near(Decimal("2"))', 'Decimal("5").remainder_near(Decimal("-2"))', 'Decimal("7").remainder_near(Decimal("2"))', 'Decimal("-0").remainder_near(3)', 'Decimal("1234567890123456789012345678901").shift(2)', 'Decimal("101").shift(-5)', 'getcontext().logical_invert(Decimal(0))', 'Decimal("1E+2").logical_and(1)', 'Decimal("NaN").rotate(1)', 'Decimal(5).rotate(Decimal("NaN"))', 'Decimal(5).shift(-28)', 'Decimal(5).shift(28)', 'Decimal(5).rotate(-28)']:
    getcontext().clear_flags()
    show(e, lambda: eval(e))
