"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag and their helpers.

pycell's own implementation, written from the documented behaviour of Python 3.11's
enum module (docs.python.org/3.11/library/enum.html and howto/enum.html) and checked
against CPython as a black box.

How it works: EnumType.__prepare__ hands the class body an _EnumDict that records,
in order, which names are members (plain values, auto(), member()) and which are
ordinary attributes (descriptors, dunders, sunders, nonmember(), _ignore_). Then
EnumType.__new__ creates the class without the members, builds each member object
(through the mixed-in data type's __new__ when there is one), finds aliases, and
installs the members as class attributes guarded by EnumType.__setattr__.
"""

import sys as _sys

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

# the classes below do not exist yet while they are being defined; the metaclass
# checks these names before using them
Enum = Flag = ReprEnum = EJECT = None
_bltin_property = property


def _warn(message, category, stacklevel):
    import warnings
    warnings.warn(message, category, stacklevel=stacklevel + 1)


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__') and len(name) > len(prefix)


def _is_single_bit(num):
    return num > 0 and num & (num - 1) == 0


def _bits_in(num):
    """The powers of two that make up a non-negative int, lowest first."""
    if num < 0:
        # infinitely many bits: looping would never end
        raise ValueError('%r is not a positive integer' % num)
    out = []
    while num:
        low = num & -num
        out.append(low)
        num ^= low
    return out


def _signed_bin(num, width):
    """'0b<sign> <digits>': a sign digit, then `width` two's-complement digits
    (the layout of Flag's "invalid value" messages)."""
    if num >= 0:
        return '0b0 ' + format(num, 'b').zfill(width)
    return '0b1 ' + format((1 << width) + num, 'b').zfill(width)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


class property:
    """A property for enum members: found on a member, its getter runs; on the class
    the lookup fails over to the class's own attributes (a member may share the name).
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)
        self.clsname = None
        self.ownerclass = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__
        self.ownerclass = ownerclass

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            members = ownerclass.__dict__.get('_member_map_', {}) if ownerclass is not None else {}
            if self.name in members:
                return members[self.name]
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        # a member whose name is also an attribute of the class: reach it by name
        members = type(instance).__dict__.get('_member_map_', {})
        if self.name in members:
            return members[self.name]
        raise AttributeError('%r has no attribute %r' % (type(instance), self.name))

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        self.fdel(instance)


_ALLOWED_SUNDERS = frozenset([
    '_order_', '_generate_next_value_', '_missing_', '_ignore_', '_numeric_repr_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
    '_name_', '_value_', '_sort_order_', '_new_member_', '_use_args_',
    '_member_names_', '_member_map_', '_value2member_map_', '_member_type_',
    '_unhashable_values_', '_flag_mask_', '_all_bits_', '_boundary_',
    '_singles_mask_', '_inverted_', '_add_alias_', '_add_value_alias_',
])


class _EnumDict(dict):
    """The class-body namespace of an enum: remembers which names are members."""

    def __init__(self, cls_name=None):
        super().__init__()
        self._member_names = {}     # name -> None, in definition order
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = cls_name
        self._gnv = None            # the _generate_next_value_ in force

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass                                    # a normal attribute
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._gnv = value.__func__ if isinstance(value, staticmethod) else value
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = names
                clash = set(names) & set(self._member_names)
                if clash:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (sorted(clash),))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass                # usable in the class body; dropped at class creation
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, type):
                _warn('In 3.13 classes created inside an enum will not become a member.  '
                      'Use the `member` decorator to keep the current behavior.', DeprecationWarning, 2)
            value = self._resolve_auto(key, value)
            self._member_names.setdefault(key)     # an ordered set of names
            self._last_values += [value]
        dict.__setitem__(self, key, value)

    def _resolve_auto(self, key, value, in_tuple=False):
        if isinstance(value, auto):
            if value.value is _auto_null:
                self._auto_called = True
                value.value = self._gnv(key, 1, len(self._member_names), self._last_values[:])
            if in_tuple:
                # `TWO = auto(), auto()` is (2, 3): each auto sees the ones before it
                self._last_values.append(value.value)
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return tuple(self._resolve_auto(key, v, True) for v in value)
        return value

    def update(self, *args, **kwds):
        # each source in turn, so a name given twice is reported as a duplicate
        for source in args:
            for k, v in dict(source).items():
                self[k] = v
        for k, v in kwds.items():
            self[k] = v


def _functional_pairs(parents, names, start):
    """(name, value) pairs from the `names` argument of Enum('Name', names)."""
    if names is None:
        return []
    if isinstance(names, str):
        names = [word for word in names.replace(',', ' ').split()]
    if isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
        # bare names: values come from _generate_next_value_, as with auto()
        make_value = _first_enum_and_type(parents)[1]._generate_next_value_
        produced = []
        for position, label in enumerate(names):
            produced.append(make_value(label, start, position, list(produced)))
        return list(zip(names, produced))
    pairs = []
    for entry in names:
        if isinstance(entry, str):          # a mapping: iterate its keys
            pairs.append((entry, names[entry]))
        else:
            label, val = entry
            pairs.append((label, val))
    return pairs


def _first_enum_and_type(bases):
    """The last Enum base and the data type mixed in (object when none)."""
    if not bases:
        return object, Enum
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    found = []
    for chain in bases:
        kind = _data_type_of(chain)
        if kind is not None and kind not in found:
            found.append(kind)
    if len(found) > 1:
        raise TypeError('too many data types for %r: %r' % (last, found))
    return (found[0] if found else object), last


def _data_type_of(chain):
    """The data type one base brings: an Enum's member type, or the first class of
    its MRO that makes instances itself (own __new__, or a dataclass), reported as
    the earliest plain mixin before it."""
    earliest_plain = None
    for klass in chain.__mro__:
        if klass is object:
            continue
        if isinstance(klass, EnumType):
            if klass._member_type_ is object:
                continue
            return klass._member_type_
        own = klass.__dict__
        if '__new__' in own or '__dataclass_fields__' in own:
            return earliest_plain or klass
        if earliest_plain is None:
            earliest_plain = klass
    return None


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        # an enum with members is final (docs: "Restricted Enum subclassing")
        for chain in bases:
            populated = [k for k in chain.__mro__ if isinstance(k, EnumType) and k._member_names_]
            if populated:
                raise TypeError('<enum %r> cannot extend %r' % (cls, populated[0]))
        ns = _EnumDict(cls)
        _, first_enum = _first_enum_and_type(bases) if Enum is not None else (None, None)
        gnv = getattr(first_enum, '_generate_next_value_', None)
        if gnv is not None:
            ns._gnv = gnv
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            plain = classdict
            classdict = _EnumDict(cls)
            for k, v in plain.items():
                classdict[k] = v
        member_names = list(classdict._member_names)
        if Enum is None:
            member_type, first_enum = object, None
        else:
            member_type, first_enum = _first_enum_and_type(bases)
        bad = [n for n in member_names if n in ('mro', '')]
        if bad:
            raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in bad))
        values = {name: classdict[name] for name in member_names}
        body = {k: v for k, v in classdict.items() if k not in values}
        body.pop('_ignore_', None)
        for name in classdict._ignore:
            body.pop(name, None)
        order = body.pop('_order_', None)
        # the class body's __new__ builds members; lookups by value go to Enum.__new__
        member_new = None
        if Enum is not None:
            member_new = body.pop('__new__', None)
            if isinstance(member_new, staticmethod):
                member_new = member_new.__func__
            body['__new__'] = Enum.__dict__['__new__']
        if boundary is None and Flag is not None:
            boundary = next((getattr(b, '_boundary_', None) for b in bases if getattr(b, '_boundary_', None) is not None), None)
        body['_boundary_'] = boundary
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_new_member_'] = member_new
        if '_value_repr_' not in body:
            # how Enum.__repr__ shows the value: the data type's own __repr__, if any
            value_repr = None
            for klass in member_type.__mro__[:-1]:
                if '__repr__' in klass.__dict__:
                    value_repr = klass.__dict__['__repr__']
                    break
            body['_value_repr_'] = value_repr
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if first_enum is not None:
            metacls._fix_methods(enum_class, body, member_type, first_enum)
        # _new_member_ is what builds members: a class body's __new__ (inherited from
        # an enum base), else the data type's own __new__ (object.__new__ for none)
        default_new = object.__new__ if member_type is object else member_type.__new__
        if Enum is None:
            # Enum itself: its own __new__ (the lookup by value), as CPython reports
            default_new = body.get('__new__', default_new)
        elif member_new is None:
            lookup_new = Enum.__dict__['_new_member_']
            for b in enum_class.__mro__[1:]:
                found = b.__dict__.get('_new_member_')
                if found is not None and found not in (object.__new__, default_new, lookup_new):
                    member_new = found
                    break
        type.__setattr__(enum_class, '_new_member_', default_new if member_new is None else member_new)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag and member_type is not object:
            _flag_ops_first(enum_class)
        for name in member_names:
            metacls._add_member(enum_class, name, values[name], member_type, member_new, is_flag)
        if is_flag:
            metacls._setup_flag(enum_class)
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            actual = list(enum_class._member_names_) if not is_flag else [
                n for n in enum_class._member_names_]
            if order != actual and order != list(enum_class._member_map_):
                raise TypeError('member order does not match _order_:\n  %r\n  %r' % (actual, order))
        return enum_class

    @staticmethod
    def _fix_methods(enum_class, body, member_type, first_enum):
        # the mixed-in type's repr/str/format must not hide Enum's, except where a
        # ReprEnum asks for the data type's str() and format()
        # only a direct ReprEnum subclass (IntEnum...) takes the data type's str/format;
        # deeper subclasses inherit whatever their bases define
        if ReprEnum is not None and ReprEnum in enum_class.__bases__ and member_type is not object:
            if '__format__' not in body:
                type.__setattr__(enum_class, '__format__', member_type.__dict__.get('__format__', member_type.__format__))
            if '__str__' not in body:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in body:
                continue
            found = getattr(enum_class, name)
            if found is getattr(object, name) or (member_type is not object and found is getattr(member_type, name)):
                if ReprEnum is not None and ReprEnum in enum_class.__mro__ and name in ('__str__', '__format__'):
                    continue
                type.__setattr__(enum_class, name, getattr(first_enum, name))

    @staticmethod
    def _add_member(enum_class, name, value, member_type, member_new, is_flag):
        if isinstance(value, tuple) and member_type is not tuple:
            args = value
        else:
            args = (value,)
        if member_new is not None:
            obj = member_new(enum_class, *args)
        elif member_type is object or member_type.__new__ is object.__new__:
            # a data type without its own __new__ (a dataclass mixin): the value is
            # built by calling the type below
            obj = object.__new__(enum_class)
        else:
            obj = member_type.__new__(enum_class, *args)
        if not hasattr(obj, '_value_'):
            if member_type is object:
                obj._value_ = value
            else:
                try:
                    obj._value_ = member_type(*args)
                except Exception as exc:
                    new_exc = TypeError('_value_ not set in __new__, unable to create it')
                    new_exc.__cause__ = exc
                    raise new_exc
        value = obj._value_
        obj._name_ = name
        obj.__objclass__ = enum_class
        obj.__init__(*args)
        obj._sort_order_ = len(enum_class._member_names_)
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is None:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            obj = canonical
        elif not is_flag or (isinstance(value, int) and _is_single_bit(value)):
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = obj
        try:
            enum_class._value2member_map_.setdefault(value, obj)
        except TypeError:
            enum_class._unhashable_values_.append(value)
        # a class attribute unless something of the class (a method, enum.property
        # like name/value) has the name: then it is reached through _member_map_
        for klass in enum_class.__mro__[1:]:
            if name in klass.__dict__:
                found = klass.__dict__[name]
                if isinstance(found, property):
                    return
                from types import DynamicClassAttribute
                if isinstance(found, DynamicClassAttribute):
                    # the class gets the member, members keep the dynamic attribute
                    shadow = property(found.fget)
                    shadow.__set_name__(enum_class, name)
                    type.__setattr__(enum_class, name, shadow)
                    return
                break
        type.__setattr__(enum_class, name, obj)

    @staticmethod
    def _setup_flag(enum_class):
        mask = 0
        singles = 0
        for m in enum_class._member_map_.values():
            v = m._value_
            if isinstance(v, int):
                mask |= v
                if _is_single_bit(v):
                    singles |= v
        enum_class._flag_mask_ = mask
        enum_class._singles_mask_ = singles
        enum_class._all_bits_ = (1 << mask.bit_length()) - 1
        if enum_class._boundary_ is None:
            enum_class._boundary_ = STRICT

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            if values:
                value = (value,) + values
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        # The functional API (docs: enum.html, "Functional API") fills the namespace
        # a class statement would have produced and hands it to the metaclass.
        meta = cls.__class__
        parents = (cls,) if type is None else (type, cls)
        namespace = meta.__prepare__(class_name, parents)
        for member_name, member_value in _functional_pairs(parents, names, start):
            namespace[member_name] = member_value
        if module is None:
            # two frames up is the code that called Enum(...): __call__ is in between
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, KeyError, ValueError):
                pass
        extras = {'__module__': module, '__qualname__': qualname}
        for dunder, given in extras.items():
            if given is not None:
                namespace[dunder] = given
        return meta.__new__(meta, class_name, parents, namespace, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """An enum named `name` of the module's global constants whose names pass
        `filter` (how the standard library turns its constants into enums); the
        members replace those constants in the module."""
        module_globals = _sys.modules[module].__dict__
        if source is None:
            source = module_globals
        elif not isinstance(source, dict):
            source = source.__dict__
        members = [(key, value) for key, value in source.items() if filter(key)]
        try:
            # by value, then name: among equal values the first name is canonical
            members.sort(key=lambda item: (item[1], item[0]))
        except TypeError:
            members.sort(key=lambda item: item[0])
        body = {key: value for key, value in members}
        body['__module__'] = module
        if Flag is not None and issubclass(cls, Flag) and boundary is None:
            boundary = KEEP
        new_cls = cls.__class__.__new__(cls.__class__, name, (cls,),
                                        _as_enum_dict(cls, name, body), boundary=boundary)
        if as_global:
            global_enum(new_cls)
        else:
            module_globals.update(new_cls.__members__)
        module_globals[name] = new_cls
        return new_cls

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            _warn("in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                  "False depending on whether the value is a member or the value of a member",
                  DeprecationWarning, 2)
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                _type_name(value), cls.__class__.__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                           '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__'])
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is not object:
            interesting.update(dir(cls._member_type_))
        return sorted(interesting)

    def __getitem__(cls, name):
        members = cls._member_map_
        return members[name]

    def __iter__(cls):
        # canonical members only, in definition order (aliases are skipped)
        members = cls._member_map_
        return (members[key] for key in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_bltin_property
    def __members__(cls):
        import types
        return types.MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def __reversed__(cls):
        members = cls._member_map_
        return (members[key] for key in cls._member_names_[::-1])

    def __setattr__(cls, name, value):
        members = cls.__dict__.get('_member_map_', {})
        if name in members:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _type_name(value):
    return type(value).__qualname__


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    Access members by attribute (Color.RED), by value (Color(1)) or by name
    (Color['RED']); iterate the class for its members in definition order.
    """

    def __new__(cls, value):
        # Color(1): find the member by value; failing that, _missing_ may supply one
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            # an unhashable value may still equal some member's value
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        if not cls._member_map_:
            # also what a member-building __new__ reaches through super().__new__
            raise TypeError('%r has no members defined' % cls)
        failure = answer = None
        try:
            answer = cls._missing_(value)
        except Exception as caught:
            failure = caught
        if isinstance(answer, cls):
            return answer
        # an EJECT flag hands back plain ints for values outside its bits
        if (isinstance(answer, int) and Flag is not None and issubclass(cls, Flag)
                and cls._boundary_ is EJECT):
            return answer
        invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if failure is None:
            if answer is None:
                raise invalid
            failure = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                                % (cls.__name__, answer))
        if not isinstance(failure, ValueError):
            failure.__context__ = invalid
        raise failure

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The next value after the last one given, or `start` for the first."""
        if not last_values:
            return start
        result = None
        for i, v in enumerate(reversed(last_values)):
            try:
                result = v + 1
            except TypeError:
                continue
            break
        warn = result is None or i != 0
        if not warn:
            try:
                warn = sorted(last_values)[-1] != last_values[-1]
            except TypeError:
                warn = True
        if warn:
            _warn('In 3.13 the default `auto()`/`_generate_next_value_` will require all values '
                  'to be sortable and support adding +1\nand the value returned will be the '
                  'largest value in the enum incremented by 1', DeprecationWarning, 4)
        return start if result is None else result

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        kind = type(self)
        show_value = kind._value_repr_ or repr
        return '<%s.%s: %s>' % (kind.__name__, self._name_, show_value(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'])
        if self._member_type_ is not object:
            names.update(dir(self._member_type_))
        for klass in type(self).__mro__:
            if klass in (object, Enum, ReprEnum, Flag) or klass is self._member_type_:
                continue
            for k, v in klass.__dict__.items():
                if k.startswith('_'):
                    continue
                if isinstance(v, property):
                    # an enum.property with a getter stays visible even when a
                    # member shares its name
                    if v.fget is not None or k not in self._member_map_:
                        names.add(k)
                    else:
                        names.discard(k)
                elif k not in self._member_map_:
                    names.add(k)
        for k in getattr(self, '__dict__', {}):
            if not k.startswith('_'):
                names.add(k)
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    def _generate_next_value_(name, start, count, last_values):
        """The member's name, lower-cased."""
        return name.lower()


def _reduce_ex_by_global_name(self, proto):
    return self.name


pickle_by_global_name = _reduce_ex_by_global_name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """How a Flag treats values with bits that are not members' bits."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _flag_ops_first(enum_class):
    # an int-mixed Flag must combine through Flag's operators, not int's
    for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
        if op not in enum_class.__dict__:
            type.__setattr__(enum_class, op, Flag.__dict__[op])


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & , ^ and ~."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value so far."""
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % (last,)) from None
        return 2 ** (high + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits_in(value & cls._flag_mask_):
            m = cls._value2member_map_.get(bit)
            if m is not None:
                yield m

    @classmethod
    def _iter_member_by_def_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value and m._value_ & value == m._value_:
                yield m

    _iter_member_ = _iter_member_by_def_

    @classmethod
    def _missing_(cls, value):
        # A value made of member bits becomes a pseudo-member (cached); bits outside
        # the members are handled as the class's FlagBoundary says.
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        defined, full, rule = cls._flag_mask_, cls._all_bits_, cls._boundary_
        if value > full or value < ~full or value & (full ^ defined):
            if rule is STRICT:
                width = max(value.bit_length(), defined.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _signed_bin(value, width), _signed_bin(defined, width)))
            if rule is EJECT:
                return value
            if rule is CONFORM:
                value &= defined
            elif rule is KEEP:
                if value < 0:
                    value += max(full + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, rule))
        given = value
        if value < 0:
            # negative values count from the top of the flag's bits
            value += full + 1
        stray = value & ~defined
        if stray and rule is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (cls.__name__, value, stray, bin(stray)))
        member_type = cls._member_type_
        if member_type is not object:
            pseudo = member_type.__new__(cls, value)
        else:
            pseudo = object.__new__(cls)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        # the name: single-bit members, then the multi-bit ones the value contains
        # that reach beyond the single bits, then any bits left over as a number
        # (STRICT refuses leftovers)
        names = [m._name_ for m in cls._iter_member_(value & cls._singles_mask_)]
        if names:
            covered = cls._singles_mask_
            for m in cls._member_map_.values():
                v = m._value_
                # only multi-bit members that name bits no single-bit member has
                if (v and not _is_single_bit(v) and v & value == v and v & ~cls._singles_mask_
                        and m._name_ not in names):
                    names.append(m._name_)
                    covered |= v
            rest = value & ~covered
            if rest and rule is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, rest))
            name = '|'.join(names)
            if rest:
                name += '|%s' % cls._numeric_repr_(rest)
        else:
            name = None
        pseudo._name_ = name
        cache = cls._value2member_map_
        pseudo = cache.setdefault(value, pseudo)
        if given != value:
            cache.setdefault(given, pseudo)
        return pseudo

    def __contains__(self, other):
        # `a in b`: are all of a's bits set in b?
        kind = type(self)
        if not isinstance(other, kind):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, kind.__qualname__))
        bits = other._value_
        return self._value_ & bits == bits

    def __iter__(self):
        return iter(self._iter_member_(self._value_))

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        kind = type(self)
        # the value as the data type shows it (_numeric_repr_ is for name leftovers)
        shown = (kind._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            return '<%s: %s>' % (kind.__name__, shown)
        return '<%s.%s: %s>' % (kind.__name__, self._name_, shown)

    def __str__(self):
        label = type(self).__name__
        if self._name_ is not None:
            return label + '.' + self._name_
        return '%s(%r)' % (label, self._value_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        # KEEP/EJECT: the int complement, which _missing_ maps back into the class's
        # bits; STRICT/CONFORM: the complement among the single-bit members only
        if self._boundary_ in (KEEP, EJECT):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Check an enumeration for various constraints. (see EnumCheck)"""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        for check in self.checks:
            run = _CHECKERS.get(check)
            if run is not None:
                run(enumeration)
        return enumeration


def _check_unique(enumeration):
    """UNIQUE: no member may be reachable under a second name."""
    pairs = ['%s -> %s' % (alias, target._name_)
             for alias, target in enumeration.__members__.items() if alias != target._name_]
    if pairs:
        raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(pairs)))


def _check_continuous(enumeration):
    """CONTINUOUS: no gaps between the lowest and highest value (bits for a Flag)."""
    present = {member.value for member in enumeration}
    if len(present) < 2:
        return
    lowest, highest = min(present), max(present)
    as_flag = issubclass(enumeration, Flag)
    if as_flag:
        wanted = [2 ** bit for bit in range(lowest.bit_length() - 1, highest.bit_length())]
    else:
        wanted = range(lowest + 1, highest)
    gaps = [str(v) for v in wanted if v not in present]
    if gaps:
        text = 'invalid %s %r: missing values %s' % (
            'flag' if as_flag else 'enum', enumeration.__name__, ', '.join(gaps))
        raise ValueError(text[:256])


def _check_named_flags(enumeration):
    """NAMED_FLAGS: every bit of a multi-bit alias must belong to a named member."""
    canonical = set(enumeration._member_names_)
    by_value = enumeration._value2member_map_
    offenders = []
    stray_bits = 0
    for label, target in enumeration._member_map_.items():
        if label in canonical or target.value < 0:
            continue
        unnamed = [bit for bit in _bits_in(target.value) if bit not in by_value]
        for bit in unnamed:
            stray_bits |= bit
        if unnamed:
            offenders.append(label)
    if not offenders:
        return
    if len(offenders) > 1:
        who = 'aliases %s and %s are missing' % (', '.join(offenders[:-1]), offenders[-1])
    else:
        who = 'alias %s is missing' % offenders[0]
    what = ('value ' if _is_single_bit(stray_bits) else 'combined values of ') + hex(stray_bits)
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, who, what))


_CHECKERS = {UNIQUE: _check_unique, CONTINUOUS: _check_continuous,
             NAMED_FLAGS: _check_named_flags}


def show_flag_values(value):
    return _bits_in(value)


def global_enum_repr(self):
    """repr() of a member of a global enum: module.NAME"""
    module = type(self).__module__.rpartition('.')[2]
    return module + '.' + self._name_


def global_flag_repr(self):
    """repr() of a member of a global flag: module.A|module.B"""
    module = type(self).__module__.rpartition('.')[2]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, type(self).__name__, self._value_)
    # leftover bits (a KEEP flag) stay a bare number
    return '|'.join(name if name[:1].isdigit() else '%s.%s' % (module, name)
                    for name in self._name_.split('|'))


def global_str(self):
    """str() of a member of a global enum: NAME"""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def _make_class_unpicklable(obj):
    """Make an enum class (or member) refuse pickling: its members' __reduce_ex__
    raises TypeError and the class's module becomes '<unknown>'."""
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    obj.__reduce_ex__ = _break_on_call_reduce
    obj.__module__ = '<unknown>'


def _as_enum_dict(base, name, items):
    """A class namespace for `name` deriving from `base`, filled from a dict."""
    ns = type(base).__prepare__(name, (base,))
    for key, value in items.items():
        ns[key] = value
    return ns


def global_enum(cls, update_str=False):
    """Put the members in the module's namespace and show them as module.NAME."""
    if issubclass(cls, Flag):
        type.__setattr__(cls, '__repr__', global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', global_str)
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls


def _iter_bits_lsb(num):
    """The powers of two in a non-negative int, lowest first."""
    # a negative int has infinitely many bits: CPython's enum refuses it
    if num < 0:
        raise ValueError('%r is not a positive integer' % num)
    yield from _bits_in(num)


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator that turns a plain class body into an enum of type etype
    (what the standard library uses for its own enums)."""
    def convert(cls):
        metacls = type(etype)
        ns = metacls.__prepare__(cls.__name__, (etype,))
        for key, value in cls.__dict__.items():
            if key in ('__dict__', '__weakref__'):
                continue
            ns[key] = value
        kwds = {} if boundary is None else {'boundary': boundary}
        return metacls(cls.__name__, (etype,), ns, **kwds)
    return convert


def _test_simple_enum(checked_enum, simple_enum):
    """Check that an enum made with _simple_enum matches one made the usual way."""
    failed = []
    if list(checked_enum.__members__) != list(simple_enum.__members__):
        failed.append('member names differ: %r != %r'
                      % (list(checked_enum.__members__), list(simple_enum.__members__)))
    else:
        for name, member in checked_enum.__members__.items():
            other = simple_enum.__members__[name]
            if member._value_ != other._value_:
                failed.append('%s: %r != %r' % (name, member._value_, other._value_))
    if failed:
        raise TypeError('enum mismatch:\n   %s' % '\n   '.join(failed))
