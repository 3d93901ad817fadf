# Tuple keys of int/str columns sorted by ranks and radix passes (no comparisons):
# at least 16 keys, strs ordered by their first four units at once from 1024 keys on.
# Ties keep the items' order (also reversed), strs are in code point order, and a
# surrogate that decides an order sends the sort to the comparison path.
seed = 12345


def rnd(n):
    global seed
    seed = seed * 48271 % 2147483647
    return (seed >> 8) % n


def digest(order):
    # a position-weighted checksum of an index permutation
    return sum((p + 1) * (v + 7) for p, v in enumerate(order)) % 1000000007


def check(name, keys):
    idx = list(range(len(keys)))
    fwd = sorted(idx, key=lambda i: keys[i])
    rev = sorted(idx, key=lambda i: keys[i], reverse=True)
    k2 = list(keys)
    k2.sort()
    assert k2 == [keys[i] for i in fwd], name
    print(name, len(keys), digest(fwd), digest(rev), fwd[:5], rev[:5])


pieces = ["", "\0", "a", "a\0", "ab", "abc", "abcd", "abcd\0", "abcde", "abce", "\xff",
          "\xff\xff\xff\xff", "\xff\xff\xff\xff\x01", "\u0100", "\xff\u0100", "\u0100\x01",
          "\u20ac", "zz", "Z", "0", "00", "10", "9"]


def word():
    return "".join(pieces[rnd(len(pieces))] for _ in range(rnd(3)))


for n in (16, 17, 300, 1023, 1024, 3000):
    check("int-str", [(rnd(7), word()) for _ in range(n)])
    check("str-int", [(word(), rnd(3)) for _ in range(n)])
    check("str-str", [(word(), word()) for _ in range(n)])
    check("digits", [(rnd(50), str(rnd(20000))) for _ in range(n)])

# int columns: negative, wider than 32 bits (dense ranks), products beyond 32 bits
for n in (20, 2000):
    check("wide", [(rnd(3) * 2**40 - 2**41, -rnd(5)) for _ in range(n)])
    check("huge", [((rnd(9) - 4) * 2**50, rnd(2)) for _ in range(n)])
    check("3cols", [(rnd(70000), rnd(70000), rnd(70000)) for _ in range(n)])
    check("const", [(5, "x", rnd(4)) for _ in range(n)])
    check("allsame", [(1, "same")] * n)

# strs whose order a surrogate decides: lone surrogates, astral characters (pairs)
# (a lone high surrogate only at the end: pycell cannot keep one before a low one)
sur = ["\udc00", "\udfff", "\ue000", "\uffff", "\U00010000", "\U0010ffff", "a", ""]
for n in (40, 1500):
    check("surrogates", [(rnd(2), sur[rnd(len(sur))] + sur[rnd(len(sur))] + ("", "\ud800")[rnd(2)]) for _ in range(n)])
    check("pairs-equal", [(rnd(3), "\U0001F600" * rnd(3)) for _ in range(n)])

# the items themselves as keys (no key function), reversed in place
recs = [(rnd(100), -rnd(1000), str(rnd(1000))) for _ in range(2500)]
copy = list(recs)
recs.sort(reverse=True)
print(recs[:3], recs[-3:], copy == sorted(recs, reverse=True) or sorted(copy, reverse=True) == recs)

# not all exact tuples of simple columns: the comparison path decides
class T(tuple):
    pass


print(sorted([T((rnd(5), str(rnd(5)))) for _ in range(20)])[:4])
print(sorted([(rnd(3), 1.5 * rnd(4)) for _ in range(20)])[:4])
print(sorted([(rnd(3), True) for _ in range(20)] + [(0, 0)] * 3)[:6])
try:
    sorted([(1, "a")] * 10 + [(1, 2)] * 10)
except TypeError as e:
    print("TypeError", e)
print(sorted([(i % 3, "x") for i in range(15)] + [(1,)] * 2)[:6])

# more keys than the work arrays are kept for, then a small sort with fresh ones
big = [((i * 7919) % 1000, str((i * 31) % 5000)) for i in range(140000)]
order = sorted(range(len(big)), key=big.__getitem__)
print(order[:4], order[-2:], digest(order))
check("after-big", [(rnd(4), word()) for _ in range(1100)])
