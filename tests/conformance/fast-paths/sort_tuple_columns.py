# Sorting by tuple keys whose columns are all small ints or all strs (sorted column by
# column without comparisons): order, stability, reverse, wide int ranges, non-ASCII.
import random

rng = random.Random(5)
recs = [(rng.randrange(5), -rng.randrange(50), str(rng.randrange(30)), i) for i in range(300)]
print(sorted(recs)[:6], sorted(recs)[-3:])
print(sorted(recs, reverse=True)[:5])
# keys that tie keep the items' order (and reverse keeps it too, as list.sort does)
by2 = sorted(recs, key=lambda r: (r[0], r[2]))
print([r[3] for r in by2[:12]])
by2r = sorted(recs, key=lambda r: (r[0], r[2]), reverse=True)
print([r[3] for r in by2r[:12]])
# a range too wide to pack: ranks of the distinct values
wide = [(v, i % 3) for i, v in enumerate([2**52, -2**52, 7, 2**53 - 1, -(2**53) + 1, 0, 7, 2**52])]
print(sorted(wide), sorted(wide, key=lambda t: (t[1], t[0])))
# strs beyond ASCII (no surrogates) in code point order; astral ones take the generic path
words = ["é", "e", "z", "ä", "a", "\uffff", "\u00ff", "ß", "😀", "\U0001F600a", "Z"]
print(sorted((w, len(w)) for w in words))
print(sorted(((len(w), w) for w in words), reverse=True))
# one column constant, one-element and empty keys
print(sorted([(1, "b"), (1, "a"), (1, "c")]), sorted([(3,)]), sorted([(), ()]))
lst = [(x % 4, str(x % 3)) for x in range(20)]
lst.sort(key=lambda t: (t[1], t[0]))
print(lst)
# bools are not ints here (generic path), mixed lengths too
print(sorted([(True, 1), (False, 2), (1, 0)]), sorted([(1, 2), (1,), (0, 5, 1)]))
# int lists and int keys are sorted by radix: ranges at the 32-bit boundary, negatives
for lo, hi in ((0, 2**32 - 1), (-(2**31), 2**31 - 1), (-(2**32), 0), (0, 2**32), (-(2**53) + 1, 2**53 - 1)):
    vals = [rng.randint(lo, hi) for _ in range(50)] + [lo, hi, lo, hi]
    assert sorted(vals) == sorted(vals, key=float), (lo, hi)
    print(sorted(vals)[:3], sorted(vals)[-2:], sorted(vals, reverse=True)[:2])
big = [rng.randrange(-70000, 70000) for _ in range(5000)]
s = sorted(big)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), s[:3], s[-3:], sum(s[::97]))
pairs = [(rng.randrange(300), i) for i in range(5000)]
by = sorted(pairs, key=lambda p: p[0])
print(all(by[i][0] < by[i + 1][0] or (by[i][0] == by[i + 1][0] and by[i][1] < by[i + 1][1]) for i in range(len(by) - 1)))
byr = sorted(pairs, key=lambda p: -p[0], reverse=True)
print(byr[:4], byr[-2:])
