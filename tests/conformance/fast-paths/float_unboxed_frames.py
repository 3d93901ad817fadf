# A fused float local must show in the frame's f_locals like any other local
# (codegen float-unbox.ts keeps numbers unboxed only where no frame is inspected).
import sys


def caller_locals():
    return sorted(sys._getframe(1).f_locals.items())


def f(a, b):
    x = a * b + 1.0
    y = x * x
    seen = caller_locals()
    x = x - 0.5 * y
    return seen, x


print(f(2.0, 3.0))


def tb_locals():
    d = 1.5 * 2.0
    try:
        d / (d - d)
    except ZeroDivisionError as e:
        return sorted(k for k in e.__traceback__.tb_frame.f_locals)


print(tb_locals())
