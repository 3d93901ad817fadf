"""Runtime support for type hints (PEP 484 and later PEPs), pycell's own version.

Written from the typing documentation and black-box runs of CPython 3.11.  The
objects built here only describe types; type checkers read them, programs may
introspect them (get_origin/get_args/get_type_hints) and a few are checked at
runtime (Protocol with @runtime_checkable, Union in isinstance).
"""

import abc
import collections
import collections.abc as _cabc
import contextlib
import functools
import operator
import re
import sys
import types

__all__ = [
    'AbstractSet', 'Annotated', 'Any', 'AnyStr', 'AsyncContextManager',
    'AsyncGenerator', 'AsyncIterable', 'AsyncIterator', 'Awaitable', 'BinaryIO',
    'ByteString', 'Callable', 'ChainMap', 'ClassVar', 'Collection', 'Concatenate',
    'Container', 'ContextManager', 'Coroutine', 'Counter', 'DefaultDict', 'Deque',
    'Dict', 'Final', 'ForwardRef', 'FrozenSet', 'Generator', 'Generic', 'Hashable',
    'IO', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'List', 'Literal',
    'LiteralString', 'Mapping', 'MappingView', 'Match', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'NamedTuple', 'Never', 'NewType', 'NoReturn',
    'NotRequired', 'Optional', 'OrderedDict', 'ParamSpec', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Pattern', 'Protocol', 'Required', 'Reversible', 'Self',
    'Sequence', 'Set', 'Sized', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'TYPE_CHECKING', 'Text', 'TextIO', 'Tuple', 'Type', 'TypeAlias', 'TypeGuard',
    'TypeVar', 'TypeVarTuple', 'TypedDict', 'Union', 'Unpack', 'ValuesView',
    'assert_never', 'assert_type', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints',
    'is_typeddict', 'no_type_check', 'no_type_check_decorator', 'overload',
    'reveal_type', 'runtime_checkable',
]

TYPE_CHECKING = False

_NoneType = type(None)
_BuiltinAlias = types.GenericAlias  # list[int]
GenericAlias = types.GenericAlias  # CPython's typing re-exports it
_BuiltinUnion = types.UnionType    # int | str
_GENERIC_MSG = "Parameters to generic types must be types."


# ====== small helpers

def _show(obj):
    """How a type argument appears inside the repr of an alias."""
    if isinstance(obj, _BuiltinAlias):
        return repr(obj)
    if isinstance(obj, type):
        mod = obj.__module__
        return obj.__qualname__ if mod == 'builtins' else f'{mod}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if type(obj) is types.FunctionType:
        return obj.__name__
    return repr(obj)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == '__' and name[-2:] == '__'


def _calling_module(level=2, fallback='__main__'):
    # TypeVar, ParamSpec and NewType take the module of the code that made them
    try:
        return sys._getframe(level).f_globals.get('__name__', fallback)
    except (ValueError, AttributeError):
        return fallback


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _convert(arg, module=None, allow_special_forms=False):
    """None means NoneType and a string is a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, is_class=allow_special_forms, module=module)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Validate one type argument the way 3.11's typing does (tuples and bare
    qualifiers are rejected, other objects are let through)."""
    arg = _convert(arg, module, allow_special_forms)
    banned_origins = [Generic, Protocol]
    if not allow_special_forms:
        banned_origins.append(ClassVar)
        if is_argument:
            banned_origins.append(Final)
    if isinstance(arg, _Subscripted) and arg.__origin__ in banned_origins:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg is Any or (isinstance(arg, _Form) and arg._name in _BARE_OK):
        return arg
    if allow_special_forms and (arg is ClassVar or arg is Final):
        return arg
    if isinstance(arg, _Form) or arg is Generic or arg is Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


_BARE_OK = frozenset({'LiteralString', 'NoReturn', 'Never', 'Self', 'TypeAlias'})


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _unpacks_tvt(x)


def _unpacks_tvt(x):
    return (isinstance(x, _UnpackAlias) and len(x.__args__) == 1
            and isinstance(x.__args__[0], TypeVarTuple))


def _is_params_form(x):
    return (x is Ellipsis or isinstance(x, (tuple, list, ParamSpec))
            or isinstance(x, _ConcatAlias))


def _gather_params(args):
    """Type variables appearing in args, first occurrence first."""
    found = []

    def add(v):
        if v not in found:
            found.append(v)

    def walk(a):
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            add(a)
        elif isinstance(a, (list, tuple)):
            for x in a:
                walk(x)
        elif not isinstance(a, type) or isinstance(a, _BuiltinAlias):
            for v in getattr(a, '__parameters__', ()) or ():
                add(v)
    for a in args:
        walk(a)
    return tuple(found)


def _arity_error(alias, given, wanted):
    if not wanted:
        raise TypeError(f"{alias} is not a generic class")
    if given != wanted:
        word = 'many' if given > wanted else 'few'
        raise TypeError(f"Too {word} arguments for {alias}; actual {given}, expected {wanted}")


def _unique(items):
    """Drop repeated items (by equality and hash), keeping first positions."""
    if len(items) < 2:
        return tuple(items)
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return tuple(out)


_memo = {}


def _memoized(method):
    """Identical subscriptions give the identical object (List[int] is List[int])."""
    @functools.wraps(method)
    def wrapper(self, params):
        try:
            key = (self, params, tuple(map(type, _as_tuple(params))))
            hit = _memo.get(key)
        except TypeError:
            return method(self, params)
        if hit is None:
            hit = method(self, params)
            if len(_memo) > 2048:
                _memo.clear()
            _memo[key] = hit
        return hit
    return wrapper


# test suites call these to drop memoized subscriptions
_cleanups = [_memo.clear]


class _Closed:
    """Mixin forbidding user subclasses of typing's own machinery classes."""
    __slots__ = ()

    def __init_subclass__(cls, /, *a, _internal=False, **kw):
        if not _internal:
            raise TypeError("Cannot subclass special typing classes")
        super().__init_subclass__(*a, **kw)


class _Unique:
    """Type variables are singletons: copying returns the same object."""
    __slots__ = ()

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ====== Any

class _AnyKind(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return type.__instancecheck__(self, obj)

    def __repr__(self):
        return "typing.Any" if self is Any else super().__repr__()


class Any(metaclass=_AnyKind):
    """The type compatible with every type; subclassing it is allowed."""

    def __new__(cls, *a, **kw):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *a, **kw)


# ====== special forms: Union, Optional, ClassVar, ... (objects, not classes)

class _Form(_Closed, _internal=True):
    __iter__ = None

    def __init__(self, build):
        self._build = build
        self._name = build.__name__
        self.__doc__ = build.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    @_memoized
    def __getitem__(self, params):
        return self._build(self, params)


def _form(build):
    return _Form(build)


def _not_subscriptable(self, params):
    raise TypeError(f"{self} is not subscriptable")


def _single_type_form(template):
    def build(self, params):
        item = _type_check(params, template.format(self=self, name=self._name))
        return _Subscripted(self, (item,))
    return build


@_form
def NoReturn(self, params):
    """Return type of functions that never return."""
    return _not_subscriptable(self, params)


@_form
def Never(self, params):
    """The bottom type: no value has it."""
    return _not_subscriptable(self, params)


@_form
def Self(self, params):
    """The type of the enclosing class's instance."""
    return _not_subscriptable(self, params)


@_form
def LiteralString(self, params):
    """Any string built only from literals."""
    return _not_subscriptable(self, params)


@_form
def TypeAlias(self, params):
    """Marks an assignment as a type alias definition."""
    return _not_subscriptable(self, params)


@_form
def ClassVar(self, params):
    """Marks a class attribute that instances do not set."""
    return _single_type_form("{self} accepts only single type.")(self, params)


@_form
def Final(self, params):
    """A name that must not be reassigned or overridden."""
    return _single_type_form("{self} accepts only single type.")(self, params)


@_form
def TypeGuard(self, params):
    """Return type of a user-defined type narrowing function."""
    return _single_type_form("{self} accepts only single type.")(self, params)


@_form
def Required(self, params):
    """A TypedDict key that must be present."""
    return _single_type_form("{name} accepts only a single type.")(self, params)


@_form
def NotRequired(self, params):
    """A TypedDict key that may be missing."""
    return _single_type_form("{name} accepts only a single type.")(self, params)


def _flatten_union_members(params):
    members = []
    for p in params:
        if isinstance(p, (_UnionGenericAlias, _BuiltinUnion)):
            members.extend(p.__args__)
        else:
            members.append(p)
    return members


@_form
def Union(self, params):
    """Union[X, Y] is a value of type X or of type Y."""
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    params = tuple(_type_check(p, "Union[arg, ...]: each arg must be a type.")
                   for p in _as_tuple(params))
    members = _unique(_flatten_union_members(params))
    if len(members) == 1:
        return members[0]
    if len(members) == 2 and _NoneType in members:
        return _UnionGenericAlias(self, members, name="Optional")
    return _UnionGenericAlias(self, members)


@_form
def Optional(self, params):
    """Optional[X] is Union[X, None]."""
    item = _type_check(params, f"{self} requires a single type.")
    return Union[item, _NoneType]


def _literal_key(values):
    return frozenset((v, type(v)) for v in values)


@_form
def Literal(self, params):
    """Literal[v, ...]: exactly one of the given values."""
    values = []
    for v in _as_tuple(params):
        if isinstance(v, _LiteralAlias):
            values.extend(v.__args__)
        else:
            values.append(v)
    try:
        kept, seen = [], set()
        for v in values:
            k = (v, type(v))
            if k not in seen:
                seen.add(k)
                kept.append(v)
        values = kept
    except TypeError:
        pass  # unhashable values stay as given
    return _LiteralAlias(self, tuple(values))


@_form
def Concatenate(self, params):
    """Concatenate[X, P]: parameters X followed by those of ParamSpec P."""
    if params == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    params = _as_tuple(params)
    last = params[-1]
    if not (last is Ellipsis or isinstance(last, ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    why = "Concatenate[arg, ...]: each arg must be a type."
    head = tuple(_type_check(p, why) for p in params[:-1])
    return _ConcatAlias(self, (*head, last))


@_form
def Unpack(self, params):
    """Unpack[Ts] is the star form *Ts of a TypeVarTuple (or a tuple type)."""
    item = _type_check(params, f"{self._name} accepts only single type.")
    return _UnpackAlias(self, (item,))


# ====== forward references

class ForwardRef(_Closed, _internal=True):
    """A type written as a string, evaluated later by get_type_hints."""

    __slots__ = tuple(f'__forward_{k}__' for k in (
        'arg', 'code', 'evaluated', 'value', 'is_argument', 'is_class', 'module'))

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # a starred reference ('*Ts') is only an expression inside a tuple display
        text = f'({arg},)[0]' if arg[:1] == '*' else arg
        try:
            compiled = compile(text, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self._store(arg=arg, code=compiled, evaluated=False, value=None,
                    is_argument=is_argument, is_class=is_class, module=module)

    def _store(self, **fields):
        for key, val in fields.items():
            object.__setattr__(self, f'__forward_{key}__', val)

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        text = self.__forward_arg__
        if text in recursive_guard:
            return self  # a recursive alias: leave the inner reference as it is
        done = self.__forward_evaluated__
        if done and localns is globalns:
            return self.__forward_value__  # cached from an earlier call
        g, l = globalns, localns
        if g is None:
            g = {} if l is None else l
        if l is None:
            l = g
        home = self.__forward_module__
        if home is not None:
            g = getattr(sys.modules.get(home), '__dict__', g)
        raw = eval(self.__forward_code__, g, l)
        checked = _type_check(raw, "Forward references must evaluate to types.",
                              self.__forward_is_argument__,
                              allow_special_forms=self.__forward_is_class__)
        result = _eval_type(checked, g, l, recursive_guard | {text})
        self._store(value=result, evaluated=True)
        return result

    def __eq__(self, other):
        if type(other) is not type(self) and not isinstance(other, ForwardRef):
            return NotImplemented
        mine = (self.__forward_arg__, self.__forward_module__)
        theirs = (other.__forward_arg__, other.__forward_module__)
        both_done = self.__forward_evaluated__ and other.__forward_evaluated__
        if both_done and self.__forward_value__ != other.__forward_value__:
            return False
        return mine == theirs

    def __hash__(self):
        return hash((self.__forward_module__, self.__forward_arg__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        home = self.__forward_module__
        extra = '' if home is None else f', module={home!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


def _rebuild(t, new_args):
    """t with its arguments replaced, keeping t's own kind of alias."""
    if isinstance(t, _BuiltinAlias):
        return _BuiltinAlias(t.__origin__, new_args)
    if isinstance(t, _BuiltinUnion):
        return functools.reduce(operator.or_, new_args)
    return t.copy_with(new_args)


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Resolve the forward references inside t, rebuilding aliases as needed."""
    g, l, guard = globalns, localns, recursive_guard
    if isinstance(t, ForwardRef):
        return t._evaluate(g, l, guard)
    if not isinstance(t, (_Subscripted, _BuiltinAlias, _BuiltinUnion)):
        return t
    before = t.__args__
    if isinstance(t, _BuiltinAlias):
        # list['int'] keeps plain strings; treat them as forward references
        before = tuple(ForwardRef(a) if isinstance(a, str) else a for a in before)
    after = tuple(_eval_type(a, g, l, guard) for a in before)
    if all(x is y for x, y in zip(after, t.__args__)):
        return t
    return _rebuild(t, after)


# ====== type variables

def _adopt_module(self):
    # the variable belongs to the module whose code created it
    home = _calling_module(3)
    if home != 'typing':
        self.__module__ = home


class _VarBase(_Unique, _Closed, _internal=True):
    """What TypeVar and ParamSpec share: variance flags, bound, | and repr."""

    _adopt_module = _adopt_module

    def _set_bound(self, bound):
        self.__bound__ = None if not bound else _type_check(bound, "Bound must be a type.")

    def _variance(self, co, contra):
        if co and contra:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__, self.__contravariant__ = bool(co), bool(contra)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__

    def __reduce__(self):
        return self.__name__


class TypeVar(_VarBase, _internal=True):
    """A type variable: T = TypeVar('T'), optionally bound or constrained."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self._variance(covariant, contravariant)
        count = len(constraints)
        if count == 1:
            raise TypeError("A single constraint is not allowed")
        if count and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        why = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(c, why) for c in constraints)
        self._set_bound(bound)
        self._adopt_module()

    def __typing_subst__(self, arg):
        arg = _type_check(arg, _GENERIC_MSG, is_argument=True)
        if isinstance(arg, _UnpackAlias) or getattr(arg, '__unpacked__', False):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(_Unique, _Closed, _internal=True):
    """A variadic type variable, used unpacked: *Ts or Unpack[Ts]."""

    _adopt_module = _adopt_module

    def __init__(self, name):
        self.__name__ = name
        self._adopt_module()

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        args = _splice_fixed_unpacks(args)
        tvars = alias.__parameters__
        where = tvars.index(self)
        before, after = where, len(tvars) - where - 1
        if any(isinstance(p, TypeVarTuple) for p in tvars[where + 1:]):
            raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
        # an argument *Tuple[X, ...] may stand for any number of X: it stays in
        # this variable's group and X fills the plain variables it overlaps
        open_at = [k for k, a in enumerate(args) if _open_tuple_item(a) is not None]
        if len(open_at) > 1:
            raise TypeError("More than one unpacked arbitrary-length tuple argument")
        if open_at:
            k = open_at[0]
            filler = _open_tuple_item(args[k])
            left, right = min(before, k), min(after, len(args) - k - 1)
        elif len(args) < before + after:
            raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, "
                            f"expected at least {len(tvars) - 1}")
        else:
            filler, left, right = None, before, after
        end = len(args) - right
        return (*args[:left], *[filler] * (before - left), tuple(args[left:end]),
                *[filler] * (after - right), *args[end:])


def _unpacked_tuple_items(a):
    """The X, Y of an argument *Tuple[X, Y] (or *tuple[X, Y]); None otherwise."""
    if isinstance(a, _UnpackAlias):
        inner = a.__args__[0]
        if isinstance(inner, (_Subscripted, _BuiltinAlias)) and inner.__origin__ is tuple:
            return inner.__args__
    elif getattr(a, '__unpacked__', False) and getattr(a, '__origin__', None) is tuple:
        return a.__args__
    return None


def _open_tuple_item(a):
    items = _unpacked_tuple_items(a)
    if items is not None and len(items) == 2 and items[1] is Ellipsis:
        return items[0]
    return None


def _splice_fixed_unpacks(args):
    """Replace *Tuple[int, str] by int, str (a tuple of known length)."""
    out = []
    for a in args:
        items = _unpacked_tuple_items(a)
        if items is None or (items and items[-1] is Ellipsis):
            out.append(a)
        else:
            out.extend(items)
    return tuple(out)


class _PSpecPart(_Closed, _internal=True):
    _suffix = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._suffix}"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other.__origin__ == self.__origin__

    def __hash__(self):
        return hash((self._suffix, self.__origin__))


class ParamSpecArgs(_PSpecPart, _internal=True):
    """P.args: the positional arguments of ParamSpec P."""
    _suffix = 'args'


class ParamSpecKwargs(_PSpecPart, _internal=True):
    """P.kwargs: the keyword arguments of ParamSpec P."""
    _suffix = 'kwargs'


class ParamSpec(_VarBase, _internal=True):
    """A parameter specification variable: P = ParamSpec('P')."""

    args = property(lambda self: ParamSpecArgs(self), doc="P.args")
    kwargs = property(lambda self: ParamSpecKwargs(self), doc="P.kwargs")

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._variance(covariant, contravariant)
        self._set_bound(bound)
        self._adopt_module()

    def __typing_subst__(self, arg):
        if type(arg) in (list, tuple):
            return tuple(_type_check(a, _GENERIC_MSG) for a in arg)
        if not _is_params_form(arg):
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, "
                            f"or Concatenate. Got {arg}")
        return arg

    def __typing_prepare_subst__(self, alias, args):
        tvars = alias.__parameters__
        where = tvars.index(self)
        if where >= len(args):
            raise TypeError(f"Too few arguments for {alias}")
        if tvars == (self,) and not _is_params_form(args[0]):
            # G[int, str] for a class generic in one ParamSpec means G[[int, str]]
            return (args,)
        if isinstance(args[where], list):
            return (*args[:where], tuple(args[where]), *args[where + 1:])
        return args


# ====== generic aliases

# attributes kept on the alias itself (everything else is forwarded to the origin)
_OWN_ATTRS = frozenset({'_name', '_inst', '_arity', '_defaults_tvars'})


class _AliasCore(_Closed, _internal=True):
    """Shared part of List (unsubscripted) and List[int] (subscripted)."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        target = self.__origin__
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {target.__name__}() instead")
        made = target(*args, **kwargs)
        try:
            made.__orig_class__ = self  # lets the instance know its full type
        except AttributeError:
            pass
        return made

    def __mro_entries__(self, bases):
        target = self.__origin__
        entries = () if target in bases else (target,)
        # add Generic unless a later base already brings it in
        later = bases[bases.index(self) + 1:]
        for b in later:
            if isinstance(b, _AliasCore) or (isinstance(b, type) and issubclass(b, Generic)):
                return entries
        return entries + (Generic,)

    def __getattr__(self, attr):
        own = self.__dict__
        if attr in ('__name__', '__qualname__'):
            return self._name or own['__origin__'].__name__
        if not _is_dunder(attr) and '__origin__' in own:
            return getattr(own['__origin__'], attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if attr in _OWN_ATTRS or _is_dunder(attr):
            object.__setattr__(self, attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(obj.__class__)

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __dir__(self):
        names = set(object.__dir__(self))
        names.update(a for a in dir(self.__origin__) if not _is_dunder(a))
        return sorted(names)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _Subscripted(_AliasCore, _internal=True):
    """An alias with arguments: List[int], MyGeneric[T], ClassVar[int], ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        _AliasCore.__init__(self, origin, inst=inst, name=name)
        args = _as_tuple(args)
        self.__args__ = args
        self.__parameters__ = _gather_params(args)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def _key(self):
        return self.__origin__, self.__args__

    def __eq__(self, other):
        if isinstance(other, _Subscripted):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    @_memoized
    def __getitem__(self, args):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if len(self.__parameters__) == 0:
            raise TypeError(f"{self} is not a generic class")
        return self.copy_with(_substitute(self, tuple(map(_convert, _as_tuple(args)))))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        head = f'typing.{self._name}' if self._name else _show(self.__origin__)
        inner = ', '.join(map(_show, self.__args__)) or '()'
        return f'{head}[{inner}]'

    def __reduce__(self):
        base = globals()[self._name] if self._name else self.__origin__
        args = self.__args__
        return operator.getitem, (base, args[0] if len(args) == 1 else args)

    def __mro_entries__(self, bases):
        target = self.__origin__
        if isinstance(target, _Form):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return _AliasCore.__mro_entries__(self, bases)
        if target is Generic:
            # Generic[T] only counts once, and not at all next to a Protocol
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if b is not self and isinstance(b, _AliasCore):
                    return ()
        return (target,)

    def __iter__(self):
        yield Unpack[self]


def _substitute(alias, args):
    """New argument tuple of alias once its type variables take args."""
    tvars = alias.__parameters__
    args = _splice_fixed_unpacks(args)
    for tv in tvars:
        hook = getattr(tv, '__typing_prepare_subst__', None)
        if hook is not None:
            args = hook(alias, args)
    _arity_error(alias, len(args), len(tvars))
    binding = dict(zip(tvars, args))
    callable_origin = alias.__origin__ is _cabc.Callable
    out = []
    for old in alias.__args__:
        if isinstance(old, type) and not isinstance(old, _BuiltinAlias):
            out.append(old)
            continue
        if _unpacks_tvt(old):
            out.extend(binding[old.__args__[0]])
            continue
        if isinstance(old, (TypeVar, ParamSpec, TypeVarTuple)):
            new = old.__typing_subst__(binding[old])  # a bare TypeVarTuple raises
        elif isinstance(old, (list, tuple)):
            new = type(old)(_subst_plain(a, binding) for a in old)
        else:
            new = _subst_plain(old, binding)
        if callable_origin and isinstance(new, tuple):
            out.extend(new)
        else:
            out.append(new)
    return tuple(out)


def _subst_plain(old, binding):
    if isinstance(old, (TypeVar, ParamSpec)):
        return old.__typing_subst__(binding[old])
    inner = getattr(old, '__parameters__', None)
    if not inner or isinstance(old, TypeVarTuple):
        return old
    picked = []
    for p in inner:
        if isinstance(p, TypeVarTuple):
            picked.extend(binding[p])
        else:
            picked.append(binding[p])
    return old[tuple(picked)]


class _Bare(_AliasCore, _internal=True):
    """An unsubscripted alias of a builtin or collections.abc class: List, Iterable."""

    def __init__(self, origin, arity, *, inst=True, name=None):
        _AliasCore.__init__(self, origin, inst=inst, name=name or origin.__name__)
        self._arity = arity
        self.__doc__ = f"A generic version of {origin.__module__}.{origin.__qualname__}."

    @_memoized
    def __getitem__(self, params):
        params = tuple(_type_check(p, _GENERIC_MSG) for p in _as_tuple(params))
        _arity_error(self, len(params), self._arity)
        return self.copy_with(params)

    _result_kind = _Subscripted

    def copy_with(self, params):
        return self._result_kind(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return f'typing.{self._name}'

    def __subclasscheck__(self, cls):
        if isinstance(cls, _Subscripted):
            return _AliasCore.__subclasscheck__(self, cls)  # raises
        actual = cls.__origin__ if isinstance(cls, _Bare) else cls
        return issubclass(actual, self.__origin__)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __reduce__(self):
        return self._name

    __iter__ = None


class _TupleBare(_Bare, _internal=True):
    @_memoized
    def __getitem__(self, params):
        if params == ():
            return self.copy_with(())
        items = _as_tuple(params)
        if len(items) > 1 and items[-1] is Ellipsis:
            why = "Tuple[t, ...]: t must be a type."
            return self.copy_with((*(_type_check(p, why) for p in items[:-1]), ...))
        why = "Tuple[t0, t1, ...]: each t must be a type."
        return self.copy_with(tuple(_type_check(p, why) for p in items))


class _CallableBare(_Bare, _internal=True):
    def __getitem__(self, params):
        if type(params) is not tuple or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        arguments, result = params
        if isinstance(arguments, list):
            # a list is unhashable: make it a tuple so the result can be memoized
            arguments = (tuple(arguments),)
        return self._build((arguments, result))

    @_memoized
    def _build(self, pair):
        arguments, result = pair
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if arguments is Ellipsis:
            return self.copy_with((Ellipsis, result))
        if type(arguments) is tuple and len(arguments) == 1 and type(arguments[0]) is tuple:
            arguments = arguments[0]
        arguments = tuple(_convert(a) for a in _as_tuple(arguments))
        return self.copy_with((*arguments, result))


def _callable_args_are_listed(args):
    # Callable[[int], str] stores (int, str); Callable[P, str] and
    # Callable[..., str] store their first argument as it is
    return not (len(args) == 2 and _is_params_form(args[0]))


class _CallableAlias(_Subscripted, _internal=True):
    __iter__ = None

    def __repr__(self):
        args = self.__args__
        if not _callable_args_are_listed(args):
            return _Subscripted.__repr__(self)
        shown = ', '.join(map(_show, args[:-1]))
        return f'typing.Callable[[{shown}], {_show(args[-1])}]'

    def __getitem__(self, args):
        args = _as_tuple(args)
        tvars = self.__parameters__
        lone_pspec = len(tvars) == 1 and isinstance(tvars[0], ParamSpec)
        if lone_pspec and args and not _is_params_form(args[0]):
            args = (args,)
        return _Subscripted.__getitem__(self, args)

    def __reduce__(self):
        args = self.__args__
        if _callable_args_are_listed(args):
            args = (list(args[:-1]), args[-1])
        return operator.getitem, (Callable, args)


_CallableBare._result_kind = _CallableAlias


class _UnionGenericAlias(_Subscripted, _internal=True):
    __iter__ = None

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        # order does not matter, and int | str is the same union
        if isinstance(other, (_UnionGenericAlias, _BuiltinUnion)):
            return frozenset(other.__args__) == frozenset(self.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        members = self.__args__
        if len(members) == 2 and _NoneType in members:
            (other,) = [m for m in members if m is not _NoneType]
            return f'typing.Optional[{_show(other)}]'
        return f"typing.Union[{', '.join(map(_show, members))}]"

    def __instancecheck__(self, obj):
        return any(issubclass(obj.__class__, m) for m in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, m) for m in self.__args__)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __reduce__(self):
        return operator.getitem, (Union, self.__args__)


class _LiteralAlias(_Subscripted, _internal=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return _literal_key(self.__args__) == _literal_key(other.__args__)

    def __hash__(self):
        return hash(_literal_key(self.__args__))

    def __repr__(self):
        return f"typing.Literal[{', '.join(map(_show, self.__args__))}]"


class _ConcatAlias(_Subscripted, _internal=True):
    def copy_with(self, params):
        last = params[-1]
        if isinstance(last, (list, tuple)):
            return (*params[:-1], *last)
        if isinstance(last, _ConcatAlias):
            params = (*params[:-1], *last.__args__)
        elif not (last is Ellipsis or isinstance(last, ParamSpec)):
            raise TypeError("The last parameter to Concatenate should be a "
                            "ParamSpec variable or ellipsis.")
        return _Subscripted.copy_with(self, params)


class _UnpackAlias(_Subscripted, _internal=True):
    def __repr__(self):
        return '*' + _show(self.__args__[0])


class _Annotated(_Subscripted, _internal=True):
    __iter__ = None

    def __init__(self, origin, metadata):
        while isinstance(origin, _Annotated):
            # Annotated[Annotated[T, x], y] is Annotated[T, x, y]
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        _Subscripted.__init__(self, origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _Annotated(params[0], self.__metadata__)

    def __repr__(self):
        notes = ', '.join(map(repr, self.__metadata__))
        return f'typing.Annotated[{_show(self.__origin__)}, {notes}]'

    def _key(self):
        return self.__origin__, self.__metadata__

    def __eq__(self, other):
        if isinstance(other, _Annotated):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return _AliasCore.__getattr__(self, attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__, *self.__metadata__))


class Annotated:
    """Annotated[T, x, ...]: type T carrying extra metadata x, ..."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @_memoized
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two "
                            "arguments (a type and an annotation).")
        base = _type_check(params[0], "Annotated[t, ...]: t must be a type.",
                           allow_special_forms=True)
        return _Annotated(base, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# ====== Generic and Protocol

class Generic:
    """Base class of user generic classes: class Box(Generic[T])."""

    __slots__ = ()
    _is_protocol = False

    @_memoized
    def __class_getitem__(cls, params):
        params = tuple(_convert(p) for p in _as_tuple(params))
        if cls in (Generic, Protocol):
            who = cls.__name__
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(f"Parameters to {who}[...] must all be type variables "
                                "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {who}[...] must all be unique")
            return _Subscripted(cls, params)
        own = cls.__dict__.get('__parameters__', getattr(cls, '__parameters__', ()))
        params = _splice_fixed_unpacks(params)
        for p in own:
            prepare = getattr(p, '__typing_prepare_subst__', None)
            if prepare is not None:
                params = prepare(cls, params)
        _arity_error(cls, len(params), len(own))
        flat = []
        for p, value in zip(own, params):
            if isinstance(p, TypeVarTuple):
                flat.extend(value)
            else:
                flat.append(value)
        return _Subscripted(cls, tuple(flat))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__')
        if orig is not None:
            plain_generic = Generic in orig
        else:
            plain_generic = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                             and type(cls) is not _TypedDictMeta)
        if plain_generic:
            raise TypeError("Cannot inherit from plain Generic")
        found = []
        if orig is not None:
            found = list(_gather_params(orig))
            declared = None
            for b in orig:
                if isinstance(b, _Subscripted) and b.__origin__ is Generic:
                    if declared is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple types.")
                    declared = b.__parameters__
            if declared is not None:
                missing = [t for t in found if t not in declared]
                if missing:
                    raise TypeError(
                        "Some type variables (" + ', '.join(str(t) for t in missing)
                        + ") are not listed in Generic["
                        + ', '.join(str(g) for g in declared) + "]")
                found = list(declared)
        cls.__parameters__ = tuple(found)


_NOT_MEMBERS = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__qualname__', '_is_protocol', '_is_runtime_protocol',
    '__parameters__', '__orig_bases__', '__orig_class__', '_MutableMapping__marker',
    '__protocol_attrs__', '__non_callable_proto_members__', '__type_params__',
    '__firstlineno__', '__static_attributes__', '__final__',
})

# non-protocol bases a Protocol may still list
_PROTOCOL_FRIENDS = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
                        'Buffer'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}


def _get_protocol_attrs(cls):
    names = set()
    for klass in cls.__mro__[:-1]:
        if klass.__name__ in ('Protocol', 'Generic'):
            continue
        ann = klass.__dict__.get('__annotations__', {})
        for name in list(klass.__dict__) + list(ann):
            if not name.startswith('_abc_') and name not in _NOT_MEMBERS:
                names.add(name)
    return names


def _only_methods(cls):
    return all(callable(getattr(cls, name, None)) for name in _get_protocol_attrs(cls))


def _called_from_abc_machinery(level=3):
    try:
        return sys._getframe(level).f_globals.get('__name__') in ('abc', 'functools')
    except (AttributeError, ValueError):
        return True


def _protocol_init_replacement(self, *args, **kwargs):
    # a concrete subclass of a protocol gets the first real __init__ of its MRO
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _protocol_init_replacement:
        return  # reached through super().__init__ from a class with its own
    for klass in cls.__mro__:
        init = klass.__dict__.get('__init__', _protocol_init_replacement)
        if init is not _protocol_init_replacement:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class _ProtocolMeta(abc.ABCMeta):
    def __instancecheck__(cls, instance):
        is_proto = getattr(cls, '_is_protocol', False)
        if (is_proto and not getattr(cls, '_is_runtime_protocol', False)
                and not _called_from_abc_machinery(2)):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if (not is_proto or _only_methods(cls)) and issubclass(type(instance), cls):
            return True
        if is_proto:
            ok = True
            for name in _get_protocol_attrs(cls):
                if not hasattr(instance, name):
                    ok = False
                    break
                if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                    ok = False
                    break
            if ok:
                return True
        return super().__instancecheck__(instance)


def _structural_hook(cls):
    """Build the __subclasshook__ that checks members structurally."""
    def hook(other):
        if not cls.__dict__.get('_is_protocol', False):
            return NotImplemented
        if not getattr(cls, '_is_runtime_protocol', False):
            if _called_from_abc_machinery():
                return NotImplemented
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if not _only_methods(cls):
            if _called_from_abc_machinery():
                return NotImplemented
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for name in _get_protocol_attrs(cls):
            for klass in other.__mro__:
                if name in klass.__dict__:
                    if klass.__dict__[name] is None:
                        return NotImplemented
                    break
                ann = getattr(klass, '__annotations__', {})
                if (isinstance(ann, _cabc.Mapping) and name in ann
                        and issubclass(other, Generic) and other._is_protocol):
                    break
            else:
                return NotImplemented
        return True
    return hook


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types (PEP 544)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _structural_hook(cls)
        if cls._is_protocol:
            for base in cls.__bases__:
                friendly = base in (object, Generic) or base.__name__ in _PROTOCOL_FRIENDS.get(
                    base.__module__, ())
                if not (friendly or (issubclass(base, Generic) and base._is_protocol)):
                    raise TypeError('Protocols can only inherit from other protocols, '
                                    f'got {base!r}')
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _protocol_init_replacement


def runtime_checkable(cls):
    """Allow isinstance() and issubclass() against a Protocol class."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        f' got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


# ====== predefined type variables and aliases

AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)

Hashable = _Bare(_cabc.Hashable, 0)
Awaitable = _Bare(_cabc.Awaitable, 1)
Coroutine = _Bare(_cabc.Coroutine, 3)
AsyncIterable = _Bare(_cabc.AsyncIterable, 1)
AsyncIterator = _Bare(_cabc.AsyncIterator, 1)
Iterable = _Bare(_cabc.Iterable, 1)
Iterator = _Bare(_cabc.Iterator, 1)
Reversible = _Bare(_cabc.Reversible, 1)
Sized = _Bare(_cabc.Sized, 0)
Container = _Bare(_cabc.Container, 1)
Collection = _Bare(_cabc.Collection, 1)
Callable = _CallableBare(_cabc.Callable, 2)
AbstractSet = _Bare(_cabc.Set, 1, name='AbstractSet')
MutableSet = _Bare(_cabc.MutableSet, 1)
Mapping = _Bare(_cabc.Mapping, 2)
MutableMapping = _Bare(_cabc.MutableMapping, 2)
Sequence = _Bare(_cabc.Sequence, 1)
MutableSequence = _Bare(_cabc.MutableSequence, 1)
ByteString = _Bare(_cabc.ByteString, 0)
Tuple = _TupleBare(tuple, -1, inst=False, name='Tuple')
List = _Bare(list, 1, inst=False, name='List')
Deque = _Bare(collections.deque, 1, name='Deque')
Set = _Bare(set, 1, inst=False, name='Set')
FrozenSet = _Bare(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _Bare(_cabc.MappingView, 1)
KeysView = _Bare(_cabc.KeysView, 1)
ItemsView = _Bare(_cabc.ItemsView, 2)
ValuesView = _Bare(_cabc.ValuesView, 1)
ContextManager = _Bare(contextlib.AbstractContextManager, 1, name='ContextManager')
AsyncContextManager = _Bare(
    getattr(contextlib, 'AbstractAsyncContextManager', contextlib.AbstractContextManager),
    1, name='AsyncContextManager')
Dict = _Bare(dict, 2, inst=False, name='Dict')
DefaultDict = _Bare(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _Bare(collections.OrderedDict, 2)
Counter = _Bare(collections.Counter, 1)
ChainMap = _Bare(collections.ChainMap, 2)
Generator = _Bare(_cabc.Generator, 3)
AsyncGenerator = _Bare(_cabc.AsyncGenerator, 2)
Type = _Bare(type, 1, inst=False, name='Type')
Text = str


def _one_method_protocol(name, method, generic=False):
    """Build a runtime-checkable protocol with a single abstract method."""
    def stub(self, *args):
        pass
    stub.__name__ = method
    stub.__qualname__ = f'{name}.{method}'
    base = Protocol[T_co] if generic else Protocol
    body = {'__slots__': (), '__module__': 'typing', method: abc.abstractmethod(stub),
            '__doc__': f'An ABC with one abstract method {method}.'}
    proto = types.new_class(name, (base,), {}, lambda ns: ns.update(body))
    return runtime_checkable(proto)


SupportsInt = _one_method_protocol('SupportsInt', '__int__')
SupportsFloat = _one_method_protocol('SupportsFloat', '__float__')
SupportsComplex = _one_method_protocol('SupportsComplex', '__complex__')
SupportsBytes = _one_method_protocol('SupportsBytes', '__bytes__')
SupportsIndex = _one_method_protocol('SupportsIndex', '__index__')
SupportsAbs = _one_method_protocol('SupportsAbs', '__abs__', generic=True)
SupportsRound = _one_method_protocol('SupportsRound', '__round__', generic=True)


def _stub_methods(cls, names):
    """Attach abstract placeholder methods (IO is documentation, not an ABC)."""
    for n in names:
        def stub(self, *args, **kwargs):
            pass
        stub.__name__ = n
        stub.__qualname__ = f'{cls.__name__}.{n}'
        setattr(cls, n, abc.abstractmethod(stub))


def _stub_properties(cls, names):
    for n in names:
        def getter(self):
            pass
        getter.__name__ = n
        setattr(cls, n, property(abc.abstractmethod(getter)))


class IO(Generic[AnyStr]):
    """Generic base of file objects (the io module's classes are not subclasses)."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """IO of bytes."""
    __slots__ = ()


class TextIO(IO[str]):
    """IO of str, with the text-layer attributes."""
    __slots__ = ()


_stub_methods(IO, ('close', 'fileno', 'flush', 'isatty', 'read', 'readable', 'readline',
                   'readlines', 'seek', 'seekable', 'tell', 'truncate', 'writable',
                   'write', 'writelines', '__enter__', '__exit__'))
_stub_properties(IO, ('mode', 'name', 'closed'))
_stub_methods(BinaryIO, ('write', '__enter__'))
_stub_methods(TextIO, ('__enter__',))
_stub_properties(TextIO, ('buffer', 'encoding', 'errors', 'line_buffering', 'newlines'))

Pattern = _Bare(re.Pattern, 1)
Match = _Bare(re.Match, 1)


# ====== NamedTuple

_NT_FORBIDDEN = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                           '_fields', '_field_defaults', '_make', '_replace',
                           '_asdict', '_source'})
_NT_SKIP = frozenset({'__module__', '__name__', '__annotations__'})


def _build_namedtuple(name, pairs, module, defaults=()):
    names = [n for n, _ in pairs]
    hints = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in pairs}
    made = collections.namedtuple(name, names, defaults=defaults, module=module)
    made.__annotations__ = hints
    try:
        made.__new__.__annotations__ = dict(hints)
    except (AttributeError, TypeError):
        pass
    return made


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if not all(b is _NamedTupleRoot or b is Generic for b in bases):
            raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if b is _NamedTupleRoot else b for b in bases)
        hints = ns.get('__annotations__', {})
        with_default = []
        for field in hints:
            if field in ns:
                with_default.append(field)
            elif with_default:
                many = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field} cannot follow "
                                f"default field{many} {', '.join(with_default)}")
        made = _build_namedtuple(typename, hints.items(), ns['__module__'],
                                 defaults=[ns[n] for n in with_default])
        if Generic in bases:
            made.__bases__ = bases
            made.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key, value in ns.items():
            if key in _NT_FORBIDDEN:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_SKIP and key not in made._fields:
                setattr(made, key, value)
        if Generic in bases:
            made.__init_subclass__()
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: NamedTuple('P', [('x', int)]) or a class body."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    made = _build_namedtuple(typename, fields, module=_calling_module())
    made.__orig_bases__ = (NamedTuple,)
    return made


_NamedTupleRoot = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleRoot,)


# ====== TypedDict

def _key_kind(tp):
    """'required', 'optional' or None from Required[...]/NotRequired[...] wrappers."""
    while isinstance(tp, _Subscripted):
        if tp.__origin__ is Required:
            return 'required'
        if tp.__origin__ is NotRequired:
            return 'optional'
        if isinstance(tp, _Annotated):
            tp = tp.__origin__
        else:
            return None
    return None


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        for b in bases:
            if type(b) is not _TypedDictMeta and b is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic = any(issubclass(b, Generic) for b in bases)
        real_bases = ((Generic,) if generic else ()) + (dict,)
        made = type.__new__(_TypedDictMeta, name, real_bases, ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {k: _type_check(v, msg, module=made.__module__)
               for k, v in ns.get('__annotations__', {}).items()}
        hints, required, optional = {}, set(), set()
        for b in bases:
            # a key's kind comes from the last base that declares it
            hints.update(b.__dict__.get('__annotations__', {}))
            for key in b.__dict__.get('__required_keys__', ()):
                required.add(key)
                optional.discard(key)
            for key in b.__dict__.get('__optional_keys__', ()):
                optional.add(key)
                required.discard(key)
        hints.update(own)
        for key, tp in own.items():
            kind = _key_kind(tp) or ('required' if total else 'optional')
            (required if kind == 'required' else optional).add(key)
            (optional if kind == 'required' else required).discard(key)
        made.__annotations__ = hints
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if '__total__' not in ns:
            made.__total__ = total
        return made

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys (PEP 589)."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    if kwargs:
        import warnings
        warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated "
                      "in Python 3.11, will be removed in Python 3.13, and may not be "
                      "understood by third-party type checkers.",
                      DeprecationWarning, stacklevel=2)
    ns = {'__annotations__': dict(fields)}
    mod = _calling_module()
    if mod is not None:
        ns['__module__'] = mod
    made = _TypedDictMeta(typename, (), ns, total=total)
    made.__orig_bases__ = (TypedDict,)
    return made


_TypedDictRoot = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictRoot,)


def is_typeddict(tp):
    """True for classes made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


# ====== NewType

def _idfunc(_, x):
    return x


class NewType:
    """NewType('UserId', int): a distinct name for a type, identity at runtime."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        mod = _calling_module()
        if mod != 'typing':
            self.__module__ = mod

    __call__ = _idfunc

    def __mro_entries__(self, bases):
        # the name of the class being defined is only known once it is created,
        # so hand back a base whose __init_subclass__ reports the error
        return (_newtype_refusal(self.__name__),)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _newtype_refusal(parent):
    class Refusal:
        def __init_subclass__(cls, **kwargs):
            child = cls.__name__
            raise TypeError("Cannot subclass an instance of NewType. Perhaps you were "
                            f"looking for: `{child} = NewType({child!r}, {parent})`")
    return Refusal


# ====== introspection

def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list."""
    if isinstance(tp, _Annotated):
        return Annotated
    if isinstance(tp, (_AliasCore, _BuiltinAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _BuiltinUnion):
        return _BuiltinUnion
    return None


def get_args(tp):
    """The arguments of a subscripted type, Callable's shown as ([args], result)."""
    if isinstance(tp, _Annotated):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_Subscripted, _BuiltinAlias)):
        args = tp.__args__
        if (get_origin(tp) is _cabc.Callable and args
                and not (len(args) == 2 and _is_params_form(args[0]))):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _BuiltinUnion):
        return tp.__args__
    return ()


def _drop_extras(t):
    """Remove Annotated, Required and NotRequired wrappers, recursively."""
    if isinstance(t, _Annotated):
        return _drop_extras(t.__origin__)
    if isinstance(t, _Subscripted) and t.__origin__ in (Required, NotRequired):
        return _drop_extras(t.__args__[0])
    if isinstance(t, (_Subscripted, _BuiltinAlias, _BuiltinUnion)):
        stripped = tuple(map(_drop_extras, t.__args__))
        changed = any(x is not y for x, y in zip(stripped, t.__args__))
        return _rebuild(t, stripped) if changed else t
    return t


_HINTLESS_OK = tuple(getattr(types, n) for n in (
    'FunctionType', 'BuiltinFunctionType', 'MethodType', 'ModuleType',
    'WrapperDescriptorType', 'MethodWrapperType', 'MethodDescriptorType')
    if hasattr(types, n))


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Annotations of obj with strings evaluated and None turned into NoneType."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            if globalns is None:
                g = getattr(sys.modules.get(klass.__module__), '__dict__', {})
            else:
                g = globalns
            ann = klass.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                ann = {}
            l = dict(vars(klass)) if localns is None else localns
            if localns is None and globalns is None:
                # names in the class body shadow the module's (PEP 563 semantics)
                g, l = l, g
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, g, l)
    else:
        if isinstance(obj, types.ModuleType):
            default_g = obj.__dict__
        else:
            inner = obj
            while hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            default_g = getattr(inner, '__globals__', {})
        if globalns is None:
            globalns = default_g
            if localns is None:
                localns = globalns
        elif localns is None:
            localns = globalns
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, _HINTLESS_OK):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        as_argument = not isinstance(obj, types.ModuleType)
        for name, value in dict(ann).items():
            if value is None:
                value = _NoneType
            if isinstance(value, str):
                value = ForwardRef(value, is_argument=as_argument, is_class=False)
            hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _drop_extras(v) for k, v in hints.items()}


# ====== functions and decorators for type checkers

def cast(typ, val):
    """Tell a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm val's type; returns val unchanged."""
    return val


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Mark code a type checker should prove unreachable."""
    text = repr(arg)
    if len(text) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        text = text[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {text}")


def _overload_placeholder(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")


# module -> qualname -> first line -> function
_overload_registry = collections.defaultdict(lambda: collections.defaultdict(dict))


def overload(func):
    """Register one signature of an overloaded function."""
    target = getattr(func, '__func__', func)
    try:
        line = target.__code__.co_firstlineno
        _overload_registry[target.__module__][target.__qualname__][line] = func
    except AttributeError:
        pass
    return _overload_placeholder


def get_overloads(func):
    """The @overload-decorated variants registered for func, in definition order."""
    target = getattr(func, '__func__', func)
    module = getattr(target, '__module__', None)
    if module not in _overload_registry:
        return []  # do not grow the registry just by asking
    per_module = _overload_registry[module]
    name = getattr(target, '__qualname__', None)
    return list(per_module[name].values()) if name in per_module else []


def clear_overloads():
    """Forget every registered overload."""
    _overload_registry.clear()


def final(f):
    """Mark a method or class final; sets __final__ = True where possible."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Mark a function or class (and its methods) as not type checked."""
    if isinstance(arg, type):
        for value in list(vars(arg).values()):
            fn = value
            if isinstance(fn, (classmethod, staticmethod)):
                fn = fn.__func__
            # only what the class itself defines, not things it merely refers to
            defined_here = (getattr(fn, '__module__', None) == arg.__module__ and
                            getattr(fn, '__qualname__', None)
                            == f'{arg.__qualname__}.{getattr(fn, "__name__", "")}')
            if not defined_here:
                continue
            if isinstance(fn, type):
                no_type_check(fn)
            elif isinstance(fn, types.FunctionType):
                fn.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make decorator's results no_type_check."""
    @functools.wraps(decorator)
    def wrapped(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as creating dataclass-like classes."""
    def mark(target):
        target.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return target
    return mark
