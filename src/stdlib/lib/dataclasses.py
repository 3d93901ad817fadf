"""pycell's dataclasses: class decorator that writes __init__, __repr__, comparisons
and friends from a class's annotations (PEP 557; docs: library/dataclasses.html).

Generated methods are compiled from source text with exec(), in the namespace of the
class's module, so that their signatures, annotations and defaults look exactly like
hand-written ones to inspect and typing.get_type_hints.
"""

import sys
import types
import copy
import keyword
import functools

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen dataclass instance is assigned or deleted."""


# ---- sentinels --------------------------------------------------------------

class _MISSING_TYPE:
    """Type of MISSING: marks 'no value given' where None is a legal value."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """Type of KW_ONLY: a pseudo-annotation after which fields are keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()


class _FactoryMarker:
    """Default value shown in __init__'s signature for fields with a default_factory."""
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _FactoryMarker()


class _FieldKind:
    """The three kinds of annotated class attribute (Field._field_type)."""
    __slots__ = ('label',)

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

# names of the class attributes the decorator adds
_FIELDS_ATTR, _PARAMS_ATTR = '__dataclass_fields__', '__dataclass_params__'

_NO_METADATA = types.MappingProxyType({})


# ---- public helper types ----------------------------------------------------

class InitVar:
    """Annotation wrapper for init-only pseudo-fields passed to __post_init__."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        inner = self.type
        shown = inner.__name__ if isinstance(inner, type) else repr(inner)
        return 'dataclasses.InitVar[' + shown + ']'

    def __class_getitem__(cls, type):
        return InitVar(type)


def _guard_recursion(repr_method):
    """Make a __repr__ return '...' when an object is reached again inside itself."""
    busy = set()

    @functools.wraps(repr_method)
    def guarded(self):
        key = id(self)
        if key in busy:
            return '...'
        busy.add(key)
        try:
            return repr_method(self)
        finally:
            busy.discard(key)
    return guarded


class Field:
    """Description of one dataclass field; made by field() or from a plain default."""
    # in the order __repr__ shows them
    __slots__ = ('name', 'type', 'default', 'default_factory', 'init', 'repr',
                 'hash', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _NO_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @_guard_recursion
    def __repr__(self):
        shown = ','.join(attr + '=' + repr(getattr(self, attr))
                         for attr in Field.__slots__)
        return 'Field(' + shown + ')'

    def __set_name__(self, owner, name):
        # A Field stored as a class attribute forwards __set_name__ to its default
        # (PEP 487), as the default would have received it if assigned directly.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    """The decorator arguments, kept on the class as __dataclass_params__."""
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        parts = [name + '=' + repr(getattr(self, name)) for name in self.__slots__]
        return '_DataclassParams(' + ','.join(parts) + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a dataclass field beyond its annotation and default."""
    if default_factory is not MISSING and default is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata,
                 kw_only)


def _real_fields(field_map):
    return tuple(f for f in field_map.values() if f._field_type is _FIELD)


def fields(class_or_instance):
    """Tuple of the Field objects of a dataclass or instance (no ClassVar/InitVar)."""
    try:
        field_map = getattr(class_or_instance, _FIELDS_ATTR)
    except AttributeError:
        # CPython hides the lookup failure (the TypeError has __suppress_context__)
        raise TypeError('must be called with a dataclass type or instance') from None
    return _real_fields(field_map)


def is_dataclass(obj):
    """True if obj is a dataclass or an instance of one."""
    klass = obj if isinstance(obj, type) else type(obj)
    return hasattr(klass, _FIELDS_ATTR)


def _is_dc_instance(obj):
    return hasattr(type(obj), _FIELDS_ATTR)


# ---- classifying annotations --------------------------------------------------
# A field's annotation may say ClassVar (not a field), InitVar (init-only) or be
# the KW_ONLY marker. Annotations may be real objects or, with postponed
# evaluation (PEP 563), strings that are never evaluated: for those the leading
# "name" or "module.name" is looked up without evaluating the rest.

def _is_classvar_object(obj, typing_mod):
    if obj is typing_mod.ClassVar:
        return True
    return getattr(obj, '__origin__', None) is typing_mod.ClassVar


def _is_initvar_object(obj, dc_mod):
    return obj is dc_mod.InitVar or type(obj) is dc_mod.InitVar


def _is_kw_only_object(obj, dc_mod):
    return obj is dc_mod.KW_ONLY


def _leading_dotted_name(text):
    """Split 'mod.Name[...]' into ('mod', 'Name'), 'Name...' into (None, 'Name')."""
    words = []
    pos = 0
    end = len(text)
    while len(words) < 2:
        while pos < end and text[pos].isspace():
            pos += 1
        start = pos
        while pos < end and (text[pos].isalnum() or text[pos] == '_'):
            pos += 1
        if pos == start:
            break
        words.append(text[start:pos])
        while pos < end and text[pos].isspace():
            pos += 1
        if pos < end and text[pos] == '.' and len(words) == 1:
            pos += 1
            continue
        break
    if not words:
        return None
    if len(words) == 2:
        return words[0], words[1]
    return None, words[0]


def _string_names(annotation, cls, owner_module, predicate):
    """Does the string annotation name the object 'predicate' looks for?"""
    split = _leading_dotted_name(annotation)
    if split is None:
        return False
    prefix, name = split
    home = sys.modules.get(cls.__module__)
    if home is None:
        return False
    if prefix is None:
        candidate = home.__dict__.get(name)
    elif home.__dict__.get(prefix) is owner_module:
        candidate = owner_module.__dict__.get(name)
    else:
        return False
    return predicate(candidate, owner_module)


def _annotation_is(annotation, cls, owner_module, predicate):
    if predicate(annotation, owner_module):
        return True
    return isinstance(annotation, str) and _string_names(
        annotation, cls, owner_module, predicate)


def _make_field(cls, name, annotation, kw_only_default):
    """Build the Field for one annotated name of cls."""
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        result = value
    else:
        if isinstance(value, types.MemberDescriptorType):
            # a __slots__ entry, not a default value
            value = MISSING
        result = field(default=value)
    result.name = name
    result.type = annotation
    result._field_type = _FIELD

    this_module = sys.modules[__name__]
    typing_mod = sys.modules.get('typing')
    if typing_mod is not None and _annotation_is(annotation, cls, typing_mod,
                                                 _is_classvar_object):
        result._field_type = _FIELD_CLASSVAR
    elif _annotation_is(annotation, cls, this_module, _is_initvar_object):
        result._field_type = _FIELD_INITVAR

    if result._field_type is not _FIELD:
        if result.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')

    if result._field_type is _FIELD_CLASSVAR:
        if result.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif result.kw_only is MISSING:
        result.kw_only = kw_only_default

    # Unhashable defaults (list, dict, set, ...) would be shared by every instance.
    if result._field_type is _FIELD and type(result.default).__hash__ is None:
        raise ValueError(f'mutable default {type(result.default)} for field '
                         f'{name} is not allowed: use default_factory')
    return result


# ---- compiling generated methods ------------------------------------------------

class _MethodFactory:
    """Compiles the methods of one dataclass from source lines.

    Every object a method needs (types, defaults, factories, sentinels) is passed
    in through an enclosing function's parameters, so the method's globals stay the
    class's module dict."""

    def __init__(self, cls):
        self.cls = cls
        home = sys.modules.get(cls.__module__)
        self.module_globals = home.__dict__ if home is not None else {}

    def build(self, name, params, body, env, returns=MISSING):
        env = dict(env)
        header = 'def ' + name + '(' + ', '.join(params) + ')'
        if returns is not MISSING:
            env['__dataclass_return__'] = returns
            header += ' -> __dataclass_return__'
        source_lines = ['def __dataclass_maker__(' + ', '.join(env) + '):',
                        '    ' + header + ':']
        source_lines.extend('        ' + line for line in (body or ['pass']))
        source_lines.append('    return ' + name)
        scratch = {}
        exec('\n'.join(source_lines), self.module_globals, scratch)
        method = scratch['__dataclass_maker__'](**env)
        method.__qualname__ = self.cls.__qualname__ + '.' + name
        return method


def _attribute_tuple(owner, names):
    """Source text of a tuple holding owner.<name> for each name."""
    if not names:
        return '()'
    return '(' + ''.join(f'{owner}.{n},' for n in names) + ')'


def _check_default_order(positional):
    after_default = False
    for f in positional:
        if not f.init:
            continue
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            after_default = True
        elif after_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')


def _make_init(factory, all_fields, positional, keyword_only, frozen,
               calls_post_init, slots):
    _check_default_order(positional)
    me = '__dataclass_self__' if 'self' in {f.name for f in all_fields} else 'self'
    env = {'__dataclass_object__': object,
           '__dataclass_factory_marker__': _HAS_DEFAULT_FACTORY}

    def store(name, expr):
        if frozen:
            return f'__dataclass_object__.__setattr__({me}, {name!r}, {expr})'
        return f'{me}.{name} = {expr}'

    body = []
    for f in all_fields:
        env['__dataclass_type_' + f.name + '__'] = f.type
        dflt = '__dataclass_dflt_' + f.name + '__'
        has_factory = f.default_factory is not MISSING
        if has_factory:
            env[dflt] = f.default_factory
            if f.init:
                expr = (f'{dflt}() if {f.name} is __dataclass_factory_marker__ '
                        f'else {f.name}')
            else:
                expr = dflt + '()'
        elif f.init:
            if f.default is not MISSING:
                env[dflt] = f.default
            expr = f.name
        elif slots and f.default is not MISSING:
            # with __slots__ there is no class attribute to fall back on
            env[dflt] = f.default
            expr = dflt
        else:
            continue
        if f._field_type is not _FIELD_INITVAR:
            body.append(store(f.name, expr))
    if calls_post_init:
        initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
        body.append(f'{me}.__post_init__({", ".join(initvars)})')

    def param(f):
        text = f'{f.name}: __dataclass_type_{f.name}__'
        if f.default is not MISSING:
            text += f' = __dataclass_dflt_{f.name}__'
        elif f.default_factory is MISSING:
            pass
        else:
            text += ' = __dataclass_factory_marker__'
        return text

    params = [me] + [param(f) for f in positional if f.init]
    if keyword_only:
        params.append('*')
        params.extend(param(f) for f in keyword_only)
    return factory.build('__init__', params, body, env, returns=None)




def _make_repr(factory, shown):
    pieces = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in shown)
    body = ['return self.__class__.__qualname__ + f"(' + pieces + ')"']
    method = _guard_recursion(factory.build('__repr__', ['self'], body, {}))
    return method


def _make_comparison(factory, name, operator, names):
    body = ['if other.__class__ is self.__class__:',
            f'    return {_attribute_tuple("self", names)} {operator} '
            f'{_attribute_tuple("other", names)}',
            'return NotImplemented']
    return factory.build(name, ['self', 'other'], body, {})


def _make_hash(factory, names):
    return factory.build('__hash__', ['self'],
                         [f'return hash({_attribute_tuple("self", names)})'], {})


def _make_frozen_guards(factory, cls, names):
    env = {'__dataclass_cls__': cls, '__dataclass_names__': tuple(names),
           '__dataclass_error__': FrozenInstanceError}
    test = 'if type(self) is __dataclass_cls__ or name in __dataclass_names__:'
    setter = factory.build('__setattr__', ['self', 'name', 'value'], [
        test,
        '    raise __dataclass_error__(f"cannot assign to field {name!r}")',
        'super(__dataclass_cls__, self).__setattr__(name, value)'], env)
    deleter = factory.build('__delattr__', ['self', 'name'], [
        test,
        '    raise __dataclass_error__(f"cannot delete field {name!r}")',
        'super(__dataclass_cls__, self).__delattr__(name)'], env)
    return setter, deleter


def _add_if_absent(cls, name, value):
    """Set cls.name unless the class body defined it; True if it was already there."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


# What to do about __hash__, from the documented table for the decorator's
# unsafe_hash/eq/frozen arguments and whether the class body set __hash__.
def _decide_hash(unsafe_hash, eq, frozen, explicit_hash):
    if unsafe_hash:
        return 'error' if explicit_hash else 'add'
    if not eq or explicit_hash:
        return 'keep'
    return 'add' if frozen else 'none'


# ---- the decorator ----------------------------------------------------------

def _collect_inherited(cls, field_map):
    """Copy base dataclasses' fields in MRO order; report frozen-ness of those bases."""
    saw_base = False
    frozen_states = set()
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, _FIELDS_ATTR, None)
        if base_fields is None:
            continue
        saw_base = True
        for inherited in base_fields.values():
            field_map[inherited.name] = inherited
        frozen_states.add(bool(getattr(base, _PARAMS_ATTR).frozen))
    return saw_base, frozen_states


def _own_fields(cls, kw_only):
    annotations = cls.__dict__.get('__annotations__', {})
    this_module = sys.modules[__name__]
    made = []
    marker_seen = False
    for name, annotation in annotations.items():
        if _annotation_is(annotation, cls, this_module, _is_kw_only_object):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            marker_seen = True
            kw_only = True
            continue
        made.append(_make_field(cls, name, annotation, kw_only))
    for name, value in vars(cls).items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return made


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot):
    field_map = {}
    setattr(cls, _PARAMS_ATTR, _DataclassParams(init, repr, eq, order, unsafe_hash,
                                           frozen))
    has_bases, base_frozen = _collect_inherited(cls, field_map)

    for fld in _own_fields(cls, kw_only):
        field_map[fld.name] = fld
        # The class attribute becomes the plain default (or goes away).
        if isinstance(getattr(cls, fld.name, None), Field):
            if fld.default is MISSING:
                delattr(cls, fld.name)
            else:
                setattr(cls, fld.name, fld.default)

    if has_bases:
        if True in base_frozen and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if False in base_frozen and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS_ATTR, field_map)

    own_hash = cls.__dict__.get('__hash__', MISSING)
    # A class body that defines __eq__ gets __hash__ = None implicitly; that does
    # not count as an explicit hash.
    explicit_hash = not (own_hash is MISSING
                         or (own_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    factory = _MethodFactory(cls)
    init_fields = [f for f in field_map.values()
                   if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only and f.init]

    if init:
        _add_if_absent(cls, '__init__', _make_init(
            factory, init_fields,
            positional, keyword_only, frozen, hasattr(cls, '__post_init__'), slots))

    data_fields = _real_fields(field_map)
    if repr:
        _add_if_absent(cls, '__repr__',
                       _make_repr(factory, [f for f in data_fields if f.repr]))

    compared = [f.name for f in data_fields if f.compare]
    if eq:
        _add_if_absent(cls, '__eq__', _make_comparison(factory, '__eq__', '==',
                                                       compared))
    if order:
        for name, operator in (('__lt__', '<'), ('__le__', '<='),
                               ('__gt__', '>'), ('__ge__', '>=')):
            if _add_if_absent(cls, name, _make_comparison(factory, name, operator,
                                                          compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using '
                                'functools.total_ordering')
    if frozen:
        for method in _make_frozen_guards(factory, cls,
                                          [f.name for f in data_fields]):
            if _add_if_absent(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute {method.__name__} '
                                f'in class {cls.__name__}')

    action = _decide_hash(bool(unsafe_hash), bool(eq), bool(frozen), explicit_hash)
    if action == 'add':
        hashed = [f.name for f in data_fields
                  if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _make_hash(factory, hashed)
    elif action == 'none':
        cls.__hash__ = None
    elif action == 'error':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')

    if not getattr(cls, '__doc__', None):
        try:
            import inspect
            shown = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            shown = ''
        cls.__doc__ = cls.__name__ + shown

    if match_args:
        _add_if_absent(cls, '__match_args__',
                       tuple(f.name for f in positional if f.init))

    if not slots and weakref_slot:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _rebuild_with_slots(cls, frozen, weakref_slot)

    import abc
    abc.update_abstractmethods(cls)
    return cls


def _slots_taken_by_bases(cls):
    """Slot names already provided by cls's bases (a base without __slots__ has
    both __dict__ and __weakref__)."""
    taken = set()
    for base in cls.__mro__[1:-1]:
        declared = base.__dict__.get('__slots__', MISSING)
        if declared is MISSING:
            taken.update(('__dict__', '__weakref__'))
        elif isinstance(declared, str):
            taken.add(declared)
        elif hasattr(declared, '__next__'):
            # an iterator was consumed when the class was made: contents unknown
            raise TypeError(f"Slots of '{base.__name__}' cannot be determined")
        else:
            taken.update(declared)
    return taken


def _state_as_list(self):
    return [getattr(self, fld.name) for fld in fields(self)]


def _state_from_list(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _rebuild_with_slots(cls, frozen, weakref_slot):
    # __slots__ only works at class creation, so a new class replaces cls.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    names = [f.name for f in fields(cls)]
    wanted = names + (['__weakref__'] if weakref_slot else [])
    taken = _slots_taken_by_bases(cls)
    namespace['__slots__'] = tuple(n for n in wanted if n not in taken)
    for n in names:
        namespace.pop(n, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    fresh = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        fresh.__qualname__ = qualname
    if frozen:
        # frozen instances cannot be restored by pickle's default setattr path
        if '__getstate__' not in namespace:
            fresh.__getstate__ = _state_as_list
        if '__setstate__' not in namespace:
            fresh.__setstate__ = _state_from_list
    return fresh


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Turn a class with annotated attributes into a dataclass (usable with or
    without arguments)."""
    def decorate(klass):
        return _process_class(klass, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return decorate
    return decorate(cls)


# ---- conversion helpers -----------------------------------------------------

def _convert(value, pack_fields):
    """Recursively convert dataclass instances inside value; copy everything else.

    pack_fields(instance, converted_pairs) builds what a dataclass becomes."""
    if _is_dc_instance(value):
        pairs = [(f.name, _convert(getattr(value, f.name), pack_fields))
                 for f in fields(value)]
        return pack_fields(pairs)
    kind = type(value)
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        # a namedtuple takes its items as separate arguments
        return kind(*[_convert(item, pack_fields) for item in value])
    if isinstance(value, (list, tuple)):
        return kind(_convert(item, pack_fields) for item in value)
    if isinstance(value, dict):
        return kind((_convert(k, pack_fields), _convert(v, pack_fields))
                    for k, v in value.items())
    return copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """Convert a dataclass instance to a dict of its fields, recursively."""
    if not _is_dc_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """Convert a dataclass instance to a tuple of its field values, recursively."""
    if not _is_dc_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, lambda pairs: tuple_factory([v for _, v in pairs]))


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a new dataclass named cls_name from (name[, type[, Field]]) specs."""
    extra = {} if namespace is None else namespace
    annotations = {}
    values = {}
    for spec in fields:
        if isinstance(spec, str):
            name, annotation = spec, 'typing.Any'
        elif len(spec) == 2:
            name, annotation = spec
        elif len(spec) == 3:
            name, annotation, values[spec[0]] = spec
        else:
            raise TypeError(f'Invalid field: {spec!r}')
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation

    def fill(ns):
        ns.update(extra)
        ns.update(values)
        ns['__annotations__'] = annotations

    made = types.new_class(cls_name, bases, {}, fill)
    return dataclass(made, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new instance like obj with the given fields changed."""
    if not _is_dc_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for fld in getattr(obj, _FIELDS_ATTR).values():
        if fld._field_type is _FIELD_CLASSVAR:
            continue
        if not fld.init:
            if fld.name in changes:
                raise ValueError(f'field {fld.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
            continue
        if fld.name in changes:
            continue
        if fld._field_type is _FIELD_INITVAR and fld.default is MISSING:
            raise ValueError(f"InitVar {fld.name!r} must be specified with replace()")
        changes[fld.name] = getattr(obj, fld.name)  # unchanged value
    return type(obj)(**changes)
