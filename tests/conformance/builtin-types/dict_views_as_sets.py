# dict_keys and dict_items compare and combine like sets, with sets on either side.
d = {1: "a", 2: "b", 3: "c"}
k = d.keys()
print(k == {1, 2, 3}, {1, 2, 3} == k, k != {1}, k < {1, 2, 3, 4}, k <= {1, 2, 3})
print(k > {1}, k >= {1, 2, 3}, k < k, k <= k, {1, 2}.keys() if False else None)
print(sorted(k | {4}), sorted({4} | k), sorted(k & {2, 9}), sorted({2, 9} & k))
print(sorted(k - {1}), sorted({1, 7} - k), sorted(k ^ {1, 7}), sorted({1, 7} ^ k))
print(sorted(k | [5, 6]), sorted(k & (1, 2)), k.isdisjoint([7, 8]), k.isdisjoint([3]))
it = d.items()
print(it == {(1, "a"), (2, "b"), (3, "c")}, {(1, "a")} < it, sorted(it - {(1, "a")}))
print(sorted(it | {2}, key=repr), sorted({2} | it, key=repr))
print(d.values() == d.values(), k == [1, 2, 3])
print({1: 1}.keys() == {1: 2}.keys(), {1: 1}.items() == {1: 2}.items())

class C:
    def __eq__(self, other):
        raise RuntimeError("eq")
d1 = {1: C()}
d2 = {1: C()}
for f in (lambda: d1.items() == d2.items(), lambda: d1.items() <= d2.items(),
          lambda: d2.items() < {1: C(), 2: C()}.items()):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    d1.keys() < 3
except TypeError as e:
    print("TypeError:", e)
