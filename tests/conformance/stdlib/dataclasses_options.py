# order, frozen, unsafe_hash, eq=False, slots, kw_only and KW_ONLY
from dataclasses import dataclass, field, KW_ONLY, FrozenInstanceError

@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"

print(V(1) < V(2), V(1, "a") <= V(1, "b"), hash(V(1)) == hash((1, "z")), sorted([V(3), V(1)]))
for action in ("set", "del"):
    try:
        if action == "set":
            V(1).a = 3
        else:
            del V(1).a
    except FrozenInstanceError as e:
        print(type(e).__name__, isinstance(e, AttributeError), e)

@dataclass(unsafe_hash=True)
class H:
    x: int
    y: int = field(hash=False)
print(hash(H(1, 2)) == hash((1,)))

@dataclass(eq=False)
class NE:
    x: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)

@dataclass(slots=True)
class S:
    x: int
    y: int = 2
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K(1, b=2), K.__match_args__)
try:
    K(1, 2)
except TypeError as e:
    print(e)

@dataclass(kw_only=True)
class KO:
    x: int
    y: int = 1
print(KO(x=5), KO.__match_args__)
