# dataclasses made again and again (their generated methods compiled from the same
# source text): each class has its own methods, and errors inside them report the
# generated code's file, line and function
import dataclasses, traceback, collections

def make(tag):
    @dataclasses.dataclass(order=True)
    class Point:
        x: int
        y: int = 0
        tags: list = dataclasses.field(default_factory=lambda: [tag])
    return Point

P1, P2 = make('a'), make('b')
print(P1(1), P2(1, 2), P1(1) == P1(1), P1(1) == P2(1), P1(1) < P1(2))
print(P1.__init__ is P2.__init__, P1.__init__.__qualname__, P1.__init__.__code__.co_filename)
print(P1.__doc__, P2.__eq__(P2(1), P2(1)))
for P in (P1, P2):
    try:
        P()
    except TypeError as e:
        print(e)
    try:
        P(1) < 3
    except TypeError as e:
        print(e)

@dataclasses.dataclass(frozen=True)
class F:
    a: int
@dataclasses.dataclass(frozen=True)
class G:
    a: int
for cls in (F, G, F):
    try:
        cls(1).a = 2
    except dataclasses.FrozenInstanceError as e:
        fr = traceback.extract_tb(e.__traceback__)[-1]
        print(type(e).__name__, e, fr.filename, fr.name)

def bad_factory():
    raise KeyError('boom')
for _ in range(2):
    @dataclasses.dataclass
    class H:
        v: list = dataclasses.field(default_factory=bad_factory)
    try:
        H()
    except KeyError as e:
        print([(f.filename.rsplit('/', 1)[-1], f.lineno, f.name) for f in traceback.extract_tb(e.__traceback__)][1:])

N1 = collections.namedtuple('N', 'a b')
N2 = collections.namedtuple('N', 'a b')
print(N1(1, 2), N2(a=3, b=4), N1.__new__ is N2.__new__)
try:
    N2(1)
except TypeError as e:
    print(e)
