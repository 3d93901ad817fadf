import operator
class S:
    __setitem__ = operator.setitem
try:
    S()[1] = 2
except TypeError as e: print("TE", e)
class L(list): pass
l = L([1, 2]); l[0] = 9; print(l)
class B(bytearray): pass
b = B(b"ab"); b[0] = 65; print(b)
from collections import Counter, defaultdict
c = Counter("abca"); c["z"] += 2; print(c, c["q"])
d = defaultdict(int); d["x"] += 1; print(d)
try:
    l["a"] = 1
except TypeError as e: print("TE", e)
