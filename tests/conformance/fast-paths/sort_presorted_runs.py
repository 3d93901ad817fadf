# list.sort / sorted on input that is one run already (ascending, descending,
# with ties), and on inputs that only look like one at first.
def show(xs, **kw):
    a = list(xs)
    b = sorted(a, **kw)
    a.sort(**kw)
    print(a == b, a[:6], a[-3:], len(a))

show(range(20))
show(range(20, 0, -1))
show([3, 3, 2, 2, 1, 1, 0])
show([0, 1, 1, 2, 2, 3])
show([5, 5, 5, 5])
show(range(20), reverse=True)
show(range(20, 0, -1), reverse=True)
show([1, 2, 3, 4, 0])
show([4, 3, 2, 1, 5])
show([-(2 ** 40), -3, 0, 2 ** 40])
show([2 ** 40, 7, -1, -(2 ** 40)])
show([2 ** 70, 1, 0])
show([True, 1, 0, False])
show([1, 2.5, 3])
show(["a", "b", "b", "c"])
show(["d", "c", "c", "a"])
show(["d", "c", "c", "a"], reverse=True)
show(["\U0001f600", "\uffff", "a"])
show(["a", "\uffff", "\U0001f600"])
big = list(range(100000))
r = big[::-1]
r.sort()
print(r == big, r[:3], r[-3:])
r.sort(reverse=True)
print(r[:3], r[-3:])
# equal ints are indistinguishable, but equal strs keep their identity order in a run
xs = [str(i % 3) for i in range(9)]
ys = sorted(xs)
print(ys)
# a list sorted while a key function watches it
seen = []
l = [3, 2, 1]
def key(v):
    seen.append(len(l))
    return v
l.sort(key=key)
print(l, seen)
