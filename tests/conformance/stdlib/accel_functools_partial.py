# _functools.partial: the type functools.partial is (attributes, flattening, repr,
# pickling state, __setstate__ checks)
import functools
import _functools
import pickle
import copy

print(functools.partial is _functools.partial, functools.partial)
print(functools.partial.__module__, functools.partial.__name__, functools.partial.__qualname__)

def capture(*args, **kw):
    return args, kw

p = functools.partial(capture, 1, 2, a=10)
print(p(3, b=20), p(a=0), p.func is capture, p.args, p.keywords)
print(repr(p).replace(repr(capture), "capture"))

# a plain partial is flattened into a new one; one with attributes is not
q = functools.partial(p, 3, c=4)
print(q.func is capture, q.args, q.keywords)
p.attr = "x"
r = functools.partial(p, 5)
print(r.func is p, r.args, p.__dict__)

class Sub(functools.partial):
    pass

s = Sub(capture, 1)
print(repr(s).replace(repr(capture), "capture"), type(Sub(s, 2).func), Sub(s, 2).args)
print(functools.partial(s, 9).args)

class WithCall(functools.partial):
    def __call__(self, *a):
        return "own call"

w = WithCall(capture)
print(w(), functools.partial(w, 1).func is w)

# keyword dict passed in is copied
d = {"a": 3}
p2 = functools.partial(capture, **d)
d["a"] = 5
print(p2())

for attr in ["func", "args", "keywords"]:
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print("AttributeError", e)
try:
    del p.__dict__
except TypeError as e:
    print("TypeError", e)
try:
    p.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
for bad in [(), (1,)]:
    try:
        functools.partial(*bad)
    except TypeError as e:
        print("TypeError", e)

# state and pickling
f = functools.partial(max, 1, key=abs)
print(f.__reduce__()[0] is functools.partial, f.__reduce__()[1], f.__reduce__()[2][1:3])
f.tag = [1]
g = pickle.loads(pickle.dumps(f))
print(type(g) is functools.partial, g.args, g.keywords, g.tag, g(-7))
h = copy.deepcopy(f)
print(h.tag, h.tag is f.tag, copy.copy(f).tag is f.tag)

class MyTuple(tuple):
    pass

class MyDict(dict):
    pass

f.__setstate__((capture, MyTuple((1,)), MyDict(a=1), None))
print(type(f.args), type(f.keywords), f(), f.__dict__)
f.__setstate__((capture, (), None, {"z": 1}))
print(f.keywords, f.z)
for st in [(capture, (), {}), [capture, (), {}, None], (None, (), {}, None), (capture, [], {}, None), (capture, (), [], None), 5]:
    try:
        f.__setstate__(st)
    except TypeError as e:
        print("TypeError", e)

# recursive reprs
f = functools.partial(capture)
f.__setstate__((capture, (f,), {}, None))
print(repr(f).replace(repr(capture), "capture"))
f.__setstate__((f, (), {}, None))
print(repr(f))

# non-string keywords are refused at call time
f = functools.partial(capture)
f.keywords[1] = "v"
try:
    f()
except TypeError as e:
    print("TypeError", e)

print(functools.partial[int], hash(functools.partial(capture)) is not None)
join = functools.partial(str.join, "-")
print(join(["a", "b"]))
