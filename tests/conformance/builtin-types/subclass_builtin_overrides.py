# Instances of subclasses of built-in types keep the subclass's methods:
# float repr/str, empty-spec format() is str(), alternate constructors,
# subclassing map/filter/zip/enumerate/reversed, generic subscription.
class F(float):
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"

x = F(1.5)
print(str(x), repr(x), x + 1, format(x), format(x, ">5"), f"{x}", [x])


class G(float):
    pass

print(G(2.5), repr(G(1e100)), type(G.fromhex('0x1p1')).__name__, G.fromhex('0x1p1'))
try:
    float.fromhex(5)
except TypeError as e:
    print("TypeError:", e)


class S(str):
    def __str__(self):
        return "custom"

print(format(S("abc")), format(S("abc"), ">5"), "{}".format(S("x")))


class M(map):
    pass

class Fi(filter):
    def __init__(self, *args, tag=None):
        self.tag = tag

class Z(zip):
    pass

class E(enumerate):
    pass

class R(reversed):
    pass

m = M(str, [1, 2])
fi = Fi(None, [0, 1, 2], tag="t")
print(type(m).__name__, list(m), type(fi).__name__, list(fi), fi.tag)
print(list(Z("ab", [1, 2])), list(E("ab", 1)), list(R([1, 2, 3])))
try:
    M(str, [1], newarg=3)
except TypeError as e:
    print("TypeError:", e)


class Group(tuple):
    pass

A = Group[int, list[int]]
print(A, A.__origin__ is Group, A.__args__, A.__parameters__)
print(list[int].__parameters__, dict[str, int])
try:
    class MT(type):
        pass
    MT[int]
except TypeError as e:
    print("TypeError:", e)
