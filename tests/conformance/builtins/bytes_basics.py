b = b"hello"
print(b, b[0], b[1:3], list(b[:2]), len(b), b.upper(), b + b"!")
print(bytes(3), bytes([65, 66]), bytearray(b"ab"), "é".encode(), b"\xc3\xa9".decode())
ba = bytearray(b"abc")
ba[0] = 120
ba.append(100)
print(ba, bytes(ba), b"a" in b"cat", b"x".hex(), bytes.fromhex("4142"))
