# json.dumps/loads on generated values and documents; compared with python3.
import json

state = [987654]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


STRS = ["", "a", "key", "é", "😀", "\n\t\"\\", "\x00\x1f", "\u2028", "long string with spaces", "日本"]
FLOATS = [0.0, -0.0, 1.5, 0.1, 1e16, 1e-7, 123456.789, -2.5e300, 5e-324, 1/3]


def value(depth):
    k = rnd(10 if depth < 4 else 6)
    if k == 0:
        return None
    if k == 1:
        return rnd(2) == 0
    if k == 2:
        return rnd(2000) - 1000
    if k == 3:
        return FLOATS[rnd(len(FLOATS))]
    if k == 4:
        return STRS[rnd(len(STRS))]
    if k == 5:
        return (rnd(1000) - 500) * 10 ** rnd(30)
    if k in (6, 7):
        return [value(depth + 1) for _ in range(rnd(5))]
    if k == 8:
        return tuple(value(depth + 1) for _ in range(rnd(3)))
    d = {}
    for _ in range(rnd(5)):
        d[STRS[rnd(len(STRS))] + str(rnd(5))] = value(depth + 1)
    return d


for n in range(600):
    v = value(0)
    kw = {}
    if rnd(2):
        kw["indent"] = [None, 0, 2, "\t", -1][rnd(5)]
    if rnd(3) == 0:
        kw["sort_keys"] = True
    if rnd(3) == 0:
        kw["ensure_ascii"] = False
    if rnd(4) == 0:
        kw["separators"] = [(",", ":"), (", ", ": "), (" ,", " : ")][rnd(3)]
    s = json.dumps(v, **kw)
    print(n, s)
    print(n, repr(json.loads(s)))

# mutate documents: drop, duplicate or insert characters, and report what loads says
base = json.dumps([{"a": [1, 2.5, "x\\n"], "b": None, "c": True}, -0.5, "é"], indent=1)
for n in range(800):
    s = list(base)
    for _ in range(1 + rnd(2)):
        i = rnd(len(s))
        op = rnd(3)
        if op == 0:
            del s[i]
        elif op == 1:
            s.insert(i, s[i])
        else:
            s.insert(i, ' ,:[]{}"\\0-e.x'[rnd(14)])
    doc = "".join(s)
    try:
        print(n, repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(n, "JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)
