# `from __future__ import annotations`: annotations kept as source text (PEP 563),
# forward references in dataclasses, ClassVar/InitVar recognised in strings,
# get_type_hints evaluating them
from __future__ import annotations
import dataclasses
import typing
from dataclasses import dataclass, field, fields
from typing import ClassVar, Optional, get_type_hints

@dataclass
class Node:
    value: int
    next: Node | None = None
    children: list[Node] = field(default_factory=list)
    count: ClassVar[int] = 0
    extra: dataclasses.InitVar[int] = 0
    total: typing.ClassVar = 1

n = Node(1, Node(2))
print(n)
print([(f.name, f.type) for f in fields(Node)], Node.__annotations__)
print(get_type_hints(Node))

def f(a: int, *args: tuple[int, ...], b: "str" = "x", **kw: dict[str, Optional[Node]]) -> list[int] | None:
    pass
print(f.__annotations__)
print(get_type_hints(f))

class C:
    x: 2 ** -1
    y: (-1) ** 2
    z: a[1:2, ::3]
    w: lambda q, *r, s=1, **t: q if r else s
    v: x[*a]
    u: (1).real
    t: f"a{b!r:>{c}}d"
    s: {a: b, **c} | {1, 2} | [*a, b] | ()
    r: not x and (y or z) or x < y <= z is not w in q
print(C.__annotations__)
