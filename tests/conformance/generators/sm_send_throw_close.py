# send/throw/close, gi_* attributes and errors of state-machine generators.
import sys

# attribute names built at run time: a module that names frame attributes is compiled
# with frame records (runner.ts FRAME_WORDS), which keeps JS generators
FRAME = "gi_" + "frame"
LINENO = "f_" + "lineno"
LOCALS = "f_" + "locals"

def echo():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got
    return total

g = echo()
print(g.send(None), g.send(5), g.send(7))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)

g = echo()
try:
    g.send(3)
except TypeError as e:
    print(e)

# throw at a suspended yield: raised there, caught by the caller
def two():
    yield 1
    yield 2

g = two()
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("thrown back", repr(e), e.__traceback__.tb_next.tb_lineno)
print(getattr(g, FRAME), list(g))

# throw before the first next: the frame never runs
g = two()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("early", e, e.__traceback__.tb_next.tb_lineno)
print(list(g))

# StopIteration thrown in or raised inside becomes RuntimeError (PEP 479)
g = two()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

def raises_stop():
    yield 1
    raise StopIteration("inner")

try:
    list(raises_stop())
except RuntimeError as e:
    print(e, repr(e.__cause__))

# close
g = two()
g.close()
print(list(g))
g = two()
next(g)
g.close()
print(getattr(g, FRAME), list(g))

# gi_running, the frame, its line and locals while suspended
def watch(n):
    acc = []
    for i in range(n):
        acc.append(i)
        yield g2.gi_running
    yield "end"

g2 = watch(2)
print(g2.gi_running, getattr(getattr(g2, FRAME), LINENO), g2.gi_suspended if hasattr(g2, "gi_suspended") else None)
print(next(g2), getattr(getattr(g2, FRAME), LINENO), sorted(getattr(getattr(g2, FRAME), LOCALS).items()))
print(next(g2), g2.gi_running)
print(list(g2), getattr(g2, FRAME))

def reenter():
    yield next(me)

me = reenter()
try:
    next(me)
except ValueError as e:
    print(e)

print(type(two()).__name__, two().__name__, two().__qualname__)
print(two().gi_code.co_name, two().gi_yieldfrom)

# exceptions while handling: exc_info inside, and the context chain
def ctx():
    try:
        raise KeyError("a")
    except KeyError:
        print("in except", sys.exc_info()[0].__name__)
    yield sys.exc_info()[0]
    raise ValueError("b")

g = ctx()
try:
    next(g)
    print(next(g))
except ValueError as e:
    print("ctx", repr(e), e.__context__)

# exception inside the body: traceback lines of each generator frame
def src():
    yield 1
    1 / 0

def mid(it):
    for v in it:
        yield v * 2

def outer(it):
    for v in it:
        x = v + 1
        yield x

import traceback
try:
    list(outer(mid(src())))
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.lineno) for f in tb])

# a generator's unhandled name error reports the line
def bad():
    yield 1
    yield undefined_name

g = bad()
next(g)
try:
    next(g)
except NameError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)
