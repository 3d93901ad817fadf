# sum() of small ints inline, leaving the safe range, bools, floats and objects;
# min()/max() with key functions returning ints, tuples, and objects with __lt__/__gt__.
big = 2 ** 53
print(sum([big - 2, 1, 1, 1, 1]), sum([-big, -big]), sum(range(100)))
print(sum([True, True, 3]), sum([1, 2.5, 3]), sum([0.1] * 10), sum([], 5))
print(sum({x: x * x for x in range(2000)}.values()))
print(sum([[1], [2]], []), sum((x for x in range(10) if x > 5), 100))
try:
    sum([1, 2, "a"])
except TypeError as e:
    print("TypeError", e)

xs = [(i * 7919 + 3) % 10007 for i in range(2000)]
print(max(xs, key=lambda r: r % 1000), min(xs, key=lambda x: (x % 123, x)))
print(max(xs, key=lambda x: (x % 123, -x)), min([3, 1, 2]), max([3, 1, 2]))
print(min([(1, "b"), (1, "a"), (0, "z")]), max([(1, "b"), (1, "a"), (0, "z")]))
print(min([2.5, 1, True]), max([2.5, 1, True]), min([1, 1.0]), max([1.0, 1]))


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v

    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v

    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v


print(min([K(2), K(1), K(3)], key=lambda k: k).v)
print(max([K(2), K(1), K(3)]).v)
print(min([(1, K(2)), (1, K(1))])[1].v)
print(max([(1, K(2)), (1, K(1))])[1].v)
try:
    min([(1, 2), (1, "a")])
except TypeError as e:
    print("TypeError", e)
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError", e)
