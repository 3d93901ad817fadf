# struct: error types and messages
import struct

def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(r)

for fmt in "bBhHiIlLqQ":
    for order in "@<>":
        for v in (-1, 256, 70000, 2**32, 2**63, 2**64, -2**63 - 1, 1.5, "x", None):
            show(struct.pack, order + fmt, v)
for code in "nNP":
    for v in (-1, 2**64):
        show(struct.pack, code, v)
show(struct.calcsize, "<n")
show(struct.calcsize, "3")
show(struct.calcsize, "z")
show(struct.calcsize, "2 i")
show(struct.calcsize, "i\0")
show(struct.calcsize, "99999999999999999999i")
show(struct.calcsize, 5)
show(struct.Struct)
show(struct.pack, "i")
show(struct.pack, "2i", 1)
show(struct.unpack, "i", b"abc")
show(struct.unpack, "i", "abcd")
show(struct.unpack_from, "i", b"abc", 2)
show(struct.unpack_from, "i", b"abc", -10)
show(struct.unpack_from, "i", b"abcdef", -2)
show(struct.pack_into, "i", bytearray(3), 0, 1)
show(struct.pack_into, "i", bytearray(3), -5, 1)
show(struct.pack_into, "i", bytearray(8), -2, 1)
show(struct.pack_into, "i", b"abcd", 0, 1)
show(struct.pack_into, "i", bytearray(4))
show(struct.pack_into, "i", bytearray(4), 0)
show(struct.iter_unpack, "i", b"abc")
show(struct.iter_unpack, "", b"abc")
for f, v in (("<e", 1e6), ("<e", 65520.0), ("<f", 1e39), ("<e", 10**6), ("<f", 2**1000), ("<d", 2**1100), ("d", "x"), ("<e", float("inf"))):
    show(struct.pack, f, v)
show(struct.pack, "c", "x")
show(struct.pack, "c", b"xy")
show(struct.pack, "s", "x")
show(struct.pack, "p", 1)
print(issubclass(struct.error, Exception), struct.error.__module__)
