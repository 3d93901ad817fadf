"""Container datatypes for pycell, written from the documentation of the
`collections` module ("Container datatypes") and black-box runs of CPython.

deque comes from the native `_collections` module; everything else is Python:
namedtuple builds a tuple subclass per call, OrderedDict and Counter and
defaultdict are dict subclasses, ChainMap and the User* wrappers sit on the
collections.abc mixins.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

import _collections_abc
import sys as _sys
from itertools import chain as _chain, repeat as _repeat
from keyword import iskeyword as _iskeyword
# as in CPython, the package imports without its accelerator module
# (import_fresh_module('collections', blocked=['_collections'])); deque is then absent
try:
    from _collections import deque
except ImportError:
    pass
else:
    _collections_abc.MutableSequence.register(deque)


_Mapping = _collections_abc.Mapping
_MutableMapping = _collections_abc.MutableMapping


# -- recursion-safe reprs -----------------------------------------------------

_reprs_in_progress = set()


def _cycle_safe_repr(obj, render):
    """render(obj), or '...' when obj's repr is already being computed on
    this thread (a container that contains itself)."""
    token = id(obj)
    if token in _reprs_in_progress:
        return '...'
    _reprs_in_progress.add(token)
    try:
        return render(obj)
    finally:
        _reprs_in_progress.discard(token)


def _not_dict_op(other):
    return not isinstance(other, dict)


# -- OrderedDict ----------------------------------------------------------------

_MISSING = object()


class OrderedDict(dict):
    """dict that remembers insertion order and lets it be rearranged; two
    OrderedDicts compare equal only when their orders agree too."""

    # pycell's dict already keeps insertion order, so only reordering needs
    # work: a key moves to the end by being taken out and put back.

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    update = _MutableMapping.update

    def popitem(self, last=True):
        """Remove and return the (key, value) pair at the end (or, with
        last=False, at the start)."""
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        key = next(dict.__reversed__(self) if last else dict.__iter__(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Move key to the end (last=True) or to the start of the order."""
        put = dict.__setitem__
        moved = dict.pop(self, key)
        if last:
            put(self, key, moved)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        put(self, key, moved)
        for k, v in rest:
            put(self, k, v)

    def __reversed__(self):
        return dict.__reversed__(self)

    def pop(self, key, default=_MISSING):
        """Remove key and return its value (or default when it is absent)."""
        if default is _MISSING:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        """self[key] when present, else insert default there and return it."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __repr__(self):
        name = self.__class__.__name__
        if not dict.__len__(self):
            return name + '()'
        return _cycle_safe_repr(
            self, lambda od: '%s(%r)' % (name, list(dict.items(od))))

    def __reduce__(self):
        extra = dict(vars(self)) if hasattr(self, '__dict__') else None
        return self.__class__, (), extra or None, None, iter(dict.items(self))

    def copy(self):
        """A shallow copy of the same class."""
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new ordered dict with keys from iterable, all mapped to value."""
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __eq__(self, other):
        same = dict.__eq__(self, other)
        if same is True and isinstance(other, OrderedDict):
            # equal contents; two OrderedDicts must also agree on the order
            return all(a == b for a, b in zip(dict.__iter__(self), dict.__iter__(other)))
        return same

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def __or__(self, other):
        if _not_dict_op(other):
            return NotImplemented
        merged = self.__class__(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if _not_dict_op(other):
            return NotImplemented
        merged = self.__class__(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


# -- namedtuple ---------------------------------------------------------------

class _tuplegetter:
    # read-only field descriptor of a namedtuple class: item `index` of the
    # tuple (no class docstring: __doc__ is a slot holding the field's doc)

    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)

    def __repr__(self):
        return '_tuplegetter(%d, %r)' % (self._index, self.__doc__)


_tuplegetter.__module__ = '_collections'


def _check_name(name):
    if type(name) is not str:
        raise TypeError('Type names and field names must be strings')
    if not str.isidentifier(name):
        raise ValueError('Type names and field names must be valid '
                         f'identifiers: {name!r}')
    if _iskeyword(name):
        raise ValueError('Type names and field names cannot be a '
                         f'keyword: {name!r}')


def _normalise_fields(field_names, rename):
    if isinstance(field_names, str):
        # commas and whitespace both separate names
        names = field_names.replace(',', ' ').split()
    else:
        names = [str(n) for n in field_names]
    if rename:
        taken = set()
        for pos, name in enumerate(names):
            bad = (not name.isidentifier() or _iskeyword(name)
                   or name.startswith('_') or name in taken)
            if bad:
                names[pos] = '_%d' % pos
            taken.add(names[pos])
    return names


def _calling_module(level):
    # the module that called namedtuple(), for pickling; None when unknown
    try:
        return _sys._getframe(level + 1).f_globals.get('__name__', '__main__')
    except ValueError:
        return None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a tuple subclass named typename whose items are also reachable as
    the attributes field_names.

    >>> Span = namedtuple('Span', 'start stop', defaults=[None])
    >>> s = Span(3)
    >>> s
    Span(start=3, stop=None)
    >>> s.start, s[1]
    (3, None)
    >>> s._replace(stop=9)._asdict()
    {'start': 3, 'stop': 9}
    >>> Span._make([1, 2]) == (1, 2)
    True
    """
    fields = _normalise_fields(field_names, rename)
    typename = str(typename)
    for name in [typename, *fields]:
        _check_name(name)
    seen = set()
    for name in fields:
        if name[0] == '_' and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    fields = tuple(_sys.intern(n) for n in fields)
    width = len(fields)
    signature = ', '.join(fields)
    if defaults is not None:
        defaults = (*defaults,)
        if len(defaults) > width:
            raise TypeError('Got more default values than field names')
    tail = fields[width - len(defaults):] if defaults else ()
    field_defaults = dict(zip(tail, defaults or ()))

    # __new__ is compiled so that its parameters are the field names: calls
    # then report missing or surplus arguments the way CPython does.
    scope = {'_new_tuple': tuple.__new__, '__builtins__': {},
             '__name__': 'namedtuple_' + typename}
    body = 'def __new__(_cls, %s):\n    return _new_tuple(_cls, (%s))\n' % (
        signature, signature + ',' if width else '')
    exec(body, scope)
    new_fn = scope['__new__']
    new_fn.__doc__ = 'Create new instance of %s(%s)' % (typename, signature)
    if defaults is not None:
        new_fn.__defaults__ = defaults

    tuple_new = tuple.__new__
    shape = '(' + ', '.join(n + '=%r' for n in fields) + ')'

    @classmethod
    def _make(cls, iterable):
        """Build an instance from any iterable of exactly the right length."""
        made = tuple_new(cls, iterable)
        if len(made) != width:
            raise TypeError(f'Expected {width} arguments, got {len(made)}')
        return made

    def _replace(self, /, **kwds):
        """A copy with the fields named in kwds set to new values."""
        values = [kwds.pop(n, v) for n, v in zip(fields, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)

    def __repr__(self):
        """name(field=value, ...)"""
        return self.__class__.__name__ + shape % self

    def _asdict(self):
        """A dict of field name to value."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """The plain tuple of values (for copy and pickle)."""
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, signature),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': new_fn,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for member in (new_fn, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        member.__qualname__ = typename + '.' + member.__name__
    for pos, name in enumerate(fields):
        namespace[name] = _tuplegetter(pos, 'Alias for field number %d' % pos)

    cls = type(typename, (tuple,), namespace)
    if module is None:
        module = _calling_module(1)
    if module is not None:
        cls.__module__ = module
    return cls


# -- Counter ----------------------------------------------------------------------

def _count_elements(mapping, iterable):
    """Add one to mapping[x] for every x of iterable."""
    current = mapping.get
    for item in iterable:
        mapping[item] = current(item, 0) + 1


try:
    # the native loop, when the accelerator module is there
    from _collections import _count_elements
except ImportError:
    pass


def _only_counters(method):
    # the binary multiset operators accept Counters only
    def checked(self, other):
        if isinstance(other, Counter):
            return method(self, other)
        return NotImplemented
    checked.__name__ = method.__name__
    checked.__qualname__ = 'Counter.' + method.__name__
    checked.__doc__ = method.__doc__
    return checked


def _combine(a, b, pick):
    # a new Counter with pick(count_a, count_b) over the keys of both, keeping
    # the positive results (the keys of a first, then those only in b)
    out = Counter()
    for key, count in a.items():
        value = pick(count, b[key])
        if value > 0:
            out[key] = value
    for key, count in b.items():
        if key not in a:
            value = pick(0, count)
            if value > 0:
                out[key] = value
    return out


class Counter(dict):
    """dict subclass counting hashable items: missing keys count zero, and
    counters add, subtract, unite and intersect as multisets."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(item, count) pairs from the most common down; the first n only
        when n is given.  Equal counts keep insertion order."""
        by_count = lambda pair: pair[1]
        if n is None:
            return sorted(self.items(), key=by_count, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=by_count)

    def elements(self):
        """Each item repeated as often as its count (counts below one give
        nothing)."""
        return _chain.from_iterable(_repeat(k, c) for k, c in self.items())

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def _merge_counts(self, source, sign):
        if isinstance(source, _Mapping):
            if sign > 0 and not self:
                # nothing to add to: the counts can be taken over as they are
                dict.update(self, source)
                return
            current = self.get
            for key, count in source.items():
                if sign > 0:
                    self[key] = current(key, 0) + count
                else:
                    self[key] = current(key, 0) - count
        elif sign > 0:
            _count_elements(self, source)
        else:
            current = self.get
            for key in source:
                self[key] = current(key, 0) - 1

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of items or a mapping of counts."""
        if iterable is not None:
            self._merge_counts(iterable, 1)
        if kwds:
            self._merge_counts(kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        """Take away counts (results may go to zero or below)."""
        if iterable is not None:
            self._merge_counts(iterable, -1)
        if kwds:
            self._merge_counts(kwds, -1)

    def copy(self):
        """A shallow copy of the same class."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        # deleting an absent item is not an error: its count is zero anyway
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return self.__class__.__name__ + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # counts that do not order among themselves
            shown = dict(self)
        return '%s(%r)' % (self.__class__.__name__, shown)

    def _every(self, other, test):
        keys = _chain(self, (k for k in other if k not in self))
        return all(test(self[k], other[k]) for k in keys)

    @_only_counters
    def __eq__(self, other):
        return self._every(other, lambda a, b: a == b)

    @_only_counters
    def __ne__(self, other):
        return not self == other

    @_only_counters
    def __le__(self, other):
        return self._every(other, lambda a, b: a <= b)

    @_only_counters
    def __lt__(self, other):
        return self != other and self <= other

    @_only_counters
    def __ge__(self, other):
        return self._every(other, lambda a, b: a >= b)

    @_only_counters
    def __gt__(self, other):
        return self != other and self >= other

    @_only_counters
    def __add__(self, other):
        return _combine(self, other, lambda a, b: a + b)

    @_only_counters
    def __sub__(self, other):
        return _combine(self, other, lambda a, b: a - b)

    @_only_counters
    def __or__(self, other):
        return _combine(self, other, lambda a, b: a if a >= b else b)

    @_only_counters
    def __and__(self, other):
        out = Counter()
        for key, count in self.items():
            low = count if count <= other[key] else other[key]
            if low > 0:
                out[key] = low
        return out

    def __pos__(self):
        return Counter({k: c for k, c in self.items() if c > 0})

    def __neg__(self):
        return Counter({k: -c for k, c in self.items() if c < 0})

    def _keep_positive(self):
        """Drop the items whose count is zero or negative; return self."""
        for key in [k for k, c in self.items() if not c > 0]:
            dict.__delitem__(self, key)
        return self

    def _apply(self, pairs, rule):
        # in-place multiset operations: rule(mine, theirs) is the new count,
        # or None to leave it; afterwards only positive counts remain
        for key, theirs in pairs:
            updated = rule(self[key], theirs)
            if updated is not None:
                self[key] = updated
        self._keep_positive()
        return self

    def __iadd__(self, other):
        return self._apply(other.items(), lambda mine, theirs: mine + theirs)

    def __isub__(self, other):
        return self._apply(other.items(), lambda mine, theirs: mine - theirs)

    def __ior__(self, other):
        return self._apply(other.items(),
                           lambda mine, theirs: theirs if theirs > mine else None)

    def __iand__(self, other):
        pairs = [(key, other[key]) for key in self]
        return self._apply(pairs, lambda mine, theirs: theirs if theirs < mine else None)


# -- defaultdict ----------------------------------------------------------------

class defaultdict(dict):
    """dict that calls default_factory() to make the value of a missing key."""

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwds)

    def __missing__(self, key):
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        value = make()
        self[key] = value
        return value

    def __repr__(self):
        # only the factory part is guarded: a factory whose repr shows this
        # dict again (a bound method of it) gives '...' there; the items
        # rely on dict's own guard
        factory = self.default_factory
        head = _cycle_safe_repr(self, lambda d: repr(factory))
        return '%s(%s, %s)' % (type(self).__name__, head, dict.__repr__(self))

    def copy(self):
        """A shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if _not_dict_op(other):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if _not_dict_op(other):
            return NotImplemented
        merged = type(self)(self.default_factory, other)
        merged.update(self)
        return merged


# -- ChainMap ---------------------------------------------------------------------

class ChainMap(_MutableMapping):
    """A view of several mappings searched in order; writes and deletions go
    to the first one (maps[0])."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def _ordered_keys(self):
        # keys appear in the order of the deepest mapping that holds them first
        collected = {}
        for layer in reversed(self.maps):
            for key in layer:
                collected[key] = None
        return collected

    def __len__(self):
        return len(self._ordered_keys())

    def __iter__(self):
        return iter(self._ordered_keys())

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return _cycle_safe_repr(
            self, lambda cm: '%s(%s)' % (cm.__class__.__name__,
                                         ', '.join(repr(m) for m in cm.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap over one new dict built by dict.fromkeys."""
        first = dict.fromkeys(iterable, *args)
        return cls(first)

    def copy(self):
        """A ChainMap with a copy of maps[0] in front of the same other maps."""
        head, *rest = self.maps
        return self.__class__(head.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (a new dict by default) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of every map but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return a pair of maps[0]."""
        try:
            front = self.maps[0]
            return front.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value."""
        try:
            front = self.maps[0]
            return front.pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty maps[0]."""
        self.maps[0].clear()

    def __ior__(self, other):
        front = self.maps[0]
        front.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        flat = dict(other)
        for layer in self.maps[::-1]:
            flat.update(layer)
        return self.__class__(flat)


# -- UserDict -------------------------------------------------------------------

def _unwrap_dict(other):
    # the dict behind a UserDict, a dict itself, or None for anything else
    plain = other.data if isinstance(other, UserDict) else other
    return plain if isinstance(plain, dict) else None


class UserDict(_MutableMapping):
    """A dict-like wrapper around the real dict in .data, easy to subclass."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        store = self.data
        if key in store:
            return store[key]
        hook = getattr(self.__class__, '__missing__', None)
        if hook is not None:
            return hook(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        plain = _unwrap_dict(other)
        if plain is None:
            return NotImplemented
        return self.__class__(self.data | plain)

    def __ror__(self, other):
        plain = _unwrap_dict(other)
        if plain is None:
            return NotImplemented
        return self.__class__(plain | self.data)

    def __ior__(self, other):
        plain = _unwrap_dict(other)
        self.data |= other if plain is None else plain
        return self

    def __copy__(self):
        cls = self.__class__
        twin = cls.__new__(cls)
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = self.__dict__['data'].copy()
        return twin

    def copy(self):
        """A shallow copy (of the same class, with its other attributes)."""
        if type(self) is UserDict:
            return UserDict(dict(self.data))
        import copy
        own = self.data
        try:
            self.data = {}
            twin = copy.copy(self)
        finally:
            self.data = own
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new instance with keys from iterable, all mapped to value."""
        made = cls()
        for key in iterable:
            made[key] = value
        return made


# -- UserList ---------------------------------------------------------------------

def _list_of(other):
    # the list behind a UserList, or other unchanged
    if isinstance(other, UserList):
        return other.data
    return other


def _as_list(other):
    # an operand of + for a UserList: its list, a list, or any iterable listed
    plain = _list_of(other)
    return plain if isinstance(plain, list) else list(plain)


def _rewrap(obj, value):
    # a new instance of obj's own class (UserList/UserString results)
    return type(obj)(value)


class UserList(_collections_abc.MutableSequence):
    """A list-like wrapper around the real list in .data, easy to subclass."""

    def __init__(self, initlist=None):
        # always a list of our own, never the caller's list object
        if initlist is None:
            self.data = []
        else:
            self.data = list(_list_of(initlist))

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _list_of(other)

    def __le__(self, other):
        return self.data <= _list_of(other)

    def __eq__(self, other):
        return self.data == _list_of(other)

    def __gt__(self, other):
        return self.data > _list_of(other)

    def __ge__(self, other):
        return self.data >= _list_of(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        part = self.data[i]
        return _rewrap(self, part) if isinstance(i, slice) else part

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return _rewrap(self, self.data + _as_list(other))

    def __radd__(self, other):
        return _rewrap(self, _as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self

    def __mul__(self, n):
        return _rewrap(self, self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        cls = self.__class__
        twin = cls.__new__(cls)
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = list(self.__dict__['data'])
        return twin

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return _rewrap(self, self)

    def count(self, item):
        return list.count(self.data, item)

    def index(self, item, *args):
        return list.index(self.data, item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        list.sort(self.data, *args, **kwds)

    def extend(self, other):
        self.data.extend(_list_of(other))


# -- UserString -------------------------------------------------------------------

def _str_of(value):
    # the str behind a UserString, or value unchanged
    return value.data if isinstance(value, UserString) else value


class UserString(_collections_abc.Sequence):
    """A str-like wrapper around the real str in .data, easy to subclass."""

    def __init__(self, seq):
        text = _str_of(seq)
        self.data = text if isinstance(text, str) else str(text)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _str_of(string)

    def __lt__(self, string):
        return self.data < _str_of(string)

    def __le__(self, string):
        return self.data <= _str_of(string)

    def __gt__(self, string):
        return self.data > _str_of(string)

    def __ge__(self, string):
        return self.data >= _str_of(string)

    def __contains__(self, char):
        return _str_of(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return _rewrap(self, self.data[index])

    def __add__(self, other):
        tail = _str_of(other)
        return _rewrap(self, self.data + (tail if isinstance(tail, str) else str(tail)))

    def __radd__(self, other):
        head = other if isinstance(other, str) else str(other)
        return _rewrap(self, head + self.data)

    def __mul__(self, n):
        return _rewrap(self, self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return _rewrap(self, self.data % args)

    def __rmod__(self, template):
        return _rewrap(self, str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        # None stands for the default of either argument
        return str.encode(self.data, 'utf-8' if encoding is None else encoding,
                          'strict' if errors is None else errors)

    def format(self, /, *args, **kwds):
        return str.format(self.data, *args, **kwds)

    def format_map(self, mapping):
        return str.format_map(self.data, mapping)

    def join(self, seq):
        return str.join(self.data, seq)

    maketrans = str.maketrans


# The remaining str methods are generated: each calls the same method of
# .data. Names in _REWRAPPED give a new UserString; the others return str's
# own result. Arguments in the positions listed are unwrapped first when
# they are UserStrings (str's methods would refuse them).
_REWRAPPED = {
    'capitalize': (), 'casefold': (), 'center': (), 'expandtabs': (),
    'ljust': (), 'lower': (), 'lstrip': (), 'rjust': (), 'rstrip': (),
    'strip': (), 'swapcase': (), 'title': (), 'translate': (), 'upper': (),
    'zfill': (), 'removeprefix': (0,), 'removesuffix': (0,),
    'replace': (0, 1),
}
_PASSTHROUGH = {
    'count': (0,), 'find': (0,), 'rfind': (0,), 'index': (), 'rindex': (),
    'endswith': (), 'startswith': (), 'partition': (), 'rpartition': (),
    'split': (), 'rsplit': (), 'splitlines': (),
    'isalnum': (), 'isalpha': (), 'isascii': (), 'isdecimal': (),
    'isdigit': (), 'isidentifier': (), 'islower': (), 'isnumeric': (),
    'isprintable': (), 'isspace': (), 'istitle': (), 'isupper': (),
}


def _forward(name, unwrap, rewrap):
    target = getattr(str, name)

    def method(self, *args, **kwds):
        if unwrap:
            args = [_str_of(a) if i in unwrap else a for i, a in enumerate(args)]
        result = target(self.data, *args, **kwds)
        return self.__class__(result) if rewrap else result

    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    method.__doc__ = target.__doc__
    return method


for _name, _positions in _REWRAPPED.items():
    setattr(UserString, _name, _forward(_name, _positions, True))
for _name, _positions in _PASSTHROUGH.items():
    setattr(UserString, _name, _forward(_name, _positions, False))
del _name, _positions
