"""uuid for pycell: RFC 4122 UUID objects and the uuid1/3/4/5 generators, written
from the uuid documentation and RFC 4122.

getnode() cannot read a hardware address in pycell: it returns a random 48-bit
number with the multicast bit set, as RFC 4122 section 4.5 allows."""

import os
from enum import Enum

__all__ = ['UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'NAMESPACE_DNS',
           'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500', 'RESERVED_NCS', 'RFC_4122',
           'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_int = int
_bytes = bytes
_WIDTHS = ((32, 'a 32-bit'), (16, 'a 16-bit'), (16, 'a 16-bit'), (8, 'an 8-bit'),
           (8, 'an 8-bit'), (48, 'a 48-bit'))


class SafeUUID(Enum):
    """Whether the platform generated a uuid1 in a multiprocessing-safe way."""
    safe = 0
    unsafe = -1
    unknown = None


def _from_hex(text):
    for prefix in ('urn:', 'uuid:'):
        text = text.replace(prefix, '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return _int(digits, 16)


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    for index, (value, (width, words)) in enumerate(zip(fields, _WIDTHS), 1):
        if not 0 <= value < (1 << width):
            raise ValueError('field {} out of range (need {} value)'.format(index, words))
    value = 0
    for part, (width, _) in zip(fields, _WIDTHS):
        value = (value << width) | part
    return value


def _le_to_be(raw):
    """bytes_le (first three fields little-endian) -> the big-endian 16 bytes."""
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


class UUID:
    """A universally unique identifier: an immutable 128-bit number."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [x for x in (hex, bytes, bytes_le, fields, int) if x is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            int = _from_hex(hex)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _le_to_be(bytes_le)
        if bytes is not None:
            if not isinstance(bytes, _bytes):
                raise AssertionError(repr(bytes))
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = _int.from_bytes(bytes, 'big')
        if fields is not None:
            int = _from_fields(fields)
        if not 0 <= int < (1 << 128):
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # RFC 4122 variant (bits 10 at 62..63) and the version nibble at 76..79
            int = (int & ~(0xC000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xF << 76)) | (version << 76)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', SafeUUID(state['is_safe']) if 'is_safe' in state
                           else SafeUUID.unknown)

    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = self.hex
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _le_to_be(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xFFFF

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xFF

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xFF

    @property
    def time(self):
        """The 60-bit timestamp of a version 1 UUID."""
        return ((self.time_hi_version & 0x0FFF) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3F) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xFFFFFFFFFFFF

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        top = self.int >> 61  # the three most significant bits of clock_seq_hi_variant
        if not top & 0b100:
            return RESERVED_NCS
        if not top & 0b010:
            return RFC_4122
        if not top & 0b001:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xF
        return None


def _no_hardware_address():
    """pycell cannot run ifconfig/ip/arp/...: every hardware getter finds nothing."""
    return None


_ifconfig_getnode = _ip_getnode = _arp_getnode = _no_hardware_address
_lanscan_getnode = _netstat_getnode = _no_hardware_address
# the getters getnode() tries before falling back to a random node: none here
_GETTERS = []
# no system uuid_generate_time_safe(): uuid1() is built here, its safety unknown
_has_uuid_generate_time_safe = False
_generate_time_safe = None


def _load_system_functions():
    """Nothing to load: pycell has no libuuid."""


def _random_getnode():
    """A random 48-bit node id with the multicast bit set (RFC 4122 4.5)."""
    return _int.from_bytes(os.urandom(6), 'big') | (1 << 40)


_node = None


def getnode():
    """A 48-bit node id: in pycell a random one (multicast bit set), fixed per run."""
    global _node
    if _node is None:
        _node = _random_getnode()
    return _node


_last_timestamp = None
# 100-ns intervals between 1582-10-15 (the Gregorian reform) and the Unix epoch
_GREGORIAN_OFFSET = 0x01B21DD213814000


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and the node id (version 1)."""
    global _last_timestamp
    import time
    stamp = time.time_ns() // 100 + _GREGORIAN_OFFSET
    if _last_timestamp is not None and stamp <= _last_timestamp:
        stamp = _last_timestamp + 1
    _last_timestamp = stamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    fields = (stamp & 0xFFFFFFFF, (stamp >> 32) & 0xFFFF, (stamp >> 48) & 0x0FFF,
              (clock_seq >> 8) & 0x3F, clock_seq & 0xFF, getnode() if node is None else node)
    return UUID(fields=fields, version=1)


def _name_bytes(name):
    # 3.11 takes str names only (bytes() raises its TypeError for anything else)
    return _bytes(name, 'utf-8')


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name (version 3)."""
    from hashlib import md5
    digest = md5(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random UUID (version 4)."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name (version 5)."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=5)


# the name spaces of RFC 4122 appendix C
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
