# bytearray mutation and methods, memoryview basics, bytes % formatting
b = bytearray(b'hello')
b[0] = 72; b[1:3] = b'EY'; b += b'!!'; b.extend([32, 65]); b.append(66); b.insert(0, 62)
print(b, len(b), b[2], b[1:4], b[::-1], b.pop(), b.pop(0), b)
del b[0]; del b[::2]; print(b)
b = bytearray(b'a,b,c'); print(b.split(b','), b.upper(), b.replace(b',', b';'), b.find(b'c'), b.decode(), b.hex(), b.partition(b','))
print(bytearray(3), bytearray([1,2]), bytearray('hé', 'utf-8'), bytearray(b'x') * 3, 2 * bytearray(b'yz'), bytearray(b'ab') == b'ab', b'ab' == bytearray(b'ab'))
print(b'x' + bytearray(b'y'), bytearray(b'y') + b'x', bytearray(b'abc') < b'abd', bytearray(b'%d-%s') % (5, b'q'))
b = bytearray(b'abc'); b.reverse(); b.remove(98); print(b, b.copy(), b'a' in bytearray(b'cat'), 97 in bytearray(b'cat'))
b.clear(); print(b, bytearray.fromhex('41 42'))
for bad in [lambda: bytearray(b'x').__setitem__(0, 256), lambda: bytearray(-1), lambda: bytearray('x'), lambda: hash(bytearray()), lambda: bytearray(b'ab').remove(120), lambda: bytearray().pop(), lambda: bytearray(b'abc').__setitem__(slice(None, None, 2), b'xyz')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
m = memoryview(b'abcdef'); print(len(m), m[1], m[1:3].tobytes(), m.tolist()[:3], m.readonly, m.format, m.itemsize, m[::2].tobytes(), bytes(m[2:]))
ba = bytearray(b'xyz'); mv = memoryview(ba); mv[0] = 65; mv[1:3] = b'BC'; print(ba, mv == b'ABC')
with memoryview(b'ab') as m2: print(m2.tobytes())
try: m2.tobytes()
except ValueError as e: print(e)
try: memoryview(b'a')[0] = 1
except TypeError as e: print(e)
print(b'%s and %r' % (b'x', b'y'), b'%5d|%-3c|' % (42, 65), b'%x %o' % (255, 8))
class BA(bytearray): pass
x = BA(b'hi'); x.extra = 1; print(x, type(x).__name__, len(x), x.extra)
