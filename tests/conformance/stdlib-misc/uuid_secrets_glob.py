# uuid (parsing, fields, name-based uuids), secrets (shapes, compare_digest), glob.escape
import glob
import pickle
import secrets
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(repr(u), str(u), u.urn, u.hex, u.int, int(u))
print(u.variant, u.version, u.fields, u.time, u.clock_seq, u.node, u.bytes, u.bytes_le, u.is_safe)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u,
      uuid.UUID(int=u.int) == u, uuid.UUID("urn:uuid:12345678123456781234567812345678") == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://python.org/"))
print(uuid.uuid3(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.uuid5(uuid.NAMESPACE_X500, "c=ca"))
try:
    uuid.uuid3(uuid.NAMESPACE_OID, b"1.3.6.1")
except TypeError as e:
    print("TypeError", e)
v4 = uuid.uuid4()
print(v4.version, v4.variant, len(str(v4)), v4 != uuid.uuid4())
v1 = uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234)
print(v1.version, hex(v1.node), hex(v1.clock_seq), v1 < uuid.uuid1(node=1))
print(uuid.UUID(int=0, version=4), uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=1 << 127).variant)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), u == 5, u.__eq__(5))
print(pickle.loads(pickle.dumps(u)) == u, u.__getstate__(), hash(u) == hash(u.int))
print(list(uuid.SafeUUID), uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
for kw in [{}, {"hex": "abc"}, {"bytes": b"x"}, {"bytes_le": b"x"}, {"fields": (1,)},
           {"fields": (1 << 32, 0, 0, 0, 0, 0)}, {"fields": (0, 0, 0, 256, 0, 0)}, {"fields": (0, 0, 0, 0, 0, 1 << 48)},
           {"int": -1}, {"int": 1, "version": 9}, {"int": 1, "hex": "0" * 32}]:
    try:
        uuid.UUID(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 3
except TypeError as e:
    print(e)
print(0 <= uuid.getnode() < 1 << 48, uuid.getnode() == uuid.getnode())

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(4)), len(secrets.token_urlsafe(16)))
print(all(c in "0123456789abcdef" for c in secrets.token_hex()), secrets.choice("x"), 0 <= secrets.randbelow(3) < 3)
print(0 <= secrets.randbits(8) < 256, isinstance(secrets.SystemRandom().random(), float), secrets.DEFAULT_ENTROPY)
for pair in [("abc", "abc"), ("abc", "abd"), (b"ab", bytearray(b"ab")), (b"a", b"ab"), ("a", b"a"), ("é", "é"),
             (1, 2), ("a", 1), (b"a", 1)]:
    try:
        print(secrets.compare_digest(*pair))
    except TypeError as e:
        print("TypeError", e)
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError", e)

print(glob.escape("a*b?[c]/x"), glob.escape(b"[x]*"), glob.has_magic("a[b"), glob.has_magic(b"ab"), glob.glob(""))
print(glob.__all__, secrets.__all__)
