# pow(base, exp, mod): negative moduli, modular inverses, mod 1, big exponents, and
# the non-int cases (abstract.c ternary_op, longobject.c long_pow)
print(pow(3, -1, -7), pow(-3, -1, 7), pow(3, -2, -7), pow(5, 3, -7), pow(-5, 3, -7))
print(pow(3, 0, -7), pow(3, 0, 1), pow(3, 0, -1), pow(0, 0, 5), pow(7, -1, 1))
print(pow(2, 10, 1000), pow(-2, 3, 5), pow(2**70, 3, 10**9 + 7), pow(7, -1, 2**70))
print(pow(3, 10**40, 10**9 + 7), pow(-7, 123456789, -1000003), pow(True, 5, 3))
print(pow(12345, 3**20000, 1000000000039))
for args in [(2, -1, 4), (2, 3, 0), (1.5, 2, 3), (2, 3, 1.0), (1j, 2, 3), (2, 1j, 3), ("a", 2, 3)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class P:
    def __pow__(self, e, m=None):
        return ("pow", e, m)
    def __rpow__(self, o, m=None):
        return "rpow"
print(pow(P(), 2, 3), pow(2, P()))
try:
    pow(2, P(), 3)
except TypeError as e:
    print("TypeError:", e)
