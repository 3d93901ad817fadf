print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 20))
print(hash(1.5), hash(-0.5), hash(float("inf")), hash((1, 2)) == hash((1, 2)))
print(hash(()) == hash(()), {1: "a", 1.0: "b", True: "c"})
try:
    hash([1])
except TypeError as e:
    print(e)
