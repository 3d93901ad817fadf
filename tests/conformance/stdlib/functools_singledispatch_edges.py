# functools.singledispatch: registration forms, union annotations, MRO and ABC
# dispatch, errors; singledispatchmethod
import functools
import collections.abc as cabc


def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])


@functools.singledispatch
def kind(x):
    return "object"


@kind.register
def _(x: int | str):
    return "int or str"


@kind.register(list)
def _(x):
    return "list"


@kind.register
def _(x: cabc.Mapping):
    return "mapping"


class MyDict(dict):
    pass


class Seq(cabc.Sequence):
    def __getitem__(self, i):
        raise IndexError

    def __len__(self):
        return 0


kind.register(cabc.Sequence, lambda x: "sequence")
print(kind(1), kind("s"), kind(True), kind([1]), kind({}), kind(MyDict()))
print(kind(Seq()), kind((1,)), kind(1.5), kind.dispatch(bool).__name__)
print(sorted(t.__name__ for t in kind.registry))
show(lambda: kind.register(1))
show(lambda: kind.register(int | list[int], len))


def bad(x: list[int]):
    pass


def bad_union(x: int | list[int]):
    pass


def plain(x):
    pass


show(lambda: kind.register(bad))
show(lambda: kind.register(bad_union))
show(lambda: kind.register(plain))
show(lambda: kind())


class Sized1:
    def __len__(self):
        return 1


class Both:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


@functools.singledispatch
def ab(x):
    return "base"


ab.register(cabc.Sized, lambda x: "sized")
print(ab(Sized1()))
ab.register(cabc.Container, lambda x: "container")
show(lambda: ab(Both()))


class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return "generic"

    @area.register
    def _(self, arg: int):
        return f"int {arg}"

    @area.register(str)
    def _(self, arg):
        return "str " + arg


print(Shape().area(3), Shape().area("x"), Shape().area(2.0), Shape.area.__name__)
