"""Data classes: the @dataclass decorator adds __init__, __repr__, __eq__ and, on
request, ordering, hashing, frozen instances, __match_args__ and __slots__, from the
class's annotated fields.

pycell's own implementation of the documented behaviour
(docs.python.org/3.11/library/dataclasses.html), checked against CPython as a black
box. The generated methods are real functions: their source is assembled here and
compiled with exec(), so they have proper signatures, names and __qualname__s.
"""

import sys
import types
import copy
import keyword
import itertools

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


_repr_running = set()


def _guard_recursion(user_function):
    """'...' instead of infinite recursion when a dataclass's repr reaches itself."""
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return user_function(self)
        finally:
            _repr_running.discard(key)
    __repr__.__qualname__ = user_function.__qualname__
    __repr__.__module__ = getattr(user_function, '__module__', None)
    __repr__.__doc__ = user_function.__doc__
    __repr__.__wrapped__ = user_function
    return __repr__


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def _repr_text(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __repr__(self):
        return self._repr_text()

    # a descriptor default learns its name too (PEP 487)
    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


Field.__repr__ = _guard_recursion(Field.__repr__)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """The Fields of a dataclass or of an instance of one (not ClassVars/InitVars)."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


# ---------------------------------------------------------------------------
# Recognising ClassVar, InitVar and KW_ONLY annotations (also written as strings)

def _typing_classvar(a_type):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    cv = getattr(typing, 'ClassVar', None)
    if cv is None:
        return False
    return a_type is cv or getattr(a_type, '__origin__', None) is cv


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _split_annotation(text):
    """(module, name) of a string annotation 'mod . Name[...]' or 'Name...': the
    leading identifier, optionally qualified by one module name (spaces allowed)."""
    def ident(i):
        j = i
        while j < len(text) and (text[j].isalnum() or text[j] == '_'):
            j += 1
        return text[i:j], j

    def spaces(i):
        while i < len(text) and text[i].isspace():
            i += 1
        return i

    first, i = ident(spaces(0))
    if not first:
        return None, None
    i = spaces(i)
    if i < len(text) and text[i] == '.':
        second, _ = ident(spaces(i + 1))
        if second:
            return first, second
    return None, first


def _string_annotation_is(annotation, cls, module_obj, test):
    """Whether a string annotation names an object passing `test`: 'Name[...]'
    with Name bound so in the class's module, or 'mod.Name[...]' with mod bound to
    module_obj there."""
    module_name, name = _split_annotation(annotation)
    if name is None:
        return False
    module = sys.modules.get(cls.__module__)
    ns = module.__dict__ if module is not None else {}
    if module_name is None:
        return name in ns and test(ns[name])
    return ns.get(module_name) is module_obj and test(getattr(module_obj, name, None))


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING           # a __slots__ member, not a default
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    this = sys.modules[__name__]
    typing = sys.modules.get('typing')
    if _typing_classvar(a_type) or (isinstance(a_type, str) and typing is not None
                                     and _string_annotation_is(a_type, cls, typing, _typing_classvar)):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        if _is_initvar(a_type, this) or (isinstance(a_type, str) and _string_annotation_is(
                a_type, cls, this, lambda t: _is_initvar(t, this))):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


# ---------------------------------------------------------------------------
# Building the methods


def _compile(name, params, body_lines, namespace, return_annotation=MISSING, qualname=None):
    """A function compiled from source: def name(params): body, with the names
    of `namespace` as its closure-free globals."""
    locals_ = {}
    ret = ''
    if return_annotation is not MISSING:
        namespace = dict(namespace, __dataclass_return_type__=return_annotation)
        ret = ' -> __dataclass_return_type__'
    body = '\n'.join('  ' + line for line in body_lines) if body_lines else '  pass'
    src = f'def {name}({", ".join(params)}){ret}:\n{body}\n'
    exec(src, namespace, locals_)
    fn = locals_[name]
    if qualname is not None:
        fn.__qualname__ = qualname
    return fn


def _assign(frozen, name, value, self_name):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _init_fn(cls, all_fields, std_fields, kw_fields, frozen, has_post_init, self_name, globals_, slots=False):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    ns = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
          '__dataclass_builtins_object__': object}
    body = []
    for f in all_fields:
        if f._field_type is _FIELD_INITVAR:
            if f.default is not MISSING:
                ns[f'_dflt_{f.name}'] = f.default
            continue
        dflt = f'_dflt_{f.name}'
        if f.default_factory is not MISSING:
            ns[dflt] = f.default_factory
            if f.init:
                value = f'{dflt}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
            else:
                value = f'{dflt}()'
        elif f.init:
            if f.default is not MISSING:
                ns[dflt] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            # with __slots__ there is no class attribute to fall back on
            ns[dflt] = f.default
            value = dflt
        else:
            continue            # init=False with a plain default: the class attribute
        if f._field_type is _FIELD:
            body.append(_assign(frozen, f.name, value, self_name))
    if has_post_init:
        initvars = ','.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({initvars})')
    params = [self_name]
    for f in std_fields:
        params.append(_param(f, ns))
    if kw_fields:
        params.append('*')
        for f in kw_fields:
            params.append(_param(f, ns))
    return _compile('__init__', params, body, dict(globals_, **ns), return_annotation=None,
                    qualname=f'{cls.__qualname__}.__init__')


def _param(f, ns):
    ann = f'_type_{f.name}'
    ns[ann] = f.type
    if f.default is MISSING and f.default_factory is MISSING:
        return f'{f.name}:{ann}'
    if f.default_factory is not MISSING:
        return f'{f.name}:{ann}=_HAS_DEFAULT_FACTORY'
    return f'{f.name}:{ann}=_dflt_{f.name}'


def _repr_fn(cls, flds, globals_):
    fmt = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
    fn = _compile('__repr__', ['self'],
                  [f'return self.__class__.__qualname__ + f"({fmt})"'], globals_,
                  qualname=f'{cls.__qualname__}.__repr__')
    return _guard_recursion(fn)


def _tuple_str(obj_name, flds):
    if not flds:
        return '()'
    return f'({",".join(f"{obj_name}.{f.name}" for f in flds)},)'


def _cmp_fn(cls, name, op, flds, globals_):
    self_t = _tuple_str('self', flds)
    other_t = _tuple_str('other', flds)
    return _compile(name, ['self', 'other'],
                    ['if other.__class__ is self.__class__:',
                     f' return {self_t}{op}{other_t}',
                     'return NotImplemented'], globals_,
                    qualname=f'{cls.__qualname__}.{name}')


def _hash_fn(cls, flds, globals_):
    return _compile('__hash__', ['self'], [f'return hash({_tuple_str("self", flds)})'], globals_,
                    qualname=f'{cls.__qualname__}.__hash__')


def _frozen_fns(cls, flds, globals_):
    ns = dict(globals_, cls=cls, FrozenInstanceError=FrozenInstanceError)
    names = '(' + ''.join(f'{f.name!r},' for f in flds) + ')'
    setattr_fn = _compile('__setattr__', ['self', 'name', 'value'],
                          [f'if type(self) is cls or name in {names}:',
                           ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                           'super(cls, self).__setattr__(name, value)'], ns,
                          qualname=f'{cls.__qualname__}.__setattr__')
    delattr_fn = _compile('__delattr__', ['self', 'name'],
                          [f'if type(self) is cls or name in {names}:',
                           ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                           'super(cls, self).__delattr__(name)'], ns,
                          qualname=f'{cls.__qualname__}.__delattr__')
    return setattr_fn, delattr_fn


def _set_new_attribute(cls, name, value):
    """Add value as cls.name unless cls defines name itself; True when it does."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _hash_action(cls, fields_, globals_, unsafe_hash, eq, frozen, has_explicit_hash):
    """What __hash__ becomes, from the decorator's parameters (the documented table)."""
    if not unsafe_hash:
        if not eq:
            return
        if not frozen:
            if not has_explicit_hash:
                cls.__hash__ = None
            return
        if not has_explicit_hash:
            cls.__hash__ = _hash_fn(cls, fields_, globals_)
        return
    if has_explicit_hash:
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    cls.__hash__ = _hash_fn(cls, fields_, globals_)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    all_fields = {}
    module = sys.modules.get(cls.__module__)
    globals_ = dict(module.__dict__) if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    this = sys.modules[__name__]
    own_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, a_type in annotations.items():
        if _is_kw_only(a_type, this) or (isinstance(a_type, str) and _string_annotation_is(
                a_type, cls, this, lambda t: _is_kw_only(t, this))):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only_now = True
        else:
            own_fields.append(_get_field(cls, name, a_type, kw_only_now))

    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]
    init_fields = [f for f in all_fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init = [f for f in init_fields if f.init and not f.kw_only]
    kw_init = [f for f in init_fields if f.init and f.kw_only]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, list(all_fields.values()), std_init, kw_init, frozen,
                                    has_post_init, self_name, globals_, slots))

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr], globals_))

    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', '==',
                                                 [f for f in field_list if f.compare], globals_))

    if order:
        compared = [f for f in field_list if f.compare]
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, compared, globals_)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')

    if frozen:
        for fn in _frozen_fns(cls, field_list, globals_):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')

    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    _hash_action(cls, hashed, globals_, unsafe_hash, eq, frozen, has_explicit_hash)

    if not getattr(cls, '__doc__'):
        try:
            import inspect
            text = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            text = ''
        cls.__doc__ = cls.__name__ + text

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    try:
        import abc
        update = getattr(abc, 'update_abstractmethods', None)
        if update is not None:
            update(cls)
    except ImportError:
        pass
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    """A new class like cls with __slots__ for its fields."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for b in cls.__mro__[1:-1]:
        slots = b.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            inherited.add(slots)
        elif hasattr(type(slots), '__next__'):
            raise TypeError(f"Slots of '{b.__name__}' cannot be determined")
        else:
            inherited.update(slots)
    slot_names = tuple(n for n in field_names if n not in inherited)
    if weakref_slot:
        slot_names += ('__weakref__',)
    cls_dict['__slots__'] = slot_names
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            new_cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            new_cls.__setstate__ = _dataclass_setstate
    return new_cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------------------
# Conversions


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses,
    lists, tuples and dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Create a dataclass from a list of names, (name, type) or (name, type, Field)."""
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new object like obj with some fields replaced (through __init__)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 f'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
