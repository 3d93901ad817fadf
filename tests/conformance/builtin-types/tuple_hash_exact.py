# hash(tuple) equals CPython's exactly (tupleobject.c tuplehash, 64-bit); items with
# seed-independent hashes only (ints, floats, bools, tuples; hash('') is 0).
for t in [(), (0,), (0, 0), (0.5,), (0.5, (), (-2, 3, (4, 6))), (1, 2, 3), (-1,),
          (2 ** 62, -2 ** 70, 1.5e300), (True, False), ("",), tuple(range(100)),
          (float("inf"), -0.0)]:
    print(hash(t))
print(hash(""), hash((1, 2)) == hash((1.0, 2)), hash((1, (2,))) == hash((True, (2.0,))))
d = {(1, 2): "a", (3, 4): "b"}
print(d[(1, 2)], (3, 4) in d, (1.0, 2) in d)

class Like:
    """Hashes and compares like the tuple it wraps: the same dict key."""
    def __init__(self, t):
        self.t = t
    def __hash__(self):
        return hash(self.t)
    def __eq__(self, other):
        return other == self.t
d = {(1, 2): "x", ((3,), 4.5): "y"}
print(d[Like((1, 2))], d[Like(((3,), 4.5))], Like((1, 2)) in {(1, 2)})
d2 = {Like((5, 6)): "z"}
print(d2[(5, 6)], (5, 6) in d2)

class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()), hash((MinusOne(),)) == hash((-1,)))
