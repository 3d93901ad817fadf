"""The abstract base classes of collections.abc, for pycell.

Written from the documentation ("collections.abc — Abstract Base Classes for
Containers": the table of ABCs, their abstract methods and mixin methods) and
from running CPython as a black box.

Two kinds of ABC live here. The "one-trick" ones (Hashable, Iterable, Sized,
Callable, Awaitable, ...) recognise any class that provides their methods,
through a __subclasshook__; a method set to None in a class opts it out. The
container ABCs (Set, Mapping, Sequence and their mutable forms) supply mixin
methods written on top of a few abstract ones and recognise only subclasses
and registered classes. The built-in types are registered at the bottom.
"""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(tuple[str])
# the __class_getitem__ of the ABCs that take parameters (Iterable[int])
_generic = classmethod(GenericAlias)

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]

# the classes below then report 'collections.abc' as their module, the name
# programs import them by
__name__ = "collections.abc"


def _check_methods(C, *methods):
    """True when C (through its MRO) defines every one of methods;
    NotImplemented when one is missing or explicitly set to None."""
    namespaces = [klass.__dict__ for klass in C.__mro__]
    for wanted in methods:
        owner = next((ns for ns in namespaces if wanted in ns), None)
        if owner is None or owner[wanted] is None:
            return NotImplemented
    return True


def _structural(*methods):
    """A __subclasshook__ accepting the classes that define `methods`. It
    answers only for the ABC whose namespace holds it: subclasses of that
    ABC fall back to the normal rules."""
    def __subclasshook__(cls, C):
        if cls.__dict__.get('__subclasshook__') is hook:
            return _check_methods(C, *methods)
        return NotImplemented
    hook = classmethod(__subclasshook__)
    return hook


def _close_by_throwing(obj, what):
    # the close()/aclose() protocol shared by generators and coroutines
    try:
        obj.throw(GeneratorExit)
    except _FINISHED:
        return
    raise RuntimeError(what + " ignored GeneratorExit")


_FINISHED = (GeneratorExit, StopIteration)
_AFINISHED = (GeneratorExit, StopAsyncIteration)


def _rethrow(typ, val, tb):
    # default body of the abstract throw(): raise what was thrown in
    if val is None and tb is None:
        raise typ
    exc = typ() if val is None else val
    raise exc if tb is None else exc.with_traceback(tb)


# -- single-method ABCs --------------------------------------------------------

class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    __subclasshook__ = _structural("__hash__")


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    __subclasshook__ = _structural("__await__")
    __class_getitem__ = _generic


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with value; StopIteration when it is done."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the coroutine."""
        _rethrow(typ, val, tb)

    def close(self):
        """Finish the coroutine by throwing GeneratorExit into it."""
        _close_by_throwing(self, "coroutine")

    __subclasshook__ = _structural("__await__", "send", "throw", "close")


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __subclasshook__ = _structural("__aiter__")
    __class_getitem__ = _generic


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """The next item; StopAsyncIteration when there is none."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    __subclasshook__ = _structural("__anext__", "__aiter__")


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        """The next item, i.e. asend(None)."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Send value in; the next yielded item comes back."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside the asynchronous generator."""
        _rethrow(typ, val, tb)

    async def aclose(self):
        """Finish the generator by throwing GeneratorExit into it."""
        try:
            await self.athrow(GeneratorExit)
        except _AFINISHED:
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")

    __subclasshook__ = _structural("__aiter__", "__anext__", "asend", "athrow", "aclose")


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return
        yield

    __subclasshook__ = _structural("__iter__")
    __class_getitem__ = _generic


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item; StopIteration when there is none."""
        raise StopIteration

    def __iter__(self):
        return self

    __subclasshook__ = _structural("__iter__", "__next__")


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return
        yield

    __subclasshook__ = _structural("__reversed__", "__iter__")


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """The next item, i.e. send(None)."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Send value in; the next yielded item comes back."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the generator."""
        _rethrow(typ, val, tb)

    def close(self):
        """Finish the generator by throwing GeneratorExit into it."""
        _close_by_throwing(self, "generator")

    __subclasshook__ = _structural("__iter__", "__next__", "send", "throw", "close")


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    __subclasshook__ = _structural("__len__")


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __subclasshook__ = _structural("__contains__")
    __class_getitem__ = _generic


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    __subclasshook__ = _structural("__len__", "__iter__", "__contains__")


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __subclasshook__ = _structural("__call__")


def _takes_any_arguments(spec):
    # the non-list first argument Callable accepts: ..., a ParamSpec, Concatenate[...]
    if spec is Ellipsis:
        return True
    kind = type(spec)
    return kind.__module__ == "typing" and kind.__name__ in ("ParamSpec", "_ConcatenateGenericAlias")


def _item_text(item):
    # how an argument shows inside the brackets (as in list[int])
    if item is Ellipsis:
        return "..."
    if isinstance(item, type) and not isinstance(item, GenericAlias):
        if item.__module__ == "builtins":
            return item.__qualname__
        return "%s.%s" % (item.__module__, item.__qualname__)
    return repr(item)


class _CallableGenericAlias(GenericAlias):
    """Callable[[A, B], R]: __args__ holds the flat (A, B, R), repr shows the list
    again; Callable[..., R] and Callable[P, R] keep their first argument as is."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        head, result = args
        if isinstance(head, (list, tuple)):
            flat = (*head, result)
        elif _takes_any_arguments(head):
            flat = (head, result)
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, "
                            "or Concatenate. Got %s" % (head,))
        return super().__new__(cls, origin, flat)

    def _head_is_list(self):
        a = self.__args__
        return not (len(a) == 2 and _takes_any_arguments(a[0]))

    def __repr__(self):
        a = self.__args__
        if self._head_is_list():
            head = "[%s]" % ", ".join(_item_text(x) for x in a[:-1])
        else:
            head = _item_text(a[0])
        return "%s[%s, %s]" % (_item_text(self.__origin__), head, _item_text(a[-1]))

    def __reduce__(self):
        a = self.__args__
        head = list(a[:-1]) if self._head_is_list() else a[0]
        return _CallableGenericAlias, (self.__origin__, (head, a[-1]))

    def __getitem__(self, item):
        plain = super().__getitem__(item)
        a = plain.__args__
        head = a[:-1]
        if len(head) == 1 and isinstance(head[0], (list, tuple)):
            head = list(head[0])
        elif len(head) == 1 and _takes_any_arguments(head[0]):
            head = head[0]
        else:
            head = list(head)
        return _CallableGenericAlias(self.__origin__, (head, a[-1]))


Callable.__class_getitem__ = classmethod(_CallableGenericAlias)


# -- sets -------------------------------------------------------------------------

def _as_set_operand(owner, other):
    # the right operand of - and ^: a Set, or an iterable made into one of
    # owner's kind; None when it is neither
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return owner._from_iterable(other)
    return None


def _all_within(small, big):
    return all(item in big for item in small)


def _sets_only(compare):
    # Set's comparisons: with anything but a Set, let the other side answer
    def method(self, other):
        if isinstance(other, Set):
            return compare(self, other)
        return NotImplemented
    method.__name__ = compare.__name__
    method.__qualname__ = 'Set.' + compare.__name__
    return method


def _iterables_only(combine):
    # & and | accept any iterable as the other operand
    def method(self, other):
        if isinstance(other, Iterable):
            return combine(self, other)
        return NotImplemented
    method.__name__ = combine.__name__
    method.__qualname__ = 'Set.' + combine.__name__
    return method


class Set(Collection):
    """A finite iterable container of distinct items; the comparisons and
    the set operators are built on __contains__, __iter__ and __len__, and
    results are made by the _from_iterable class method."""

    __slots__ = ()

    @_sets_only
    def __le__(self, other):
        return len(self) <= len(other) and _all_within(self, other)

    @_sets_only
    def __lt__(self, other):
        return len(self) < len(other) and _all_within(self, other)

    @_sets_only
    def __ge__(self, other):
        return len(self) >= len(other) and _all_within(other, self)

    @_sets_only
    def __gt__(self, other):
        return len(self) > len(other) and _all_within(other, self)

    @_sets_only
    def __eq__(self, other):
        return len(self) == len(other) and _all_within(self, other)

    @classmethod
    def _from_iterable(cls, it):
        """Make a result set; override when the constructor differs."""
        return cls(it)

    @_iterables_only
    def __and__(self, other):
        return self._from_iterable(item for item in other if item in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True when self and other have no item in common."""
        return not any(item in self for item in other)

    @_iterables_only
    def __or__(self, other):
        both = (item for part in (self, other) for item in part)
        return self._from_iterable(both)

    __ror__ = __or__

    def __sub__(self, other):
        right = _as_set_operand(self, other)
        if right is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in right)

    def __rsub__(self, other):
        left = _as_set_operand(self, other)
        if left is None:
            return NotImplemented
        return self._from_iterable(item for item in left if item not in self)

    def __xor__(self, other):
        right = _as_set_operand(self, other)
        if right is None:
            return NotImplemented
        return (self - right) | (right - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for an immutable Set, equal to that of a frozenset with
        the same items."""
        return hash(frozenset(self))


class MutableSet(Set):
    """A Set that can change: add and discard are abstract, the rest of
    set's mutating methods and in-place operators come from them."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put value in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take value out of the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take value out of the set; KeyError if it is absent."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some item; KeyError if the set is empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        toggled = it if isinstance(it, Set) else self._from_iterable(it)
        for value in toggled:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# -- mappings -----------------------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping: __getitem__, __iter__ and __len__ are abstract;
    get, __contains__, the views and == are provided."""

    __slots__ = ()

    # pattern matching treats instances as mappings (PEP 634)
    __abc_tpflags__ = 1 << 6

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key], or default when key is absent."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            mine, theirs = dict(self.items()), dict(other.items())
            return mine == theirs
        return NotImplemented

    __reversed__ = None


class MappingView(Sized):

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)

    __class_getitem__ = _generic


class KeysView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        source = self._mapping
        return key in source

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        source = self._mapping
        try:
            found = source[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield key, source[key]


class ValuesView(MappingView, Collection):

    __slots__ = ()

    def __contains__(self, value):
        for candidate in self:
            if candidate is value or candidate == value:
                return True
        return False

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield source[key]


_NO_DEFAULT = object()


def _pairs_of(source):
    # (key, value) pairs of a mapping, of an object with keys(), or of an
    # iterable of pairs: what MutableMapping.update accepts
    if isinstance(source, Mapping):
        return ((key, source[key]) for key in source)
    if hasattr(source, 'keys'):
        return ((key, source[key]) for key in source.keys())
    return source


class MutableMapping(Mapping):
    """A Mapping that can change: __setitem__ and __delitem__ are abstract;
    pop, popitem, clear, update and setdefault are provided."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        """Remove key and return its value; default (or KeyError) when it is
        absent."""
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError when empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Set items from a mapping, an object with keys(), or an iterable
        of pairs, then from the keyword arguments."""
        for key, value in _pairs_of(other):
            self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        """self[key]; when absent, first store default there."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# -- sequences -------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence: __getitem__ and __len__ are abstract; iteration,
    `in`, reversed(), index() and count() are provided."""

    __slots__ = ()

    # pattern matching treats instances as sequences (PEP 634)
    __abc_tpflags__ = 1 << 5

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        return any(item is value or item == value for item in self)

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        """The first position of value within [start:stop]; ValueError when
        it does not occur."""
        # negative bounds count from the end, like slice positions
        size = len(self)
        if start is not None and start < 0:
            start = size + start if size + start > 0 else 0
        if stop is not None and stop < 0:
            stop = size + stop
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if item is value or item == value:
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """How many items are value (or equal to it)."""
        return sum(1 for item in self if item is value or item == value)


class ByteString(Sequence):
    """Common base of bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that can change: __setitem__, __delitem__ and insert are
    abstract; append, extend, pop, remove, reverse, clear and += come from
    them."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put value before position index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        end = len(self)
        self.insert(end, value)

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        last = len(self) - 1
        for low in range(len(self) // 2):
            high = last - low
            self[low], self[high] = self[high], self[low]

    def extend(self, values):
        """Append every item of values (a snapshot when values is self)."""
        source = list(values) if values is self else values
        for item in source:
            self.append(item)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Remove the first occurrence of value; ValueError if absent."""
        found = self.index(value)
        del self[found]

    def __iadd__(self, values):
        self.extend(values)
        return self


# -- the built-in types ----------------------------------------------------------

def _kinds(*makers):
    # the types of the objects the makers return, skipping any the running
    # interpreter cannot make
    found = []
    for make in makers:
        try:
            kind = type(make())
        except Exception:
            continue
        if kind not in found:
            found.append(kind)
    return found


def _a_generator():
    yield


async def _a_coroutine():
    pass


async def _an_async_generator():
    yield


def _coroutine_type():
    pending = _a_coroutine()
    try:
        return type(pending)
    finally:
        pending.close()


for _kind in _kinds(lambda: iter(b''), lambda: iter(bytearray()),
                    lambda: iter({}), lambda: iter({}.values()), lambda: iter({}.items()),
                    lambda: iter([]), lambda: reversed([]), lambda: iter(range(0)),
                    lambda: iter(range(1 << 100)), lambda: iter(set()), lambda: iter(''),
                    lambda: iter(()), lambda: zip()):
    Iterator.register(_kind)
for _kind in _kinds(_a_generator):
    Generator.register(_kind)
for _kind in _kinds(_an_async_generator):
    AsyncGenerator.register(_kind)
try:
    Coroutine.register(_coroutine_type())
except Exception:
    pass
for _kind in _kinds(lambda: {}.keys(), lambda: {}.values(), lambda: {}.items()):
    Reversible.register(_kind)
for _abc, _members in ((Set, (frozenset,)), (MutableSet, (set,)),
                       (MutableMapping, (dict,)),
                       (Sequence, (tuple, str, range, memoryview)),
                       (ByteString, (bytes, bytearray)),
                       (MutableSequence, (list, bytearray))):
    for _kind in _members:
        _abc.register(_kind)
for _abc, _makers in ((Mapping, [lambda: type.__dict__,
                                 lambda: __import__('types').MappingProxyType({})]),
                      (KeysView, [lambda: {}.keys()]),
                      (ItemsView, [lambda: {}.items()]),
                      (ValuesView, [lambda: {}.values()])):
    for _kind in _kinds(*_makers):
        _abc.register(_kind)
del _abc, _members, _makers, _kind
