# array.array: construction, typecodes, item access, repr and conversions
import array

print(array.typecodes, array.ArrayType is array.array)
for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a.typecode, a.itemsize, a, len(a))
a = array.array("i", [1, 2, 3])
print(a, repr(a), str(a), a[0], a[-1], a[1:], a[::-1], a[::2], list(a), 2 in a, 5 in a)
print(array.array("u", "hi"), array.array("u", "hé\U0001f600").tounicode(), list(array.array("u", "ab")))
print(array.array("d", [1, 2.5]), array.array("f", [0.1]), array.array("b", b"\x01\xff"))
print(array.array("h", b"abcd"), array.array("d", array.array("b", [1, -1])), array.array("b", range(4)))
print(array.array("Q", [2**64 - 1]), array.array("q", [-2**63]), array.array("L", [2**63]), array.array("B", [True]))
b = array.array("b", [1, 2])
b.append(3); b.extend([4]); b.extend(array.array("b", [5])); b.insert(0, 9); b.insert(-100, 8); b.insert(100, 7)
print(b, b.count(9), b.index(7), b.index(2, 2), b.tolist(), b.tobytes())
print(b.pop(), b.pop(0), b, b.remove(9), b)
b.reverse(); print(b)
b.byteswap(); print(b)
h = array.array("H", [1, 256]); h.byteswap(); print(h)
b.frombytes(b"\x0a\x0b"); b.fromlist([12]); print(b)
u = array.array("u"); u.fromunicode("xyz"); print(u, u.tounicode())
print(a.buffer_info()[1], bytes(array.array("h", [1, 2])), b"".join([array.array("B", [65, 66])]))
print(int.from_bytes(array.array("B", [1, 0]), "big"), float(array.array("B", b"2.5")))
class A(array.array):
    pass
s = A("i", [1, 2])
print(s, type(s[0:1]).__name__, s == array.array("i", [1, 2]))
print(hasattr(array.array, "__class_getitem__"))
