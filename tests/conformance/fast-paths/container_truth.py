# Truth of exact built-in containers is their length; subclasses keep their own
# __bool__/__len__, and a loop over a shrinking stack stops when it is empty.
class L(list):
    def __len__(self):
        return 0


class D(dict):
    def __bool__(self):
        return True


class T(tuple):
    __bool__ = None


for v in ([], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), frozenset({0}), L([1, 2]), D(), L()):
    print(type(v).__name__, bool(v), not v, "yes" if v else "no", v or "alt", v and "both")
try:
    bool(T((1,)))
except TypeError as e:
    print("TypeError:", e)

stack, seen = [1], []
while stack:
    n = stack.pop()
    seen.append(n)
    if n < 20:
        stack += [n * 2, n * 2 + 1]
print(len(seen), sorted(seen)[:8])
d = {"a": 1}
while d:
    d.popitem()
print(d, bool(d))
