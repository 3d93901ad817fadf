"""hashlib for pycell: MD5 (RFC 1321), SHA-1 and the SHA-2 family (FIPS 180-4)
in pure Python, and pbkdf2_hmac.

Written from the hashlib documentation and the two specifications. The round
constants are derived as the specifications define them (fractional parts of
square and cube roots of primes, of |sin|), not copied from tables. Not here:
blake2, sha3/shake (their constructors raise NotImplementedError).
"""

import math as _math

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac", "file_digest")


def _primes(count):
    found = []
    n = 2
    while len(found) < count:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
        n += 1
    return found


def _iroot(value, k):
    # the integer k-th root (floor) by Newton's method
    guess = 1 << ((value.bit_length() + k - 1) // k)
    while True:
        better = ((k - 1) * guess + value // guess ** (k - 1)) // k
        if better >= guess:
            return guess
        guess = better


def _root_fractions(count, k, bits):
    # the first `bits` bits of the fractional part of the k-th root of each prime
    return [_iroot(p << (k * bits), k) & ((1 << bits) - 1) for p in _primes(count)]


_K256 = _root_fractions(64, 3, 32)
_K512 = _root_fractions(80, 3, 64)
_H256 = _root_fractions(8, 2, 32)
_H512 = _root_fractions(8, 2, 64)
# SHA-224 and SHA-384 start from other words (FIPS 180-4 5.3.2 and 5.3.4): the
# second 32 bits of the 64-bit roots of the 9th-16th primes, and the 64-bit roots
# of the 9th-16th primes
_H224 = [w & 0xFFFFFFFF for w in _root_fractions(16, 2, 64)[8:]]
_H384 = _root_fractions(16, 2, 64)[8:]
_MD5_T = [int(abs(_math.sin(i + 1)) * 4294967296) & 0xFFFFFFFF for i in range(64)]
_MD5_SHIFT = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _rotr(x, n, width, mask):
    return ((x >> n) | (x << (width - n))) & mask


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


def _sha2_block(state, block, wide):
    if wide:
        size, mask, consts, rounds = 8, _M64, _K512, 80
        s0r, s1r, S0r, S1r = (1, 8, 7), (19, 61, 6), (28, 34, 39), (14, 18, 41)
        width = 64
    else:
        size, mask, consts, rounds = 4, _M32, _K256, 64
        s0r, s1r, S0r, S1r = (7, 18, 3), (17, 19, 10), (2, 13, 22), (6, 11, 25)
        width = 32
    w = [int.from_bytes(block[i:i + size], "big") for i in range(0, 16 * size, size)]
    for t in range(16, rounds):
        x, y = w[t - 15], w[t - 2]
        s0 = _rotr(x, s0r[0], width, mask) ^ _rotr(x, s0r[1], width, mask) ^ (x >> s0r[2])
        s1 = _rotr(y, s1r[0], width, mask) ^ _rotr(y, s1r[1], width, mask) ^ (y >> s1r[2])
        w.append((w[t - 16] + s0 + w[t - 7] + s1) & mask)
    a, b, c, d, e, f, g, h = state
    for t in range(rounds):
        big1 = _rotr(e, S1r[0], width, mask) ^ _rotr(e, S1r[1], width, mask) ^ _rotr(e, S1r[2], width, mask)
        choose = (e & f) ^ (~e & g)
        t1 = (h + big1 + choose + consts[t] + w[t]) & mask
        big0 = _rotr(a, S0r[0], width, mask) ^ _rotr(a, S0r[1], width, mask) ^ _rotr(a, S0r[2], width, mask)
        majority = (a & b) ^ (a & c) ^ (b & c)
        t2 = (big0 + majority) & mask
        a, b, c, d, e, f, g, h = (t1 + t2) & mask, a, b, c, (d + t1) & mask, e, f, g
    return [(x + y) & mask for x, y in zip(state, (a, b, c, d, e, f, g, h))]


def _sha1_block(state, block):
    w = [int.from_bytes(block[i:i + 4], "big") for i in range(0, 64, 4)]
    for t in range(16, 80):
        w.append(_rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1))
    a, b, c, d, e = state
    for t in range(80):
        if t < 20:
            f, k = (b & c) | (~b & d), 0x5A827999
        elif t < 40:
            f, k = b ^ c ^ d, 0x6ED9EBA1
        elif t < 60:
            f, k = (b & c) | (b & d) | (c & d), 0x8F1BBCDC
        else:
            f, k = b ^ c ^ d, 0xCA62C1D6
        a, b, c, d, e = (_rotl32(a, 5) + f + e + k + w[t]) & _M32, a, _rotl32(b, 30), c, d
    return [(x + y) & _M32 for x, y in zip(state, (a, b, c, d, e))]


def _md5_block(state, block):
    x = [int.from_bytes(block[i:i + 4], "little") for i in range(0, 64, 4)]
    a, b, c, d = state
    for i in range(64):
        if i < 16:
            f, g = (b & c) | (~b & d), i
        elif i < 32:
            f, g = (d & b) | (~d & c), (5 * i + 1) % 16
        elif i < 48:
            f, g = b ^ c ^ d, (3 * i + 5) % 16
        else:
            f, g = c ^ (b | (~d & _M32)), (7 * i) % 16
        f = (f + a + _MD5_T[i] + x[g]) & _M32
        a, d, c = d, c, b
        b = (b + _rotl32(f, _MD5_SHIFT[i])) & _M32
    return [(p + q) & _M32 for p, q in zip(state, (a, b, c, d))]


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


class _Hash:
    """One running digest (what hashlib's constructors return)."""

    def __init__(self, algo, data=b""):
        self._algo = algo
        self._state = list(algo["init"])
        self._pending = b""
        self._length = 0
        if data:
            self.update(data)

    name = property(lambda self: self._algo["name"])
    digest_size = property(lambda self: self._algo["digest_size"])
    block_size = property(lambda self: self._algo["block"])

    def update(self, data):
        chunk = self._pending + _as_bytes(data)
        self._length += len(chunk) - len(self._pending)
        step = self._algo["block"]
        compress = self._algo["compress"]
        whole = len(chunk) - len(chunk) % step
        for start in range(0, whole, step):
            self._state = compress(self._state, chunk[start:start + step])
        self._pending = chunk[whole:]

    def copy(self):
        twin = _Hash.__new__(_Hash)
        twin._algo = self._algo
        twin._state = list(self._state)
        twin._pending = self._pending
        twin._length = self._length
        return twin

    def digest(self):
        algo = self._algo
        step = algo["block"]
        length_bytes = 16 if step == 128 else 8
        order = algo["order"]
        bit_count = (self._length * 8).to_bytes(length_bytes, order)
        fill = (-(self._length + 1 + length_bytes)) % step
        tail = self._pending + b"\x80" + b"\x00" * fill + bit_count
        state = self._state
        for start in range(0, len(tail), step):
            state = algo["compress"](state, tail[start:start + step])
        word = algo["word"]
        out = b"".join(v.to_bytes(word, order) for v in state)
        return out[:algo["digest_size"]]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %#x>" % (self.name, id(self))


def _algo(name, init, compress, block, word, digest_size, order="big"):
    return {"name": name, "init": init, "compress": compress, "block": block,
            "word": word, "digest_size": digest_size, "order": order}


_ALGOS = {
    "md5": _algo("md5", [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476], _md5_block, 64, 4, 16, "little"),
    "sha1": _algo("sha1", [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0], _sha1_block, 64, 4, 20),
    "sha224": _algo("sha224", _H224, lambda s, b: _sha2_block(s, b, False), 64, 4, 28),
    "sha256": _algo("sha256", _H256, lambda s, b: _sha2_block(s, b, False), 64, 4, 32),
    "sha384": _algo("sha384", _H384, lambda s, b: _sha2_block(s, b, True), 128, 8, 48),
    "sha512": _algo("sha512", _H512, lambda s, b: _sha2_block(s, b, True), 128, 8, 64),
}
_UNWRITTEN = ("blake2b", "blake2s", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256")

algorithms_guaranteed = frozenset(_ALGOS) | frozenset(_UNWRITTEN)
algorithms_available = set(algorithms_guaranteed)


def new(name, data=b"", **kwargs):
    """A hash object for the algorithm `name` (any case), fed with data."""
    key = name.lower() if isinstance(name, str) else name
    if key in _ALGOS:
        return _Hash(_ALGOS[key], data)
    if key in _UNWRITTEN:
        raise NotImplementedError("hashlib.%s is not supported by pycell" % key)
    raise ValueError("unsupported hash type " + str(name))


def _constructor(key):
    def make(data=b"", *, usedforsecurity=True, string=None):
        return _Hash(_ALGOS[key], data if string is None else string)
    make.__name__ = make.__qualname__ = key
    make.__doc__ = "Return a new %s hash object, optionally fed with data." % key
    return make


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")


def _unwritten(key):
    def make(*args, **kwargs):
        raise NotImplementedError("hashlib.%s is not supported by pycell" % key)
    make.__name__ = key
    return make


for _key in _UNWRITTEN:
    globals()[_key] = _unwritten(_key)
del _key


def _hmac_digest(name, key, message):
    algo = _ALGOS[name]
    block = algo["block"]
    if len(key) > block:
        key = _Hash(algo, key).digest()
    key = key.ljust(block, b"\x00")
    inner = _Hash(algo, bytes(k ^ 0x36 for k in key) + message).digest()
    return _Hash(algo, bytes(k ^ 0x5C for k in key) + inner).digest()


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (RFC 8018) with HMAC over hash_name."""
    key = hash_name.lower()
    if key not in _ALGOS:
        raise ValueError("unsupported hash type " + hash_name)
    password, salt = _as_bytes(password), _as_bytes(salt)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    size = _ALGOS[key]["digest_size"]
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    out = b""
    index = 1
    while len(out) < dklen:
        u = _hmac_digest(key, password, salt + index.to_bytes(4, "big"))
        acc = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            u = _hmac_digest(key, password, u)
            acc ^= int.from_bytes(u, "big")
        out += acc.to_bytes(size, "big")
        index += 1
    return out[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash a binary file object's remaining contents."""
    made = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            return made
        made.update(chunk)
