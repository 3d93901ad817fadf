# a class that adds an instance __dict__ / weak references lists their descriptors
for b in (object, int, float, str, tuple, list, dict, Exception, type, set):
    C = type('C', (b,), {})
    print(b.__name__, list(C.__dict__))

class A:
    __slots__ = ('a',)
class B(A):
    pass
class D(A):
    __slots__ = ('__weakref__',)
print(list(B.__dict__), list(D.__dict__))

class P:
    def meth(self):
        pass
p = P()
p.x = 1
print(P.__dict__['__dict__'], P.__dict__['__weakref__'])
print(p.__dict__, p.__weakref__, vars(p))
p.__dict__ = {'y': 2}
print(p.y)
try:
    p.__dict__ = None
except TypeError as e:
    print(e)
class Q(P):
    pass
print(list(Q.__dict__), Q().__dict__)
print('__dict__' in dir(P), '__weakref__' in dir(P))
