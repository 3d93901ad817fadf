"""Context variables for pycell (PEP 567), written from the contextvars
documentation. pycell runs one thread, so there is one current Context at a time;
Context.run switches it, and asyncio runs each task's steps in the task's own
Context (events.Handle runs callbacks through Context.run).

A Context keeps a plain dict of ContextVar -> value. Copies are taken when a
Context is made (copy_context, Context.copy), so changing one never shows in
another, which is what the immutable mapping of CPython's Context guarantees."""

_NOT_GIVEN = object()


def _no_subclassing(qualified):
    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '{}' is not an acceptable base type".format(qualified))
    return classmethod(__init_subclass__)


def _check_key(key):
    if not isinstance(key, ContextVar):
        raise TypeError('a ContextVar key was expected, got {!r}'.format(key))


class Context:
    """A mapping of context variables to their values."""

    __slots__ = ('_vars', '_entered', '_outer')
    __init_subclass__ = _no_subclassing('_contextvars.Context')

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._vars = {}
        self._entered = False
        self._outer = None

    def run(self, callable, /, *args, **kwargs):
        """Call callable(*args, **kwargs) with this Context as the current one."""
        global _current
        if self._entered:
            raise RuntimeError('cannot enter context: {!r} is already entered'.format(self))
        self._entered = True
        self._outer = _current
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._outer
            self._outer = None
            self._entered = False

    def copy(self):
        """A new Context with the same variables and values."""
        twin = Context()
        twin._vars = dict(self._vars)
        return twin

    def __getitem__(self, var):
        _check_key(var)
        return self._vars[var]

    def get(self, var, default=None):
        _check_key(var)
        return self._vars.get(var, default)

    def __contains__(self, var):
        _check_key(var)
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(list(self._vars))

    def keys(self):
        return iter(list(self._vars))

    def values(self):
        return iter(list(self._vars.values()))

    def items(self):
        return iter(list(self._vars.items()))

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    def __hash__(self):
        # the C type's full name, as CPython's message shows it
        raise TypeError("unhashable type: '_contextvars.Context'")


Context.__module__ = '_contextvars'
_current = Context()


def copy_context():
    """A copy of the current Context."""
    return _current.copy()


class _Missing:
    """The marker Token.old_value holds when the variable had no value before."""

    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_Missing.__name__ = _Missing.__qualname__ = 'Token.MISSING'
_Missing.__module__ = 'builtins'
_MISSING = _Missing()


class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default')
    __init_subclass__ = _no_subclassing('_contextvars.ContextVar')

    def __init__(self, *args, **kwargs):
        # the C constructor's argument messages
        if len(args) != 1:
            raise TypeError('ContextVar() takes {} 1 positional argument ({} given)'
                            .format('exactly' if not args else 'at most', len(args)))
        for key in kwargs:
            if key != 'default':
                raise TypeError('{!r} is an invalid keyword argument for ContextVar()'.format(key))
        name, default = args[0], kwargs.get('default', _NOT_GIVEN)
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        raise AttributeError('readonly attribute')

    def get(self, *default, **named):
        """The value in the current Context, else `default`, else the variable's
        default; LookupError when there is none of them."""
        if named:
            raise TypeError('ContextVar.get() takes no keyword arguments')
        if len(default) > 1:
            raise TypeError('get expected at most 1 argument, got {}'.format(len(default)))
        found = _current._vars.get(self, _NOT_GIVEN)
        if found is not _NOT_GIVEN:
            return found
        if default:
            return default[0]
        if self._default is not _NOT_GIVEN:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        """Give the variable a value in the current Context; the Token undoes it."""
        if len(args) != 1:
            raise TypeError('ContextVar.set() takes exactly one argument ({} given)'.format(len(args)))
        value = args[0]
        here = _current
        token = Token(_TOKEN_KEY, here, self, here._vars.get(self, _MISSING))
        here._vars[self] = value
        return token

    def reset(self, token):
        """Restore the value the variable had before the set() that made `token`."""
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got {!r}'.format(token))
        if token._used:
            raise RuntimeError('{!r} has already been used once'.format(token))
        if token._var is not self:
            raise ValueError('{!r} was created by a different ContextVar'.format(token))
        if token._context is not _current:
            raise ValueError('{!r} was created in a different Context'.format(token))
        token._used = True
        if token._old is _MISSING:
            _current._vars.pop(self, None)
        else:
            _current._vars[self] = token._old

    def __repr__(self):
        shown = 'name={!r}'.format(self._name)
        if self._default is not _NOT_GIVEN:
            shown += ' default={!r}'.format(self._default)
        return '<ContextVar {} at {:#x}>'.format(shown, id(self))

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ContextVar.__module__ = '_contextvars'
_TOKEN_KEY = object()


class Token:
    """What ContextVar.set() returns, for ContextVar.reset()."""

    __slots__ = ('_context', '_var', '_old', '_used')
    __init_subclass__ = _no_subclassing('_contextvars.Token')
    MISSING = _MISSING

    def __init__(self, *args):
        if len(args) != 4 or args[0] is not _TOKEN_KEY:
            raise RuntimeError('Tokens can only be created by ContextVars')
        self._context, self._var, self._old = args[1:]
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token{} var={!r} at {:#x}>'.format(used, self._var, id(self))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Token.__module__ = '_contextvars'
