# bytearray() maps source/encoding/errors keywords like bytes() does, with the same
# errors for a keyword that repeats a positional argument or is unknown.
print(bytearray(source=b"ab"), bytearray("x", encoding="ascii"), bytearray("é", "utf-8", errors="strict"))
for call in (lambda: bytearray(b"x", source=b"y"), lambda: bytearray("x", "ascii", encoding="ascii"),
             lambda: bytearray(src=b"y"), lambda: bytes(b"x", source=b"y"), lambda: bytearray(encoding="ascii"),
             lambda: bytearray(3, errors="strict")):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
