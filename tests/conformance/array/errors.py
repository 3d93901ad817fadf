# array.array: item limits and error messages
import array

def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(r)

for tc in array.typecodes:
    for v in (-1, 256, 2**31, 2**32, 2**63, 2**64, -2**63 - 1, 1.5, "a", "ab", None):
        show(array.array, tc, [v])
show(array.array, "z")
show(array.array, 5)
show(array.array, "ii")
show(array.array)
show(array.array, "b", "abc")
show(array.array, "b", array.array("u", "x"))
show(array.array, "h", b"abc")
a = array.array("i", [1, 2, 3])
show(lambda: a[5])
show(a.__setitem__, 5, 1)
show(a.pop, 7)
show(array.array("b").pop)
show(a.remove, 9)
show(a.index, 9)
show(lambda: a + array.array("b"))
show(lambda: a + [1])
show(lambda: a * "x")
show(lambda: a * 1.5)
show(a.__setitem__, slice(0, 1), [1])
show(a.__setitem__, slice(0, 1), array.array("b", [1]))
show(a.__setitem__, slice(0, 3, 2), array.array("i", [1]))
show(a.fromlist, (1,))
show(a.fromunicode, "x")
show(a.tounicode)
show(a.frombytes, "x")
show(a.frombytes, b"xyz")
show(a.extend, array.array("h", [1]))
show(lambda: a < [1])
show(hash, a)
b = array.array("b", [1, 2])
show(b.fromlist, [3, 300])
print(b)
