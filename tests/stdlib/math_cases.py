# math: one line per case, run by python3 and by pycell. Functions whose libm results
# may differ by an ulp (trig, gamma, erf) are printed to 12 significant digits on lines
# starting with "~".
import math

def show(tag, f, approx=False):
    try:
        v = f()
        if approx and isinstance(v, float):
            v = float('%.12g' % v)
        print(('~' if approx else '') + tag, repr(v))
    except Exception as e:
        print(tag, type(e).__name__, e)

inf, nan = float('inf'), float('nan')
print(sorted(x for x in dir(math) if not x.startswith('_')))
print(math.pi, math.e, math.tau, math.inf, math.nan)
vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 1e-300, 5e-324, 1e300, 1e308, -7.25, 3, -4, 10**20, 2**1030,
        True, inf, -inf, nan, 0.1, 100.0, 710.0, -745.5, 1.5]
exact = ['sqrt', 'exp', 'log', 'log2', 'expm1', 'log1p', 'fabs', 'floor', 'ceil', 'trunc', 'isnan', 'isinf',
         'isfinite', 'frexp', 'modf', 'ulp', 'degrees', 'radians', 'exp2']
approx = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
          'erf', 'erfc', 'gamma', 'lgamma', 'log10', 'cbrt']
for name in exact + approx:
    f = getattr(math, name)
    for v in vals:
        show(f'{name}({v!r})', lambda: f(v), name in approx)
for x in [0.5, 1.5, 2.5, 3.3, 10.1, 22.0, 23.0, 24.0, 30.5, 100.7, 171.5, 171.7, -0.5, -1.5, -2.5, -170.3, -180.5,
          1e-10, 1e-320, -1e-10]:
    show(f'gamma({x})', lambda: math.gamma(x), True)
    show(f'lgamma({x})', lambda: math.lgamma(x), True)
for x in [-3.0, -1.2, -0.3, 0.01, 0.3, 0.7, 1.1, 2.2, 2.6, 3.5, 5.0, 5.9, 6.1, 10.0, 26.0, 27.0, 28.0]:
    show(f'erf({x})', lambda: math.erf(x), True)
    show(f'erfc({x})', lambda: math.erfc(x), True)
pairs = [(2.0, 3.0), (0.0, -1.0), (-0.0, 5.0), (2.0, 0.5), (-8.0, 1 / 3), (1e308, 10.0), (10, 2), (2, 1030),
         (inf, 1.0), (1.0, inf), (nan, 0.0), (-1.0, inf), (5.5, -2.5), (-0.0, -0.0), (7, -3), (1e-300, 1e-300)]
for name in ['pow', 'atan2', 'copysign', 'fmod', 'remainder', 'nextafter', 'hypot', 'log']:
    f = getattr(math, name)
    for a, b in pairs:
        show(f'{name}({a!r}, {b!r})', lambda: f(a, b), name == 'atan2')
show('log big', lambda: math.log(10**1000))
show('log big base', lambda: math.log(10**1000, 10))
show('log2 big', lambda: math.log2(2**5000))
show('log10 big', lambda: math.log10(10**500), True)
show('log 0', lambda: math.log(0))
show('log base 1', lambda: math.log(1, 1))
show('log neg big', lambda: math.log(-(10**400)))
show('ldexp', lambda: math.ldexp(1.5, 10))
show('ldexp big', lambda: math.ldexp(1.0, 10**30))
show('ldexp small', lambda: math.ldexp(1.0, -(10**30)))
show('ldexp float', lambda: math.ldexp(1.0, 2.0))
show('hypot0', lambda: math.hypot())
show('hypot3', lambda: math.hypot(3, 4, 12))
show('hypot inf nan', lambda: math.hypot(inf, nan))
show('dist', lambda: math.dist((1, 2, 3), (4, 6, 3)))
show('dist bad', lambda: math.dist([1], [1, 2]))
show('dist int', lambda: math.dist(1, 2))
show('fsum', lambda: math.fsum([0.1] * 10))
show('fsum2', lambda: math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
show('fsum overflow', lambda: math.fsum([1e308, 1e308]))
show('fsum inf', lambda: math.fsum([inf, -inf]))
show('fsum ints', lambda: math.fsum(range(10)))
show('prod', lambda: math.prod([1, 2, 3, 4]))
show('prod start', lambda: math.prod([2, 3], start=0.5))
show('prod empty', lambda: math.prod([]))
show('prod str', lambda: math.prod(['a'], start=2))
show('isclose', lambda: (math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(nan, nan)))
show('isclose bad', lambda: math.isclose(1, 2, rel_tol=-1))
show('isclose kw', lambda: math.isclose(1, 2, foo=1))
for n in [0, 1, 5, 20, 21, 100]:
    show(f'factorial({n})', lambda: math.factorial(n))
show('factorial neg', lambda: math.factorial(-1))
show('factorial float', lambda: math.factorial(5.0))
show('factorial bool', lambda: math.factorial(True))
show('gcd', lambda: (math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(2**100, 6**50), math.gcd(0, 0)))
show('lcm', lambda: (math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(4, 0), math.lcm(2**70, 3)))
show('gcd float', lambda: math.gcd(1.0))
show('isqrt', lambda: [math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 10**30, 2**200 - 1]])
show('isqrt neg', lambda: math.isqrt(-1))
show('comb', lambda: [math.comb(10, k) for k in range(12)] + [math.comb(100, 50), math.comb(0, 0)])
show('comb neg', lambda: math.comb(-1, 2))
show('comb neg k', lambda: math.comb(5, -2))
show('perm', lambda: [math.perm(5, k) for k in range(7)] + [math.perm(5), math.perm(5, None)])
show('perm neg', lambda: math.perm(-5))
show('perm neg k', lambda: math.perm(5, -1))
for name in ['floor', 'ceil', 'trunc']:
    f = getattr(math, name)
    show(f'{name} str', lambda: f('a'))
    show(f'{name} big', lambda: f(1e300))
    show(f'{name} inf', lambda: f(inf))
    show(f'{name} nan', lambda: f(nan))
    show(f'{name} -2.5', lambda: f(-2.5))

class WithFloat:
    def __float__(self):
        return 2.25
class WithIndex:
    def __index__(self):
        return 7
class WithFloor:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __trunc__(self):
        return 'truncated'
show('float dunder', lambda: (math.sqrt(WithFloat()), math.floor(WithFloat()), math.isnan(WithFloat())))
show('index dunder', lambda: (math.sqrt(WithIndex()), math.factorial(WithIndex()), math.gcd(WithIndex(), 21)))
show('floor dunder', lambda: (math.floor(WithFloor()), math.ceil(WithFloor()), math.trunc(WithFloor())))
show('sqrt str', lambda: math.sqrt('4'))
show('sqrt None', lambda: math.sqrt(None))
show('sqrt huge int', lambda: math.sqrt(10**400))
show('exp big', lambda: math.exp(1000))
show('sqrt -1', lambda: math.sqrt(-1))
show('pow 0 -1', lambda: math.pow(0, -1))
show('pow -8 1/3', lambda: math.pow(-8, 1 / 3))
show('frexp', lambda: [math.frexp(x) for x in [0.0, 1.0, -3.5, 1e-310, 2.0**1023, inf]])
show('modf', lambda: [math.modf(x) for x in [1.5, -1.5, inf, -inf, 0.0]])
show('nextafter', lambda: [math.nextafter(0.0, 1.0), math.nextafter(1.0, 0.0), math.nextafter(1.0, 1.0), math.nextafter(-0.0, 1.0)])
show('ulp', lambda: [math.ulp(x) for x in [0.0, 1.0, -1.0, 1e300, 5e-324, inf, nan]])
show('remainder', lambda: [math.remainder(x, 2.0) for x in [1.0, 3.0, 5.0, -1.0, 2.5, -3.0]])
show('fmod inf', lambda: math.fmod(inf, 1.0))
show('copysign nan', lambda: math.copysign(1.0, float('-nan')))
show('cbrt', lambda: [math.cbrt(x) for x in [0.0, -0.0, 8.0, -64.0, 1e300]], True)
show('exp2', lambda: [math.exp2(x) for x in [0.0, 1.0, 10.0, -1074.0, 0.5, 1024.0]])
