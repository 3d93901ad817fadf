# Cached loads of globals and builtins in function code: every way of changing a
# module namespace or the builtins must be seen by the next read.
import builtins
import sys
import types


def use_len():
    return len("abc")


def use_x():
    return x


print(use_len())
len = lambda s: "shadowed"          # a global now hides the builtin
print(use_len())
del len                             # and the builtin is back
print(use_len())
globals()["len"] = lambda s: "via globals()"
print(use_len())
globals().pop("len")
print(use_len())
sys.modules[__name__].len = lambda s: "via module attribute"
print(use_len())
delattr(sys.modules[__name__], "len")
print(use_len())
vars(sys.modules[__name__]).update({"len": lambda s: "via update"})
print(use_len())
globals().setdefault("len", None)   # already there: unchanged
print(use_len())
del globals()["len"]
print(use_len())

# builtins replaced and removed
saved = builtins.len
builtins.len = lambda s: "builtins replaced"
print(use_len())
del builtins.len
try:
    use_len()
except NameError as e:
    print("NameError:", e)
builtins.len = saved
print(use_len())

# a global that is not there yet, then is, then is deleted
try:
    use_x()
except NameError as e:
    print("NameError:", e, e.name)
x = 10
print(use_x())
x = None                              # None is a value, not "missing"
print(use_x())
x = 0
print(use_x())
exec("x = 'from exec'")
print(use_x())
del x
try:
    use_x()
except NameError as e:
    print("NameError:", e)
builtins.x = "builtin x"
print(use_x())
x = "global x"
print(use_x())
del x, builtins.x


# `global` statements
def set_g(v):
    global g
    g = v


def get_g():
    return g


set_g(1)
print(get_g())
set_g([2])
print(get_g())


def del_g():
    global g
    del g


del_g()
try:
    get_g()
except NameError as e:
    print("NameError:", e)

# exec with its own globals, changed afterwards
ns = {"k": 1}
exec("def f():\n    return k, abs(-2)", ns)
print(ns["f"]())
ns["k"] = 2
print(ns["f"]())
ns["abs"] = lambda v: "ns abs"
print(ns["f"]())
ns.clear()
try:
    print(ns["f"])
except KeyError as e:
    print("KeyError", e)

# exec with a custom __builtins__ dict
ns2 = {"__builtins__": {"abs": lambda v: "custom builtins"}}
exec("def f():\n    return abs(1)", ns2)
print(ns2["f"]())
ns2["__builtins__"]["abs"] = lambda v: "custom builtins changed"
print(ns2["f"]())
exec("def h():\n    return len", ns2)
try:
    ns2["h"]()
except NameError as e:
    print("NameError:", e)

# the same code with other globals
g2 = {"x": "other globals", "__builtins__": builtins}
f2 = types.FunctionType(use_x.__code__, g2)
print(f2())
g2["x"] = "changed"
print(f2())


# loops: a global read in a loop while another function rebinds it
def counter():
    global total
    for i in range(5):
        total = total + i
    return total


total = 100
print(counter(), total)
total = 0
print(counter(), total)

# class bodies and comprehensions read globals too
y = "y1"


def make():
    return [y for _ in range(2)], (lambda: y)()


print(make())
y = "y2"
print(make())


class C:
    attr = y


print(C.attr)
print(sorted(k for k in ("b", "a")))

# module-level reads are cached the same way
out = []
for step in range(4):
    if step == 1:
        len = lambda s: "module-level shadow"
    if step == 2:
        del len
    if step == 3:
        builtins.len = lambda s: "module-level builtins"
    out.append(len("ab"))
builtins.len = saved
print(out, len("ab"))
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
undefined_name = 1
print(undefined_name)
