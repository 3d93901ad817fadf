# numbers: the ABC hierarchy, registration, abstract methods, mixin methods.
import numbers
from numbers import Number, Complex, Real, Rational, Integral

print(numbers.__all__)
for c in [Number, Complex, Real, Rational, Integral]:
    print(c.__name__, c.__module__, sorted(c.__abstractmethods__), [b.__name__ for b in c.__mro__])
for v in [1, True, 1.5, 2j, 'x', None, [1]]:
    print(repr(v), [isinstance(v, c) for c in [Number, Complex, Real, Rational, Integral]])
for t in [int, bool, float, complex, str]:
    print(t.__name__, [issubclass(t, c) for c in [Number, Complex, Real, Rational, Integral]])
print(Number.__hash__, Complex.__hash__)

class Bad(Real):
    pass
try:
    Bad()
except TypeError as e:
    print('TypeError', e)

class Half(Rational):
    def __init__(self, n): self.n = n
    numerator = property(lambda self: self.n)
    denominator = property(lambda self: 2)
    def __add__(self, o): return NotImplemented
    __radd__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __add__
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __add__
    def __neg__(self): return Half(-self.n)
    def __pos__(self): return self
    def __abs__(self): return Half(abs(self.n))
    def __eq__(self, o): return isinstance(o, Half) and o.n == self.n
    def __lt__(self, o): return self.n < o.n
    def __le__(self, o): return self.n <= o.n
    def __trunc__(self): return self.n // 2
    def __floor__(self): return self.n // 2
    def __ceil__(self): return -(-self.n // 2)
    def __round__(self, nd=None): return round(self.n / 2)
h = Half(3)
print(float(h), complex(h), h.real.n, h.imag, h.conjugate().n, isinstance(h, Real), bool(h), bool(Half(0)) if False else '')

class MyNum:
    pass
Integral.register(MyNum)
print(isinstance(MyNum(), Number), issubclass(MyNum, Rational), issubclass(MyNum, Complex))

class Idx(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
for name in sorted(Integral.__abstractmethods__):
    if name != '__int__':
        setattr(Idx, name, lambda self, *a: NotImplemented)
Idx.__abstractmethods__ = frozenset()
i = Idx(5)
print(i.__index__(), float(i), [10, 20, 30, 40, 50, 60][i], i.numerator is i, i.denominator)
