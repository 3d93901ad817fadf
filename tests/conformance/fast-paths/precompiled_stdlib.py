# Stdlib modules written in Python run from JavaScript compiled at build time: their
# code objects, tracebacks, frames and exceptions must be those of a module compiled
# at import (dataclasses and functools are Python source in CPython and in pycell).
import sys
import functools
import dataclasses


def frame_names(exc):
    names = []
    tb = exc.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names


try:
    dataclasses.fields(3)
except TypeError as e:
    print(type(e).__name__, e, frame_names(e), e.__suppress_context__, e.__cause__)

f = dataclasses.fields
print(f.__name__, f.__qualname__, f.__module__, f.__code__.co_name, f.__code__.co_varnames[:1])
print(f.__globals__ is vars(dataclasses), f.__code__.co_filename == dataclasses.is_dataclass.__code__.co_filename)


@dataclasses.dataclass(frozen=True)
class P:
    x: int
    y: int = 0


p = P(1)
print(p, p == P(1, 0), hash(p) == hash(P(1)), dataclasses.asdict(p), dataclasses.replace(p, y=5))
try:
    p.x = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)

try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(e, frame_names(e))


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))


def who():
    return sys._getframe(1).f_code.co_name


def caller():
    return functools.wraps(who)(who)()


print(caller(), functools.wraps(who)(lambda: 1).__name__)

# a second import of the same module runs its compiled code again
first = dataclasses
del sys.modules["dataclasses"]
import dataclasses

print(dataclasses is first, dataclasses.fields is first.fields, dataclasses.is_dataclass(P), first.is_dataclass(P))
