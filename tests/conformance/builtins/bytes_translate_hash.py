# bytes/bytearray.translate and str/bytes hash agreement for latin-1 text
table = bytes(range(256))[::-1]
print(b'abc'.translate(None, b'b'), b'abc'.translate(None, delete=b'ac'), b'abc'.translate(table))
print(bytearray(b'abc').translate(table), bytearray(b'abc').translate(None, b'a'), bytearray(b'abc').translate(bytearray(table)))
for args in [(b"1", 1), (b"1" * 256, 1), (), (None, b'a', 3)]:
    try:
        bytearray(b"abc").translate(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b'a'.translate(None, x=3)
except TypeError as e:
    print(e)
print(hash('spam') == hash(b'spam'), hash('\xff\x00') == hash(b'\xff\x00'), hash(b''), hash(''))
print(len({b'a': 1, 'a': 2}), {b'x': 1}[b'x'])
