# gi_frame, gi_running, gi_yieldfrom, gi_code.
import sys

def inner():
    yield 1
    yield 2

def outer():
    yield from inner()
    yield sys._getframe().f_back.f_code.co_name

g = outer()
print(g.gi_frame.f_lineno, g.gi_running, g.gi_yieldfrom, g.gi_code.co_name)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_frame.f_lineno)
print(next(g))
print(next(g), g.gi_yieldfrom)

def running():
    yield g2.gi_running
g2 = running()
print(next(g2))

def counter():
    total = 0
    for i in range(3):
        total += i
        yield total
c = counter()
next(c); next(c)
print(sorted(c.gi_frame.f_locals.items()))
list(c)
print(c.gi_frame)
