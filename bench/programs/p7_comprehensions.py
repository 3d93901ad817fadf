# Comprehensions and sorting with key functions: list/dict/set comprehensions with
# conditions and nesting, sorted() with lambda and tuple keys, min/max with key,
# list.sort(reverse=True), a generator expression into sum().
# ROUNDS repeats that unit, so that CPython 3.11 needs about 1 s on a 2-core machine.
ROUNDS = 16


def run(n, seed):
    xs = [(i * 7919 + seed) % 10007 for i in range(n)]
    evens = [x for x in xs if x % 2 == 0]
    squares = {x: x * x for x in evens[:2000]}
    mods = {x % 97 for x in xs}
    grid = [[(i * j) % 13 for j in range(30)] for i in range(60)]
    records = [(x % 100, -x, str(x)) for x in xs]
    by_key = sorted(records, key=lambda r: (r[0], r[2]))
    by_len = sorted(xs, key=lambda x: (len(str(x)), x % 10, x))
    records.sort(reverse=True)
    best = max(records, key=lambda r: r[1] % 1000)
    worst = min(xs, key=lambda x: (x % 123, x))
    total = sum(x for row in grid for x in row if x > 5)
    total += sum(squares.values()) % 1000003 + len(mods) + sorted(mods)[3]
    total += by_key[0][1] + by_key[-1][1] + by_len[0] + by_len[-1] + records[0][1]
    return total + best[1] + worst


checksum = 0
for r in range(ROUNDS):
    checksum += run(20000, r) + r
print(checksum)
