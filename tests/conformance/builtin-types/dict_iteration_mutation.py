# Deleting and re-adding a key while iterating: "keys changed" (no endless loop);
# the error is sticky; an exhausted iterator stays exhausted.
for view in (lambda d: d, lambda d: d.values(), lambda d: d.items()):
    d = {0: 0}
    try:
        for i in view(d):
            del d[0]
            d[0] = 0
    except RuntimeError as e:
        print("RuntimeError:", e)

d = {0: 0}
it = iter(d)
d[1] = 1
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)

d = {0: 0}
it = iter(d)
print(list(it))
d[1] = 1
print(next(it, "exhausted"))

s = {0}
n = 0
for x in s:
    s.remove(0)
    s.add(0)
    n += 1
    if n > 100:
        break
print(s, n <= 100)

# update() from a dict whose __eq__ empties it
class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False
other = {i: 0 for i in range(1, 50)}
other[X()] = 0
try:
    {X(): 0, 1: 1}.update(other)
except RuntimeError as e:
    print("RuntimeError:", e)
