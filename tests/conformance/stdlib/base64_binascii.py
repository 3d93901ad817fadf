# base64 (lenient and validating decoders, padding errors, url-safe, base32, base16) and binascii
import base64, binascii
for s in [b'YQ==', b'YQ', b'YQ=', b'YWJj', b'YQ==YQ==', b'Y Q = =', b'YWJjZA', b'YWJjZA=', b'YWJjZA==', b'Y', b'YWJjZ', b'!!YQ==', b'YQ===', b'=YQ==', b'YW=Jj', 'YQ==', 'é', b'', b'YWI=\n', b'YWJjZGVm']:
    try: print(s, base64.b64decode(s))
    except Exception as e: print(s, type(e).__module__, type(e).__name__, e)
for s in [b'YQ==!', b'YQ', b'YWJj', b'=YQ==', b'Y!Q==']:
    try: print(s, base64.b64decode(s, validate=True))
    except Exception as e: print(s, type(e).__name__, e)
print(base64.b64encode(b'\xfb\xff'), base64.urlsafe_b64encode(b'\xfb\xff'), base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b32encode(b'abc'), base64.b16encode(b'\xab'), base64.encodebytes(b'x' * 60))
print(base64.urlsafe_b64decode(b'-_8='), base64.b64decode(b'-_8=', altchars=b'-_'), base64.standard_b64encode(b'hi'))
for n in range(0, 12):
    data = bytes(range(n))
    e32 = base64.b32encode(data)
    assert base64.b32decode(e32) == data, n
    assert base64.b64decode(base64.b64encode(data)) == data
    print(n, e32, base64.b64encode(data), base64.b16encode(data))
print(base64.b32decode(b'MFRGG==='), base64.b16decode(b'AB'), base64.b32decode('mfrgg===', casefold=True))
try: base64.b64encode('x')
except TypeError as e: print(e)
try: base64.b16decode(b'ab')
except binascii.Error as e: print(e)
try: base64.b32decode(b'MFRGG')
except binascii.Error as e: print(e)
try: base64.b32decode(b'MFRG1===')
except binascii.Error as e: print(e)
print(binascii.hexlify(b'ab'), binascii.unhexlify('6162'), binascii.crc32(b'abc'), binascii.crc32(b'def', binascii.crc32(b'abc')), binascii.b2a_base64(b'a'), binascii.Error.__mro__)
print(binascii.hexlify(b'abc', '-'), binascii.a2b_hex(b'ABCD'))
try: binascii.unhexlify(b'abc')
except binascii.Error as e: print(e)
try: binascii.unhexlify(b'zz')
except binascii.Error as e: print(e)
print(base64.b64encode("héllo wörld".encode()).decode(), base64.b64decode("aMOpbGxvIHfDtnJsZA==").decode())
