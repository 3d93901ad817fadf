# int operators with a bigint operand take a direct lane (ops.ts bigLane); other
# operands, int subclasses and errors still go through the full dispatch
big = 2 ** 70
s = 7
print(big + 1, 1 + big, big + big, big - 1, 1 - big, big - big, big * 3, 3 * big, big * big)
print(big % 7, 10 ** 30 % big, big // 7, (-big) // 7, (-big) % 7, big % -7, big // -big)
print(big + 1.5, 1.5 + big, big * 0.5, big - 0.5, big % 2.5)
x = big; x *= 5; print(x)
x = big; x += 2; print(x)
x = big; x -= big; print(x, type(x))
x = 5; x *= big; print(x)
x = big; x -= 1.0; print(x)
x = big; x += True; print(x)
print(big * True, True * big, big + False)
for e in ["big % 0", "big // 0", "big + None", "x = big; x *= None", "x = big; x -= 'a'", "x = big; x += []", "x = big; x %= 0"]:
    try:
        exec(e)
    except Exception as ex:
        print(type(ex).__name__, ex)
print([1] * (2**70 - 2**70 + 2))
class I(int):
    def __add__(self, o): return "I.add"
    def __radd__(self, o): return "I.radd"
    def __mul__(self, o): return "I.mul"
    def __rmul__(self, o): return "I.rmul"
print(big + I(1), I(1) + big, big * I(2), I(2) * big)
y = big; y *= I(3); print(y)
y = big; y += I(3); print(y)
print((2**64) * (2**64) // 2**64 == 2**64, (2**60 + 2**60) % 2**61)
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
print(fact(60), fib(300))
t = 2**80
t -= 2**80 - 5
print(t, type(t), -(2**53) - 1 + 1, (2**53) * -1)
