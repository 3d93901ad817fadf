"""Abstract Base Classes (PEP 3119), for pycell.

Written from PEP 3119 and the documentation of the `abc` module. A class made
by ABCMeta records the names of its abstract methods in
`__abstractmethods__`; pycell's object.__new__ refuses to instantiate a class
whose own `__abstractmethods__` is non-empty. isinstance() and issubclass()
against an ABC consult, in order, its positive cache, its negative cache,
`__subclasshook__`, the real MRO, the registered classes and the ABC's
subclasses; registering anywhere bumps a global counter that makes every
negative cache stale.
"""


def _flag_abstract(obj):
    setattr(obj, '__isabstractmethod__', True)
    return obj


def abstractmethod(funcobj):
    """Mark funcobj abstract: a class made by ABCMeta that has it (and no
    concrete override) cannot be instantiated."""
    return _flag_abstract(funcobj)


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod stacked on abstractmethod."""

    def __init__(self, callable):
        classmethod.__init__(self, _flag_abstract(callable))


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod stacked on abstractmethod."""

    def __init__(self, callable):
        staticmethod.__init__(self, _flag_abstract(callable))


class abstractproperty(property):
    """Deprecated: use property stacked on abstractmethod."""


for _deprecated in (abstractclassmethod, abstractstaticmethod, abstractproperty):
    _flag_abstract(_deprecated)
del _deprecated


# the registry, the caches and the invalidation counter live in the native _abc
# module (src/stdlib/abc-native.ts), as CPython keeps them in C
from _abc import (get_cache_token, _abc_init, _abc_register,
                  _abc_instancecheck, _abc_subclasscheck, _get_dump,
                  _reset_registry, _reset_caches, _abc_hooks)


def _marked_abstract(value):
    return bool(getattr(value, '__isabstractmethod__', False))


def _collect_abstract_names(cls):
    # abstract names defined here, plus inherited ones still not overridden
    names = {key for key, value in cls.__dict__.items() if _marked_abstract(value)}
    for parent in cls.__bases__:
        for key in getattr(parent, '__abstractmethods__', ()):
            if _marked_abstract(getattr(cls, key, None)):
                names.add(key)
    return frozenset(names)


_SEQUENCE_FLAG = 1 << 5
_MAPPING_FLAG = 1 << 6


class ABCMeta(type):
    """Metaclass of the abstract base classes: tracks abstract methods and
    lets unrelated classes be registered as virtual subclasses."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        flags = namespace.pop('__abc_tpflags__', 0) if isinstance(namespace, dict) else 0
        if isinstance(flags, int) and flags & _SEQUENCE_FLAG and flags & _MAPPING_FLAG:
            raise TypeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE "
                            "and Py_TPFLAGS_MAPPING")
        made = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(made)
        return made

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns subclass so
        that it can serve as a class decorator."""
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        """Print this ABC's registry and caches (a debugging aid)."""
        registry, known_yes, known_no, no_as_of = _get_dump(cls)
        lines = ['Class: %s.%s' % (cls.__module__, cls.__qualname__),
                 'Inv. counter: %s' % get_cache_token(),
                 '_abc_registry: %r' % (registry,),
                 '_abc_cache: %r' % (known_yes,),
                 '_abc_negative_cache: %r' % (known_no,),
                 '_abc_negative_cache_version: %r' % (no_as_of,)]
        for line in lines:
            print(line, file=file)

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass."""
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Forget every cached answer."""
        _reset_caches(cls)


# isinstance()/issubclass() may run the native checks without these frames
# while ABCMeta (not an override in a subclass) provides them
_abc_hooks(ABCMeta.__dict__['__instancecheck__'], ABCMeta.__dict__['__subclasscheck__'])


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or
    replaced once the class existed (as dataclasses and decorators do)."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _collect_abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class whose subclasses are ABCs (its metaclass is ABCMeta)."""

    __slots__ = ()
