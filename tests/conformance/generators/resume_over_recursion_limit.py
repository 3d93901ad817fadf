# Resuming a generator is a frame entry: over the recursion limit it raises
# RecursionError and the generator ends without running (CPython 3.11).
import sys


def gen():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("finally of gen")


g = gen()
print(next(g))
reached = False


def down(n):
    global reached
    if n == 0:
        reached = True
        return next(g)
    return down(n - 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
for n in range(120, 0, -1):
    reached = False
    try:
        print("resumed at", n, down(n))
        break
    except RecursionError as e:
        if reached:
            print("resume over the limit at", n, e)
            break
sys.setrecursionlimit(old)
print(next(g, "exhausted"), g.gi_frame is None)
