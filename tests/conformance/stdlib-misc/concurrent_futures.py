# concurrent.futures: Future states, ThreadPoolExecutor results, wait/as_completed
import re
import concurrent.futures as cf


def show(x):
    print(re.sub(r"0x[0-9a-f]+", "0x", repr(x)))


f = cf.Future()
show(f)
f.set_result(3)
show(f)
print(f.result(), f.exception(), f.done(), f.running(), f.cancelled(), f.cancel())
g = cf.Future()
print(g.cancel(), g.cancelled(), g.done())
show(g)
try:
    g.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
h = cf.Future()
h.set_exception(ValueError("x"))
show(h)
try:
    h.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", re.sub(r"0x[0-9a-f]+", "0x", str(e)))
seen = []
k = cf.Future()
k.add_done_callback(lambda fut: seen.append(("late", fut.result())))
k.set_result("v")
k.add_done_callback(lambda fut: seen.append(("early", fut.result())))
print(seen)
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(pow, 2, i) for i in range(5)]
    print([x.result() for x in fs], list(ex.map(abs, [-1, -2])), list(ex.map(pow, [2, 3], [3, 2])))
    print(sorted(x.result() for x in cf.as_completed(fs)))
    done = cf.wait(fs)
    print(type(done).__name__, len(done.done), len(done.not_done), done._fields)
    bad = ex.submit(int, "zz")
    print(repr(bad.exception()), cf.wait([bad], return_when=cf.FIRST_EXCEPTION).done == {bad})
try:
    ex.submit(abs, 1)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    cf.ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError", e)
try:
    cf.Future().result(timeout=0)
except cf.TimeoutError as e:
    print("TimeoutError", repr(e), cf.TimeoutError is TimeoutError)
print(cf.CancelledError.__mro__[1].__name__, cf.BrokenExecutor.__mro__[1].__name__, cf.__all__)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
