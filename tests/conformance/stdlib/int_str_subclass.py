# Subclasses of int and str: value slot, arithmetic/str methods returning base
# types, hashing equal to the value (dict keys), repr, attributes, __new__
class I(int):
    pass

x = I(3)
print(x, x + 1, 1 + x, repr(x), hash(x) == hash(3), int(x), [1, 2, 3, 4][x], type(x).__name__, type(x + 1).__name__)
print(x == 3, 3 == x, x < 4, -x, +x, type(+x), bool(I(0)), ~x, x * 2, divmod(x, 2), range(x), f"{x:03d}", format(x), abs(x))
print({3: "a"}[x], {x: "b"}[3], list({x: 1}), x.bit_length(), isinstance(x, int), I("12", 16), I(), I("11", base=2))
x.attr = 5
print(x.attr)

class S(str):
    pass

s = S("ab")
print(s, s + "c", "c" + s, repr(s), s.upper(), len(s), s == "ab", "ab" == s, {"ab": 1}[s], ",".join([s, s]))
print("a" in s, s in "xaby", s * 2, s[0], list(s), f"{s}", f"{s!r}", f"{s:>5}", s.startswith(S("a")))
print(sorted([S("b"), S("a")]), type(s.upper()), repr(S()), S(b"x", "ascii"), str(s), type(str(s)))

class J(int):
    def __new__(cls, v, name):
        o = int.__new__(cls, v)
        o.name = name
        return o
    def __repr__(self):
        return f"J({int(self)}, {self.name!r})"
    def __neg__(self):
        return "negated"

j = J(5, "five")
print(j, j + 1, [j], j.name, -j, getattr(j, S("name")))
