# sys.version_info is a struct sequence: named fields, a repr naming them, tuple
# comparison and slicing, read-only attributes.
import sys
v = sys.version_info
print(type(v), type(v).__name__, repr(v).split(", micro")[0])
print(v.major, v.minor, v.releaselevel, v[:2], v >= (3, 8), v < (4,), len(v))
print(v == tuple(v), isinstance(v, tuple), "%d.%d" % v[:2])
try:
    v.major = 4
except AttributeError as e:
    print(type(e).__name__, e)
