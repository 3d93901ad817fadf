# a class is a sequence or a mapping for `match` as the first base of its MRO that
# is one says (Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING)
import collections.abc as abc
from collections import UserDict, UserList

def kind(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
    return "neither"

def kind2(x):
    match x:
        case {}:
            return "map"
        case [*_]:
            return "seq"
    return "neither"

class Other:
    pass
class M1(UserDict, abc.Sequence): pass
class M2(Other, UserDict, abc.Sequence): pass
class M3(UserDict, Other, list): pass
class M4(dict, abc.Sequence, Other): pass
class S1(UserList, abc.Mapping): pass
class S2(Other, UserList, abc.Mapping): pass
class S3(list, Other, abc.Mapping): pass
class S4(UserList, dict, Other): pass
for cls in (M1, M2, M3, M4, S1, S2, S3, S4):
    print(cls.__name__, kind(cls()), kind2(cls()))

class Reg:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
abc.Sequence.register(Reg)
class Str(str): pass
print(kind(Reg()), kind("ab"), kind(Str("ab")), kind(b"x"), kind(range(2)), kind({}), kind(UserDict()))
