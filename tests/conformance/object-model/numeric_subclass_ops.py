# a float subclass's reflected operators are reached from int and float operands;
# +x of a subclass is an exact float; a tuple subclass's __getitem__ is used
class F(float):
    def __rtruediv__(self, o): return "rtruediv"
    def __radd__(self, o): return "radd"
    def __add__(self, o): return "add"

print(1 / F(2.0), 1.5 / F(2.0), 1 + F(2.0), F(1.0) + 1, F(1.0) + 1.5)
print((1).__truediv__(2.0), (1.5).__add__(1), type(+F(2.0)).__name__, type(-F(2.0)).__name__)


class T(tuple):
    def __getitem__(self, i): return ("item", i)

t = T((1, 2, 3))
print(t[0], t[1:], list(t), len(t))


class P(tuple): pass
print(P((4, 5))[1])
x = None
try:
    x **= 2
except TypeError as e:
    print(e)
try:
    x += 1
except TypeError as e:
    print(e)
print(bytes("\xbd\u20ac", "latin1", "replace"), bytes("ab", encoding="ascii"))


class Byt:
    def __bytes__(self): return b"yo"

print(bytes(Byt()))
try:
    bytes("a", errors="strict")
except TypeError as e:
    print(e)
