"""base64 for pycell: RFC 4648 base64 (standard and URL-safe), base32 and base16.

Written from the base64 documentation; the base64 work is binascii's. Not here:
base85/ascii85 and the base32hex alphabet (NotImplementedError).
"""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b16encode", "b16decode", "standard_b64encode",
           "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]

_MAXLINESIZE = 76
_MAXBINSIZE = (_MAXLINESIZE // 4) * 3


def _input_bytes(s):
    # what the decoders accept: bytes-like objects, or str of ASCII characters
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % s.__class__.__name__) from None


def _swap(data, old, new):
    return data.translate(bytes.maketrans(old, new)) if old != new else data


def b64encode(s, altchars=None):
    """Base64 of a bytes-like object; altchars (2 bytes) replace '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        encoded = _swap(encoded, b"+/", bytes(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode base64; without validate, characters outside the alphabet are
    dropped first. binascii.Error for bad padding."""
    data = _input_bytes(s)
    if altchars is not None:
        alt = _input_bytes(altchars)
        if len(alt) != 2:
            raise AssertionError(repr(alt))
        data = _swap(data, alt, b"+/")
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' for '+' and '/'."""
    return b64encode(s, b"-_")


def urlsafe_b64decode(s):
    return b64decode(_swap(_input_bytes(s), b"-_", b"+/"))


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
_B32_VALUE = {c: i for i, c in enumerate(_B32)}
_B32HEX_VALUE = {c: i for i, c in enumerate(_B32HEX)}


def b32encode(s):
    """Base32 (RFC 4648 alphabet), '=' padded to a multiple of 8."""
    return _b32_encode(s, _B32)


def b32hexencode(s):
    """Base32 with the extended hex alphabet (0-9, A-V)."""
    return _b32_encode(s, _B32HEX)


def _b32_encode(s, alphabet):
    raw = memoryview(s).tobytes() if not isinstance(s, str) else None
    if raw is None:
        raise TypeError("a bytes-like object is required, not 'str'")
    out = bytearray()
    for start in range(0, len(raw), 5):
        piece = raw[start:start + 5]
        n = int.from_bytes(piece + b"\x00" * (5 - len(piece)), "big")
        digits = bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
        used = (len(piece) * 8 + 4) // 5
        out += digits[:used] + b"=" * (8 - used)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    """Decode base32; casefold accepts lower case, map01 says what '1' stands for."""
    data = _input_bytes(s)
    if map01 is not None:
        data = data.translate(bytes.maketrans(b"01", b"O" + _input_bytes(map01)))
    return _b32_decode(data, casefold, _B32_VALUE)


def b32hexdecode(s, casefold=False):
    """Decode base32 written with the extended hex alphabet."""
    return _b32_decode(_input_bytes(s), casefold, _B32HEX_VALUE)


def _b32_decode(data, casefold, values):
    if casefold:
        data = data.upper()
    if len(data) % 8:
        raise binascii.Error("Incorrect padding")
    body = data.rstrip(b"=")
    pad = len(data) - len(body)
    if pad not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    out = bytearray()
    for start in range(0, len(data), 8):
        group = data[start:start + 8]
        n = 0
        for c in group:
            if c == 0x3D:
                n <<= 5
                continue
            value = values.get(c)
            if value is None:
                raise binascii.Error("Non-base32 digit found")
            n = (n << 5) | value
        out += n.to_bytes(5, "big")
    keep = {0: 0, 1: 1, 3: 2, 4: 3, 6: 4}[pad]
    return bytes(out[:len(out) - keep]) if keep else bytes(out)


def b16encode(s):
    """Upper-case hex digits."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    data = _input_bytes(s)
    if casefold:
        data = data.upper()
    if any(c not in b"0123456789ABCDEF" for c in data):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(data)


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending in a newline."""
    raw = memoryview(s).tobytes()
    return b"".join(binascii.b2a_base64(raw[i:i + _MAXBINSIZE]) for i in range(0, len(raw), _MAXBINSIZE))


def decodebytes(s):
    return binascii.a2b_base64(memoryview(s).tobytes())


def encode(input, output):
    """Base64-encode a binary file object into another, in lines."""
    while True:
        chunk = input.read(_MAXBINSIZE)
        if not chunk:
            return
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    output.write(binascii.a2b_base64(input.read()))


def _unwritten(name):
    def missing(*args, **kwargs):
        raise NotImplementedError("base64.%s is not supported by pycell" % name)
    missing.__name__ = name
    return missing


for _name in ("b85encode", "b85decode", "a85encode", "a85decode"):
    globals()[_name] = _unwritten(_name)
del _name
