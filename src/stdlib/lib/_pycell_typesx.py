"""Parts of the types module written in Python: the read-only mapping view, the
DynamicClassAttribute descriptor, the dynamic class creation helpers and the names of
the built-in descriptor types (imported by src/stdlib/types.ts)."""

import sys as _sys

GenericAlias = type(tuple[str])
UnionType = type(bytes | None)


# the read-only view is built in (src/runtime/mappingproxy.ts): a class's __dict__ is one
mappingproxy = MappingProxyType = type(type.__dict__)


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
