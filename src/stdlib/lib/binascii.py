"""binascii for pycell (a part): hex and base64 conversions, crc32.

Written from the binascii documentation (RFC 4648 for base64) and black-box runs
of CPython 3.11 for the lenient decoder's handling of stray characters and
padding. Not here: uu, quoted-printable, crc_hqx (NotImplementedError).
"""

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex",
           "b2a_base64", "a2b_base64", "crc32"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = "binascii"

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _data(value, what="a bytes-like object"):
    if isinstance(value, str):
        try:
            return value.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    try:
        return bytes(memoryview(value))
    except TypeError:
        raise TypeError("%s is required, not '%s'" % (what, type(value).__name__)) from None


def _bytes_only(value):
    try:
        return bytes(memoryview(value))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__) from None


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """The hex digits of data, as bytes."""
    text = _bytes_only(data).hex() if sep is None else _bytes_only(data).hex(sep, bytes_per_sep)
    return text.encode("ascii")


hexlify = b2a_hex


def a2b_hex(hexstr):
    """The bytes written by an even number of hex digits."""
    raw = _data(hexstr)
    if len(raw) % 2:
        raise Error("Odd-length string")
    if any(c not in _HEX_DIGITS for c in raw):
        raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(raw.decode("ascii"))


_HEX_DIGITS = frozenset(b"0123456789abcdefABCDEF")


unhexlify = a2b_hex


def b2a_base64(data, *, newline=True):
    """data in base64, with a trailing newline unless newline=False."""
    raw = _bytes_only(data)
    out = bytearray()
    for start in range(0, len(raw) - len(raw) % 3, 3):
        n = int.from_bytes(raw[start:start + 3], "big")
        out += bytes(_B64[(n >> shift) & 63] for shift in (18, 12, 6, 0))
    rest = len(raw) % 3
    if rest:
        n = int.from_bytes(raw[len(raw) - rest:] + b"\x00" * (3 - rest), "big")
        digits = [_B64[(n >> shift) & 63] for shift in (18, 12, 6, 0)][:rest + 1]
        out += bytes(digits) + b"=" * (3 - rest)
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode base64; characters outside the alphabet are skipped unless
    strict_mode, and data after a completed padding is ignored."""
    raw = _data(data)
    out = bytearray()
    acc = 0
    count = 0  # data characters so far
    pads = 0
    done = False
    for position, c in enumerate(raw):
        if c == 0x3D:  # '='
            if strict_mode and position == 0:
                raise Error("Leading padding not allowed")
            if count % 4 >= 2:
                pads += 1
                if count % 4 + pads >= 4:
                    done = True
                    if strict_mode and position + 1 < len(raw):
                        raise Error("Excess data after padding")
                    break
            elif strict_mode:
                raise Error("Discontinuous padding not allowed")
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and pads:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        acc = (acc << 6) | value
        count += 1
        if count % 4 == 0:
            out += acc.to_bytes(3, "big")
            acc = 0
    left = count % 4
    if left == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) "
                    "cannot be 1 more than a multiple of 4" % count)
    if left and not done:
        raise Error("Incorrect padding")
    if left == 2:
        out.append(acc >> 4)
    elif left == 3:
        out += (acc >> 2).to_bytes(2, "big")
    return bytes(out)


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC = _crc_table()


def crc32(data, value=0):
    """The CRC-32 of data, continuing from value."""
    crc = ~value & 0xFFFFFFFF
    for byte in _bytes_only(data):
        crc = _CRC[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def _unwritten(name):
    def missing(*args, **kwargs):
        raise NotImplementedError("binascii.%s is not supported by pycell" % name)
    missing.__name__ = name
    return missing


for _name in ("a2b_uu", "b2a_uu", "a2b_qp", "b2a_qp", "crc_hqx"):
    globals()[_name] = _unwritten(_name)
del _name
