# Keyword arguments reach a subclass's own __init__/__new__; the base refuses them
# only when the subclass does not override the other half (listobject.c, tupleobject.c,
# setobject.c).
class L(list):
    pass
try:
    L(sequence=())
except TypeError as e:
    print("TypeError:", e)

class LI(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.newarg = newarg
u = LI([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)

class LN(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self
u = LN([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)

class T(tuple):
    pass
try:
    T(sequence=())
except TypeError as e:
    print("TypeError:", e)

class TI(tuple):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
u = TI([1, 2], newarg=3)
print(type(u).__name__, tuple(u), u.newarg)

class F(frozenset):
    pass
try:
    F(sequence=())
except TypeError as e:
    print("TypeError:", e)

class FI(frozenset):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
u = FI([1, 2], newarg=3)
print(type(u).__name__, sorted(u), u.newarg)

class FN(frozenset):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self
u = FN([1, 2], newarg=3)
print(type(u).__name__, sorted(u), u.newarg)

class SN(set):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self
try:
    SN([1, 2], newarg=3)
except TypeError as e:
    print("TypeError:", e)

try:
    list.__init__([], [1], x=1)
except TypeError as e:
    print("TypeError:", e)
t = (1, 2)
print(t * 1 is t, (1, 2) * 0, T((1,)) * 1 is not None)
