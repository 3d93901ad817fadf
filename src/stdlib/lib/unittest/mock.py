"""A small unittest.mock: Mock, MagicMock, NonCallableMock, patch,
patch.object, patch.dict, call, sentinel, DEFAULT and ANY.

Design: every mock instance gets a class of its own (made in __new__), so
that magic methods (__len__, __iter__...) can be set on one mock without
touching the others. Attribute access creates child mocks on demand and
remembers them; calls are recorded on the mock and, as mock_calls, on its
parents.
"""
import sys

__all__ = ['Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock',
           'patch', 'call', 'sentinel', 'DEFAULT', 'ANY', 'PropertyMock']


class _Sentinels:
    """sentinel.NAME: a unique named object per NAME."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        if name not in self._made:
            self._made[name] = _Named('sentinel.' + name)
        return self._made[name]


class _Named:
    def __init__(self, text):
        self._text = text

    def __repr__(self):
        return self._text


sentinel = _Sentinels()
DEFAULT = sentinel.DEFAULT


class _AnyValue:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _AnyValue()


def _format_call(name, args, kwargs):
    parts = [repr(a) for a in args] + ['%s=%r' % kv for kv in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class _Call(tuple):
    """A recorded call: (name, args, kwargs). Compares equal to another
    call with the same arguments (the name only counts when both have one)."""

    def __new__(cls, value=('', (), {}), name=None):
        if len(value) == 2:
            value = ('',) + tuple(value)
        return tuple.__new__(cls, value)

    def __init__(self, value=('', (), {}), name=None):
        self._chain_name = name

    @property
    def args(self):
        return self[1]

    @property
    def kwargs(self):
        return self[2]

    def __eq__(self, other):
        if other is ANY:
            return True
        try:
            if len(other) == 3:
                o_name, o_args, o_kwargs = other
            elif len(other) == 2:
                o_name = ''
                o_args, o_kwargs = other
            else:
                return NotImplemented
        except TypeError:
            return NotImplemented
        if self[0] and o_name and self[0] != o_name:
            return False
        return tuple(self[1]) == tuple(o_args) and dict(self[2]) == dict(o_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = tuple.__hash__

    def __call__(self, *args, **kwargs):
        return _Call((self._chain_name or '', args, kwargs))

    def __getattr__(self, attr):
        if attr.startswith('__'):
            raise AttributeError(attr)
        prefix = self._chain_name
        return _Call(name=attr if not prefix else prefix + '.' + attr)

    def __repr__(self):
        return _format_call('call' + ('.' + self[0] if self[0] else ''), self[1], self[2])

    def call_list(self):
        return [self]


call = _Call(name='')


def _is_magic(name):
    return len(name) > 4 and name.startswith('__') and name.endswith('__')


_MOCK_STATE = frozenset((
    '_mock_children', '_mock_name', '_mock_parent', '_mock_spec_class', '_mock_allowed',
    '_mock_return_value', '_mock_side_effect', '_mock_wraps', 'call_args',
    'call_args_list', 'mock_calls', 'method_calls', 'call_count', 'called',
    '_mock_new_name', '_mock_spec_set'))


class NonCallableMock:
    """A mock that is not callable; base of all the others."""

    def __new__(cls, *args, **kwargs):
        own = type(cls.__name__, (cls,), {'__doc__': cls.__doc__,
                                          '__module__': cls.__module__})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _new_name='', *, return_value=DEFAULT, side_effect=None, **kwargs):
        put = self.__dict__.__setitem__
        if spec_set is not None:
            spec = spec_set
        if isinstance(spec, (list, tuple)):
            allowed, spec_class = set(spec), None
        elif spec is not None:
            allowed = set(dir(spec))
            spec_class = spec if isinstance(spec, type) else type(spec)
        else:
            allowed, spec_class = None, None
        put('_mock_children', {})
        put('_mock_name', name)
        put('_mock_new_name', _new_name)
        put('_mock_parent', parent)
        put('_mock_spec_class', spec_class)
        put('_mock_allowed', allowed)
        put('_mock_spec_set', spec_set is not None)
        put('_mock_return_value', return_value)
        put('_mock_side_effect', side_effect)
        put('_mock_wraps', wraps)
        self._mock_clear_calls()
        self._mock_magics()
        self.configure_mock(**kwargs)

    def _mock_clear_calls(self):
        put = self.__dict__.__setitem__
        put('called', False)
        put('call_count', 0)
        put('call_args', None)
        put('call_args_list', [])
        put('mock_calls', [])
        put('method_calls', [])

    def _mock_magics(self):
        pass

    # -- naming

    def _mock_path(self):
        parts = []
        node = self
        while node is not None:
            d = node.__dict__
            piece = d['_mock_name'] or d['_mock_new_name']
            if d['_mock_parent'] is None:
                parts.append(d['_mock_name'] or 'mock')
                break
            parts.append(piece or 'mock')
            node = d['_mock_parent']
        return '.'.join(reversed(parts))

    def __repr__(self):
        d = self.__dict__
        name = ''
        if d['_mock_name'] or d['_mock_parent'] is not None:
            name = ' name=%r' % self._mock_path()
        spec = ''
        if d['_mock_spec_class'] is not None:
            spec = ' spec=%r' % d['_mock_spec_class'].__name__
        return '<%s%s%s id=%r>' % (type(self).__name__, spec, name, id(self))

    @property
    def __class__(self):
        spec_class = self.__dict__.get('_mock_spec_class')
        return spec_class if spec_class is not None else type(self)

    # -- attributes

    def _mock_child_class(self):
        for klass in type(self).__mro__:
            if klass in _CHILD_OF:
                return _CHILD_OF[klass]
        return Mock

    def __getattr__(self, name):
        if name in _MOCK_STATE or name.startswith('_mock_'):
            raise AttributeError(name)
        allowed = self.__dict__.get('_mock_allowed')
        if allowed is not None and name not in allowed:
            raise AttributeError('Mock object has no attribute %r' % name)
        if allowed is None and (name.startswith(('assert', 'assret', 'asert', 'aseert',
                                                  'assrt'))):
            raise AttributeError('%r is not a valid assertion. Use a spec for the mock if %r '
                                 'is meant to be an attribute.' % (name, name))
        if _is_magic(name):
            raise AttributeError(name)
        children = self.__dict__['_mock_children']
        child = children.get(name)
        if child is None:
            wraps = self.__dict__['_mock_wraps']
            child = self._mock_child_class()(
                parent=self, _new_name=name,
                wraps=getattr(wraps, name) if wraps is not None else None)
            children[name] = child
        return child

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in _MOCK_STATE:
            d[name] = value
            return
        if name in ('return_value', 'side_effect'):
            object.__setattr__(self, name, value)
            return
        if d.get('_mock_spec_set') and d.get('_mock_allowed') is not None \
                and name not in d['_mock_allowed'] and name not in type(self).__dict__:
            raise AttributeError('Mock object has no attribute %r' % name)
        if name in _SPECIAL_METHODS:
            # special methods are looked up on the type
            setattr(type(self), name, value)
            if isinstance(value, NonCallableMock):
                value.__dict__['_mock_parent'] = self
                value.__dict__['_mock_new_name'] = name
            return
        if isinstance(value, NonCallableMock) and value.__dict__['_mock_parent'] is None \
                and value.__dict__['_mock_name'] is None:
            value.__dict__['_mock_parent'] = self
            value.__dict__['_mock_new_name'] = name
            d['_mock_children'][name] = value
            return
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        d = self.__dict__
        if name in d['_mock_children']:
            del d['_mock_children'][name]
        elif name in d:
            del d[name]
        elif _is_magic(name) and name in type(self).__dict__:
            delattr(type(self), name)
        else:
            raise AttributeError(name)

    def __dir__(self):
        return sorted(set(dir(type(self))) | set(self.__dict__['_mock_children'])
                      | {k for k in self.__dict__ if not k.startswith('_mock_')})

    def configure_mock(self, **settings):
        for dotted, value in sorted(settings.items(), key=lambda kv: kv[0].count('.')):
            *path, last = dotted.split('.')
            target = self
            for part in path:
                target = getattr(target, part)
            setattr(target, last, value)

    def attach_mock(self, mock, attribute):
        mock.__dict__['_mock_parent'] = self
        mock.__dict__['_mock_new_name'] = attribute
        mock.__dict__['_mock_name'] = None
        self.__dict__['_mock_children'][attribute] = mock

    # -- return value and side effect

    @property
    def return_value(self):
        d = self.__dict__
        if d['_mock_return_value'] is DEFAULT:
            child = self._mock_child_class()(parent=self, _new_name='()')
            d['_mock_return_value'] = child
        return d['_mock_return_value']

    @return_value.setter
    def return_value(self, value):
        self.__dict__['_mock_return_value'] = value

    @property
    def side_effect(self):
        return self.__dict__['_mock_side_effect']

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = _Iterated(iter(value))
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        visited = set() if visited is None else visited
        if id(self) in visited:
            return
        visited.add(id(self))
        self._mock_clear_calls()
        if return_value:
            self.__dict__['_mock_return_value'] = DEFAULT
        if side_effect:
            self.__dict__['_mock_side_effect'] = None
        for child in list(self.__dict__['_mock_children'].values()):
            if isinstance(child, NonCallableMock):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self.__dict__['_mock_return_value']
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock(visited)
        for name, value in type(self).__dict__.items():
            if _is_magic(name) and isinstance(value, NonCallableMock):
                value.reset_mock(visited)
        magic_children = self.__dict__.get('_mock_magic_children', {})
        for child in magic_children.values():
            child.reset_mock(visited)

    # -- assertions

    def _mock_display_name(self):
        return self._mock_path()

    def _calls_note(self):
        if not self.call_args_list:
            return '.'
        return '.\nCalls: %r.' % (self.mock_calls,)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times%s"
                                 % (self._mock_display_name(), self.call_count, self._calls_note()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._mock_display_name())

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times%s"
                                 % (self._mock_display_name(), self.call_count, self._calls_note()))

    def assert_called_with(self, *args, **kwargs):
        name = self._mock_display_name()
        expected = _format_call(name, args, kwargs)
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % expected)
        if self.call_args != _Call(('', args, kwargs)):
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, _format_call(name, *self.call_args[1:])))

    def assert_called_once_with(self, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times%s"
                                 % (self._mock_display_name(), self.call_count, self._calls_note()))
        self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, *args, **kwargs):
        wanted = _Call(('', args, kwargs))
        if wanted not in self.call_args_list:
            raise AssertionError('%s call not found'
                                 % _format_call(self._mock_display_name(), args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        calls = list(calls)
        recorded = list(self.mock_calls)
        if any_order:
            left = recorded[:]
            for c in calls:
                if c not in left:
                    raise AssertionError('%r does not contain all of %r in its call list, '
                                         'found %r instead' % (self._mock_display_name(),
                                                               tuple(calls), recorded))
                left.remove(c)
            return
        n = len(calls)
        for start in range(len(recorded) - n + 1):
            if recorded[start:start + n] == calls:
                return
        raise AssertionError('Calls not found.\nExpected: %r\n  Actual: %r' % (calls, recorded))


def _is_exception(value):
    return isinstance(value, BaseException) or (
        isinstance(value, type) and issubclass(value, BaseException))


class _Iterated:
    """A side_effect given as an iterable: each call takes the next item."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __iter__(self):
        return self.iterator


class CallableMixin:
    def __call__(self, *args, **kwargs):
        self._mock_record(args, kwargs)
        return self._mock_result(args, kwargs)

    def _mock_record(self, args, kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] += 1
        this = _Call(('', args, kwargs))
        d['call_args'] = this
        d['call_args_list'].append(this)
        d['mock_calls'].append(this)
        # parents see the call as name(...) / a.b(...) in their mock_calls
        name = d['_mock_new_name']
        node = d['_mock_parent']
        child = self
        direct = True
        while node is not None:
            nd = node.__dict__
            if direct and name != '()':
                nd['method_calls'].append(_Call((name, args, kwargs)))
            nd['mock_calls'].append(_Call((name, args, kwargs)))
            direct = False
            parent_name = nd['_mock_new_name']
            if nd['_mock_parent'] is not None:
                name = (parent_name + '.' + name) if name != '()' else parent_name + '()'
            child = node
            node = nd['_mock_parent']

    def _mock_result(self, args, kwargs):
        d = self.__dict__
        effect = d['_mock_side_effect']
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if isinstance(effect, _Iterated):
                value = next(effect.iterator)
                if _is_exception(value):
                    raise value
                return value
            value = effect(*args, **kwargs)
            if value is not DEFAULT:
                return value
        if d['_mock_return_value'] is not DEFAULT:
            return d['_mock_return_value']
        if d['_mock_wraps'] is not None:
            return d['_mock_wraps'](*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records calls, returns return_value (a child mock
    by default) or applies side_effect."""


# -- magic methods ------------------------------------------------------

def _default_magic_results(mock):
    return {
        '__len__': 0, '__bool__': True, '__int__': 1, '__float__': 1.0,
        '__complex__': 1j, '__index__': 1, '__contains__': False,
        '__hash__': object.__hash__(mock), '__str__': object.__str__(mock),
        '__sizeof__': object.__sizeof__(mock), '__fspath__': None,
        '__exit__': False, '__iter__': iter([]),
    }


_MAGIC_NAMES = (
    '__len__', '__bool__', '__int__', '__float__', '__complex__', '__index__',
    '__contains__', '__iter__', '__next__', '__getitem__', '__setitem__', '__delitem__',
    '__enter__', '__exit__', '__str__', '__hash__', '__sizeof__', '__lt__', '__gt__',
    '__le__', '__ge__', '__eq__', '__ne__', '__add__', '__sub__', '__mul__',
    '__truediv__', '__floordiv__', '__mod__', '__pow__', '__and__', '__or__', '__xor__',
    '__lshift__', '__rshift__', '__neg__', '__pos__', '__abs__', '__invert__',
    '__round__', '__trunc__', '__floor__', '__ceil__', '__reversed__', '__missing__',
    '__fspath__', '__format__', '__dir__',
)
# names Python looks up on the type: set on a mock, they go to its class
_SPECIAL_METHODS = frozenset(_MAGIC_NAMES) | frozenset(
    '__%s__' % n for n in (
        'call await aiter anext aenter aexit repr bytes radd rsub rmul rtruediv '
        'rfloordiv rmod rpow rand ror rxor rlshift rrshift iadd isub imul itruediv '
        'ifloordiv imod ipow iand ior ixor ilshift irshift matmul rmatmul imatmul divmod '
        'rdivmod length_hint getstate setstate reduce reduce_ex copy deepcopy get set '
        'delete set_name class_getitem prepare instancecheck subclasscheck del').split())
_NOT_SET = object()


class _MagicSlot:
    """Put on a MagicMock's own class for each magic method: reading it
    from the instance gives that method's child mock."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._mock_magic_child(self.name)


class MagicMixin:
    def _mock_magics(self):
        self.__dict__['_mock_magic_children'] = {}
        allowed = self.__dict__['_mock_allowed']
        own_class = type(self)
        for name in _MAGIC_NAMES:
            if allowed is not None and name not in allowed:
                continue
            if name in own_class.__dict__:
                continue
            setattr(own_class, name, _MagicSlot(name))

    def _mock_magic_child(self, name):
        children = self.__dict__['_mock_magic_children']
        child = children.get(name)
        if child is None:
            child = MagicMock(parent=self, _new_name=name)
            if name == '__iter__':
                child.side_effect = lambda: iter([])
            elif name == '__eq__':
                child.side_effect = lambda other: (self is other) or NotImplemented
            elif name == '__ne__':
                child.side_effect = lambda other: (self is not other) if isinstance(
                    other, NonCallableMock) else NotImplemented
            elif name in ('__lt__', '__gt__', '__le__', '__ge__'):
                child.return_value = NotImplemented
            elif name == '__enter__':
                pass
            else:
                defaults = _default_magic_results(self)
                if name in defaults:
                    child.return_value = defaults[name]
            children[name] = child
        return child

    def mock_add_spec(self, spec, spec_set=False):
        self.__init__(spec=spec if not spec_set else None, spec_set=spec if spec_set else None)


class MagicMock(MagicMixin, Mock):
    """A Mock with the usual magic methods preconfigured."""


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""


class PropertyMock(Mock):
    """A mock to put on a class as a property."""

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


_CHILD_OF = {MagicMock: MagicMock, NonCallableMagicMock: MagicMock,
             PropertyMock: Mock, Mock: Mock, NonCallableMock: Mock}


# -- patch ------------------------------------------------------------------

def _resolve(dotted):
    """Import the object named by a dotted path ('pkg.mod.Class')."""
    parts = dotted.split('.')
    path = parts[0]
    obj = __import__(path)
    for part in parts[1:]:
        path += '.' + part
        try:
            obj = getattr(obj, part)
        except AttributeError:
            __import__(path)
            obj = getattr(obj, part)
    return obj


class _Patch:
    def __init__(self, get_target, attribute, new, spec, create, spec_set,
                 new_callable, kwargs):
        self.get_target = get_target
        self.attribute = attribute
        self.new = new
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.new_callable = new_callable
        self.kwargs = kwargs
        self.attribute_name = None
        self._saved = []

    def copy(self):
        return _Patch(self.get_target, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.new_callable, dict(self.kwargs))

    def _replacement(self, original):
        if self.new is not DEFAULT:
            return self.new
        factory = self.new_callable or MagicMock
        options = dict(self.kwargs)
        if self.spec is not None:
            options['spec'] = original if self.spec is True else self.spec
        if self.spec_set is not None:
            options['spec_set'] = original if self.spec_set is True else self.spec_set
        return factory(**options)

    def __enter__(self):
        target = self.get_target()
        name = self.attribute
        own = getattr(target, '__dict__', {})
        local = name in own
        try:
            original = own[name] if local else getattr(target, name)
        except AttributeError:
            if not self.create:
                raise AttributeError('%s does not have the attribute %r' % (target, name))
            original = _NOT_SET
        if not local and not self.create and isinstance(target, type(sys)) and original is _NOT_SET:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        replacement = self._replacement(getattr(target, name, None) if original is not _NOT_SET
                                        else None)
        setattr(target, name, replacement)
        self._saved.append((target, local, original))
        self.target = target
        return replacement

    def __exit__(self, *exc):
        target, local, original = self._saved.pop()
        if local and original is not _NOT_SET:
            setattr(target, self.attribute, original)
        else:
            try:
                delattr(target, self.attribute)
            except AttributeError:
                pass
            if not local and original is not _NOT_SET and not self.create:
                # the attribute came from elsewhere (a base class, a module
                # __getattr__): make sure it reads as before
                try:
                    if getattr(target, self.attribute) is not original:
                        setattr(target, self.attribute, original)
                except AttributeError:
                    setattr(target, self.attribute, original)
        return False

    def start(self):
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        try:
            _active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)

    def __call__(self, func):
        if isinstance(func, type):
            return self._decorate_class(func)
        patcher = self

        def patched(*args, **kwargs):
            new = patcher.__enter__()
            try:
                if patcher.new is DEFAULT:
                    args = args + (new,)
                return func(*args, **kwargs)
            finally:
                patcher.__exit__(None, None, None)
        for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
            setattr(patched, attr, getattr(func, attr, None))
        patched.__dict__.update(getattr(func, '__dict__', {}))
        patched.__wrapped__ = func
        return patched

    def _decorate_class(self, klass):
        for name in dir(klass):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, name)
            if callable(value):
                setattr(klass, name, self.copy()(value))
        return klass


_active_patches = []


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    """Replace the object named `target` ('package.module.name') for the
    duration of a `with` block or of a decorated function."""
    try:
        where, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    if autospec not in (None, False) and spec is None:
        spec = True
    return _Patch(lambda: _resolve(where), attribute, new, spec, create, spec_set,
                  new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if isinstance(target, str):
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    if autospec not in (None, False) and spec is None:
        spec = True
    return _Patch(lambda: target, attribute, new, spec, create, spec_set, new_callable, kwargs)


class _PatchDict:
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear

    def __enter__(self):
        target = _resolve(self.in_dict) if isinstance(self.in_dict, str) else self.in_dict
        self.target = target
        self.saved = dict(target)
        if self.clear:
            target.clear()
        target.update(self.values)
        return target

    def __exit__(self, *exc):
        self.target.clear()
        self.target.update(self.saved)
        return False

    def __call__(self, func):
        manager = self

        def patched(*args, **kwargs):
            with manager:
                return func(*args, **kwargs)
        patched.__name__ = func.__name__
        patched.__doc__ = func.__doc__
        return patched


def _stop_all():
    for patcher in reversed(list(_active_patches)):
        patcher.stop()


patch.object = _patch_object
patch.dict = _PatchDict
patch.stopall = _stop_all
patch.TEST_PREFIX = 'test'
