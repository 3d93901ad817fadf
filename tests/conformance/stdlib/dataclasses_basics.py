# @dataclass: generated __init__/__repr__/__eq__, fields(), __match_args__, __doc__
from dataclasses import dataclass, field, fields, is_dataclass

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], Point.__match_args__)
print(Point.__doc__, Point.__hash__, is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point(1).tags is not Point(1).tags)
match p:
    case Point(a, b):
        print("matched", a, b)
import inspect
print(inspect.signature(Point))
