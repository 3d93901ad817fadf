# asdict/astuple (deep copies), replace, make_dataclass, InitVar, __post_init__,
# inheritance order, ClassVar, the recursive repr guard
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, InitVar
from typing import ClassVar, List

@dataclass
class Inner:
    v: list

@dataclass
class Outer:
    name: str
    inner: Inner
    items: list = field(default_factory=list)

o = Outer("o", Inner([1, 2]), [Inner([3])])
d = asdict(o)
print(d, astuple(o))
d["inner"]["v"].append(99)
print(o.inner.v, replace(o, name="p"))

@dataclass
class C:
    i: int
    j: int = None
    database: InitVar[str] = None
    count: ClassVar[int] = 0
    def __post_init__(self, database):
        if self.j is None and database is not None:
            self.j = len(database)
print(C(10, database="abc"), [f.name for f in fields(C)], C.count, repr(InitVar[int]))
try:
    replace(C(1), j=2)
except ValueError as e:
    print(e)

@dataclass
class Base:
    x: int = 1
    y: int = 2
@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10
print(Derived(), [f.name for f in fields(Derived)])

P3 = make_dataclass("P3", [("x", int), "y", ("z", int, field(default=5))],
                    namespace={"total": lambda self: self.x + self.z})
print(P3(1, 2), P3(1, 2).total(), P3.__annotations__)

@dataclass
class Node:
    val: int
    children: List["Node"] = field(default_factory=list)
n = Node(1)
n.children.append(n)
print(n)
