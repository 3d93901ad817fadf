# object.__reduce_ex__ for plain, slotted, keyword-new and built-in subclasses,
# under every protocol, and object.__getstate__
import copyreg
class A: pass
a=A(); a.x=1
class S:
    __slots__=('a','b')
s=S(); s.a=1
class L(list): pass
l=L([1,2]); 
class D(dict): pass
d=D(a=1)
class I(int): pass
class St(str): pass
class T(tuple): pass
class E: pass
class N:
    def __getnewargs__(self): return (1,2)
    def __new__(cls,*a): return object.__new__(cls)
class NX:
    def __getnewargs_ex__(self): return ((1,),{'k':2})
    def __new__(cls,*a,**k): return object.__new__(cls)
for o in [a,s,l,d,I(5),St('x'),T((1,2)),E(),N(),NX()]:
    for p in range(6):
        try: print(p, o.__reduce_ex__(p))
        except Exception as e: print(p, type(e).__name__, e)
    try: print(o.__reduce__())
    except Exception as e: print(type(e).__name__, e)
    try: print(o.__getstate__())
    except Exception as e: print(type(e).__name__, e)
print(copyreg.__all__)
print(object.__reduce_ex__, object.__reduce__, object.__getstate__)
for x in [1, 'a', [1], (1,), {1:2}, 1.5, None, len, int]:
    for p in (0,2):
        try: print(repr(x), p, x.__reduce_ex__(p))
        except Exception as e: print(p, type(e).__name__, e)
