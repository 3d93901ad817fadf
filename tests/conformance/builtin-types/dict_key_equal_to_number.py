# A user object equal to an int/float with the same hash is the same dict/set key
# (dictobject.c compares every stored key of the same hash).
class Half:
    def __hash__(self):
        return hash(0.5)
    def __eq__(self, other):
        return other == 0.5 or isinstance(other, Half)
    def __repr__(self):
        return "Half()"

class Three:
    def __hash__(self):
        return 3
    def __eq__(self, other):
        return other == 3 or isinstance(other, Three)
    def __repr__(self):
        return "Three()"

print({Half(): 1, 0.5: 2})
print({0.5: 2, Half(): 1})
d = {Half(): "h"}
print(d[0.5], 0.5 in d, d.get(0.5))
d[0.5] = "x"
print(d)
del d[0.5]
print(d, len(d))
print({1, 2, Three(), 3.0, True})
s = {3}
print(Three() in s, s == {Three()})
d = {i: i for i in range(6)}
d[Three()] = "three"
print(d)
del d[3]
d[Three()] = "again"
print(d)
print(d.setdefault(3, "default"), d.pop(3.0), d)

class Name:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return hash(self.s)
    def __eq__(self, other):
        return other == self.s
    def __repr__(self):
        return f"Name({self.s!r})"

d = {"abc": 1}
d[Name("abc")] = 2
print(d)
print({Name("x"): 1}["x"])
