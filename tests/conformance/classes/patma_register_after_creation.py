# Registering a class with collections.abc.Sequence/Mapping after its creation sets
# the kind `match` sees, for it and its subclasses (made before or after), replacing
# the kind inherited from a built-in base; the items are then unpacked by iteration.
from collections.abc import Mapping, MutableSequence, Sequence


def kind(x):
    match x:
        case [a]:
            return "sequence", a
        case {"k": v}:
            return "mapping", v
        case _:
            return "other"


def show(label, x):
    try:
        print(label, kind(x))
    except Exception as e:
        print(label, type(e).__name__, e)


class MyDict(dict):
    pass


class MadeBefore(MyDict):
    pass


Sequence.register(MyDict)


class MadeAfter(MyDict):
    pass


show("registered dict", MyDict(k=1))
show("subclass made before", MadeBefore(k=2))
show("subclass made after", MadeAfter(k=3))


class Plain(dict):
    pass


show("unregistered dict", Plain(k=4))


class L(list):
    def get(self, key, default=None):
        return 7 if key == "k" else default

    def keys(self):
        return ["k"]


Mapping.register(L)
show("list registered as mapping", L([1]))


class NoGet(list):
    pass


Mapping.register(NoGet)
show("mapping without get", NoGet([1]))


class Endless:
    def __len__(self):
        return 1

    def __getitem__(self, i):
        return 5


Sequence.register(Endless)
show("len 1 but endless", Endless())


class Short:
    def __len__(self):
        return 1

    def __getitem__(self, i):
        raise IndexError(i)


Sequence.register(Short)
show("len 1 but empty", Short())


class ViaDerived(dict):
    pass


MutableSequence.register(ViaDerived)
show("registered through MutableSequence", ViaDerived(k=5))
print(issubclass(MyDict, Sequence), issubclass(MyDict, Mapping))
