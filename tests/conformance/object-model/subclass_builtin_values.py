# subclasses of float, complex, bytes, frozenset, tuple carry their value
class F(float):
    def half(self): return self / 2
f = F(1.5); f.tag = 't'
print(f, repr(f), f + 1, type(f + 1).__name__, isinstance(f, float), float(f), type(float(f)).__name__, f.half(), f.tag, f == 1.5, hash(f) == hash(1.5), f'{f:.3f}', round(f), int(f), -f, type(-f).__name__, abs(F(-2.0)))
class G(float):
    def __new__(cls, v): return super().__new__(cls, v * 2)
print(G(2), type(G(2)).__name__, F('2.5'), F())
class Z(complex): pass
z = Z(1, 2); print(z, z + 1, type(z + 1).__name__, z.real, z.imag, type(z).__name__, z == complex(1, 2))
class B(bytes):
    def shout(self): return self.upper()
b = B(b'xy'); print(b, repr(b), len(b), b + b'z', type(b + b'z').__name__, b.shout(), type(b.shout()).__name__, b[0], b.decode(), B([65, 66]), B('hé', 'utf-8'))
class FS(frozenset): pass
fs = FS([1, 2]); print(sorted(fs), type(fs).__name__, type(fs | {3}).__name__, 1 in fs, len(fs), fs == frozenset([1, 2]), FS())
class T2(tuple): pass
print(T2([1, 2]), type(T2([1, 2]) + (3,)).__name__)
try:
    class BB(bool): pass
except TypeError as e: print(e)
print(isinstance(F(1), float), issubclass(F, float), F.__mro__)
