"""_py_abc: a pure-Python ABCMeta keeping its bookkeeping in class attributes
(_abc_registry, _abc_cache, _abc_negative_cache, _abc_negative_cache_version),
written for pycell from the abc documentation. It behaves as abc.ABCMeta does."""

from weakref import WeakSet

# bumped by every register() on any ABC: negative caches older than it are stale;
# kept on ABCMeta as _abc_invalidation_counter, like CPython's
_COUNTER = "_abc_invalidation_counter"


def get_cache_token():
    """A value that changes whenever any ABC gains a virtual subclass."""
    return getattr(ABCMeta, _COUNTER)


def _abstracts(cls, namespace, bases):
    """The names that are still abstract in the new class `cls`."""
    found = set()
    for key, member in namespace.items():
        if getattr(member, "__isabstractmethod__", False):
            found.add(key)
    inherited = set()
    for base in bases:
        inherited.update(getattr(base, "__abstractmethods__", ()))
    for key in inherited:
        if getattr(getattr(cls, key, None), "__isabstractmethod__", False):
            found.add(key)
    return frozenset(found)


def _remember(cls, subclass, verdict):
    """Record a verdict in the positive or negative cache; returns it."""
    which = "_abc_cache" if verdict else "_abc_negative_cache"
    getattr(cls, which).add(subclass)
    return verdict


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = type.__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts(cls, namespace, bases)
        for slot in ("_abc_registry", "_abc_cache", "_abc_negative_cache"):
            setattr(cls, slot, WeakSet())
        cls._abc_negative_cache_version = get_cache_token()
        # real subclasses, for the subclass walk (pycell's type.__subclasses__()
        # does not track them)
        cls._abc_children = []
        for parent in bases:
            if isinstance(parent, ABCMeta) and "_abc_children" in parent.__dict__:
                parent._abc_children.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns it (a decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if not issubclass(subclass, cls):
            # a class that is already a subclass needs no registration
            if issubclass(cls, subclass):
                raise RuntimeError("Refusing to create an inheritance cycle")
            registry = cls._abc_registry
            registry.add(subclass)
            setattr(ABCMeta, _COUNTER, get_cache_token() + 1)
        return subclass

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry and caches."""
        out = ["Class: %s.%s" % (cls.__module__, cls.__qualname__),
               "Inv. counter: %s" % get_cache_token()]
        for key in sorted(k for k in cls.__dict__ if k.startswith("_abc_")):
            if key == "_abc_children":
                continue
            shown = cls.__dict__[key]
            if isinstance(shown, WeakSet):
                shown = set(shown)
            out.append("%s: %r" % (key, shown))
        for line in out:
            print(line, file=file)

    def _abc_registry_clear(cls):
        """Forget every virtual subclass (for tests)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Empty the positive and negative caches (for tests)."""
        for which in ("_abc_cache", "_abc_negative_cache"):
            getattr(cls, which).clear()

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        claimed = instance.__class__
        if claimed in cls._abc_cache:
            return True
        actual = type(instance)
        if actual is not claimed:
            return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)
        fresh = cls._abc_negative_cache_version == get_cache_token()
        if fresh and claimed in cls._abc_negative_cache:
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        token = get_cache_token()
        if cls._abc_negative_cache_version < token:
            # a register() happened since: every negative answer may be wrong now
            cls._abc_negative_cache = WeakSet()
            cls._abc_negative_cache_version = token
        elif subclass in cls._abc_negative_cache:
            return False
        hook = cls.__subclasshook__(subclass)
        if hook is not NotImplemented:
            assert isinstance(hook, bool)
            return _remember(cls, subclass, hook)
        if cls in getattr(subclass, "__mro__", ()):
            return _remember(cls, subclass, True)
        # cls.__subclasses__() is looked up on the class, as CPython does (a class
        # may override it); its result is added to the subclasses seen at creation
        candidates = list(cls._abc_registry)
        candidates += cls.__dict__.get("_abc_children", [])
        candidates += cls.__subclasses__()
        for other in candidates:
            if issubclass(subclass, other):
                return _remember(cls, subclass, True)
        return _remember(cls, subclass, False)
