# struct: every format character, byte orders, repeat counts and round trips
import struct

values = {
    "b": -5, "B": 250, "?": True, "h": -300, "H": 60000, "i": -70000, "I": 4000000000,
    "l": -2, "L": 3, "q": -2**62, "Q": 2**64 - 1, "e": 1.5, "f": 0.25, "d": 0.1,
}
for order in "@=<>!":
    for code, v in values.items():
        data = struct.pack(order + code, v)
        back = struct.unpack(order + code, data)[0]
        print(order, code, struct.calcsize(order + code), data.hex(), back)
for code in "nNP":
    print(code, struct.calcsize(code), struct.unpack(code, struct.pack(code, 7)))
print(struct.pack("<3h2s", 1, 2, 3, b"xy"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.unpack("3s", b"abc"))
print(struct.pack("5p", b"abcdefg"), struct.unpack("5p", b"\x09abcd"), struct.pack("0p", b"x"))
print(struct.pack("c", b"z"), struct.unpack("2c", b"hi"), struct.pack("3x"), struct.unpack("2x", b"ab"))
print(struct.unpack("<?", b"\x05"), struct.pack("?", []), struct.pack("?", "x"))
print(struct.pack(">d", -0.0).hex(), struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"))
print([struct.pack("<e", x).hex() for x in (65504.0, 65519.0, 1e-8, 2.0**-24, 3 * 2.0**-25, 5 * 2.0**-25)])
print(struct.pack("f", 1e300).hex(), struct.pack("<q", True))
