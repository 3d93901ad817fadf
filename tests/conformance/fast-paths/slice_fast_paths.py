# o[a:b] without a step: strs, lists, subclasses, objects with __getitem__, odd bounds.
s = "hello, world"
e = "a\U0001f600b\u00e9c"
l = list(range(10))
for lo, hi in [(None, None), (2, 5), (-3, None), (None, -2), (5, 2), (-100, 100), (100, None), (True, 3), (0, 2**100), (-2**100, 2)]:
    print(repr(s[lo:hi]), ascii(e[lo:hi]), l[lo:hi], (1, 2, 3)[lo:hi], b"bytes"[lo:hi])
print(s[:], s[:] is s, l[:] is l, l[-1:], s[3:][:2])


class L(list):
    pass


class G:
    def __getitem__(self, k):
        return ("got", k)


print(type(L([1, 2, 3])[1:]).__name__, G()[1:2], G()[:], G()["a":])
try:
    l["a":2]
except TypeError as x:
    print("TypeError:", x)
try:
    s[1.5:]
except TypeError as x:
    print("TypeError:", x)
try:
    nothing = None
    nothing[1:2]
except TypeError as x:
    print("TypeError:", x)
acc = ""
for i in range(50):
    acc += ("item%05d" % i)[-6:]
print(len(acc), acc[-20:])
