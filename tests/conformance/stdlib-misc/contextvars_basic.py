# contextvars: ContextVar get/set/reset, Token, Context.run and copies
import contextvars as cv


def show(text):
    # addresses differ between runs: keep the text around them
    import re
    print(re.sub(r"0x[0-9a-f]+", "0x", text))


v = cv.ContextVar("x", default=1)
w = cv.ContextVar("w")
show(repr(v))
show(repr(w))
t = v.set(5)
show(repr(t))
print(t.var is v, t.old_value, cv.Token.MISSING, v.get(), type(cv.Token.MISSING))
try:
    w.get()
except LookupError as e:
    print("LookupError", e.args[0] is w)
print(w.get(7), w.get(None))
for bad in [lambda: w.get(1, 2), lambda: w.get(default=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    show("RuntimeError " + str(e))
t2 = w.set(1)
try:
    v.reset(t2)
except ValueError as e:
    show("ValueError " + str(e))
c = cv.copy_context()
print(type(c).__name__, type(c).__module__, len(c), v in c, w in c, c[w], c.get(v, "d"), c.get(v))
print([(k.name, val) for k, val in c.items()], [k.name for k in c], list(c.values()))


def f(a, b=0):
    w.set(a + b)
    return w.get()


print(c.run(f, 10, b=5), w.get(), c[w])
try:
    c.run(lambda: c.run(f, 1))
except RuntimeError as e:
    show("RuntimeError " + str(e))
n = cv.Context()
print(len(n), list(n), n.get(w, "none"))
try:
    n[v]
except KeyError as e:
    print("KeyError", e.args[0] is v)
for make in [lambda: type("X", (cv.ContextVar,), {}), lambda: type("Y", (cv.Context,), {}),
             lambda: cv.ContextVar(1), lambda: n[1], lambda: 1 in n, lambda: hash(c)]:
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
print(cv.ContextVar[int], cv.Token[str])
try:
    v.name = "q"
except AttributeError as e:
    print("AttributeError", e)
print(v.name, c.copy() is not c, c == c.copy(), c != 3, c == n)
t3 = w.set(9)
other = cv.copy_context()
try:
    other.run(w.reset, t3)
except ValueError as e:
    show("ValueError " + str(e))
try:
    cv.Token()
except RuntimeError as e:
    print("RuntimeError", e)
print(cv.__all__)
# a copy does not see later changes, and changes in a copy stay there
snap = cv.copy_context()
w.set(100)
print(snap[w], w.get(), snap.run(w.get))
snap.run(w.set, -1)
print(snap[w], w.get())
