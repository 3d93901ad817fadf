# math's exact integer functions, including big values.
import math
print(math.factorial(30), math.comb(60, 30), math.perm(10, 3), math.perm(5))
print(math.gcd(2**100, 6**40, 10**20), math.lcm(4, 6, 10), math.gcd(), math.lcm())
print(math.isqrt(10**40 + 1), math.prod(range(1, 11)), math.prod([2.5, 4], start=2))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.comb(-1, 1), lambda: math.isqrt(-4)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
