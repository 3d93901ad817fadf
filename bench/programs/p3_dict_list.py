# Dict- and list-heavy code: counting with dict.get, setdefault grouping, membership
# tests, list append/pop/insert/index/slicing, dict iteration by items().
# ROUNDS repeats that unit, so that CPython 3.11 needs about 1 s on a 2-core machine.
ROUNDS = 30


def run(count):
    counts = {}
    groups = {}
    stack = []
    keys = ["k" + str(i % 997) for i in range(count)]
    for i in range(count):
        k = keys[i]
        counts[k] = counts.get(k, 0) + 1
        groups.setdefault(i % 31, []).append(i)
        stack.append(i * 3)
        if i % 5 == 0:
            stack.pop()
        if k in counts and i % 7 == 0:
            del counts[k]
    total = 0
    for k, v in counts.items():
        total += v * len(k)
    for g, items in groups.items():
        total += g * len(items) + items[-1] + sum(items[::50])
    window = stack[100:2100]
    window.insert(0, -1)
    window.reverse()
    total += window.index(-1) + len(stack) + stack[len(stack) // 2]
    return total


checksum = 0
for r in range(ROUNDS):
    checksum += run(60000) + r
print(checksum)
