# array.array: slicing, slice assignment, deletion, comparisons, + and *
import array

a = array.array("i", range(10))
a[::2] = array.array("i", [42] * 5)
print(a)
a[1:3] = array.array("i", [7, 7, 7, 7])
print(a)
del a[::3]
print(a)
del a[0]
del a[-2:]
print(a, a[9::1 << 70], a[::-3])
a[0] = -1
print(a)
x, y = array.array("b", [1, 2, 3]), array.array("b", [1, 2, 4])
print(x < y, x == y, x != y, x <= x, x > y, x == array.array("d", [1.0, 2.0, 3.0]))
print(x == [1, 2, 3], array.array("d", [float("nan")]) == array.array("d", [float("nan")]))
print(x + y, x * 2, 2 * x, x * 0, x * -1)
x += array.array("b", [9]); x *= 2
print(x)
print(array.array("b", [1]).__copy__(), array.array("b", [2]).__deepcopy__({}))
it = iter(array.array("b", [5, 6]))
print(next(it), it.__reduce__()[1:], list(it))
print(array.array("b", [1, 2]).__reduce_ex__(2))
print(array.array("d", [1.0]).__reduce_ex__(3)[1])
print(array._array_reconstructor(array.array, "h", 4, b"\x01\x00\xff\xff"))
print(array._array_reconstructor(array.array, "u", 18, "a\U0001f600b".encode("utf-16-le")))
