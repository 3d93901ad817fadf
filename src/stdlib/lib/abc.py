"""Abstract Base Classes (PEP 3119), written for pycell from the documented
behaviour of CPython's abc module.

A class whose metaclass is ABCMeta records its abstract names in
`__abstractmethods__`; the runtime's object.__new__ refuses to instantiate a
class whose own `__abstractmethods__` is non-empty. isinstance()/issubclass()
consult ABCMeta.__instancecheck__/__subclasscheck__, which look at, in order:
the positive cache, the negative cache (valid while no register() happened
since it was filled), `__subclasshook__`, the real MRO, registered virtual
subclasses, then the ABC's own subclasses.
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark a method abstract: a class with one cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod over abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod over abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property over abstractmethod."""

    __isabstractmethod__ = True


# Bumped by every register() call anywhere: negative caches filled under an
# older value are stale.
_generation = [0]


def get_cache_token():
    """A value that changes whenever an ABC gains a virtual subclass."""
    return _generation[0]


class _Bookkeeping:
    """Per-ABC state: virtual subclasses, caches, and the ABC's real subclasses
    (pycell's type.__subclasses__ does not track them)."""

    __slots__ = ('registry', 'yes', 'no', 'no_generation', 'children')

    def __init__(self):
        self.registry = []
        self.yes = set()
        self.no = set()
        self.no_generation = _generation[0]
        self.children = []


def _is_abstract(value):
    return bool(getattr(value, '__isabstractmethod__', False))


def _abstract_names(cls):
    names = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


def _state(cls):
    return cls.__dict__.get('_abc_impl')


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_impl = _Bookkeeping()
        for base in bases:
            parent = _state(base) if isinstance(base, ABCMeta) else None
            if parent is not None:
                parent.children.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns it (a decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _state(cls).registry.append(subclass)
        _generation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        state = _state(cls)
        subclass = getattr(instance, '__class__', None)
        if subclass is not None and subclass in state.yes:
            return True
        subtype = type(instance)
        if subtype is subclass or subclass is None:
            if state.no_generation == _generation[0] and subtype in state.no:
                return False
            return cls.__subclasscheck__(subtype)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = _state(cls)
        if subclass in state.yes:
            return True
        if state.no_generation != _generation[0]:
            state.no = set()
            state.no_generation = _generation[0]
        elif subclass in state.no:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            if not isinstance(verdict, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (state.yes if verdict else state.no).add(subclass)
            return verdict
        if cls in getattr(subclass, '__mro__', ()):
            state.yes.add(subclass)
            return True
        for candidate in state.registry:
            if issubclass(subclass, candidate):
                state.yes.add(subclass)
                return True
        # cls.__subclasses__() is looked up on the class, as CPython does (a class
        # may override it); pycell's type.__subclasses__ adds nothing to children
        for child in state.children + list(cls.__subclasses__()):
            if issubclass(subclass, child):
                state.yes.add(subclass)
                return True
        state.no.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        state = _state(cls)
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {set(state.registry)!r}", file=file)
        print(f"_abc_cache: {state.yes!r}", file=file)
        print(f"_abc_negative_cache: {state.no!r}", file=file)
        print(f"_abc_negative_cache_version: {state.no_generation!r}", file=file)

    def _abc_registry_clear(cls):
        _state(cls).registry.clear()

    def _abc_caches_clear(cls):
        state = _state(cls)
        state.yes.clear()
        state.no.clear()


def update_abstractmethods(cls):
    """Recompute an ABC's abstract methods after it was changed; returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it to get ABCMeta as the metaclass."""
    __slots__ = ()
