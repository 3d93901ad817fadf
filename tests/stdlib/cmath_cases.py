# cmath: every function on a grid of finite complex arguments (printed to 11
# significant digits: the real functions underneath may differ by an ulp), branch
# cuts with signed zeros, errors, and the common special values.
import cmath
import math

def r(v):
    if isinstance(v, complex):
        return complex(float('%.11g' % v.real), float('%.11g' % v.imag))
    if isinstance(v, tuple):
        return tuple(r(x) for x in v)
    if isinstance(v, float):
        return float('%.11g' % v)
    return v

def show(tag, f):
    try:
        print(tag, repr(r(f())))
    except Exception as e:
        print(tag, type(e).__name__, e)

print(sorted(x for x in dir(cmath) if not x.startswith('_')))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
grid = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, -2.5 + 3j, 3 - 4j, -0.25 - 0.75j, 10 + 0.1j, 1e-5 + 1e-5j,
        100 - 100j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-2.0, -0.0), complex(2.0, -0.0),
        complex(1.0, 1e-20), 1e300 + 1e300j, -1e-310 + 1e-310j, 2, -3.5, 1e308]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan',
             'asinh', 'acosh', 'atanh', 'phase', 'polar', 'isfinite', 'isnan', 'isinf']:
    f = getattr(cmath, name)
    for z in grid:
        show(f'{name}({z!r})', lambda: f(z))
for z, b in [(8, 2), (1j, 1j), (100, 10), (-1, 2), (1, 0), (2, 1), (1 + 1j, 3 - 1j)]:
    show(f'log({z!r}, {b!r})', lambda: cmath.log(z, b))
for rr, phi in [(1, 0), (2, math.pi / 2), (0, 1), (-1, 0.5), (1, float('inf')), (float('inf'), 0), (float('inf'), 1), (0, float('inf'))]:
    show(f'rect({rr}, {phi})', lambda: cmath.rect(rr, phi))
show('isclose', lambda: (cmath.isclose(1j, 1j), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9)))
show('isclose bad', lambda: cmath.isclose(1j, 1j, rel_tol=-1))
for bad in ['"a"', 'None', '[1]']:
    show(f'sqrt({bad})', lambda: cmath.sqrt(eval(bad)))
for expr in ['cmath.log(0)', 'cmath.exp(1000)', 'cmath.cosh(1000)', 'cmath.atanh(1)', 'cmath.atan(1j)', 'cmath.polar(1e308+1e308j)',
             'cmath.sqrt(-1)', 'cmath.exp(complex(float("inf"), 1))', 'cmath.exp(complex(float("-inf"), 1))',
             'cmath.log(complex(float("-inf"), 0))', 'cmath.log(complex(float("inf"), float("nan")))',
             'cmath.sqrt(complex(float("nan"), float("inf")))', 'cmath.sqrt(complex(float("inf"), -1))',
             'cmath.sqrt(complex(float("-inf"), 1))', 'cmath.sqrt(float("nan"))', 'cmath.acos(2)', 'cmath.asin(2)',
             'cmath.tan(1e6j)', 'cmath.log10(-100)', 'cmath.phase(-0.0)', 'cmath.phase(complex(-1, -0.0))']:
    show(expr, lambda: eval(expr))

class WithComplex:
    def __complex__(self):
        return 3 + 4j
class WithFloat:
    def __float__(self):
        return 0.25
show('dunder complex', lambda: cmath.sqrt(WithComplex()))
show('dunder float', lambda: cmath.exp(WithFloat()))
