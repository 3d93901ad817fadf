"""pprint for pycell: pretty-printing of nested data, written from the library
documentation and from CPython's observable layouts."""

import sys as _sys
import re as _re
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Print a pretty form of object to stream (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty form of object as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dictionaries left in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _one_line(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr() that survives recursive containers."""
    return _one_line(object)[0]


def isreadable(object):
    """True if the repr of object could be passed to eval()."""
    return _one_line(object)[1]


def isrecursive(object):
    """True if object contains itself."""
    return _one_line(object)[2]


class _Orderable:
    """Sort key that orders values of mutually unorderable types by type name
    and identity instead of raising TypeError."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _pair_order(pair):
    return _Orderable(pair[0]), _Orderable(pair[1])


def _recursion_marker(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


def _repr_owner(cls):
    """The class along cls's MRO that supplies its __repr__."""
    for klass in cls.__mro__:
        if '__repr__' in klass.__dict__:
            return klass
    return object


def _write_if_empty(value, stream):
    """Empty containers keep their one-line repr."""
    if len(value):
        return False
    stream.write(repr(value))
    return True


def _layout_for(cls):
    """The multi-line layout for instances of cls: the one registered for the
    class that supplies its __repr__ (a subclass with its own __repr__ has none)."""
    for klass in cls.__mro__:
        found = _LAYOUTS.get(klass)
        if found is not None:
            return found
        if '__repr__' in klass.__dict__:
            return None
    return None


def _generated_dataclass_repr(object):
    # only the __repr__ that @dataclass wrote is replaced by a field layout
    import dataclasses
    if isinstance(object, type) or not dataclasses.is_dataclass(object):
        return False
    if not object.__dataclass_params__.repr:
        return False
    wrapped = getattr(type(object).__repr__, '__wrapped__', None)
    if wrapped is None:
        return False
    if '__create_fn__' in getattr(wrapped, '__qualname__', ''):
        return True
    code = getattr(wrapped, '__code__', None)
    return code is not None and code.co_filename == '<string>'


class PrettyPrinter:
    """Formats Python values across several lines to fit a width."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if not (depth is None or depth > 0):
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._step = indent
        self._width = width
        self._depth = depth
        self._stream = stream if stream is not None else _sys.stdout
        self._packed = bool(compact)
        self._sorted = sort_dicts
        self._underscores = underscore_numbers

    # ---- public methods ----

    def pprint(self, object):
        """Write the pretty form of object and a newline to the stream."""
        out = self._stream
        if out is not None:
            self._format(object, out, 0, 0, {}, 0)
            out.write('\n')

    def pformat(self, object):
        """Return the pretty form of object."""
        buffer = _StringIO()
        self._format(object, buffer, 0, 0, {}, 0)
        return buffer.getvalue()

    def isrecursive(self, object):
        """True if object contains itself."""
        text, readable, recursive = self.format(object, {}, 0, 0)
        return recursive

    def isreadable(self, object):
        """True if the formatted object could be passed to eval()."""
        flags = self.format(object, {}, 0, 0)[1:]
        return flags == (True, False)

    def format(self, object, context, maxlevels, level):
        """Return (one-line repr, readable, recursive); subclasses may override."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---- the multi-line engine ----

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion_marker(object))
            self._recursive = True
            self._readable = False
            return
        flat = self._repr(object, context, level)
        if len(flat) <= self._width - indent - allowance:
            stream.write(flat)
            return
        layout = _layout_for(type(object))
        if layout is None and _generated_dataclass_repr(object):
            layout = PrettyPrinter._lay_dataclass
        if layout is None:
            stream.write(flat)
            return
        context[key] = 1
        layout(self, object, stream, indent, allowance, context, level + 1)
        del context[key]

    def _sequence_body(self, items, stream, indent, allowance, context, level):
        """Elements one per line (or packed when compact), comma separated."""
        step = self._step
        indent += step
        stream.write(' ' * (step - 1))
        newline = ',\n' + ' ' * indent
        limit = self._width - indent + 1
        room = limit
        separator = ''
        iterator = iter(items)
        try:
            upcoming = next(iterator)
        except StopIteration:
            return
        final = False
        while not final:
            item = upcoming
            try:
                upcoming = next(iterator)
            except StopIteration:
                final = True
                limit -= allowance
                room -= allowance
            if self._packed:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = limit
                    if separator:
                        separator = newline
                if room >= needed:
                    room -= needed
                    stream.write(separator)
                    separator = ', '
                    stream.write(text)
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if final else 1,
                         context, level)

    def _mapping_body(self, pairs, stream, indent, allowance, context, level):
        """'key: value' entries, one per line."""
        indent = indent + self._step
        newline = ',\n' + ' ' * indent
        count = len(pairs)
        for position, (key, value) in enumerate(pairs):
            final = position == count - 1
            text = self._repr(key, context, level)
            stream.write(text)
            stream.write(': ')
            self._format(value, stream, indent + len(text) + 2,
                         allowance if final else 1, context, level)
            if not final:
                stream.write(newline)

    def _keyword_body(self, pairs, stream, indent, allowance, context, level):
        """'name=value' entries, one per line (namespaces and dataclasses)."""
        newline = ',\n' + ' ' * indent
        count = len(pairs)
        for position, (name, value) in enumerate(pairs):
            final = position == count - 1
            stream.write(name)
            stream.write('=')
            if id(value) in context:
                stream.write('...')
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if final else 1, context, level)
            if not final:
                stream.write(newline)

    # ---- one layout per container type ----

    def _lay_dict(self, value, stream, indent, allowance, context, level):
        stream.write('{')
        stream.write(' ' * (self._step - 1))
        if len(value):
            pairs = value.items()
            if self._sorted:
                pairs = sorted(pairs, key=_pair_order)
            else:
                pairs = list(pairs)
            self._mapping_body(pairs, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _lay_list(self, value, stream, indent, allowance, context, level):
        stream.write('[')
        self._sequence_body(value, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _lay_tuple(self, value, stream, indent, allowance, context, level):
        closer = ',)' if len(value) == 1 else ')'
        stream.write('(')
        self._sequence_body(value, stream, indent, allowance + len(closer),
                            context, level)
        stream.write(closer)

    def _lay_set(self, value, stream, indent, allowance, context, level):
        if _write_if_empty(value, stream):
            return
        kind = type(value)
        if kind is set:
            stream.write('{')
            closer = '}'
        else:
            stream.write(kind.__name__ + '({')
            closer = '})'
            indent += len(kind.__name__) + 1
        ordered = sorted(value, key=_Orderable)
        self._sequence_body(ordered, stream, indent, allowance + len(closer),
                            context, level)
        stream.write(closer)

    def _lay_str(self, value, stream, indent, allowance, context, level):
        if _write_if_empty(value, stream):
            return
        if level == 1:
            # a top-level string is wrapped in parentheses
            indent += 1
            allowance += 1
        pieces = []
        lines = value.splitlines(keepends=True)
        full = self._width - indent
        for number, line in enumerate(lines):
            whole = repr(line)
            last_line = number == len(lines) - 1
            fits = full - allowance if last_line else full
            if len(whole) <= fits:
                pieces.append(whole)
                continue
            # break the line after runs of whitespace
            words = _re.findall(r'\S*\s*', line)[:-1]
            budget = full
            pending = ''
            for index, word in enumerate(words):
                joined = pending + word
                if last_line and index == len(words) - 1:
                    budget -= allowance
                if len(repr(joined)) > budget:
                    if pending:
                        pieces.append(repr(pending))
                    pending = word
                else:
                    pending = joined
            if pending:
                pieces.append(repr(pending))
        if len(pieces) == 1:
            stream.write(whole)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _lay_bytes(self, value, stream, indent, allowance, context, level):
        if len(value) <= 4:
            stream.write(repr(value))
            return
        outer = level == 1
        if outer:
            indent += 1
            allowance += 1
            stream.write('(')
        chunks = _byte_chunks(value, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(chunks))
        if outer:
            stream.write(')')

    def _lay_bytearray(self, value, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._lay_bytes(bytes(value), stream, indent + 10, allowance + 1,
                        context, level + 1)
        stream.write(')')

    def _lay_mappingproxy(self, value, stream, indent, allowance, context, level):
        opener = 'mappingproxy('
        stream.write(opener)
        self._format(value.copy(), stream, indent + len(opener), allowance + 1, context, level)
        stream.write(')')

    def _lay_namespace(self, value, stream, indent, allowance, context, level):
        import types
        name = ('namespace' if type(value) is types.SimpleNamespace
                else type(value).__name__)
        stream.write(name + '(')
        self._keyword_body(list(value.__dict__.items()), stream,
                           indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _lay_dataclass(self, value, stream, indent, allowance, context, level):
        import dataclasses
        name = type(value).__name__
        shown = [(f.name, getattr(value, f.name))
                 for f in dataclasses.fields(value) if f.repr]
        stream.write(name + '(')
        self._keyword_body(shown, stream, indent + len(name) + 1, allowance,
                           context, level)
        stream.write(')')

    def _lay_ordered_dict(self, value, stream, indent, allowance, context, level):
        if _write_if_empty(value, stream):
            return
        name = type(value).__name__
        stream.write(name + '(')
        self._format(list(value.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _lay_default_dict(self, value, stream, indent, allowance, context, level):
        if _write_if_empty(value, stream):
            return
        name = type(value).__name__
        factory = self._repr(value.default_factory, context, level)
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._lay_dict(value, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _lay_counter(self, value, stream, indent, allowance, context, level):
        if _write_if_empty(value, stream):
            return
        name = type(value).__name__
        stream.write(name + '({')
        stream.write(' ' * (self._step - 1))
        self._mapping_body(value.most_common(), stream, indent + len(name) + 1,
                           allowance + 2, context, level)
        stream.write('})')

    def _lay_chain_map(self, value, stream, indent, allowance, context, level):
        maps = value.maps
        if not len(maps) or (len(maps) == 1 and not len(maps[0])):
            stream.write(repr(value))
            return
        name = type(value).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for position, mapping in enumerate(maps):
            if position == len(maps) - 1:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _lay_deque(self, value, stream, indent, allowance, context, level):
        if _write_if_empty(value, stream):
            return
        name = type(value).__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if value.maxlen is None:
            self._sequence_body(value, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._sequence_body(value, stream, indent, 2, context, level)
            bound = self._repr(value.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, bound))

    def _lay_wrapped_data(self, value, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString print as their .data
        inner = value.data
        self._format(inner, stream, indent, allowance, context, level - 1)

    # ---- the one-line repr ----

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        owner = None if kind in _PLAIN_TYPES else _repr_owner(kind)
        if owner is None or owner is int:
            if owner is int and self._underscores:
                return format(object, '_d'), True, False
            return repr(object), True, False
        if owner is dict:
            if not object:
                return '{}', True, False
            pairs = object.items()
            if self._sorted:
                pairs = sorted(pairs, key=_pair_order)
            return self._joined(object, pairs, '{%s}', context, maxlevels, level,
                                True)
        if owner is list or owner is tuple:
            if not object:
                return ('[]' if owner is list else '()'), True, False
            if owner is list:
                shape = '[%s]'
            elif len(object) == 1:
                shape = '(%s,)'
            else:
                shape = '(%s)'
            return self._joined(object, object, shape, context, maxlevels, level,
                                False)
        text = repr(object)
        return text, bool(text) and not text.startswith('<'), False

    def _joined(self, object, entries, shape, context, maxlevels, level, pairs):
        """One-line repr of a container, honouring depth and recursion."""
        key = id(object)
        if maxlevels and maxlevels <= level:
            return shape % '...', False, key in context
        if key in context:
            return _recursion_marker(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        for entry in entries:
            if pairs:
                ktext, kread, krec = self.format(entry[0], context, maxlevels, level)
                vtext, vread, vrec = self.format(entry[1], context, maxlevels, level)
                parts.append(ktext + ': ' + vtext)
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
            else:
                text, read, rec = self.format(entry, context, maxlevels, level)
                parts.append(text)
                readable = readable and read
                recursive = recursive or rec
        del context[key]
        return shape % ', '.join(parts), readable, recursive


def _byte_chunks(data, width, allowance):
    """reprs of 4-byte-aligned slices of data, each fitting width."""
    pending = b''
    final_start = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        piece = data[start:start + 4]
        joined = pending + piece
        if start == final_start:
            width -= allowance
        if len(repr(joined)) > width:
            if pending:
                yield repr(pending)
            pending = piece
        else:
            pending = joined
    if pending:
        yield repr(pending)


_PLAIN_TYPES = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})

P = PrettyPrinter
_LAYOUTS = {
    dict: P._lay_dict,
    list: P._lay_list,
    tuple: P._lay_tuple,
    set: P._lay_set,
    frozenset: P._lay_set,
    str: P._lay_str,
    bytes: P._lay_bytes,
    bytearray: P._lay_bytearray,
}
del P


def _add_library_layouts():
    # types and collections are imported lazily elsewhere; here at import time
    import types
    import collections
    P = PrettyPrinter
    _LAYOUTS[types.MappingProxyType] = P._lay_mappingproxy
    _LAYOUTS[types.SimpleNamespace] = P._lay_namespace
    for name, layout in (('OrderedDict', P._lay_ordered_dict),
                         ('defaultdict', P._lay_default_dict),
                         ('Counter', P._lay_counter),
                         ('ChainMap', P._lay_chain_map),
                         ('deque', P._lay_deque),
                         ('UserDict', P._lay_wrapped_data),
                         ('UserList', P._lay_wrapped_data),
                         ('UserString', P._lay_wrapped_data)):
        cls = getattr(collections, name, None)
        if cls is not None:
            _LAYOUTS[cls] = layout


_add_library_layouts()
del _add_library_layouts
