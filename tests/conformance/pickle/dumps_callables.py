# functions, classes, methods and modules by reference; what cannot be pickled
import pickle
f = lambda: 1
def t(fn):
    try: print(fn())
    except Exception as e: print(type(e).__name__, e)
t(lambda: pickle.dumps(f))
def outer():
    class Local: pass
    return Local
t(lambda: pickle.dumps(outer()()))
t(lambda: pickle.dumps(outer()))
g = f
t(lambda: pickle.dumps(iter([1, 2]), 0))
import sys
t(lambda: pickle.dumps(sys))
t(lambda: pickle.dumps(object()))
t(lambda: pickle.dumps(t.__code__))
t(lambda: pickle.dumps(property()))
t(lambda: pickle.loads(pickle.dumps(print, 4)) is print)
class A:
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
t(lambda: pickle.dumps(A().m, 4))
t(lambda: pickle.dumps(A.c, 4))
t(lambda: pickle.dumps(A.s, 4))
t(lambda: pickle.dumps(A.m, 4))
t(lambda: pickle.loads(pickle.dumps(A().m)).__func__ is A.m)
