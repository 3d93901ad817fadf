# dataclasses: Field repr, hash table, make_dataclass/replace errors, slots, KW_ONLY,
# string ClassVar/InitVar annotations, asdict on namedtuple/dict, generated qualnames.
import dataclasses
from dataclasses import (dataclass, field, fields, make_dataclass, replace, asdict,
                         astuple, InitVar, KW_ONLY, MISSING, FrozenInstanceError)
import collections
import typing


def err(label, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except Exception as e:
        print(label, type(e).__name__, e)


f = field(default=1, repr=False, metadata={'k': 2})
f.name = 'x'
print(repr(f).replace(repr(MISSING), 'MISSING'))
print(f.metadata['k'], type(f.metadata).__name__, repr(InitVar[int]), repr(InitVar['s']))

for args in [dict(), dict(eq=False), dict(frozen=True), dict(unsafe_hash=True),
             dict(eq=True, frozen=False)]:
    @dataclass(**args)
    class H:
        a: int = 1
        b: int = field(default=2, hash=False)
    h = H.__dict__.get('__hash__', 'absent')
    print(args, 'absent' if h == 'absent' else (None if h is None else h.__qualname__),
          hash(H()) == hash((1,)) if H.__hash__ is not None and 'unsafe_hash' in args else '-')

@dataclass
class Q:
    a: int
    _: KW_ONLY
    b: int = 0
    c: 'typing.ClassVar[int]' = 5
    d: 'InitVar[int]' = 7

    def __post_init__(self, d):
        self.e = d * 2

q = Q(1, b=3)
print(q, q.e, Q.c, [x.name for x in fields(Q)], Q.__match_args__)
print(Q.__init__.__qualname__, Q.__repr__.__qualname__, Q.__eq__.__qualname__)
print(Q.__dataclass_params__)
print(replace(q, a=9, d=1), replace(q, a=9, d=1).e)
err('replace', replace, 3)
err('fields', fields, 3)

@dataclass
class NI:
    a: int
    b: int = field(init=False, default=4)
    c: InitVar[int] = None
err('replace init=False', replace, NI(1), b=3)

@dataclass
class NI2:
    c: InitVar[int]
err('replace initvar', replace, NI2(1))

err('make bad', make_dataclass, 'M', [('a', int, 1, 2)])
err('make ident', make_dataclass, 'M', ['a b'])
err('make kw', make_dataclass, 'M', ['def'])
err('make dup', make_dataclass, 'M', ['a', ('a', int)])
M = make_dataclass('M', ['a', ('b', int), ('c', int, field(default=3))],
                   namespace={'total': lambda self: self.b + self.c}, frozen=True)
m = M(1, 2)
print(m, m.total(), M.__annotations__)
err('frozen', setattr, m, 'a', 5)
err('frozen del', delattr, m, 'a')

P = collections.namedtuple('P', 'x y')

@dataclass
class Box:
    p: P
    d: dict
    t: tuple

b = Box(P(1, [2]), {'k': [3]}, (4, [5]))
print(asdict(b), astuple(b))
print(type(asdict(b)['p']).__name__, asdict(b)['d']['k'] is b.d['k'])
err('asdict', asdict, 5)
err('astuple', astuple, Box)

@dataclass(slots=True)
class S:
    x: int
    y: int = 2
print(S.__slots__, S(1), hasattr(S(1), '__dict__'))
err('weakref_slot', dataclass, weakref_slot=True)
err('kw classvar', lambda: dataclass(type('Z', (), {'__annotations__': {'z': typing.ClassVar[int]}, 'z': field(kw_only=True)})))
err('factory classvar', lambda: dataclass(type('Z', (), {'__annotations__': {'z': typing.ClassVar[int]}, 'z': field(default_factory=list)})))
err('two kw_only', lambda: dataclass(type('Z', (), {'__annotations__': {'a': KW_ONLY, 'b': KW_ONLY}})))
err('unsafe explicit', lambda: dataclass(unsafe_hash=True)(type('Z', (), {'__hash__': lambda s: 1})))
err('frozen overwrite', lambda: dataclass(frozen=True)(type('Z', (), {'__setattr__': lambda s, n, v: 1})))
print(Q.__doc__, S.__doc__)
