# pprint.pformat on generated nested values, widths and options; compared with python3.
import pprint

state = [4242]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


WORDS = ["a", "bb", "spam", "eggs", "lorem ipsum dolor", "sit amet, consectetur adipiscing elit",
         "x\ny", "tab\there", "", "é ü", "  lead", "trail  ", "line one\nline two\n"]


def value(depth):
    k = rnd(11 if depth < 4 else 6)
    if k == 0:
        return rnd(100000) * (10 ** rnd(12)) - 5000
    if k == 1:
        return WORDS[rnd(len(WORDS))] * (1 + rnd(4))
    if k == 2:
        return [None, True, False, 1.5, -0.0, 1e100][rnd(6)]
    if k == 3:
        return bytes(range(rnd(40)))
    if k == 4:
        return (rnd(1000) / 7)
    if k == 5:
        return str(rnd(10))
    if k in (6, 7):
        return [value(depth + 1) for _ in range(rnd(6))]
    if k == 8:
        return tuple(value(depth + 1) for _ in range(rnd(4)))
    if k == 9:
        return {rnd(50) if rnd(2) else WORDS[rnd(len(WORDS))]: value(depth + 1) for _ in range(rnd(5))}
    # one element at most: a set's own repr shows hash order, which is not pprint's business
    return set(rnd(100) for _ in range(rnd(2))) if rnd(2) else frozenset(WORDS[rnd(5)] for _ in range(rnd(2)))


for n in range(400):
    v = value(0)
    kw = {"width": [80, 40, 20, 10, 5, 1][rnd(6)]}
    if rnd(3) == 0:
        kw["indent"] = rnd(5)
    if rnd(3) == 0:
        kw["compact"] = True
    if rnd(4) == 0:
        kw["depth"] = 1 + rnd(3)
    if rnd(4) == 0:
        kw["sort_dicts"] = False
    if rnd(5) == 0:
        kw["underscore_numbers"] = True
    print(n, sorted(kw.items()))
    print(pprint.pformat(v, **kw))
    if n % 10 == 0:
        print(pprint.saferepr(v), pprint.isreadable(v), pprint.isrecursive(v))
