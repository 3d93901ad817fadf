# get_type_hints: strings evaluated in the module, class hierarchies, Annotated
from typing import get_type_hints, List, Optional, Annotated, ClassVar

def f(x: 'int', y: List['str'] = None) -> 'Optional[int]':
    pass
print(get_type_hints(f))

class A:
    a: int
    b: 'str'
    c: ClassVar[int] = 3

class B(A):
    d: 'List[int]'
    e: Annotated[int, 'meta']

print(get_type_hints(B))
print(get_type_hints(B, include_extras=True)['e'])
print(get_type_hints(lambda: None), A.__annotations__)
