"""secrets for pycell: random numbers for security-sensitive uses, drawn from the
system's entropy source (random.SystemRandom over os.urandom). Written from the
secrets documentation."""

import base64
import binascii
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

# bytes of randomness a token gets when no size is given
DEFAULT_ENTROPY = 32

_source = SystemRandom()
randbits = _source.getrandbits
choice = _source.choice


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _source._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """`nbytes` random bytes (DEFAULT_ENTROPY when None)."""
    return _source.randbytes(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """A random text of hex digits, two per byte of randomness."""
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """A random URL-safe base64 text (no '=' padding)."""
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')


def _buffer(x):
    try:
        return bytes(memoryview(x))
    except TypeError:
        return None


def compare_digest(a, b):
    """a == b for two ASCII strs or two bytes-like objects, taking time that does not
    depend on where they differ (hmac.compare_digest)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        left, right = a.encode('ascii'), b.encode('ascii')
    else:
        left, right = _buffer(a), _buffer(b)
        if left is None and right is None:
            raise TypeError('unsupported operand types(s) or combination of types: '
                            "'%s' and '%s'" % (type(a).__name__, type(b).__name__))
        for value, raw in ((a, left), (b, right)):
            if raw is None:
                raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)
    # every byte is looked at, whatever the first difference
    differ = len(left) ^ len(right)
    for x, y in zip(left, right if len(left) == len(right) else left):
        differ |= x ^ y
    return differ == 0
