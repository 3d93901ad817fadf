# tracebacks of exceptions thrown into generators (started, unstarted, exhausted)
import traceback
def f():
    try:
        yield
    except:
        raise
def h():
    yield 1
def run(prime, gen):
    g = gen()
    if prime: next(g)
    try:
        1/0
    except ZeroDivisionError as v:
        try:
            g.throw(v)
        except Exception as w:
            print([n for _, n in traceback.walk_tb(w.__traceback__)])
    g2 = gen()
    for _ in g2: pass
    try:
        raise KeyError(1)
    except KeyError as v:
        try:
            g2.throw(v)
        except Exception as w:
            print([n for _, n in traceback.walk_tb(w.__traceback__)])
for prime in (True, False):
    for gen in (f, h):
        run(prime, gen)
