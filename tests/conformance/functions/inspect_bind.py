# inspect: Signature.bind/bind_partial, BoundArguments (args, kwargs, apply_defaults),
# a type-checking decorator built on them, getfullargspec, getattr_static, getmro
import inspect
def f(a, /, b, *args, c, d=4, **kw): pass
def g(a, /, b, *, c): pass
s = inspect.signature(f); t = inspect.signature(g)
tests = [(s,(1,2),{'c':3}), (s,(1,),{'b':2,'c':3,'a':9}), (s,(1,2,3,4),{'c':1,'z':2}), (t,(1,2,3),{}), (t,(1,),{'a':1,'b':2,'c':3}), (t,(1,2),{}), (t,(1,),{'b':1,'c':1,'z':1}), (t,(),{}), (t,(1,),{'c':1}), (s,(1,2),{'b':3,'c':1}),(t,(1,2),{'b':3,'c':1}), (t,(),{'a':1,'b':2,'c':3})]
for sig,a,k in tests:
  for m in ('bind','bind_partial'):
    try: b = getattr(sig,m)(*a,**k); print(m, b, b.args, b.kwargs, list(b.arguments))
    except TypeError as e: print(m, 'TypeError', e)
b = s.bind(1,2,c=3); b.apply_defaults(); print(b, b.args, b.kwargs, b.signature is s, b == s.bind(1,2,c=3))
b.arguments['b'] = 7; print(b.args)
def h(a, b=2, *, c=3): pass
bb = inspect.signature(h).bind_partial(c=5); print(bb, bb.args, bb.kwargs); bb.apply_defaults(); print(bb)
print(inspect.signature(h).bind(1, c=2).kwargs, inspect.signature(h).bind(a=1).args, type(bb.arguments), type(bb).__name__, inspect.BoundArguments)
import functools
def typecheck(func):
    sig = inspect.signature(func)
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            ann = sig.parameters[name].annotation
            if ann is not inspect.Parameter.empty and not isinstance(value, ann):
                raise TypeError(f"{name}={value!r} is not {ann.__name__}")
        return func(*bound.args, **bound.kwargs)
    return wrapper
@typecheck
def greet(name: str, times: int = 1, *, sep: str = " ") -> str:
    return sep.join([f"hi {name}"] * times)
print(greet("bob", 2), greet("amy", sep="|", times=3), inspect.signature(greet))
for a, k in [((1,), {}), (("x", "2"), {}), ((), {}), (("x",), {"bad": 1})]:
    try: greet(*a, **k)
    except TypeError as e: print("TypeError", e)
class K:
    y = 1
    def __init__(self, x, *, y=1): self.x = x
    def __call__(self, z): pass
    @property
    def p(self): return 1
def anno(a: int, b: "str" = "x", *args: float, c, d=4, **kw: bool) -> list: pass
print(inspect.getfullargspec(anno))
print(inspect.getfullargspec(K(1).__call__), inspect.getfullargspec(K))
k = K(1); k.p_shadow = 2
print(inspect.getattr_static(k, "x"), inspect.getattr_static(k, "y"), inspect.getattr_static(K, "p"), inspect.getattr_static(k, "nope", "dflt"))
print(inspect.getmro(K), inspect.isdatadescriptor(K.__dict__["p"]), inspect.isdatadescriptor(K.__call__), inspect.get_annotations(anno))
print(inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("x.txt"))
try:
    inspect.getattr_static(k, "missing")
except AttributeError as e:
    print("AttributeError", e)
