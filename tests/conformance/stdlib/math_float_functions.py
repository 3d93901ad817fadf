# math's float functions: exact rounding, special values, domain and range errors.
import math
print(math.sqrt(2), math.exp(1), math.log(10), math.log(8, 2), math.log2(1024), math.log(10**400))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.frexp(40.0), math.ldexp(0.625, 6))
print(math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.modf(-3.25))
print(math.isclose(1.0, 1.0 + 1e-10), math.nextafter(1.0, 2.0), math.ulp(1.0), math.pow(2, 0.5))
for bad in ["math.sqrt(-1)", "math.log(0)", "math.exp(1000)", "math.floor(float('inf'))", "math.sqrt('x')"]:
    try:
        eval(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(bad, type(e).__name__, e)
