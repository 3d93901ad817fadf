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


# one counter for the whole process: any register() call makes every ABC's
# negative answers doubtful
_registrations = [0]


def get_cache_token():
    """A value that changes whenever some ABC gets a new virtual subclass."""
    return _registrations[0]


class _abc_data:
    """What one ABC remembers: its registered (virtual) subclasses and the
    classes it already said yes or no to."""

    __slots__ = ('registry', 'known_yes', 'known_no', 'no_as_of')

    def __init__(self):
        self.registry = set()
        self.known_yes = set()
        self.known_no = set()
        self.no_as_of = _registrations[0]


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


def _data_of(cls):
    return cls.__dict__['_abc_impl']


def _derive(cls, subclass):
    # issubclass(subclass, cls) when __subclasshook__ has no opinion: a real
    # subclass, a subclass of a registered class, or of one of cls's subclasses
    ancestors = getattr(subclass, '__mro__', ())
    if cls in ancestors:
        return True
    for virtual in _data_of(cls).registry:
        if issubclass(subclass, virtual):
            return True
    return any(issubclass(subclass, child) for child in cls.__subclasses__())


_SEQUENCE_FLAG = 1 << 5
_MAPPING_FLAG = 1 << 6


def _spread_collection_kind(abc, subclass):
    # a class registered with Sequence or Mapping (or an ABC derived from them)
    # matches as that kind in `match`, and so do its subclasses, made before or after
    import _pycell_abc
    kind = _pycell_abc.collection_kind(abc)
    if not kind:
        return
    pending = [subclass]
    while pending:
        klass = pending.pop()
        if _pycell_abc.set_collection_kind(klass, kind):
            pending.extend(type.__subclasses__(klass))


class ABCMeta(type):
    """Metaclass of the abstract base classes: tracks abstract methods and
    lets unrelated classes be registered as virtual subclasses."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        flags = namespace.pop('__abc_tpflags__', 0) if isinstance(namespace, dict) else 0
        if isinstance(flags, int) and flags & _SEQUENCE_FLAG and flags & _MAPPING_FLAG:
            raise TypeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE "
                            "and Py_TPFLAGS_MAPPING")
        made = super().__new__(mcls, name, bases, namespace, **kwargs)
        made.__abstractmethods__ = _collect_abstract_names(made)
        made._abc_impl = _abc_data()
        return made

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns subclass so
        that it can serve as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        already = issubclass(subclass, cls)
        if already:
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _data_of(cls).registry.add(subclass)
        _registrations[0] += 1
        _spread_collection_kind(cls, subclass)
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        claimed = instance.__class__
        data = _data_of(cls)
        if claimed in data.known_yes:
            return True
        actual = type(instance)
        if actual is not claimed:
            return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)
        if data.no_as_of == _registrations[0] and claimed in data.known_no:
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if type(subclass) is not type and not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        data = _data_of(cls)
        if subclass in data.known_yes:
            return True
        if data.no_as_of != _registrations[0]:
            # someone registered something since: forget every "no"
            data.known_no.clear()
            data.no_as_of = _registrations[0]
        elif subclass in data.known_no:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is NotImplemented:
            verdict = _derive(cls, subclass)
        elif not isinstance(verdict, bool):
            raise AssertionError("__subclasshook__ must return either False, "
                                 "True, or NotImplemented")
        (data.known_yes if verdict else data.known_no).add(subclass)
        return verdict

    def _dump_registry(cls, file=None):
        """Print this ABC's registry and caches (a debugging aid)."""
        data = _data_of(cls)
        lines = ['Class: %s.%s' % (cls.__module__, cls.__qualname__),
                 'Inv. counter: %s' % get_cache_token(),
                 '_abc_registry: %r' % (data.registry,),
                 '_abc_cache: %r' % (data.known_yes,),
                 '_abc_negative_cache: %r' % (data.known_no,),
                 '_abc_negative_cache_version: %r' % (data.no_as_of,)]
        for line in lines:
            print(line, file=file)

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass."""
        _data_of(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Forget every cached answer."""
        data = _data_of(cls)
        data.known_yes.clear()
        data.known_no.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or
    replaced once the class existed (as dataclasses and decorators do)."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _collect_abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class whose subclasses are ABCs (its metaclass is ABCMeta)."""

    __slots__ = ()
