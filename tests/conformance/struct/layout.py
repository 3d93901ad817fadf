# struct: native alignment and sizes (x86-64), standard sizes, whitespace, counts
import struct

for fmt in ["@bi", "@bq0i", "=bq", "@cih", "@ci0l", "@?e", "@cd", "@cP", "@ce", "=cd",
            "bxxh", "i i", " i", "4s", "0s", "10x", "<2h3s", "@hhl", "3i", "!IH", ""]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("@bi", 1, 2))
print(struct.pack("@bq0i", 1, 2))
s = struct.Struct("<ihd")
print(s.format, s.size, s.pack(1, 2, 3.0), s.unpack(s.pack(1, 2, 3.0)))
print(struct.Struct(b">h").format, struct.Struct(b">h").unpack(b"\x01\x02"))
buf = bytearray(12)
s.pack_into(buf, 0, -1, -2, 0.5)
print(buf, s.unpack_from(buf), struct.unpack_from("<h", buf, offset=4))
struct.pack_into("<h", buf, -2, 513)
print(buf, struct.unpack_from("<h", buf, -2), struct.unpack_from("B", memoryview(buf), 1))
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(it.__length_hint__(), list(it), it.__length_hint__())
print(struct.unpack("<i", bytearray(b"\x01\x00\x00\x00")), struct.unpack("<i", memoryview(b"\x02\x00\x00\x00")))

class Sub(struct.Struct):
    def __init__(self):
        super().__init__("<H")
print(Sub().pack(258), Sub().size, type(Sub()).__mro__[1].__name__)
