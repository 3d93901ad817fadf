"""Parts of the types module written in Python: the read-only mapping view, the
DynamicClassAttribute descriptor, the dynamic class creation helpers and the names of
the built-in descriptor types (imported by src/stdlib/types.ts)."""

import sys as _sys

GenericAlias = type(tuple[str])
UnionType = type(bytes | None)


def _target(view):
    # the wrapped mapping; object.__getattribute__ skips our own __getattribute__ rules
    return object.__getattribute__(view, '_pycell_wrapped')


class mappingproxy:
    """Read-only view of a mapping (types.MappingProxyType)."""

    __slots__ = ('_pycell_wrapped',)

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 1:
            if len(args) == 0 and list(kwargs) == ['mapping']:
                args = (kwargs['mapping'],)
            elif not args and not kwargs:
                raise TypeError("mappingproxy() missing required argument 'mapping' (pos 1)")
            elif len(args) > 1:
                raise TypeError('mappingproxy() takes at most 1 argument (%d given)'
                                % len(args))
            else:
                raise TypeError('mappingproxy() takes at most 1 keyword argument '
                                '(%d given)' % (len(args) + len(kwargs)))
        mapping = args[0]
        # mappingproxy_new: any object with __getitem__ except list and tuple
        kind = type(mapping)
        if not hasattr(kind, '__getitem__') or isinstance(mapping, (list, tuple)):
            raise TypeError('mappingproxy() argument must be a mapping, not '
                            + kind.__name__)
        view = object.__new__(cls)
        object.__setattr__(view, '_pycell_wrapped', mapping)
        return view

    def __getitem__(self, key):
        return _target(self)[key]

    def __contains__(self, key):
        return key in _target(self)

    def __iter__(self):
        return iter(_target(self))

    def __reversed__(self):
        return reversed(_target(self))

    def __len__(self):
        return len(_target(self))

    def get(self, key, default=None):
        """Value for key if present, else default."""
        return _target(self).get(key, default)

    def keys(self):
        """A view of the wrapped mapping's keys."""
        return _target(self).keys()

    def values(self):
        """A view of the wrapped mapping's values."""
        return _target(self).values()

    def items(self):
        """A view of the wrapped mapping's items."""
        return _target(self).items()

    def copy(self):
        """A shallow copy of the wrapped mapping (its own type)."""
        return _target(self).copy()

    def __repr__(self):
        return 'mappingproxy(%r)' % (_target(self),)

    def __str__(self):
        return str(_target(self))

    # comparisons are those of the wrapped mapping (mappingproxy_richcompare)
    def __eq__(self, other):
        return _target(self) == other

    def __ne__(self, other):
        return _target(self) != other

    def __lt__(self, other):
        return _target(self) < other

    def __le__(self, other):
        return _target(self) <= other

    def __gt__(self, other):
        return _target(self) > other

    def __ge__(self, other):
        return _target(self) >= other

    __hash__ = None

    # '|' unwraps any proxy operand and applies the operator to the mappings
    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = _target(other)
        return _target(self) | other

    def __ror__(self, other):
        if isinstance(other, mappingproxy):
            other = _target(other)
        return other | _target(self)

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


# the class is a built-in in CPython
mappingproxy.__module__ = 'builtins'
MappingProxyType = mappingproxy


class DynamicClassAttribute:
    """Property that raises AttributeError when read from the class, so that a
    metaclass __getattr__ can answer for the class while instances use the getter."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc else getattr(fget, '__doc__', None)
        # a doc taken from fget follows fget in getter(); an explicit one stays
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _derive(self, fget, fset, fdel):
        doc = None if self.overwrite_doc else self.__doc__
        if doc is None and fget is not None:
            doc = fget.__doc__
        made = type(self)(fget, fset, fdel, doc)
        made.overwrite_doc = self.overwrite_doc
        return made

    def getter(self, fget):
        """Copy of this descriptor with another getter."""
        return self._derive(fget, self.fset, self.fdel)

    def setter(self, fset):
        """Copy of this descriptor with another setter."""
        return self._derive(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        """Copy of this descriptor with another deleter."""
        return self._derive(self.fget, self.fset, fdel)


def resolve_bases(bases):
    """Replace the bases that define __mro_entries__ by what it returns (PEP 560)."""
    original = tuple(bases)
    out = []
    touched = False
    for entry in original:
        if isinstance(entry, type):
            out.append(entry)
            continue
        hook = getattr(entry, '__mro_entries__', None)
        if hook is None:
            out.append(entry)
            continue
        replacement = hook(original)
        touched = True
        if not isinstance(replacement, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        out.extend(replacement)
    return tuple(out) if touched else bases


def _most_derived_meta(start, bases):
    # the winner must be a subclass of every base's metaclass (type.__new__ rule)
    best = start
    for entry in bases:
        candidate = type(entry)
        if issubclass(best, candidate):
            continue
        if issubclass(candidate, best):
            best = candidate
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be '
                        'a (non-strict) subclass of the metaclasses of all its bases')
    return best


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) for a class statement."""
    options = {} if kwds is None else dict(kwds)
    if 'metaclass' in options:
        meta = options.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **options)
    return meta, namespace, options


def _plain_type_new(meta):
    if not isinstance(meta, type):
        return False
    return all('__new__' not in vars(k) for k in meta.__mro__
               if k is not type and k is not object)


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class the way a class statement would."""
    final_bases = resolve_bases(bases)
    meta, namespace, options = prepare_class(name, final_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if '__module__' not in namespace and _plain_type_new(meta):
        # type.__new__ names the module of the calling Python frame: this one
        namespace['__module__'] = 'types'
    if final_bases is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, final_bases, namespace, **options)


class _Slotted:
    __slots__ = ('field',)


# the built-in descriptor types, named by the type of an example of each
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.upper)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
GetSetDescriptorType = type(type(lambda: None).__code__)
MemberDescriptorType = type(_Slotted.field)
del _Slotted
