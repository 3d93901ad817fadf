# Big-integer arithmetic: factorials, big Fibonacci numbers, three-argument pow,
# floor division and modulo of big numbers, conversion to decimal digits.
# ROUNDS repeats that unit, so that CPython 3.11 needs about 1 s on a 2-core machine.
ROUNDS = 110


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def run(size):
    f = fact(size)
    g = fib(size * 6)
    total = len(str(f)) + len(str(g))
    total += pow(g, 65537, f + 1) % 1000003
    q, m = divmod(f, g)
    total += (q ^ m) % 999983 + (f >> 100) % 12345 + (g << 7 & 0xFFFFFFFF)
    x = 1
    for i in range(1, 300):
        x = (x * 3 + i) * (x - i) % (10 ** 200 + 7)
    return total + x % 10 ** 9


checksum = 0
for r in range(ROUNDS):
    checksum += run(1200 + r % 50) + r
print(checksum)
