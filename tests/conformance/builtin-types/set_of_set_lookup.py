# An unhashable set is looked up as the frozenset of its items (contains, remove,
# discard); the KeyError carries the original set.
s = {frozenset([1, 2]), 3}
print({1, 2} in s, {1, 2} in {frozenset([1, 2])})
key = {1, 2}
s.discard(key)
print(s)
s = {frozenset([3, 4])}
try:
    s.remove({5})
except KeyError as e:
    print("KeyError", e.args[0], e.args[0] is not None)
try:
    [[]] in s
except TypeError as e:
    print("TypeError:", e)
try:
    s.__contains__([[]])
except TypeError as e:
    print("TypeError:", e)

class SubSet(set):
    pass
print(SubSet([1, 2]) in {frozenset([1, 2])})
