# Arithmetic on small ints and floats, mixed, augmented, and the errors.
a, b, f, g = 7, -3, 2.5, -0.0
print(a + f, f + a, a - f, f - a, a * f, f * a, a / f, f / a, a / b, b / a)
print(f + g, g + g, g - 0.0, 0 * -1.5, -1.5 * 0, 0 + g, g * 0, g / 3)
print(2**53 + 1.0, 2**60 / 3, (2**53 + 1) * 1.0, 9007199254740993 + 0.5)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, float("nan") + 1)
print(10 / 4, 10 / 5, -7 / 2, 0 / 5, 0 / -5)
for x, y in [(1, 0), (1.0, 0), (1, 0.0), (0.0, 0.0), (2**70, 0)]:
    try:
        x / y
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
n = 10
n -= 2.5
print(n)
n *= 2
print(n)
n /= 4
print(n)
m = 3
m -= 5
m *= -7
m /= 2
print(m)
big = 2**52
big *= 4
big -= 1
print(big, type(big).__name__)
lst = [1]
alias = lst
lst *= 2
lst += [3]
print(lst, alias is lst)


class Acc:
    def __init__(self):
        self.log = []

    def __isub__(self, o):
        self.log.append(("isub", o))
        return self

    def __imul__(self, o):
        self.log.append(("imul", o))
        return self

    def __itruediv__(self, o):
        self.log.append(("itruediv", o))
        return self

    def __rsub__(self, o):
        return ("rsub", o)

    def __rtruediv__(self, o):
        return ("rtruediv", o)


acc = Acc()
acc -= 1
acc *= 2.0
acc /= 3
print(acc.log, 5 - acc, 2.5 / acc)
print(1.5 < 2.5, 2.5 <= 2.5, 3.0 > 2, 2 >= 2.0, float("nan") < 1.0, float("nan") >= float("nan"))
try:
    "a" - 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    1.5 * "a"
except TypeError as e:
    print("TypeError:", e)
print(2.0 * 3, 3 * "ab", 1.5 - True, True / 2)
