"""Support to pretty-print lists, tuples, & dictionaries recursively (pycell).

Layout rules follow CPython 3.11's pprint as documented and observed: an object whose
repr fits in the space left on its line is written as that repr; otherwise a
container is broken one element per line, and a long string or bytes value is
split into adjacent literals.
"""
import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object"""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SortKey:
    """Orders values that may not be comparable: falls back on (type name, id)."""
    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _pair_key(pair):
    return _SortKey(pair[0]), _SortKey(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _words(line):
    """The line cut after each run of whitespace: 'ab  cd ' -> ['ab  ', 'cd ']."""
    out = []
    i = 0
    n = len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        out.append(line[i:j])
        i = j
    return out


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -------------------------------------------------- public API

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self.pformat(object))
            self._stream.write("\n")

    def pformat(self, object):
        out = []
        self._readable = True
        self._recursive = False
        self._format(object, out, 0, 0, {}, 0)
        return "".join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Format object for a specific context, returning a string
        and flags indicating whether the representation is 'readable'
        and whether the object represents a recursive construct.
        """
        return self._safe_repr(object, context, maxlevels, level)

    # -------------------------------------------------- layout

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _format(self, object, out, indent, allowance, context, level):
        oid = id(object)
        if oid in context:
            out.append(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = _LAYOUTS.get(type(object).__repr__)
            if layout is not None:
                context[oid] = 1
                layout(self, object, out, indent, allowance, context, level + 1)
                del context[oid]
                return
        out.append(text)

    def _open_pad(self, out):
        if self._indent_per_level > 1:
            out.append(" " * (self._indent_per_level - 1))

    def _dict_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        sep = ",\n" + " " * indent
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            k = self._repr(key, context, level)
            out.append(k)
            out.append(": ")
            self._format(value, out, indent + len(k) + 2, allowance if i == last else 1, context, level)
            if i != last:
                out.append(sep)

    def _items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        self._open_pad(out)
        items = list(items)
        if not items:
            return
        sep_line = ",\n" + " " * indent
        room_full = self._width - indent + 1
        room = room_full
        sep = ""
        last = len(items) - 1
        for i, item in enumerate(items):
            is_last = i == last
            if is_last:
                room_full -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = room_full
                    if sep:
                        sep = sep_line
                if room >= need:
                    room -= need
                    out.append(sep)
                    sep = ", "
                    out.append(text)
                    continue
            out.append(sep)
            sep = sep_line
            self._format(item, out, indent, allowance if is_last else 1, context, level)

    def _layout_dict(self, object, out, indent, allowance, context, level):
        out.append("{")
        self._open_pad(out)
        if len(object):
            items = sorted(object.items(), key=_pair_key) if self._sort_dicts else list(object.items())
            self._dict_items(items, out, indent, allowance + 1, context, level)
        out.append("}")

    def _layout_list(self, object, out, indent, allowance, context, level):
        out.append("[")
        self._items(object, out, indent, allowance + 1, context, level)
        out.append("]")

    def _layout_tuple(self, object, out, indent, allowance, context, level):
        out.append("(")
        end = ",)" if len(object) == 1 else ")"
        self._items(object, out, indent, allowance + len(end), context, level)
        out.append(end)

    def _layout_set(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        cls = type(object)
        if cls is set:
            out.append("{")
            end = "}"
        else:
            out.append(cls.__name__ + "({")
            end = "})"
            indent += len(cls.__name__) + 1
        self._items(sorted(object, key=_SortKey), out, indent, allowance + len(end), context, level)
        out.append(end)

    def _layout_str(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        pieces = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        room_line = room = self._width - indent
        for i, line in enumerate(lines):
            text = repr(line)
            if i == len(lines) - 1:
                room_line -= allowance
            if len(text) <= room_line:
                pieces.append(text)
                continue
            words = _words(line)
            room_word = room
            cur = ""
            for j, word in enumerate(words):
                cand = cur + word
                if j == len(words) - 1 and i == len(lines) - 1:
                    room_word -= allowance
                if len(repr(cand)) > room_word:
                    if cur:
                        pieces.append(repr(cur))
                    cur = word
                else:
                    cur = cand
            if cur:
                pieces.append(repr(cur))
        if len(pieces) == 1:
            out.append(pieces[0])
            return
        if level == 1:
            out.append("(")
        out.append(("\n" + " " * indent).join(pieces))
        if level == 1:
            out.append(")")

    def _layout_bytes(self, object, out, indent, allowance, context, level):
        if len(object) <= 4:
            out.append(repr(object))
            return
        wrap = level == 1
        if wrap:
            indent += 1
            allowance += 1
            out.append("(")
        room = self._width - indent
        last = len(object) // 4 * 4
        cur = b""
        pieces = []
        for i in range(0, len(object), 4):
            part = object[i:i + 4]
            cand = cur + part
            if i == last:
                room -= allowance
            if len(repr(cand)) > room:
                if cur:
                    pieces.append(repr(cur))
                cur = part
            else:
                cur = cand
        if cur:
            pieces.append(repr(cur))
        out.append(("\n" + " " * indent).join(pieces))
        if wrap:
            out.append(")")

    def _layout_bytearray(self, object, out, indent, allowance, context, level):
        out.append("bytearray(")
        self._layout_bytes(bytes(object), out, indent + 10, allowance + 1, context, level + 1)
        out.append(")")

    def _layout_ordered_dict(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + "(")
        self._format(list(object.items()), out, indent + len(name) + 1, allowance + 1, context, level)
        out.append(")")

    def _layout_default_dict(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        out.append("%s(%s,\n%s" % (name, factory, " " * indent))
        self._layout_dict(object, out, indent, allowance + 1, context, level)
        out.append(")")

    def _layout_counter(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + "({")
        self._open_pad(out)
        self._dict_items(object.most_common(), out, indent + len(name) + 1, allowance + 2, context, level)
        out.append("})")

    def _layout_deque(self, object, out, indent, allowance, context, level):
        name = type(object).__name__
        out.append(name + "(")
        indent += len(name) + 1
        out.append("[")
        if object.maxlen is None:
            self._items(object, out, indent, allowance + 2, context, level)
            out.append("])")
        else:
            self._items(object, out, indent, 2, context, level)
            out.append("],\n%smaxlen=%s)" % (" " * indent, self._repr(object.maxlen, context, level)))

    def _layout_chain_map(self, object, out, indent, allowance, context, level):
        if not len(object.maps) or (len(object.maps) == 1 and not len(object.maps[0])):
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + "(")
        indent += len(name) + 1
        for i, m in enumerate(object.maps):
            if i == len(object.maps) - 1:
                self._format(m, out, indent, allowance + 1, context, level)
                out.append(")")
            else:
                self._format(m, out, indent, 1, context, level)
                out.append(",\n" + " " * indent)

    def _layout_namespace(self, object, out, indent, allowance, context, level):
        name = "namespace" if type(object).__name__ == "SimpleNamespace" else type(object).__name__
        indent += len(name) + 1
        items = list(object.__dict__.items())
        out.append(name + "(")
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            out.append(key + "=")
            self._format(value, out, indent + len(key) + 1, allowance if i == last else 1, context, level)
            if i != last:
                out.append(",\n" + " " * indent)
        out.append(")")

    # -------------------------------------------------- one-line representation

    def _safe_repr(self, object, context, maxlevels, level):
        t = type(object)
        if t in _BUILTIN_SCALARS:
            return repr(object), True, False
        r = getattr(t, "__repr__", None)
        if issubclass(t, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(t, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            oid = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, oid in context
            if oid in context:
                return _recursion(object), False, True
            context[oid] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            items = sorted(object.items(), key=_pair_key) if self._sort_dicts else object.items()
            for k, v in items:
                krepr, kread, krec = self.format(k, context, maxlevels, level)
                vrepr, vread, vrec = self.format(v, context, maxlevels, level)
                parts.append("%s: %s" % (krepr, vrepr))
                readable = readable and kread and vread
                if krec or vrec:
                    recursive = True
            del context[oid]
            return "{%s}" % ", ".join(parts), readable, recursive
        if (issubclass(t, list) and r is list.__repr__) or (issubclass(t, tuple) and r is tuple.__repr__):
            if issubclass(t, list):
                if not object:
                    return "[]", True, False
                shape = "[%s]"
            elif len(object) == 1:
                shape = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                shape = "(%s)"
            oid = id(object)
            if maxlevels and level >= maxlevels:
                return shape % "...", False, oid in context
            if oid in context:
                return _recursion(object), False, True
            context[oid] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            for item in object:
                irepr, iread, irec = self.format(item, context, maxlevels, level)
                parts.append(irepr)
                if not iread:
                    readable = False
                if irec:
                    recursive = True
            del context[oid]
            return shape % ", ".join(parts), readable, recursive
        text = repr(object)
        return text, bool(text and not text.startswith("<")), False


_BUILTIN_SCALARS = {str, bytes, bytearray, float, complex, bool, type(None)}

_LAYOUTS = {
    dict.__repr__: PrettyPrinter._layout_dict,
    list.__repr__: PrettyPrinter._layout_list,
    tuple.__repr__: PrettyPrinter._layout_tuple,
    set.__repr__: PrettyPrinter._layout_set,
    frozenset.__repr__: PrettyPrinter._layout_set,
    str.__repr__: PrettyPrinter._layout_str,
    bytes.__repr__: PrettyPrinter._layout_bytes,
    bytearray.__repr__: PrettyPrinter._layout_bytearray,
}


def _register_optional():
    try:
        import collections as _c
    except Exception:
        return
    for name, layout in (("OrderedDict", PrettyPrinter._layout_ordered_dict),
                         ("defaultdict", PrettyPrinter._layout_default_dict),
                         ("Counter", PrettyPrinter._layout_counter),
                         ("deque", PrettyPrinter._layout_deque),
                         ("ChainMap", PrettyPrinter._layout_chain_map)):
        cls = getattr(_c, name, None)
        if cls is not None and getattr(cls, "__repr__", None) is not None:
            _LAYOUTS.setdefault(cls.__repr__, layout)
    try:
        import types as _t
        _LAYOUTS.setdefault(_t.SimpleNamespace.__repr__, PrettyPrinter._layout_namespace)
    except Exception:
        pass


_register_optional()
