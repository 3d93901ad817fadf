# hashlib: md5/sha1/sha2 digests around the padding boundaries, copy/update, pbkdf2_hmac, errors
import hashlib
for n in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for data in [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 112, b'a' * 129]:
        print(n, len(data), hashlib.new(n, data).hexdigest())
h = hashlib.sha256(b'abc')
print(h.name, h.digest_size, h.block_size, hashlib.md5().name, hashlib.sha1().block_size, hashlib.sha512().digest_size)
try: hashlib.sha256('x')
except TypeError as e: print(e)
try: hashlib.new('nope')
except ValueError as e: print(e)
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 2).hex())
h2 = h.copy(); h2.update(b'd'); print(h.hexdigest()[:8], h2.hexdigest()[:8], h.digest()[:4])
print(hashlib.new('md5', b'x').hexdigest(), hashlib.new('SHA256').name, hashlib.md5("pw".encode()).hexdigest())
try: h.update(5)
except TypeError as e: print(e)
h3 = hashlib.sha1(); h3.update(bytearray(b"ab")); h3.update(memoryview(b"c")); print(h3.hexdigest() == hashlib.sha1(b"abc").hexdigest())
