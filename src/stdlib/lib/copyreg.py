"""Helper to provide extensibility for pickle.

Register reduction functions for types that pickle cannot handle itself.
"""

# Written for pycell from the documentation of the copyreg module and of the
# pickle protocol (PEP 307), and from black-box experiments with CPython 3.11.

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

# type -> reduction function, consulted by pickle.Pickler and copy
dispatch_table = {}


def _require_callable(f, what):
    if callable(f):
        return f
    raise TypeError(what + " must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    dispatch_table[ob_type] = _require_callable(pickle_function,
                                                "reduction functions")
    # the constructor is only validated: unpickling calls whatever callable
    # the reduction function returned
    if constructor_ob is None:
        return
    constructor(constructor_ob)


def constructor(object):
    _require_callable(object, "constructors")


def pickle_complex(c):
    parts = (c.real, c.imag)
    return complex, parts


def pickle_union(obj):
    # int | str is rebuilt as functools.reduce(operator.or_, (int, str))
    from functools import reduce
    from operator import or_
    return reduce, (or_, obj.__args__)


dispatch_table[complex] = pickle_complex
dispatch_table[type(int | str)] = pickle_union

# The heap-type flag bit of type.__flags__: set for classes made by a class
# statement or type(name, bases, ns).
_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)

_SLOTS_MSG = ("a class that defines __slots__ without defining __getstate__ "
              "cannot be pickled")


def _reconstructor(cls, base, state):
    """Rebuild an object that _reduce_ex reduced (protocols 0 and 1)."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    init = base.__init__
    if init != object.__init__:
        init(made, state)
    return made


def _builtin_base(cls):
    # the first class along the MRO that no class statement created: the
    # layout the instance's built-in state lives in
    return next((k for k in cls.__mro__ if not k.__flags__ & _HEAPTYPE), object)


def _has_slots(obj):
    return bool(getattr(obj, "__slots__", None))


def _reduce_ex(self, proto):
    """The default reduction for protocols 0 and 1 (object.__reduce_ex__)."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        base_state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        base_state = base(self)
    rebuild_args = (cls, base, base_state)
    getter = getattr(self, "__getstate__", None)
    if getter is None:
        if _has_slots(self):
            raise TypeError(_SLOTS_MSG)
        extra = getattr(self, "__dict__", None)
    else:
        if type(self).__getstate__ is object.__getstate__ and _has_slots(self):
            raise TypeError(_SLOTS_MSG)
        extra = getter()
    if not extra:
        return (_reconstructor, rebuild_args)
    return (_reconstructor, rebuild_args, extra)


def __newobj__(cls, *args):
    """The callable protocol 2's NEWOBJ opcode stands for."""
    new = cls.__new__
    return new(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """The callable protocol 4's NEWOBJ_EX opcode stands for."""
    new = cls.__new__
    return new(cls, *args, **kwargs)


def _own_slot_names(klass):
    declared = klass.__dict__["__slots__"]
    if type(declared) is str:
        declared = [declared]
    owner = klass.__name__.lstrip('_')
    for slot in declared:
        if slot == "__dict__" or slot == "__weakref__":
            continue
        # private names are stored mangled, as the class body spelled them
        if owner and slot[:2] == '__' and slot[-2:] != '__':
            slot = '_' + owner + slot
        yield slot


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (mangled as the
    attribute is stored), without __dict__ and __weakref__; cached in
    cls.__slotnames__ when the class allows it."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" in klass.__dict__:
                found.extend(_own_slot_names(klass))
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


# The extension registry (PEP 307): (module, qualified name) <-> int code,
# shared by pickler and unpickler. Codes are 1..0x7fffffff; codes 1..255 are
# reserved for the Python core.
_extension_registry = {}                # (module, name) -> code
_inverted_registry = {}                 # code -> (module, name)
_extension_cache = {}                   # code -> the object, once loaded


def _registered(key, code):
    return (_extension_registry.get(key) == code
            and _inverted_registry.get(code) == key)


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _registered(key, code):
        return
    old_code = _extension_registry.get(key)
    if old_code is not None:
        raise ValueError("key %s is already registered with code %s" % (key, old_code))
    old_key = _inverted_registry.get(code)
    if old_key is not None:
        raise ValueError("code %s is already in use for key %s" % (code, old_key))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if not _registered(key, code):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    _extension_registry.pop(key)
    _inverted_registry.pop(code)
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
