import types, pickle, copy
ns1 = types.SimpleNamespace(c='cookie'); ns1.spam = ns1; print(ns1)
class F(str): __class__ = types.SimpleNamespace
print(types.SimpleNamespace() == F(), types.SimpleNamespace() != F())
ns = types.SimpleNamespace(a=1); print(pickle.loads(pickle.dumps(ns)), copy.copy(ns), ns.__reduce__())
print(types.resolve_bases((list[int],)))
class M(type): pass
try: M(5)
except TypeError as e: print(e)
class Bad:
    @classmethod
    def __prepare__(*a): return None
try:
    class X(metaclass=Bad()): pass
except TypeError as e: print(e)
@types.coroutine
def c(): return (yield from ())
print(c)
def g(): yield 1
@types.coroutine
def w(): return g()
print(type(w()).__name__)
