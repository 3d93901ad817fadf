# pickle.dumps gives CPython's exact bytes for atoms under every protocol
import pickle

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31 - 1,
          2**31, 2**64, -2**100, 2**2100, 1.5, -0.0, 1e300, float('inf'),
          'abc', 'é\n\\\r\x00\x1a', '😀', '', 'x' * 300, '\udc80',
          b'', b'ab', b'\x00\xff' * 200, bytearray(), bytearray(b'xy')]
for v in values:
    for p in range(pickle.HIGHEST_PROTOCOL + 1):
        s = pickle.dumps(v, p)
        back = pickle.loads(s)
        print(p, s[:120], len(s), back == v or v != v, type(back).__name__)
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
print(pickle.dumps(1) == pickle.dumps(1, 4), pickle.dumps(1, -1))
