# isinstance/issubclass with ABCs through the native _abc checks, and the cases
# where the frameless path must step aside
import abc, io
from collections.abc import Mapping, Sequence, Hashable, Sized

print([isinstance(x, Mapping) for x in (1, 'a', {}, [], None)])
print([isinstance(x, Hashable) for x in (1, 'a', {}, [], None)])
print(issubclass(dict, Mapping), issubclass(list, Mapping), issubclass(bool, Hashable))

class Liar:
    @property
    def __class__(self):
        return dict
print(isinstance(Liar(), Mapping), isinstance(Liar(), dict), type(Liar()).__name__)

class Shadow:
    def __getattribute__(self, name):
        if name == '__class__':
            return list
        return object.__getattribute__(self, name)
print(isinstance(Shadow(), Sequence), isinstance(Shadow(), Mapping))

class BadClass:
    __class__ = 5
try:
    print(isinstance(BadClass(), Mapping))
except TypeError as e:
    print('TypeError', e)

class LoudMeta(abc.ABCMeta):
    def __instancecheck__(cls, inst):
        print('  instancecheck', cls.__name__, type(inst).__name__)
        return super().__instancecheck__(inst)
    def __subclasscheck__(cls, sub):
        print('  subclasscheck', cls.__name__, sub.__name__)
        return super().__subclasscheck__(sub)
class Loud(metaclass=LoudMeta):
    pass
print(isinstance(3, Loud))
print(issubclass(int, Loud))
Loud.register(int)
print(isinstance(3, Loud), issubclass(bool, Loud))

# a stale negative cache after a registration elsewhere
class A(abc.ABC): pass
class B(abc.ABC): pass
class C: pass
print(isinstance(C(), A), issubclass(C, A))
B.register(C)
A.register(B)
print(isinstance(C(), A), issubclass(C, A))

# register as a decorator, cycles, non-classes
@A.register
class D: pass
print(D.__name__, issubclass(D, A))
for bad in (3, 'x'):
    try:
        A.register(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    D.register
except AttributeError as e:
    print('AttributeError', e)
class E(abc.ABC): pass
E.register(A)
try:
    A.register(E)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    issubclass(3, A)
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(3, (A, 3))
except TypeError as e:
    print('TypeError', e)

# __subclasshook__ answers
class Hook(abc.ABC):
    answers = {}
    @classmethod
    def __subclasshook__(cls, sub):
        return cls.answers.get(sub.__name__, NotImplemented)
Hook.answers.update(int=True, str=False, float=None)
print(issubclass(int, Hook), issubclass(str, Hook), issubclass(bytes, Hook))
try:
    issubclass(float, Hook)
except AssertionError as e:
    print('AssertionError', e)

# _abc_impl replaced
class F(abc.ABC): pass
F._abc_impl = 'oops'
try:
    isinstance(1, F)
except TypeError as e:
    print('TypeError', e)

# the dump, with one class in each place
class G(abc.ABC): pass
class H: pass
G.register(H)
issubclass(H, G); issubclass(int, G)
buf = io.StringIO()
G._dump_registry(buf)
lines = buf.getvalue().splitlines()
print(lines[0], [l.split(':')[0] for l in lines[1:]])
G._abc_caches_clear()
G._abc_registry_clear()
print(issubclass(H, G))

# registering with Mapping gives the mapping kind to `match`
class M:
    def __getitem__(self, k): return k
    def __len__(self): return 0
    def __iter__(self): return iter(())
class MSub(M): pass
Mapping.register(M)
def kind(x):
    match x:
        case {}: return 'mapping'
        case [*_]: return 'sequence'
        case _: return 'other'
print(kind(M()), kind(MSub()), kind([]), isinstance(MSub(), Mapping))

# abstract methods computed at creation, through bases and overrides
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
class Mid(Base):
    def f(self): return 1
print(sorted(Base.__abstractmethods__), sorted(Mid.__abstractmethods__), type(Mid.__abstractmethods__).__name__)
try:
    Mid()
except TypeError as e:
    print(e)

# recursion through a hook
class Deep(abc.ABC):
    @classmethod
    def __subclasshook__(cls, sub):
        return issubclass(sub, Deep)
try:
    issubclass(int, Deep)
except RecursionError as e:
    print('RecursionError')
print(abc.get_cache_token() == abc.get_cache_token(), type(abc.get_cache_token()).__name__)
