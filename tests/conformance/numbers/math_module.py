import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.sqrt(16), math.pi)
print(math.gcd(12, 18), math.factorial(20), math.isqrt(99), math.inf > 0)
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0), math.fsum([0.1] * 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
