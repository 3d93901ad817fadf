# type.__flags__ carries Py_TPFLAGS_SEQUENCE (1 << 5) and _MAPPING (1 << 6);
# an ABC asking for both is refused
from collections.abc import Sequence, Mapping, Collection
import collections

SEQ, MAP = 1 << 5, 1 << 6
for cls in (list, tuple, range, dict, collections.OrderedDict, str, bytes, set, Sequence, Mapping, object):
    f = cls.__flags__
    print(cls.__name__, bool(f & SEQ), bool(f & MAP))
try:
    class Both(Collection):
        __abc_tpflags__ = Sequence.__flags__ | Mapping.__flags__
except TypeError as e:
    print("TypeError:", e)


class S(str):
    pass


class L(list):
    pass


class M(dict):
    pass


for cls in (S, L, M, bytearray, memoryview, type(d := {}.keys())):
    print(cls.__name__, bool(cls.__flags__ & SEQ), bool(cls.__flags__ & MAP))
