# fractions: construction, parsing, arithmetic with every numeric type, hashing,
# rounding, comparisons, limit_denominator, errors.
import math
import numbers
from fractions import Fraction as F
from decimal import Decimal as D

def show(tag, f):
    try:
        print(tag, repr(f()))
    except Exception as e:
        print(tag, type(e).__name__, e)

for s in ['1.', '1.d', '.5', '5', '-1/2', ' +3/4 ', '1e3', '1.5e-3', '1_000.000_1', '1__0', '_1', '1/0', '1/-2',
          '1.5/2', '', '.', 'e5', '1e', '1 /2', '١٢', '1E+2', '0x10', 'inf', 'nan', '3/4\n', '1.5E3', '-.25e1',
          '1_0/2_0', '1/2_', '1e1_0', '00012/0006', '+0', '-0.000', '1.2.3', '1/2/3']:
    show(f'parse {s!r}', lambda: F(s))
for a in [(1.5,), (float('inf'),), (float('nan'),), (1, 2.0), ('1', 2), (None,), (3, 0), (F(1, 2), F(3, 4)),
          (True, 2), (-4, -6), (2**70, 6), (D('1.25'),), (D('-0'),), (0.1,), (), (7,), (F(3, 4),), (4, -8), (0, 5)]:
    show(f'new {a!r}', lambda: F(*a))
show('decimal inf', lambda: F(D('Infinity')))
show('decimal nan', lambda: F(D('NaN')))
exprs = ['F(1,2)/0', 'F(1,2)/F(0)', 'F(0)**-1', 'F(0)**-2', 'F(-2,3)**-3', 'F(1,2)//0', 'F(1,2)%0', '1/F(0)',
         'F(1,2)**0.5', '2**F(1,2)', '2**F(2)', 'F(4)**F(1,2)', 'F(-8)**F(1,3)', 'F(1,2)+1j', '1j+F(1,2)',
         'F(1,2)==D("0.5")', 'F(1,2)<D(1)', 'F(3,2).as_integer_ratio()',
         'format(F(1,3), "")', 'format(F(1,3), ".2f")', 'F(1,2)==0.5', 'F(1,3)==1/3', 'F(1,2)<float("nan")',
         'F(1,2)<float("inf")', 'F(1,2)>float("-inf")', 'hash(F(1,2))==hash(0.5)', 'hash(F(5))', 'hash(F(-1))', 'hash(F(1,3))',
         'hash(F(1, 2305843009213693951))', 'hash(F(-7, 2305843009213693951 * 3))', 'hash(F(2**80, 3))',
         'F(7,2).__round__()', 'round(F(5,2))', 'round(F(-5,2))', 'round(F(7,2))', 'round(F(-7,2))',
         'round(F(12345,100), 1)', 'round(F(12345,100), -2)', 'round(F(1,3), 0)', 'round(F(25,2), -1)',
         'F.from_float(0.1)', 'F.from_float(3)', 'F.from_float("x")', 'F.from_float(float("inf"))',
         'F.from_decimal(D("1.25"))', 'F.from_decimal(1.5)', 'F.from_decimal(3)',
         'F(3.14159).limit_denominator(1000)', 'F(1,2).limit_denominator(0)', 'F(3,10).limit_denominator(3)',
         'F(math.pi).limit_denominator(10)', 'F(math.pi).limit_denominator(100)', 'F(-math.e).limit_denominator(7)',
         'F(5,2).limit_denominator(1)', 'F(1,4).limit_denominator(2)', 'F(3,4).limit_denominator(2)',
         'F(5,3)//F(1,2)', 'F(-5,3)%F(1,2)', 'divmod(F(7,3), 2)', 'divmod(-7, F(2,3))', 'divmod(7.5, F(1,2))',
         'F(7,3)//1.5', 'F(7,3)%1.5', '5 % F(3,2)', '5 // F(3,2)', 'F(1,2)*True', 'F(1,2)-2', '3-F(1,2)', 'abs(F(-3,4))',
         'int(F(-7,2))', 'int(F(7,2))', 'float(F(1,3))', 'complex(F(1,2))', 'F(1,2) + None', 'None - F(1)',
         'F(2**1000, 3)*0.5', 'F(10**400)/F(1, 10**400) == 10**800', 'float(F(10**400, 3**700))',
         '(math.floor(F(-7,2)), math.ceil(F(-7,2)), math.trunc(F(-7,2)))', '(F(1,2).real, F(1,2).imag, F(1,2).conjugate())',
         '(bool(F(0)), bool(F(1,3)))', '(str(F(-3,4)), str(F(4,2)))', 'F(1,2) ** F(2)', 'F(2,3) ** -2',
         '(-2) ** F(-1)', '(-2) ** F(1, 2)', 'F(1,2) ** 2.0', 'F("1.5") == 1.5', 'F(1)==1', '(F(1,2) > 0, F(1,2) >= F(1,2), F(1,2) <= 0.4)',
         '(F(1,2).numerator, F(1,2).denominator)', 'F(1,2) == 0.5+0j', 'F(1,2) != 1j', 'F(1,2) < 1j',
         'F(1,3) + F(1,6)', 'F(1,3) - F(1,3)', 'F(2,3) * F(3,2)', 'F(2,3) / F(4,9)', 'F(1,3) + 0.5', '0.5 + F(1,3)',
         '1 + F(1,3)', 'F(1,3) * 3', 'sum([F(1, n) for n in range(1, 11)])', 'sorted([F(1,2), 0.3, 1, F(-1,3)])',
         'max(F(1,3), 0.33)', 'min(F(1,3), 1/3)',
         'F(6,4).__reduce__()', 'isinstance(F(1), numbers.Rational)', 'F(-1,2).__hash__()', 'F(0) == -0.0',
         'F(1,2) < 0.5000000000000001', 'F(1,2) ** -1', 'F(-1,2) ** -1', 'F(-2) ** F(-2)', '2 ** F(-2)', '2.0 ** F(1,2)',
         '(1+2j) ** F(2)', 'F(3) ** F(1, 2)', 'F(9,4) ** 0.5', 'repr(F(-0.0))']
for e in exprs:
    show(e, lambda: eval(e))

class MyF(F):
    pass
show('subclass repr', lambda: repr(MyF(3, 6)))
show('subclass ops', lambda: (type(MyF(1, 2) + 1).__name__, type(-MyF(1, 2)).__name__, type(MyF.from_float(0.5)).__name__))
import copy
show('copy', lambda: copy.copy(F(1, 3)))
