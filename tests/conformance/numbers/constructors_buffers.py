# int() / float() / complex() constructor rules: buffers, slots, subclasses, warnings
import sys, warnings

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        r = (type(r).__name__, r)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(r)

warnings.simplefilter("error")
show(int, b"12"); show(int, b"12", 16); show(int, bytearray(b" 7 ")); show(int, memoryview(b"34"))
show(int, b"1\x00"); show(int, b"\xff1"); show(int, memoryview(b"12"), 16); show(int, "1", 2.5)
show(int, base=10); show(int, x=1); show(int, "10", base=2); show(int, "9", 10**30)
class S(str): pass
class MyInt(int):
    def __int__(self): return 42
class BadIndex:
    def __index__(self): return True
class Trunc:
    def __trunc__(self): return 5
show(int, S(" 5 ")); show(int, MyInt(7)); show(int, BadIndex()); show(int, Trunc())
show(float, b" 3.5 "); show(float, bytearray(b"1e3")); show(float, memoryview(b"12.3")[1:4]); show(float, b"1_0.5")
show(float, b"123\xa0"); show(float, b"abc"); show(float, S("2.5"))
class F(float):
    def __float__(self): return 42.0
class G(float):
    def __init__(self, x, extra=None): self.extra = extra
show(float, F(1.0)); g = G(1.5, extra=3); print(g, g.extra, type(g).__name__)
show(G, x=1)
nan = float("nan")
print(hash(nan) == object.__hash__(nan), hash(F(2.0)) == hash(2.0))
show(int.from_bytes, b"\x01\x00"); show(int.from_bytes, [1, 0], "little"); show(int.from_bytes, 0, "big")
show(int.from_bytes, "", "big"); show(int.from_bytes, b"", "bi"); show(int.from_bytes, b"", 5)
show(bool.from_bytes, b"\x00"); show(MyInt.from_bytes, b"\x02", "big")
show((5).to_bytes); show((5).to_bytes, 2, "little"); show((-1).to_bytes, 2, "big", signed=True)
show((300).to_bytes, 1, "big"); show((1).to_bytes, 1, S("big")); show((0).to_bytes, 0, "big")
c = 3.14 + 1j
print(complex(c) is c, complex.__eq__(1 + 0j, 1 << 100), complex.__eq__(float(2**53) + 0j, 2**53 + 1))
show(pow, 1e200 + 1j, 1e200 + 1j); show(pow, complex(float("inf"), 0), 2)
show(bool.__new__, bool); show(bool.__new__, bool, 3); show(int.__new__, bool, 0)
print(sys.float_info.max, sys.float_info.mant_dig, sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.float_repr_style)
